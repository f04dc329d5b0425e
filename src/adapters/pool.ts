/**
 * A pool of worker threads for the CPU-bound part of judging messages (scanning, levels 1–2, the
 * level-3 rules, the variant level, building a retourbericht), so that a 10 MB declaration never
 * blocks the event loop of the process that serves the small messages behind it.
 *
 * The history stays in this thread: a worker runs the ordinary pipeline (`app/`), and its history is
 * a proxy that forwards each step of the unit of work — open under the scope's lock, load keys,
 * record, commit or roll back — to the real history port here. So no message is parsed twice, the
 * worker returns plain data (report, recording, metadata, retourbericht), and every transaction,
 * lock and connection is this process's own. A worker that dies mid-unit rolls its unit back.
 *
 *   const pool = new ValidationPool({ size: 2, variants, history });
 *   const judgement = await pool.validate(bytes, { lang: 'en' });
 */
import { Worker } from 'node:worker_threads';
import type { Answered, Judgement, PartyScope } from '../app/index.js';
import type { Lang } from '../report/types.js';
import { HistoryError, type HistoryErrorKind, type HistoryPort, type HistoryUnit } from '../ports/history.js';
import type { VariantConfig } from '../variants/index.js';

/** Options of one message that cross to a worker: plain data only. */
export interface PoolJudgeOptions {
  readonly lang?: Lang;
  readonly today?: string;
  readonly maxBytes?: number;
  readonly dryRun?: boolean;
  readonly identificatie?: string;
  /** Who may have the message judged against the history (absent: everyone). */
  readonly scope?: PartyScope;
  /** Overrides the pool's variant configuration for this message. */
  readonly variants?: VariantConfig;
}

export interface PoolOptions {
  /** Number of worker threads (at least 1). */
  readonly size: number;
  readonly variants?: VariantConfig;
  /** The history level 3 judges against; without it level 3 does not run. */
  readonly history?: HistoryPort;
  /** The worker module (default: pool-worker beside this module, run through tsx from the sources). */
  readonly workerUrl?: URL;
}

/** Messages between this thread and a worker. */
export type ToWorker =
  | { t: 'task'; id: number; kind: 'validate' | 'respond'; bytes: Uint8Array; options: PoolJudgeOptions; history: boolean }
  | { t: 'reply'; req: number; ok: true; value?: unknown }
  | { t: 'reply'; req: number; ok: false; kind: HistoryErrorKind | 'internal'; message: string };
export type FromWorker =
  | { t: 'done'; id: number; ok: true; value: Judgement | Answered }
  | { t: 'done'; id: number; ok: false; message: string }
  | { t: 'open'; id: number; req: number; scope: string | readonly string[] }
  | { t: 'load'; id: number; req: number; keys: string[] }
  | { t: 'record'; id: number; req: number; message: Parameters<HistoryUnit['record']>[0] }
  | { t: 'end'; id: number; req: number; commit: boolean };

interface Task {
  readonly id: number;
  readonly message: Extract<ToWorker, { t: 'task' }>;
  resolve(value: Judgement | Answered): void;
  reject(e: Error): void;
  /** The open unit of work of this task, while the worker holds it. */
  unit?: { unit: HistoryUnit; end: (commit: boolean) => void };
  /** Settles when the unit of work has committed or rolled back (rejects when the history failed). */
  unitOutcome?: Promise<void>;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './pool-worker.ts' : './pool-worker.js', here);
}

