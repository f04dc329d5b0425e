/**
 * The history port on an SQLite file (better-sqlite3): the embedded default behind `--store PATH`.
 *
 * Schema (version 1; `PRAGMA application_id` marks the file as ours, `PRAGMA user_version` is the
 * schema version, `migrations` lists what was applied):
 *
 *   messages  (id TEXT PRIMARY KEY, bericht, recorded_at)    one row per accepted message (SHA-256)
 *   facts     (seq INTEGER PRIMARY KEY, message_id, kind, body JSON)
 *   fact_keys (key, seq) PRIMARY KEY (key, seq), WITHOUT ROWID: the index on key, clustered, so
 *             `load(keys)` is one range probe per key and never touches a second B-tree for the key
 *
 * Transactions: a unit of work runs in `BEGIN IMMEDIATE … COMMIT`, which takes the file's one write
 * lock at the start, so units of every process on the file run one after the other; in WAL mode
 * readers (export, stats, check) are not blocked. better-sqlite3 is synchronous while the port is
 * asynchronous: the units of one connection are queued so that two `unit()` calls never interleave
 * on it. Group commit: while more units of this connection wait in the queue (concurrent callers:
 * the service), they join the open transaction, each in a SAVEPOINT of its own (a failed unit is
 * rolled back alone), and the last of them (at most MAX_GROUP) commits for all; a unit's promise
 * settles only when its transaction has committed, and if the commit fails, every unit of the group
 * fails (nothing of any was recorded). One caller at a time gets one transaction per unit, as before.
 *
 * Durability: `synchronous = FULL` by default — every commit is on disk before `unit()` resolves,
 * so an answer sent for an accepted message is never forgotten, not even after a power failure.
 * `synchronous: 'normal'` skips that fsync (the WAL is synced at checkpoints): a crashed or killed
 * process still loses nothing, but a power failure or OS crash may lose the last commits — never
 * corrupt the file. Worth it for a bulk replay that can be repeated; not for live traffic.
 *
 * Opening never writes to a file it could not read as its own: the first 16 bytes are checked
 * before SQLite sees the file (an earlier version's JSON Lines facts file is recognised and the
 * import command named), and a database of another application or a newer schema is refused.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Fact } from '../context/facts.js';
import { indexKeysOf } from '../context/keys.js';
import type { StoredFact } from '../context/store.js';
import { HistoryError, type HistoryAdmin, type HistoryPort, type HistoryStats, type HistoryUnit, type MessageRecord } from '../ports/history.js';
import { notAFact } from './jsonl.js';

/**
 * At most this many units share one transaction (group commit): a bound on how long the file's write
 * lock is held for the other processes, and on how long the first unit of a group waits for its commit.
 */
const MAX_GROUP = 32;

/** "iwmo" in ASCII: PRAGMA application_id of every history database of iwmo-ijw. */
export const APPLICATION_ID = 0x69776d6f;
/** The schema version this code writes; an older file is migrated, a newer one refused. */
export const SCHEMA_VERSION = 1;

/** MIGRATIONS[v] brings a database from schema version v to v + 1. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
   CREATE TABLE messages (id TEXT PRIMARY KEY, bericht TEXT NOT NULL, recorded_at TEXT NOT NULL) WITHOUT ROWID;
   CREATE TABLE facts (seq INTEGER PRIMARY KEY, message_id TEXT REFERENCES messages (id), kind TEXT NOT NULL, body TEXT NOT NULL);
   CREATE TABLE fact_keys (key TEXT NOT NULL, seq INTEGER NOT NULL REFERENCES facts (seq), PRIMARY KEY (key, seq)) WITHOUT ROWID;`,
];

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Keys per query; longer key lists are split (SQLite allows 32,766 parameters, far more than a message needs). */
const CHUNK = 256;
/** Problems `check()` lists before it only counts them. */
const MAX_PROBLEMS = 50;

export interface SqliteHistoryOptions {
  /** How long a unit waits for the write lock of another process before it fails as `locked` (ms, default 10,000). */
  readonly busyTimeout?: number;
  /** `full` (default): every commit is synced to disk; `normal`: synced at checkpoints only (see above). */
  readonly synchronous?: 'full' | 'normal';
}

