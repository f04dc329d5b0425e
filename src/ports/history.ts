/**
 * The history port: what controleniveau 3 needs from a durable history, as two operations inside
 * one unit of work — load the facts filed under a message's keys (a snapshot), and record the facts
 * of an accepted message — under a lock on the message's scope (one standaard and one aanbieder),
 * so that two messages competing for the same history are judged one after the other.
 *
 * The rules never call the port: the pipeline prefetches, the rules check the snapshot
 * synchronously, and the pipeline records (`pipeline/async.ts`). Adapters: `MemoryHistory` (here,
 * browser-safe), SQLite and PostgreSQL (`adapters/`). The keys and scopes are plain strings made by
 * `context/keys.ts`, so an adapter knows nothing of the standard.
 */
import type { Fact } from '../context/facts.js';
import type { StoredFact } from '../context/store.js';

/** The facts of one accepted message, each with the keys it is filed under. */
export interface MessageRecord {
  /** Identity of the message (the SHA-256 of its bytes): recording the same message twice records it once. */
  readonly id: string;
  /** BerichtCode-like label, e.g. `JW301` (for statistics). */
  readonly bericht: string;
  readonly facts: readonly { readonly fact: Fact; readonly keys: readonly string[] }[];
}

/** One unit of work: everything it loads and records is one transaction. */
export interface HistoryUnit {
  /** The facts filed under any of the keys, each once, with their order of recording. */
  load(keys: readonly string[]): Promise<readonly StoredFact[]>;
  /** Records a message's facts; false when a message with this id was recorded before (nothing is written then). */
  record(message: MessageRecord): Promise<boolean>;
}

export interface HistoryPort {
  /**
   * Runs `work` as one unit of work under the locks of `scope` (one scope or several; `scopesOf`):
   * no other unit that shares a scope with it, in this process or any other on the same history,
   * runs until it ends. Several scopes are taken in one order (`lockOrder`), so units never deadlock. What `work` recorded is
   * committed when it resolves and rolled back when it rejects; a failure of the history itself
   * rejects with a `HistoryError`.
   */
  unit<T>(scope: string | readonly string[], work: (unit: HistoryUnit) => Promise<T>): Promise<T>;
  /** Releases connections and files. */
  close(): Promise<void>;
}

/** Counts of what a history holds. */
export interface HistoryStats {
  readonly facts: number;
  readonly messages: number;
  /** Facts per kind (`toewijzing`, `levering`, …). */
  readonly byKind: Readonly<Record<string, number>>;
}

/** Maintenance of a history: the operations behind `iwmo-ijw store …`. */
export interface HistoryAdmin {
  /** Every fact, in the order recorded. */
  exportFacts(): AsyncIterable<Fact>;
  /** Records facts from elsewhere (an old JSON Lines file), in one transaction, each under its own keys. */
  importFacts(facts: Iterable<Fact> | AsyncIterable<Fact>, source: string): Promise<{ readonly facts: number }>;
  stats(): Promise<HistoryStats>;
  /** Integrity: the problems found (none when the history is sound). */
  check(): Promise<readonly string[]>;
}

/** Why a history failed: the store could not be opened, read, written or locked in time. */
export type HistoryErrorKind = 'unavailable' | 'corrupt' | 'foreign' | 'schema' | 'locked' | 'failed';

/** A failure of the history itself (never of a message): reported as an error, never as "valid". */
export class HistoryError extends Error {
  constructor(
    readonly kind: HistoryErrorKind,
    /** Names the store and the problem in one line. */
    message: string,
  ) {
    super(message);
    this.name = 'HistoryError';
  }
}
