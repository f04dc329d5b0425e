/**
 * Controleniveau 4 (externe bron): judges a message against data from outside it — the CBS
 * gemeentecodes, the productcodelijst, the contract's tarieven, optionally an AGB register — read as
 * one snapshot, in one walk with the rules dispatched per element name, like levels 2 and 3.
 */
import { todayIso, type BerichtType, type CatalogueEntry } from '../catalogue/index.js';
import type { Findings } from '../report/findings.js';
import { value } from '../xml/query.js';
import { dispatchTable, walkDispatch, type DispatchTable } from '../xml/walk.js';
import type { XmlElement } from '../xml/scan.js';
import { shippedSources } from './data.js';
import { SOURCE_RULES } from './rules/registry.js';
import type { SourceRule, SourceRuleContext, SourcesSnapshot } from './types.js';

export interface SourcesOptions {
  /** The data to judge against; default the shipped lists only (`shippedSources()`). */
  readonly sources?: SourcesSnapshot;
  /** ISO date (YYYY-MM-DD) used as "today" (TR135); defaults to the current date. */
  readonly today?: string;
  /** Rules to run instead of the registry (tests). */
  readonly rules?: readonly SourceRule[];
}

/** The dates a gemeentecode may be judged on (TR378): when the message was made, and when its products begin. */
const REFERENCE_DATES = new Set(['Dagtekening', 'Ingangsdatum', 'ToewijzingIngangsdatum', 'Begindatum', 'GewensteIngangsdatum', 'BeschikkingIngangsdatum', 'Toewijzingsdatum']);

function datesOf(root: XmlElement): string[] {
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (REFERENCE_DATES.has(el.local) && el.children.length === 0) out.add(el.text.trim().slice(0, 10));
    for (const c of el.children) stack.push(c);
  }
  return [...out];
}

/** Gemeente and aanbieder of a message, by its direction. */
export function partiesOf(root: XmlElement, entry: CatalogueEntry): { gemeente: string; aanbieder: string } {
  const afzender = value(root, 'Header/Afzender') ?? '';
  const ontvanger = value(root, 'Header/Ontvanger') ?? '';
  return entry.van === 'gemeente' ? { gemeente: afzender, aanbieder: ontvanger } : { gemeente: ontvanger, aanbieder: afzender };
}

/** Rules that only read a source the snapshot may lack, and stay silent without it. */
const NEEDS: Readonly<Record<string, 'tarieven' | 'agb' | undefined>> = { TR418: 'tarieven', TR346: 'tarieven', 'bron.agb-onbekend': 'agb' };

const tables = new Map<string, DispatchTable<SourceRule>>();

/** The registry's rules for one message type and the sources present (built once per combination). */
function tableFor(bericht: BerichtType, sources: SourcesSnapshot, given: readonly SourceRule[] | undefined): DispatchTable<SourceRule> {
  const has = { tarieven: !!sources.tarieven?.length, agb: !!sources.agb };
  const key = `${bericht}|${has.tarieven}|${has.agb}`;
  const cached = given ? undefined : tables.get(key);
  if (cached) return cached;
  const table = dispatchTable((given ?? SOURCE_RULES).filter((r) => r.berichten.includes(bericht) && (given || !NEEDS[r.id] || has[NEEDS[r.id]!])));
  if (!given) tables.set(key, table);
  return table;
}

export function runSources(root: XmlElement, entry: CatalogueEntry, findings: Findings, options: SourcesOptions = {}): void {
  const sources = options.sources ?? shippedSources();
  const table = tableFor(entry.bericht, sources, options.rules);
  let current: SourceRule = undefined as unknown as SourceRule;
  let dates: string[] | undefined;
  const ctx: SourceRuleContext = {
    entry,
    today: options.today ?? todayIso(),
    sources,
    parties: partiesOf(root, entry),
    dagtekening: value(root, 'Header/BerichtIdentificatie/Dagtekening') ?? '',
    referenceDates: () => (dates ??= datesOf(root)),
    report(el, related, distinct) {
      findings.add(current.id, 'external', el, {}, {
        ...(current.retourcode ? { retourcode: current.retourcode } : {}),
        related,
        distinct,
        message: current.description[findings.lang],
      });
    },
  };
  walkDispatch(root, table, (rule, el) => {
    current = rule;
    rule.check(el, ctx);
  });
}