/** Opens (or creates) the SQLite history at `path`; rejects with a HistoryError naming the file and the problem. */
export async function openSqliteHistory(path: string, options: SqliteHistoryOptions = {}): Promise<SqliteHistory> {
  return SqliteHistory.open(path, options);
}

interface Statements {
  readonly insertMessage: Database.Statement;
  readonly insertFact: Database.Statement;
  readonly insertKey: Database.Statement;
  readonly load: Map<number, Database.Statement>;
}

export class SqliteHistory implements HistoryPort, HistoryAdmin {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Units queued and not begun yet: while there are any, a finished unit leaves its transaction open for them. */
  private waiting = 0;
  /** The finished units of the open transaction, each settled when it commits (or fails). */
  private group: Array<(failure?: unknown) => void> = [];
  private readonly s: Statements;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    private readonly busyTimeout: number,
  ) {
    this.s = {
      insertMessage: db.prepare('INSERT INTO messages (id, bericht, recorded_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING'),
      insertFact: db.prepare('INSERT INTO facts (message_id, kind, body) VALUES (?, ?, ?)'),
      insertKey: db.prepare('INSERT OR IGNORE INTO fact_keys (key, seq) VALUES (?, ?)'),
      load: new Map(),
    };
  }

  static open(path: string, options: SqliteHistoryOptions): SqliteHistory {
    const busyTimeout = options.busyTimeout ?? 10_000;
    const existing = preflight(path);
    if (existing) {
      // Look before touching: a read-only connection never writes, not even on close.
      const ro = connect(path, { readonly: true, fileMustExist: true, timeout: busyTimeout });
      try {
        judge(path, ro);
      } finally {
        ro.close();
      }
    }
    const db = connect(path, { timeout: busyTimeout });
    try {
      return mapped(path, busyTimeout, () => {
        db.pragma('journal_mode = WAL');
        db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
        if (judge(path, db) < SCHEMA_VERSION) migrate(path, db);
        return new SqliteHistory(path, db, busyTimeout);
      });
    } catch (e) {
      db.close();
      throw e;
    }
  }

  unit<T>(_scope: string | readonly string[], work: (unit: HistoryUnit) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new HistoryError('unavailable', `${this.path}: the history is closed`));
    this.waiting++;
    return new Promise<T>((resolve, reject) => {
      void this.enqueue(async () => {
        this.waiting--;
        try {
          const result = await this.runUnit(work);
          this.group.push((failure) => (failure === undefined ? resolve(result) : reject(failure)));
        } catch (e) {
          reject(e);
        }
        // Group commit: while other units wait, they join this transaction; the last one commits.
        if (this.waiting === 0 || this.group.length >= MAX_GROUP) this.commitGroup();
      }, true).catch(reject);
    });
  }

  /** One unit inside the open transaction (begun here when none is), undone alone when it fails. */
  private async runUnit<T>(work: (unit: HistoryUnit) => Promise<T>): Promise<T> {
    this.run(() => {
      if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
      this.db.exec('SAVEPOINT unit');
    });
    let live = true;
    const alive = (): void => {
      if (!live) throw new Error('a history unit was used after it ended');
    };
    try {
      const result = await work({
        load: async (keys) => {
          alive();
          return this.run(() => this.load(keys));
        },
        record: async (message) => {
          alive();
          return this.run(() => this.record(message));
        },
      });
      live = false;
      this.run(() => this.db.exec('RELEASE unit'));
      return result;
    } catch (e) {
      live = false;
      this.undoUnit(e);
      throw e;
    }
  }

  /** Rolls a failed unit back to its savepoint; when its failure took the transaction with it, the units waiting to commit in it fail too. */
  private undoUnit(cause: unknown): void {
    if (this.db.inTransaction) {
      try {
        this.db.exec('ROLLBACK TO unit; RELEASE unit');
        return;
      } catch {
        // The transaction cannot go on: below.
      }
    }
    this.abandonGroup(new HistoryError('failed', `${this.path}: a unit of work failed and took its transaction with it; nothing of it was recorded (${cause instanceof Error ? cause.message : String(cause)})`));
  }

  /** Commits the open transaction and settles its units: all recorded, or all failed. */
  private commitGroup(): void {
    if (!this.db.inTransaction) return this.abandonGroup(new HistoryError('failed', `${this.path}: the transaction ended before it was committed; nothing of it was recorded`));
    const group = this.group;
    this.group = [];
    try {
      this.run(() => this.db.exec('COMMIT'));
    } catch (e) {
      this.group = group;
      return this.abandonGroup(e);
    }
    for (const settle of group) settle();
  }

  /** Rolls the open transaction back (if any) and fails every unit waiting to commit in it. */
  private abandonGroup(failure: unknown): void {
    const group = this.group;
    this.group = [];
    if (this.db.inTransaction) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // The failure given is the one to report.
      }
    }
    for (const settle of group) settle(failure);
  }

  private load(keys: readonly string[]): StoredFact[] {
    const unique = [...new Set(keys)];
    if (unique.length <= CHUNK) return this.loadChunk(unique);
    const found = new Map<number, StoredFact>();
    for (let i = 0; i < unique.length; i += CHUNK) for (const f of this.loadChunk(unique.slice(i, i + CHUNK))) found.set(f.seq, f);
    return [...found.values()].sort((a, b) => a.seq - b.seq);
  }

  private loadChunk(keys: readonly string[]): StoredFact[] {
    if (!keys.length) return [];
    let stmt = this.s.load.get(keys.length);
    if (!stmt) {
      stmt = this.db
        .prepare(`SELECT DISTINCT f.seq, f.body FROM fact_keys k JOIN facts f ON f.seq = k.seq WHERE k.key IN (${'?,'.repeat(keys.length - 1)}?) ORDER BY f.seq`)
        .raw();
      this.s.load.set(keys.length, stmt);
    }
    const rows = stmt.all(...keys) as [number, string][];
    return rows.map(([seq, body]) => ({ seq, fact: JSON.parse(body) as Fact }));
  }

  private record(message: MessageRecord): boolean {
    if (this.s.insertMessage.run(message.id, message.bericht, new Date().toISOString()).changes === 0) return false;
    for (const { fact, keys } of message.facts) this.file(message.id, fact, keys);
    return true;
  }

  private file(messageId: string | null, fact: Fact, keys: readonly string[]): void {
    const seq = this.s.insertFact.run(messageId, fact.type, JSON.stringify(fact)).lastInsertRowid;
    for (const k of keys) this.s.insertKey.run(k, seq);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    // The last unit of the queue committed its group; this only guards the file against a transaction left open.
    if (this.group.length || this.db.inTransaction) this.commitGroup();
    this.db.close();
  }

  async *exportFacts(): AsyncIterable<Fact> {
    // Page by seq, each page on its own, so a consumer may use the history between pages.
    const page = this.db.prepare('SELECT seq, body FROM facts WHERE seq > ? ORDER BY seq LIMIT 2000').raw();
    let after = 0;
    for (;;) {
      const rows = await this.enqueue(async () => this.run(() => page.all(after) as [number, string][]));
      if (!rows.length) return;
      for (const [, body] of rows) yield JSON.parse(body) as Fact;
      after = rows[rows.length - 1]![0];
    }
  }

  async importFacts(facts: Iterable<Fact> | AsyncIterable<Fact>, source: string): Promise<{ facts: number }> {
    const all: Fact[] = [];
    for await (const f of facts) {
      const why = notAFact(f);
      if (why) throw new Error(`${source}: fact ${all.length + 1}: ${why}`);
      all.push(f);
    }
    return this.enqueue(async () =>
      this.run(() => {
        this.db.transaction(() => {
          for (const f of all) this.file(null, f, indexKeysOf(f));
        }).immediate();
        return { facts: all.length };
      }),
    );
  }

  async stats(): Promise<HistoryStats> {
    return this.enqueue(async () =>
      this.run(() =>
        this.db.transaction(() => {
          const byKind: Record<string, number> = {};
          let facts = 0;
          for (const [kind, n] of this.db.prepare('SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind').raw().all() as [string, number][]) {
            byKind[kind] = n;
            facts += n;
          }
          const messages = this.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
          return { facts, messages, byKind };
        })(),
      ),
    );
  }

  async check(): Promise<readonly string[]> {
    return this.enqueue(async () => this.run(() => this.db.transaction(() => this.checkNow())()));
  }

  private checkNow(): string[] {
    const problems: string[] = [];
    let more = 0;
    const problem = (p: string): void => {
      if (problems.length < MAX_PROBLEMS) problems.push(`${this.path}: ${p}`);
      else more++;
    };
    for (const row of this.db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[]) {
      if (row.integrity_check !== 'ok') problem(`integrity: ${row.integrity_check}`);
    }
    const appId = this.db.pragma('application_id', { simple: true }) as number;
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) problem(`application id ${appId}, not that of iwmo-ijw (${APPLICATION_ID})`);
    if (version !== SCHEMA_VERSION) problem(`schema version ${version}, expected ${SCHEMA_VERSION}`);
    if (problems.length) return problems;

    // Every fact: a fact of iwmo-ijw, of the kind it is filed as, from a recorded message, under exactly its own keys.
    const page = this.db.prepare('SELECT seq, message_id, kind, body FROM facts WHERE seq > ? ORDER BY seq LIMIT 5000').raw();
    const hasKey = this.db.prepare('SELECT 1 FROM fact_keys WHERE key = ? AND seq = ?').pluck();
    const hasMessage = this.db.prepare('SELECT 1 FROM messages WHERE id = ?').pluck();
    let expectedKeys = 0;
    let after = 0;
    let lastMessage: string | null = null;
    for (;;) {
      const rows = page.all(after) as [number, string | null, string, string][];
      if (!rows.length) break;
      for (const [seq, messageId, kind, body] of rows) {
        let fact: Fact;
        try {
          fact = JSON.parse(body) as Fact;
        } catch {
          problem(`fact ${seq}: its body is not JSON`);
          continue;
        }
        const why = notAFact(fact);
        if (why) {
          problem(`fact ${seq}: ${why}`);
          continue;
        }
        if (fact.type !== kind) problem(`fact ${seq}: filed as ${kind} but is a ${fact.type}`);
        if (messageId !== null && messageId !== lastMessage) {
          if (!hasMessage.get(messageId)) problem(`fact ${seq}: its message ${messageId} is not recorded`);
          lastMessage = messageId;
        }
        const keys = new Set(indexKeysOf(fact));
        expectedKeys += keys.size;
        for (const k of keys) if (!hasKey.get(k, seq)) problem(`fact ${seq}: not filed under its key ${k}`);
      }
      after = rows[rows.length - 1]![0];
    }
    const orphans = this.db.prepare('SELECT count(*) FROM fact_keys k WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.seq = k.seq)').pluck().get() as number;
    if (orphans) problem(`${orphans} key entries point at no fact`);
    const keyRows = this.db.prepare('SELECT count(*) FROM fact_keys').pluck().get() as number;
    if (keyRows - orphans > expectedKeys) problem(`${keyRows - orphans - expectedKeys} key entries file facts under keys that are not their own`);
    if (more) problems.push(`${this.path}: … and ${more} more problems`);
    return problems;
  }

  /** Runs `work` after everything queued before it on this connection. */
  /** Queues a task on the connection; anything but a unit first commits what units left open. */
  private enqueue<T>(work: () => Promise<T>, unit = false): Promise<T> {
    if (this.closed) return Promise.reject(new HistoryError('unavailable', `${this.path}: the history is closed`));
    const task = unit
      ? work
      : async (): Promise<T> => {
          if (this.group.length || this.db.inTransaction) this.commitGroup();
          return work();
        };
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Runs a database call, turning an SQLite failure into a HistoryError naming the file. */
  private run<T>(fn: () => T): T {
    return mapped(this.path, this.busyTimeout, fn);
  }
}

