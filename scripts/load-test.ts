/**
 * Load and fault test of `iwmo-ijw serve` (not part of the unit tests): R replicas on one store, N
 * requests of mixed valid, invalid and hostile messages from C concurrent clients over loopback,
 * one replica killed with SIGKILL half-way; then the history's export is held against what the
 * clients were told was recorded: facts lost or duplicated must be 0.
 *
 *   npm run build && npx tsx scripts/load-test.ts [--requests 2000] [--concurrency 8] [--replicas 2]
 *       [--store postgres://…|FILE|memory:] [--workers 0] [--seconds 120]
 *
 * Store: --store, else IWMO_PG_URL, else a SQLite file in a temporary folder. With `memory:` only one
 * replica can hold the history (and killing it would lose it), so there is no kill then.
 * A client whose connection breaks sends the same bytes to the next replica, as a load balancer's
 * retry would: the message's identity (its SHA-256) makes the retry record it at most once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openHistory } from '../src/adapters/open.js';
import { catalogueEntry } from '../src/catalogue/index.js';
import { factsOf } from '../src/context/facts.js';
import { elfproef } from '../src/rules/kit.js';
import { scanXml } from '../src/xml/scan.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('requests', '2000'));
const C = Number(arg('concurrency', '8'));
const STORE = arg('store', process.env.IWMO_PG_URL ?? join(mkdtempSync(join(tmpdir(), 'iwmo-load-')), 'history.sqlite'));
const R = STORE === 'memory:' ? 1 : Number(arg('replicas', '2'));
const WORKERS = arg('workers', '0');
const SECONDS = Number(arg('seconds', '120'));
const TODAY = '2026-06-01';

// ---- the messages ----------------------------------------------------------------------------
const golden = readFileSync(join(root, 'fixtures/ijw/JW301/golden.xml'), 'utf8');
const run = Date.now().toString(36).slice(-5).toUpperCase();
// ToewijzingNummers of this run: a range of its own, so that runs on one store never meet.
const BASE = 100_000_000 + 10_000 * Math.floor(Math.random() * 80_000);
const ofThisRun = (f: { toewijzingNummer?: string; identificatie?: string }): boolean =>
  f.toewijzingNummer !== undefined ? Number(f.toewijzingNummer) >= BASE && Number(f.toewijzingNummer) < BASE + 2 * N : f.identificatie?.startsWith(run) === true;
/** A fact as text with its keys in one order (a database may give them back in another, as PostgreSQL's jsonb does). */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]` : v !== null && typeof v === 'object' ? `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v);
function* bsns(): Generator<string> {
  for (let n = 200_000_000 + Math.floor(Math.random() * 500_000_000); ; n++) if (elfproef(String(n))) yield String(n);
}
const bsn = bsns();
function valid(i: number): string {
  return golden
    .replace(/<ijw:Identificatie>[^<]*</, `<ijw:Identificatie>${run}${String(i).padStart(7, '0')}<`)
    .replace(/<jw301:Bsn>\d+</, `<jw301:Bsn>${bsn.next().value as string}<`)
    .replace(/<jw301:ToewijzingNummer>4001</, `<jw301:ToewijzingNummer>${BASE + 2 * i}<`)
    .replace(/<jw301:ToewijzingNummer>4002</, `<jw301:ToewijzingNummer>${BASE + 2 * i + 1}<`);
}
type Kind = 'valid' | 'resent' | 'invalid' | 'hostile';
const messages: Array<{ kind: Kind; body: Uint8Array }> = [];
const sentValid: Uint8Array[] = [];
for (let i = 0; i < N; i++) {
  const r = i % 10;
  let m: { kind: Kind; body: Uint8Array };
  if (r < 7 || !sentValid.length) {
    const body = Buffer.from(valid(i));
    sentValid.push(body);
    m = { kind: 'valid', body };
  } else if (r === 7) m = { kind: 'resent', body: sentValid[Math.floor(Math.random() * sentValid.length)]! };
  else if (r === 8) m = { kind: 'invalid', body: Buffer.from(valid(i).replace('<jw301:Header>', '<jw301:Header><jw301:Onbekend/>')) };
  else {
    const h = i % 3;
    m = { kind: 'hostile', body: h === 0 ? randomBytes(2048) : h === 1 ? Buffer.from('<!DOCTYPE x [<!ENTITY a "a">]><x>&a;</x>') : Buffer.from('<a>'.repeat(5000) + '</a>'.repeat(5000)) };
  }
  messages.push(m);
}

// ---- the replicas --------------------------------------------------------------------------------
interface Replica {
  url: string;
  child: ChildProcess;
  alive: boolean;
}
function startReplica(): Promise<Replica> {
  const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'serve', '--port', '0', '--store', STORE, '--workers', WORKERS, '--log-level', 'warn', '--max-in-flight', '64'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`replica did not start: ${err}`)), 30_000);
    child.stderr!.on('data', (d) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(t);
        resolve({ url: m[1]!, child, alive: true });
      }
    });
    child.on('exit', () => reject(new Error(`replica exited: ${err}`)));
  });
}

