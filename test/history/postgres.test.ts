/**
 * The PostgreSQL history on a real server (IWMO_PG_URL): the contract every adapter keeps, and what
 * happens when the server is missing, goes away mid-unit, or holds a schema this version does not know.
 */
import { Socket, createServer, type Server } from 'node:net';
import { expect, it } from 'vitest';
import { openPostgresHistory } from '../../src/adapters/postgres.js';
import { checkAsync, validateAsync } from '../../src/pipeline/async.js';
import { HistoryError, type HistoryPort } from '../../src/ports/history.js';
import { TODAY } from '../support/rules.js';
import { basis301 } from '../context/declaratie/scenario.js';
import { historyContract } from './contract.js';
import { admin, describePg, freshSchema, testDatabase } from './pg-support.js';

describePg('PostgreSQL history', () => {
  historyContract('PostgreSQL', async () => openPostgresHistory(await testDatabase(), { max: 4, schema: freshSchema('contract') }));
});

/** A port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** A loopback TCP relay to the test server that can be shut, connections and all: the server "goes away". */
async function relay(target: string): Promise<{ url: string; shut: () => Promise<void> }> {
  const u = new URL(target);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(Number(u.port || 5432), u.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const url = new URL(target);
  url.port = String(port);
  url.hostname = '127.0.0.1';
  return {
    url: url.toString(),
    shut: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describePg('PostgreSQL history: failures', () => {
  it('refuses a server that is not there with one line naming the store (without its password), kind "unavailable"', async () => {
    const port = await closedPort();
    const error = await openPostgresHistory(`postgres://iwmo:geheim@127.0.0.1:${port}/iwmo`, { connectTimeout: 5000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HistoryError);
    expect((error as HistoryError).kind).toBe('unavailable');
    expect((error as HistoryError).message).toContain(`postgres://iwmo@127.0.0.1:${port}/iwmo`);
    expect((error as HistoryError).message).toContain('connection refused');
    expect((error as HistoryError).message).not.toContain('geheim');
    expect((error as HistoryError).message).not.toContain('\n');
  });

  it('reports history.failed (unavailable), never "valid", when the server went away after opening', async () => {
    const r = await relay(await testDatabase());
    const history = await openPostgresHistory(r.url, { connectTimeout: 5000, schema: freshSchema('gone') });
    try {
      const [first, second] = basis301('JW');
      expect((await checkAsync(first!, { today: TODAY, history })).recording).toBe('recorded');
      await r.shut();
      const result = await checkAsync(second!, { today: TODAY, history });
      expect(result.recording).toBe('failed');
      expect(result.report.valid).toBe(false);
      expect(result.report.issues.map((i) => i.code)).toEqual(['history.failed']);
      expect(result.report.issues[0]!.message).toContain('(unavailable)');
    } finally {
      await history.close();
    }
  });

  it('rolls back a unit whose connection is terminated while it waits: history.failed, nothing recorded, the pool recovers', async () => {
    const url = await testDatabase();
    const history = await openPostgresHistory(url, { max: 2, schema: freshSchema('terminated') });
    const database = new URL(url).pathname.slice(1);
    try {
      const [first, second] = basis301('JW');
      // The unit loads its snapshot, then its backend is terminated from a second connection before it records.
      let terminated = 0;
      const pausing: HistoryPort = {
        close: async () => {},
        unit: (scope, work) =>
          history.unit(scope, (unit) =>
            work({
              load: async (keys) => {
                const facts = await unit.load(keys);
                terminated += await terminateOthers(database);
                return facts;
              },
              record: (message) => unit.record(message),
            }),
          ),
      };
      const result = await checkAsync(first!, { today: TODAY, history: pausing });
      expect(terminated).toBeGreaterThan(0);
      expect(result.recording).toBe('failed');
      expect(result.report.valid).toBe(false);
      expect(result.report.issues.map((i) => i.code)).toEqual(['history.failed']);
      expect(await history.stats()).toEqual({ facts: 0, messages: 0, byKind: {} });
      // The broken connection was dropped; the next unit gets a sound one and records the message whole.
      expect((await checkAsync(first!, { today: TODAY, history })).recording).toBe('recorded');
      expect((await checkAsync(second!, { today: TODAY, history })).recording).toBe('recorded');
      expect((await history.stats()).messages).toBe(2);
      expect(await history.check()).toEqual([]);
    } finally {
      await history.close();
    }
  });

  it('refuses a history whose schema version is newer, kind "schema", and leaves it as it was', async () => {
    const url = await testDatabase();
    const schema = freshSchema('newer');
    await (await openPostgresHistory(url, { schema })).close();
    await admin(async (c) => {
      await c.query(`UPDATE ${schema}.meta SET value = '99' WHERE key = 'schema_version'`);
    }, url);
    const error = await openPostgresHistory(url, { schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryError);
    expect((error as HistoryError).kind).toBe('schema');
    expect((error as HistoryError).message).toMatch(/schema version 99.*upgrade iwmo-ijw/);
    const version = await admin((c) => c.query(`SELECT value FROM ${schema}.meta WHERE key = 'schema_version'`), url);
    expect(version.rows[0].value).toBe('99');
  });

  it('refuses tables that are not its own, kind "foreign", and leaves them untouched', async () => {
    const url = await testDatabase();
    const schema = freshSchema('foreign');
    await admin(async (c) => {
      await c.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.facts (id int); INSERT INTO ${schema}.facts VALUES (7)`);
    }, url);
    const error = await openPostgresHistory(url, { schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryError);
    expect((error as HistoryError).kind).toBe('foreign');
    const rows = await admin((c) => c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1`, [schema]), url);
    expect(rows.rows.map((r) => r.table_name)).toEqual(['facts']);
    expect((await admin((c) => c.query(`SELECT id FROM ${schema}.facts`), url)).rows).toEqual([{ id: 7 }]);
  });

  it('fails as "locked" when the lock of the scope is held past the lock timeout', async () => {
    const history = await openPostgresHistory(await testDatabase(), { lockTimeout: 300, schema: freshSchema('locked') });
    try {
      const xml = basis301('JW')[0]!;
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      // A unit of the same scope that holds the lock (a validator elsewhere, stuck after its first load).
      const holder = history.unit('JW|123456789', async (unit) => {
        await unit.load([]);
        entered();
        await held;
      });
      await inside;
      const scoped: HistoryPort = { close: async () => {}, unit: (_scope, work) => history.unit('JW|123456789', work) };
      const result = await checkAsync(xml, { today: TODAY, history: scoped });
      release();
      await holder;
      expect(result.recording).toBe('failed');
      expect(result.report.issues.map((i) => i.code)).toEqual(['history.failed']);
      expect(result.report.issues[0]!.message).toContain('(locked)');
      expect((await checkAsync(xml, { today: TODAY, history: scoped })).recording).toBe('recorded');
    } finally {
      await history.close();
    }
  });

  it('exports, imports, counts and checks', async () => {
    const url = await testDatabase();
    const source = await openPostgresHistory(url, { schema: freshSchema('export') });
    const targetSchema = freshSchema('import');
    const target = await openPostgresHistory(url, { schema: targetSchema });
    try {
      for (const xml of basis301('WMO')) expect((await validateAsync(xml, { today: TODAY, history: source })).valid).toBe(true);
      const facts = [];
      for await (const f of source.exportFacts()) facts.push(f);
      expect(facts.length).toBe((await source.stats()).facts);
      expect(await target.importFacts(facts, 'facts.jsonl')).toEqual({ facts: facts.length });
      const again = [];
      for await (const f of target.exportFacts()) again.push(f);
      expect(again).toEqual(facts);
      expect((await target.stats()).byKind).toEqual((await source.stats()).byKind);
      expect(await target.check()).toEqual([]);
      // A key removed behind its back is found.
      await admin((c) => c.query(`DELETE FROM ${targetSchema}.fact_keys WHERE ctid = (SELECT ctid FROM ${targetSchema}.fact_keys LIMIT 1)`), url);
      expect(await target.check()).toEqual([expect.stringMatching(/^fact \d+ \(\w+\): filed under \d+ keys, expected \d+$/)]);
    } finally {
      await source.close();
      await target.close();
    }
  });
});

/** Terminates every other backend connected to the database; how many. */
async function terminateOthers(database: string): Promise<number> {
  return admin(async (c) => {
    const r = await c.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      [database],
    );
    for (const { pid } of r.rows) await c.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
    return r.rows.length;
  });
}
