/**
 * The PostgreSQL server of the tests: its URL comes from IWMO_PG_URL (`.ci/run` starts a throwaway
 * server with scripts/pg-test-server.sh). Under CI a missing URL fails the tests; elsewhere they are
 * skipped with a message. Every test file works in a database of its own and every history a test
 * opens in a schema of its own, so test files running in parallel never see each other's facts.
 */
import { afterAll, describe, it } from 'vitest';
import pg from 'pg';

export const PG_URL = process.env.IWMO_PG_URL;
const CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * `describe`, or — without a server — a failing test under CI and a skipped one elsewhere.
 */
export function describePg(name: string, body: () => void): void {
  if (PG_URL) {
    describe(name, body);
    return;
  }
  if (CI) {
    describe(name, () => {
      it('needs a PostgreSQL server (IWMO_PG_URL)', () => {
        throw new Error('CI=true but IWMO_PG_URL is not set: .ci/run must start scripts/pg-test-server.sh');
      });
    });
    return;
  }
  describe.skip(`${name} (skipped: set IWMO_PG_URL to a PostgreSQL server, e.g. eval "$(scripts/pg-test-server.sh start)")`, body);
}

/** The URL with another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

let counter = 0;
let database: Promise<string> | undefined;

/** This test file's own database on the test server (made on first use, dropped after the file); its URL. */
export function testDatabase(): Promise<string> {
  database ??= (async () => {
    const name = `iwmo_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
    return withDatabase(PG_URL!, name);
  })();
  return database;
}

/** A schema name not used before in this file's database: every history a test opens starts empty. */
export function freshSchema(label: string): string {
  return `h_${label}_${++counter}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** Runs `work` on a connection of its own to the server's database (or to `url`). */
export async function admin<T>(work: (client: pg.Client) => Promise<T>, url = PG_URL!): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

if (PG_URL) {
  afterAll(async () => {
    if (!database) return;
    const name = new URL(await database).pathname.slice(1);
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }, 60_000);
}