// ---- the run ---------------------------------------------------------------------------------------
const replicas: Replica[] = [];
for (let i = 0; i < R; i++) replicas.push(await startReplica());
const latencies: number[] = [];
const statuses = new Map<string, number>();
const recordedBy = new Map<string, string>(); // sha256 → first recording answer
const answeredRecorded = new Set<string>(); // sha256 told 'recorded'
let retried = 0;
let failed = 0;
let killedAt = -1;
let next = 0;
const deadline = Date.now() + SECONDS * 1000;

async function send(i: number): Promise<void> {
  const m = messages[i]!;
  for (let attempt = 0; attempt < 2 * R + 2; attempt++) {
    const replica = replicas[(i + attempt) % R]!;
    if (!replica.alive) continue;
    const start = performance.now();
    try {
      const res = await fetch(`${replica.url}/v1/validate?today=${TODAY}`, { method: 'POST', body: m.body, headers: { 'content-type': 'application/xml' } });
      const json = (await res.json()) as { meta?: { sha256: string; recording: string }; report?: { meta: { sha256: string; recording: string } } };
      latencies.push(performance.now() - start);
      if (res.status === 503) {
        retried++;
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      statuses.set(`${m.kind} ${res.status}`, (statuses.get(`${m.kind} ${res.status}`) ?? 0) + 1);
      const meta = json.meta ?? json.report?.meta;
      if (meta && (meta.recording === 'recorded' || meta.recording === 'already-recorded')) {
        if (meta.recording === 'recorded') {
          if (answeredRecorded.has(meta.sha256)) statuses.set('told recorded twice', (statuses.get('told recorded twice') ?? 0) + 1);
          answeredRecorded.add(meta.sha256);
        }
        recordedBy.set(meta.sha256, meta.recording);
      }
      return;
    } catch {
      retried++; // the connection broke (the replica was killed): the same bytes go to the next replica
    }
  }
  failed++;
}

const t0 = performance.now();
await Promise.all(
  Array.from({ length: C }, async () => {
    while (next < N && Date.now() < deadline) {
      const i = next++;
      if (R > 1 && killedAt < 0 && i >= N / 2) {
        killedAt = i;
        replicas[0]!.alive = false;
        replicas[0]!.child.kill('SIGKILL');
      }
      await send(i);
    }
  }),
);
const seconds = (performance.now() - t0) / 1000;
for (const r of replicas) if (r.alive) r.child.kill('SIGTERM');
await Promise.all(replicas.filter((r) => r.alive).map((r) => new Promise((res) => r.child.on('exit', res))));

// ---- lost and duplicated facts -----------------------------------------------------------------------
const history = STORE === 'memory:' ? null : await openHistory(STORE);
let lost = 'n/a (memory: ends with the replica)';
let duplicated = 'n/a';
if (history) {
  const expected = new Map<string, number>();
  const bySha = new Map<string, Uint8Array>();
  const { createHash } = await import('node:crypto');
  for (const m of sentValid) bySha.set(createHash('sha256').update(m).digest('hex'), m);
  for (const sha of recordedBy.keys()) {
    const body = bySha.get(sha);
    const scanned = body ? scanXml(body) : null;
    if (!scanned?.ok) continue;
    for (const f of factsOf(scanned.document.root, catalogueEntry('JW301')!)) {
      const k = canonical(f);
      expected.set(k, (expected.get(k) ?? 0) + 1);
    }
  }
  const found = new Map<string, number>();
  for await (const f of history.exportFacts()) {
    const k = canonical(f);
    if (ofThisRun(f as { toewijzingNummer?: string; identificatie?: string })) found.set(k, (found.get(k) ?? 0) + 1);
  }
  let l = 0;
  let d = 0;
  for (const [k, n] of expected) l += Math.max(0, n - (found.get(k) ?? 0));
  for (const [k, n] of found) d += Math.max(0, n - (expected.get(k) ?? 0));
  lost = String(l);
  duplicated = String(d);
  await history.close();
}

latencies.sort((a, b) => a - b);
const pct = (p: number): string => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1) : '-');
const done = [...statuses.values()].reduce((a, b) => a + b, 0);
console.log(`| store | replicas | workers | requests | concurrency | killed | requests/s | p50 ms | p99 ms | errors | retried | messages recorded | facts lost | facts duplicated |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`);
console.log(
  `| ${STORE.startsWith('postgres') ? 'PostgreSQL' : STORE === 'memory:' ? 'memory' : 'SQLite'} | ${R} | ${WORKERS} | ${done} of ${N} | ${C} | ${killedAt >= 0 ? `replica 1 at request ${killedAt}` : 'none'} | ${(done / seconds).toFixed(0)} | ${pct(50)} | ${pct(99)} | ${failed} | ${retried} | ${recordedBy.size} | ${lost} | ${duplicated} |`,
);
console.log('\nanswers by kind and status:', Object.fromEntries([...statuses.entries()].sort()));
process.exit(failed > 0 || (lost !== '0' && history) || (duplicated !== '0' && history) ? 1 : 0);