export class ValidationPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly url: URL;
  /** Workers lost in a row without a message finished in between. */
  private failures = 0;
  /** Why the pool gave up starting workers. */
  private broken: string | null = null;

  constructor(private readonly options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError('a pool needs at least one worker');
    this.url = options.workerUrl ?? defaultWorkerUrl();
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /** Number of worker threads. */
  get size(): number {
    return this.slots.length;
  }

  /** Messages waiting for a free worker. */
  get waiting(): number {
    return this.queue.length;
  }

  validate(bytes: Uint8Array, options: PoolJudgeOptions = {}): Promise<Judgement> {
    return this.submit('validate', bytes, options) as Promise<Judgement>;
  }

  answer(bytes: Uint8Array, options: PoolJudgeOptions = {}): Promise<Answered> {
    return this.submit('respond', bytes, options) as Promise<Answered>;
  }

  /** Finishes the messages in flight and queued, then stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.queue.length || this.slots.some((s) => s.task)) await new Promise((r) => setTimeout(r, 10));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private submit(kind: 'validate' | 'respond', bytes: Uint8Array, options: PoolJudgeOptions): Promise<Judgement | Answered> {
    if (this.closed) return Promise.reject(new Error('the validation pool is closed'));
    if (this.broken) return Promise.reject(new Error(this.broken));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, resolve, reject, message: { t: 'task', id, kind, bytes, options, history: this.options.history !== undefined } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || !this.queue.length) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage(task.message);
    }
  }

  private spawn(): Slot {
    const workerData = { variants: this.options.variants, url: this.url.href };
    // From the sources (tests), the TypeScript worker is loaded through tsx, registered in the worker itself.
    const worker = this.url.pathname.endsWith('.ts')
      ? new Worker(TS_BOOTSTRAP, { eval: true, workerData })
      : new Worker(this.url, { workerData });
    const slot: Slot = { worker, task: null };
    worker.on('message', (m: FromWorker) => {
      if (m.t === 'done') this.failures = 0;
      this.onMessage(slot, m);
    });
    const lost = (why: string): void => {
      const task = slot.task;
      slot.task = null;
      if (task) {
        task.unit?.end(false);
        task.reject(new Error(why));
      }
      const i = this.slots.indexOf(slot);
      if (i < 0 || this.closed) return;
      // A worker that keeps failing before it finishes any message is not started again and again.
      if (++this.failures > MAX_FAILURES) {
        this.broken = why;
        for (const t of this.queue.splice(0)) t.reject(new Error(why));
        return;
      }
      this.slots[i] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (e) => lost(`a worker thread failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed || slot.task) lost(`a worker thread stopped (code ${code})`);
    });
    return slot;
  }

  private reply(slot: Slot, req: number, p: Promise<unknown>): void {
    p.then(
      (value) => slot.worker.postMessage({ t: 'reply', req, ok: true, value } satisfies ToWorker),
      (e: unknown) =>
        slot.worker.postMessage({
          t: 'reply',
          req,
          ok: false,
          kind: e instanceof HistoryError ? e.kind : 'internal',
          message: e instanceof Error ? e.message : String(e),
        } satisfies ToWorker),
    );
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    const task = slot.task;
    if (!task || task.id !== m.id) return;
    const history = this.options.history;
    switch (m.t) {
      case 'done':
        slot.task = null;
        if (m.ok) task.resolve(m.value);
        else task.reject(new Error(m.message));
        this.dispatch();
        return;
      case 'open': {
        if (!history) return this.reply(slot, m.req, Promise.reject(new Error('no history')));
        let opened!: () => void;
        const ready = new Promise<void>((r) => (opened = r));
        // The unit stays open until the worker ends it; its outcome (commit or roll back) answers the end.
        const done = history.unit(m.scope, (unit) => {
          return new Promise<void>((resolve, reject) => {
            task.unit = { unit, end: (commit) => (commit ? resolve() : reject(new RolledBack())) };
            opened();
          });
        });
        const outcome = done.then(
          () => undefined,
          (e: unknown) => {
            if (e instanceof RolledBack) return undefined;
            throw e;
          },
        );
        task.unitOutcome = outcome;
        this.reply(slot, m.req, Promise.race([ready, outcome]));
        return;
      }
      case 'load':
        return this.reply(slot, m.req, task.unit ? task.unit.unit.load(m.keys) : Promise.reject(new Error('no open unit')));
      case 'record':
        return this.reply(slot, m.req, task.unit ? task.unit.unit.record(m.message) : Promise.reject(new Error('no open unit')));
      case 'end': {
        const unit = task.unit;
        task.unit = undefined;
        unit?.end(m.commit);
        return this.reply(slot, m.req, task.unitOutcome ?? Promise.resolve());
      }
    }
  }
}

const MAX_FAILURES = 3;

const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.url); });
`;

/** The worker ended its unit without committing (its work failed): the unit rolls back. */
class RolledBack extends Error {}
