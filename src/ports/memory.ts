/**
 * The history port in memory: the reference adapter (the contract tests hold SQLite and PostgreSQL
 * to it) and the history of a browser page. Units of one scope run one after the other; what a unit
 * records becomes visible when it resolves, and is dropped when it rejects.
 */
import type { Fact } from '../context/facts.js';
import { indexKeysOf, lockOrder } from '../context/keys.js';
import type { StoredFact } from '../context/store.js';
import type { HistoryAdmin, HistoryPort, HistoryStats, HistoryUnit, MessageRecord } from './history.js';

export class MemoryHistory implements HistoryPort, HistoryAdmin {
  private readonly facts: StoredFact[] = [];
  private readonly byKey = new Map<string, StoredFact[]>();
  private readonly messages = new Set<string>();
  private readonly locks = new Map<string, Promise<unknown>>();

  async unit<T>(scope: string | readonly string[], work: (unit: HistoryUnit) => Promise<T>): Promise<T> {
    // Each scope is a queue: this unit waits for the units before it in every one of its scopes.
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const scopes = lockOrder(scope);
    const waits: Promise<unknown>[] = [];
    const chained = new Map<string, Promise<unknown>>();
    for (const s of scopes) {
      const before = this.locks.get(s) ?? Promise.resolve();
      waits.push(before);
      const next = before.then(() => mine);
      chained.set(s, next);
      this.locks.set(s, next);
    }
    await Promise.all(waits);
    const pending: MessageRecord[] = [];
    const unit: HistoryUnit = {
      load: async (keys) => this.load(keys, pending),
      record: async (message) => {
        if (this.messages.has(message.id) || pending.some((m) => m.id === message.id)) return false;
        pending.push(message);
        return true;
      },
    };
    try {
      const result = await work(unit);
      for (const m of pending) this.apply(m);
      return result;
    } finally {
      release();
      for (const [s, next] of chained) if (this.locks.get(s) === next) this.locks.delete(s);
    }
  }

  private load(keys: readonly string[], pending: readonly MessageRecord[]): StoredFact[] {
    const found = new Map<number, StoredFact>();
    for (const k of keys) for (const f of this.byKey.get(k) ?? []) found.set(f.seq, f);
    // What this unit recorded itself is part of its view, as in a database transaction.
    let seq = this.facts.length;
    const wanted = new Set(keys);
    for (const m of pending) {
      for (const f of m.facts) {
        const s = seq++;
        if (f.keys.some((k) => wanted.has(k))) found.set(s, { seq: s, fact: f.fact });
      }
    }
    return [...found.values()];
  }

  private apply(message: MessageRecord): void {
    this.messages.add(message.id);
    for (const { fact, keys } of message.facts) this.file(fact, keys);
  }

  private file(fact: Fact, keys: readonly string[]): void {
    const stored: StoredFact = { seq: this.facts.length, fact };
    this.facts.push(stored);
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (list) list.push(stored);
      else this.byKey.set(k, [stored]);
    }
  }

  async close(): Promise<void> {}

  async *exportFacts(): AsyncIterable<Fact> {
    for (const f of this.facts) yield f.fact;
  }

  async importFacts(facts: Iterable<Fact> | AsyncIterable<Fact>): Promise<{ facts: number }> {
    const all: Fact[] = [];
    for await (const f of facts) all.push(f);
    for (const f of all) this.file(f, indexKeysOf(f));
    return { facts: all.length };
  }

  async stats(): Promise<HistoryStats> {
    const byKind: Record<string, number> = {};
    for (const { fact } of this.facts) byKind[fact.type] = (byKind[fact.type] ?? 0) + 1;
    return { facts: this.facts.length, messages: this.messages.size, byKind };
  }

  async check(): Promise<readonly string[]> {
    return [];
  }
}
