/**
 * Controleniveau 3: judges a message against what came before it (a ConversationStore), in one
 * walk with the rules dispatched per element name, and records what an accepted message establishes.
 */
import { todayIso, type BerichtType, type CatalogueEntry } from '../catalogue/index.js';
import type { Findings } from '../report/findings.js';
import { resolveMessage } from '../variants/resolve.js';
import type { Mode, VariantConfig } from '../variants/index.js';
import type { XmlElement } from '../xml/scan.js';
import { dagtekeningOf, partiesOf } from './facts.js';
import { CONTEXT_RULES } from './rules/registry.js';
import type { ConversationStore } from './store.js';
import type { ContextRule, ContextRuleContext } from './types.js';
import { dispatchTable, walkDispatch, type DispatchTable } from '../xml/walk.js';

export interface ContextOptions {
  readonly store: ConversationStore;
  readonly today?: string;
  readonly variants?: VariantConfig;
  /** Rules to run instead of the registry (tests). */
  readonly rules?: readonly ContextRule[];
}

interface Dispatch {
  readonly first: ContextRule;
  readonly table: DispatchTable<ContextRule>;
}

const dispatchCache = new Map<BerichtType, Dispatch | null>();

/** The rules of one message type per element local name, or null when it has none (built once per type for the registry, as level 2 does). */
function dispatchFor(bericht: BerichtType, all: readonly ContextRule[]): Dispatch | null {
  if (all === CONTEXT_RULES && dispatchCache.has(bericht)) return dispatchCache.get(bericht)!;
  const rules = all.filter((r) => r.berichten.includes(bericht));
  const dispatch = rules.length ? { first: rules[0]!, table: dispatchTable(rules) } : null;
  if (all === CONTEXT_RULES) dispatchCache.set(bericht, dispatch);
  return dispatch;
}

export function runContextRules(root: XmlElement, entry: CatalogueEntry, findings: Findings, options: ContextOptions): void {
  const dispatch = dispatchFor(entry.bericht, options.rules ?? CONTEXT_RULES);
  if (!dispatch) return;
  const { table } = dispatch;
  const resolution = options.variants ? resolveMessage(root, entry, options.variants) : undefined;
  const memos = new Map<string, unknown>();
  let current: ContextRule = dispatch.first;
  const ctx: ContextRuleContext = {
    entry,
    store: options.store,
    parties: partiesOf(root, entry),
    dagtekening: dagtekeningOf(root),
    today: options.today ?? todayIso(),
    werkwijze(product): Mode | undefined {
      if (!resolution?.line) return undefined;
      const r = resolution.line(product);
      return 'mode' in r ? r.mode : undefined;
    },
    memo<T>(key: string, init: () => T): T {
      const k = `${current.id}\u0000${key}`;
      if (!memos.has(k)) memos.set(k, init());
      return memos.get(k) as T;
    },
    report(el, related, distinct) {
      findings.add(current.id, 'context', el, {}, { retourcode: current.retourcode, related, distinct, message: current.description[findings.lang] });
    },
  };
  walkDispatch(root, table, (rule, el) => {
    current = rule;
    rule.check(el, ctx);
  });
}
