/**
 * validateAsync(): the pipeline over a durable history — prefetch → check → commit.
 *
 *   levels 1 and 2 on the message alone (no history needed, no lock held);
 *   then one unit of work under the locks of the message's scopes (standaard + aanbieder, and for a
 *   message the gemeente sends also standaard + gemeente: `scopesOf`):
 *     load the facts under the message's keys and the keys they lead to (a snapshot),
 *     level 3 over the snapshot, synchronously, exactly as `validate()` runs it over a MemoryStore,
 *     and level 4 (when asked for: its sources are a snapshot too),
 *     record the facts of a message accepted on levels 1–4 (unless a dry run), committed with the unit;
 *   then the variant level.
 *
 * Never throws: a failure of the history is a `history.failed` error in the report (never "valid",
 * nothing recorded), any other failure an `internal.error`.
 */
import { factsOf, partiesOf, type Parties } from '../context/facts.js';
import { followUpKeys, indexKeysOf, lookupKeysOf, scopesOf } from '../context/keys.js';
import { SnapshotStore, type StoredFact } from '../context/store.js';
import { prepareQuietly } from './prepare.js';
import { sha256Hex } from './sha256.js';
import { HistoryError, type HistoryPort, type HistoryUnit } from '../ports/history.js';
import type { Report } from '../report/types.js';
import type { XmlElement } from '../xml/scan.js';
import { historyApplies, judgeHistory, judgeMessage, judgeSources, judgeVariant, reportOf, type Stage, type ValidateOptions } from './validate.js';

export interface AsyncValidateOptions extends Omit<ValidateOptions, 'context' | 'record'> {
  /** The durable history level 3 judges against and an accepted message is recorded in. Without it level 3 does not run. */
  readonly history?: HistoryPort;
  /** Judge against the history without recording (default false). */
  readonly dryRun?: boolean;
  /**
   * Who may have this message judged against the history: called once for every identified message
   * (known namespace, parsed), with its gemeente and aanbieder, after levels 1–2 and before the
   * history is touched. False stops the message there: recording `refused`, nothing loaded or recorded.
   */
  readonly admit?: (parties: Parties) => boolean;
}

/** What became of the message in the history. */
export type Recording =
  /** Level 3 did not run (no history, or levels 1–2 failed). */
  | 'not-judged'
  /** Judged and rejected: nothing recorded. */
  | 'rejected'
  /** Accepted and recorded. */
  | 'recorded'
  /** Accepted; the same message (same bytes) was recorded before, so nothing new was written. */
  | 'already-recorded'
  /** Accepted in a dry run: nothing recorded. */
  | 'dry-run'
  /** The history failed: nothing recorded. */
  | 'failed'
  /** `admit` refused the message's parties: not judged against the history, nothing recorded. */
  | 'refused';

export interface AsyncChecked {
  readonly report: Report;
  readonly root: XmlElement | null;
  readonly recording: Recording;
}

/** Rounds of loading before a message's look-ups must have settled (two suffice for every rule today). */
const MAX_ROUNDS = 4;

/** Validates one message against a durable history and records it when accepted. Never throws. */
export async function validateAsync(input: string | Uint8Array, options: AsyncValidateOptions = {}): Promise<Report> {
  return (await checkAsync(input, options)).report;
}

/** The pipeline behind validateAsync(): the report, the parsed root, and what became of the message in the history. */
export async function checkAsync(input: string | Uint8Array, options: AsyncValidateOptions = {}): Promise<AsyncChecked> {
  await prepareQuietly(input);
  const stage = judgeMessage(input, options);
  if (options.admit && stage.root && stage.entry && !admitted(stage, options.admit)) {
    return { report: reportOf(stage), root: stage.root, recording: 'refused' };
  }
  let recording: Recording = 'not-judged';
  if (options.history && historyApplies(stage, options)) {
    recording = await judgeAgainstHistory(stage, input, options.history, options);
  } else {
    judgeSources(stage, options);
  }
  judgeVariant(stage, options);
  return { report: reportOf(stage), root: stage.root, recording };
}

/** Whether `admit` accepts the message's parties (a failure to read them refuses). */
function admitted(stage: Stage, admit: (parties: Parties) => boolean): boolean {
  try {
    return admit(partiesOf(stage.root!, stage.entry!));
  } catch {
    return false;
  }
}

async function judgeAgainstHistory(stage: Stage, input: string | Uint8Array, history: HistoryPort, options: AsyncValidateOptions): Promise<Recording> {
  const root = stage.root!;
  const entry = stage.entry!;
  const parties = partiesOf(root, entry);
  const before = stage.findings.fork();
  const levels = stage.levels.length;
  try {
    const id = await messageId(input);
    return await history.unit(scopesOf(parties, entry.van), async (unit) => {
      await loadSnapshot(unit, lookupKeysOf(root, parties), (store) => {
        stage.findings = before.fork();
        stage.levels.length = levels;
        judgeHistory(stage, store, options);
        judgeSources(stage, options);
      });
      if (stage.failed) return 'failed';
      if (stage.findings.hasErrors) return 'rejected';
      if (options.dryRun) return 'dry-run';
      const facts = factsOf(root, entry).map((fact) => ({ fact, keys: indexKeysOf(fact) }));
      return (await unit.record({ id, bericht: entry.bericht, facts })) ? 'recorded' : 'already-recorded';
    });
  } catch (e) {
    stage.findings = before;
    stage.levels.length = levels;
    stage.levels.push('context');
    if (e instanceof HistoryError) {
      stage.findings.add('history.failed', 'context', null, { kind: e.kind, detail: e.message });
    } else {
      stage.findings.add('internal.error', 'context', null, { detail: e instanceof Error ? e.message : String(e) });
    }
    stage.failed = true;
    return 'failed';
  }
}

/**
 * Loads the facts under `keys` and under the keys they lead to, then runs `judge` over the snapshot;
 * a look-up outside what was loaded loads that key too and judges again.
 */
async function loadSnapshot(unit: HistoryUnit, keys: Iterable<string>, judge: (store: SnapshotStore) => void): Promise<void> {
  const loaded = new Set<string>();
  const found = new Map<number, StoredFact>();
  const fetch = async (wanted: Iterable<string>): Promise<void> => {
    let fresh = [...wanted].filter((k) => !loaded.has(k));
    while (fresh.length) {
      for (const k of fresh) loaded.add(k);
      const facts = await unit.load(fresh);
      for (const f of facts) found.set(f.seq, f);
      fresh = [...followUpKeys(facts.map((f) => f.fact))].filter((k) => !loaded.has(k));
    }
  };
  await fetch(keys);
  for (let round = 1; ; round++) {
    const snapshot = new SnapshotStore(loaded, found.values());
    judge(snapshot);
    if (!snapshot.misses.size) return;
    if (round === MAX_ROUNDS) throw new Error(`the look-ups of level 3 did not settle after ${MAX_ROUNDS} rounds`);
    await fetch(snapshot.misses);
  }
}

/** The SHA-256 of the message's bytes (as text: of its UTF-8 encoding), the same in Node and in a browser. */
export async function messageId(input: string | Uint8Array): Promise<string> {
  return sha256Hex(typeof input === 'string' ? new TextEncoder().encode(input) : input);
}