function connect(path: string, options: Database.Options): Database.Database {
  try {
    return new Database(path, options);
  } catch (e) {
    throw historyError(path, e, options.timeout ?? 0);
  }
}

function mapped<T>(path: string, busyTimeout: number, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw historyError(path, e, busyTimeout);
  }
}

/** An SQLite failure as a HistoryError naming the file and the cause; anything else unchanged. */
export function historyError(path: string, e: unknown, busyTimeout: number): unknown {
  if (e instanceof HistoryError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  const detail = `${(e as Error).message} (${code})`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new HistoryError('locked', `${path}: locked by another writer for more than ${busyTimeout} ms (${code})`);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new HistoryError('corrupt', `${path}: the database is damaged: ${detail}; restore it from a backup`);
  if (code === 'SQLITE_FULL') return new HistoryError('failed', `${path}: the disk is full: ${detail}`);
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return new HistoryError('unavailable', `${path}: cannot open the database: ${detail}`);
  if (code.startsWith('SQLITE_READONLY')) return new HistoryError('failed', `${path}: cannot write: ${detail}`);
  if (code.startsWith('SQLITE_IOERR')) return new HistoryError('failed', `${path}: reading or writing failed: ${detail}`);
  return new HistoryError('failed', `${path}: ${detail}`);
}

/**
 * Before SQLite sees the file: a missing file needs an existing folder; an existing one must be
 * empty or start with the SQLite header. True when there is a database to look at first.
 */
function preflight(path: string): boolean {
  if (path === ':memory:' || path === '') return false;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new HistoryError('unavailable', `${path}: is a folder, not a history database`);
    size = st.size;
  } catch (e) {
    if (e instanceof HistoryError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new HistoryError('unavailable', `${path}: ${(e as Error).message}`);
    const dir = dirname(resolve(path));
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      // reported below
    }
    if (!isDir) throw new HistoryError('unavailable', `${path}: the folder ${dir} does not exist`);
    return false;
  }
  if (size === 0) return false;
  const head = Buffer.alloc(16);
  let n = 0;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    n = readSync(fd, head, 0, 16, 0);
  } catch (e) {
    throw new HistoryError('unavailable', `${path}: cannot read: ${(e as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (n === 16 && head.equals(MAGIC)) return true;
  const text = head.subarray(0, n).toString('latin1');
  if (text.trimStart().startsWith('{')) {
    throw new HistoryError(
      'foreign',
      `${path}: a JSON Lines facts file of an earlier iwmo-ijw, not an SQLite history; import it once with: iwmo-ijw store import ${path} --store <new.db>`,
    );
  }
  if (MAGIC.subarray(0, n).equals(head.subarray(0, n))) throw new HistoryError('corrupt', `${path}: the SQLite header is cut off (${size} bytes)`);
  throw new HistoryError('foreign', `${path}: not an SQLite database; refusing to use it as a history`);
}

/** Whether the database is ours (or empty): its schema version, or a HistoryError. */
function judge(path: string, db: Database.Database): number {
  return mapped(path, 0, () => {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId === APPLICATION_ID) {
      if (version > SCHEMA_VERSION) {
        throw new HistoryError('schema', `${path}: schema version ${version} is newer than this iwmo-ijw knows (${SCHEMA_VERSION}); use a newer iwmo-ijw`);
      }
      return version;
    }
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 4`).pluck().all() as string[];
    if (appId === 0 && version === 0 && tables.length === 0) return 0;
    throw new HistoryError(
      'foreign',
      `${path}: an SQLite database of another application (application id ${appId}${tables.length ? `, tables ${tables.join(', ')}` : ''}); refusing to use it as a history`,
    );
  });
}

/** Brings the schema to SCHEMA_VERSION in one transaction (another process may have done it meanwhile). */
function migrate(path: string, db: Database.Database): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    const from = judge(path, db);
    for (let v = from; v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v]!);
      db.prepare('INSERT INTO migrations (version, applied_at) VALUES (?, ?)').run(v + 1, new Date().toISOString());
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
