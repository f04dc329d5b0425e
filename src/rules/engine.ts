/**
 * Controleniveau 2: walks a parsed, schema-valid message once and calls every rule registered for
 * an element's local name. Rules that compare lines look at a parent's children with hashing, so the
 * whole level stays linear in the size of the message.
 */
import { todayIso, type BerichtType, type CatalogueEntry } from '../catalogue/index.js';
import type { Findings } from '../report/findings.js';
import type { XmlElement } from '../xml/scan.js';
import { endRun } from './kit.js';
import { RULES } from './registry.js';
import type { Rule, RuleContext } from './types.js';
import { dispatchTable, walkDispatch, type DispatchTable } from '../xml/walk.js';

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


/** A finding of level 2 as the walk finds it, before it is put in the stylesheet's order and reported. */
interface Found {
  readonly rule: Rule;
  readonly el: XmlElement;
  readonly related: readonly XmlElement[] | undefined;
  readonly distinct: string | undefined;
  /** The element the stylesheet checks the finding on, and the rule's place among that element's rules. */
  readonly at: XmlElement;
  readonly rank: number;
}

export function runRules(root: XmlElement, entry: CatalogueEntry, findings: Findings, options: RuleRunOptions = {}): void {
  const table = tableFor(entry.bericht, options.rules ?? RULES);
  if (Object.keys(table).length === 0) return;
  let current: Rule = undefined as unknown as Rule;
  let context: XmlElement = root;
  // The findings are gathered first (no path, position or text yet), put in the stylesheet's order,
  // and only then reported: the cap on issues keeps the first ones in that order.
  const found: Found[] = [];
  const rank = rankOf(options.rules ?? RULES);
  const ctx: RuleContext = {
    entry,
    today: options.today ?? todayIso(),
    report(el, related, distinct) {
      const at = stylesheetContext(current, context, related?.length ? related[related.length - 1]! : el);
      found.push({ rule: current, el, related, distinct, at, rank: rank.get(current) ?? 0 });
    },
  };
  try {
    walkDispatch(root, table, (rule, el) => {
      current = rule;
      context = el;
      rule.check(el, ctx);
    });
  } finally {
    endRun(ctx);
  }
  if (found.length > 1) inStylesheetOrder(found);
  for (const f of found) {
    findings.add(f.rule.id, 'rule', f.el, {}, { retourcode: f.rule.retourcode, related: f.related, distinct: f.distinct, message: f.rule.description[findings.lang] });
  }
}

/**
 * The element the stylesheet checks a finding of `rule` on, found in the check of `at` and reported on
 * (the last of) `el`: a line compared with the ones before it is checked on that later line.
 */
function stylesheetContext(rule: Rule, at: XmlElement, el: XmlElement): XmlElement {
  if (rule.stylesheetContext === 'parent') return at.parent ?? at;
  if (rule.stylesheetContext === 'child') {
    for (let e: XmlElement | null = el; e; e = e.parent) if (e.parent === at) return e;
  }
  return at;
}

const rankCache = new WeakMap<readonly Rule[], Map<Rule, number>>();

/** Each rule's place in its list (the order of the rules of one element in the stylesheet's report). */
function rankOf(rules: readonly Rule[]): Map<Rule, number> {
  let m = rankCache.get(rules);
  if (!m) rankCache.set(rules, (m = new Map(rules.map((r, i) => [r, i]))));
  return m;
}

/** Whether `a` lies inside `b`. */
function inside(a: XmlElement, b: XmlElement): boolean {
  for (let p = a.parent; p; p = p.parent) if (p === b) return true;
  return false;
}

/**
 * The official stylesheet reports an element's findings after those of the elements inside it (it
 * applies the rules to the children first), and the rules of one element in the order of their ids.
 * The walk checks in document order, so the findings of this run are put in that order afterwards:
 * by the element the stylesheet checks them on, in post-order (end tags), then by the rule's place in
 * the registry, then as found (the sort is stable).
 */
function inStylesheetOrder(found: Found[]): void {
  found.sort((x, y) => {
    const a = x.at;
    const b = y.at;
    if (a === b) return x.rank - y.rank;
    if (inside(a, b)) return -1;
    if (inside(b, a)) return 1;
    return a.offset - b.offset;
  });
}
