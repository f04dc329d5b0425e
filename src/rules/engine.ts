/**
 * Controleniveau 2: walks a parsed, schema-valid message once and calls every rule registered for
 * an element's local name. Rules that compare lines look at a parent's children with hashing, so the
 * whole level stays linear in the size of the message.
 */
import type { BerichtType, CatalogueEntry } from '../catalogue/index.js';
import type { Findings } from '../report/findings.js';
import type { XmlElement } from '../xml/scan.js';
import { endRun } from './kit.js';
import { RULES } from './registry.js';
import type { Rule, RuleContext } from './types.js';
import { dispatchTable, walkDispatch, type DispatchTable } from './walk.js';

const dispatchCache = new Map<BerichtType, DispatchTable<Rule>>();

/** Rules per element local name for one message type (built once per type). */
function tableFor(bericht: BerichtType, rules: readonly Rule[]): DispatchTable<Rule> {
  const cached = rules === RULES ? dispatchCache.get(bericht) : undefined;
  if (cached) return cached;
  const table = dispatchTable(rules.filter((r) => r.berichten.includes(bericht)));
  if (rules === RULES) dispatchCache.set(bericht, table);
  return table;
}

export interface RuleRunOptions {
  /** ISO date (YYYY-MM-DD) used as "today"; defaults to the current date. */
  readonly today?: string;
  /** Rules to run instead of the registry (tests). */
  readonly rules?: readonly Rule[];
}

export function todayIso(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function runRules(root: XmlElement, entry: CatalogueEntry, findings: Findings, options: RuleRunOptions = {}): void {
  const table = tableFor(entry.bericht, options.rules ?? RULES);
  if (Object.keys(table).length === 0) return;
  let current: Rule = undefined as unknown as Rule;
  const ctx: RuleContext = {
    entry,
    today: options.today ?? todayIso(),
    report(el, related, distinct) {
      findings.add(current.id, 'rule', el, {}, { retourcode: current.retourcode, related, distinct, message: current.description[findings.lang] });
    },
  };
  try {
    walkDispatch(root, table, (rule, el) => {
      current = rule;
      rule.check(el, ctx);
    });
  } finally {
    endRun(ctx);
  }
}
