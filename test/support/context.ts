/**
 * Level-3 tests: replay messages in order through one store and look at the last one's findings.
 *
 *   const reports = replay([golden('JW301'), golden('JW305')]);     // each judged against the ones before
 *   expect(codes(reports.at(-1)!, 'TR019')).toEqual([]);
 */
import { expect } from 'vitest';
import { MemoryStore, SnapshotStore, type ConversationStore, type StoredFact } from '../../src/context/store.js';
import { partiesOf } from '../../src/context/facts.js';
import { followUpKeys, indexKeysOf, lookupKeysOf } from '../../src/context/keys.js';
import type { Fact } from '../../src/context/facts.js';
import { catalogueEntry, type BerichtType } from '../../src/catalogue/index.js';
import type { Issue, Report } from '../../src/report/types.js';
import { check, validate, type ValidateOptions } from '../../src/pipeline/validate.js';
import { TODAY } from './rules.js';

/**
 * Replays messages through one store. Every message is judged twice: against the whole history
 * (the store) and against a snapshot of only the facts under its keys, as a durable history serves
 * them (`validateAsync`); the two reports must be equal and the snapshot must have missed no key, so
 * every level-3 test also proves that the key derivation is complete for what it exercises.
 */
export function replay(messages: readonly string[], options: ValidateOptions & { store?: ConversationStore } = {}): Report[] {
  const store = options.store ?? new MemoryStore();
  return messages.map((xml) => {
    const viaSnapshot = store instanceof MemoryStore ? new KeyedFacts(store.all()).judge(xml, { today: TODAY, ...options }) : undefined;
    const report = validate(xml, { today: TODAY, ...options, context: store });
    if (viaSnapshot) {
      expect(viaSnapshot.misses, 'keys the snapshot lacked').toEqual([]);
      expect(viaSnapshot.report, 'the report over a snapshot of the history').toEqual(report);
    }
    return report;
  });
}

const entryOf = (b: BerichtType) => catalogueEntry(b)!;

/** The facts of the accepted messages, filed under their keys with their order of recording. */
class KeyedFacts {
  private readonly byKey = new Map<string, StoredFact[]>();
  constructor(facts: readonly Fact[]) {
    facts.forEach((fact, seq) => {
      for (const k of indexKeysOf(fact)) (this.byKey.get(k) ?? this.byKey.set(k, []).get(k)!).push({ seq, fact });
    });
  }
  /** Judges a message over the snapshot of its keys (and the keys those facts lead to), as the async pipeline loads it. */
  judge(xml: string, options: ValidateOptions): { report: Report; misses: string[] } | undefined {
    const probe = check(xml, { ...options, upTo: 'rule' });
    if (!probe.root || !probe.report.bericht) return undefined;
    const parties = partiesOf(probe.root, entryOf(probe.report.bericht));
    const loaded = new Set<string>();
    const found = new Map<number, StoredFact>();
    let fresh = [...lookupKeysOf(probe.root, parties)];
    while (fresh.length) {
      const facts: Fact[] = [];
      for (const k of fresh) {
        loaded.add(k);
        for (const f of this.byKey.get(k) ?? []) {
          found.set(f.seq, f);
          facts.push(f.fact);
        }
      }
      fresh = [...followUpKeys(facts)].filter((k) => !loaded.has(k));
    }
    const snapshot = new SnapshotStore(loaded, found.values());
    const { report } = check(xml, { ...options, context: snapshot, record: false });
    return { report, misses: [...snapshot.misses] };
  }
}

/** Findings of one code in a report (paths, with every location joined by ' + '). */
export function contextPaths(report: Report, code: string): string[] {
  return report.issues.filter((i: Issue) => i.code === code).map((i) => (i.locations ? i.locations.map((l) => l.path).join(' + ') : i.path));
}
