import type { BerichtType, CatalogueEntry } from '../catalogue/index.js';
import type { XmlElement } from '../xml/scan.js';

/** What a rule sees besides the element it is called on. */
export interface RuleContext {
  readonly entry: CatalogueEntry;
  /** The date rules compare with when the standard says "today" (injectable for tests). */
  readonly today: string;
  /**
   * Reports a finding of the rule being checked on `el`; `related` lists every element concerned
   * (the official report lists both elements of a duplicate pair, for example). A finding with the
   * same locations is reported once, unless `distinct` tells two separate checks of one rule apart
   * (the stylesheet reports a Contact twice when it lacks both a Huis and a Postcode).
   */
  report(el: XmlElement, related?: readonly XmlElement[], distinct?: string): void;
}

/**
 * A rule as data plus one check, shared by the levels: the engine walks the message once and calls
 * `check` on every element whose local name is in `on`, in document order, for messages in `berichten`.
 */
export interface RuleShape<C> {
  /** Official rule id: `CD079`, `CS337`, `TR101`. */
  readonly id: string;
  /** Retourcode the standard gives the rule (0001 on level 2, a rule's own code on level 3). */
  readonly retourcode: string;
  readonly berichten: readonly BerichtType[];
  /** Local names of the elements the rule is checked on (its context in the stylesheet). */
  readonly on: readonly string[];
  /** The rule in our own words. */
  readonly description: { readonly nl: string; readonly en: string };
  check(el: XmlElement, ctx: C): void;
  /**
   * Where the official stylesheet checks the rule, when that is not the element in `on` (only for
   * the order of the findings, which the stylesheet gives per element it checks, inner ones first):
   * `parent` — on the parent of that element (it compares an element's children, as TR101);
   * `child` — on each child of it (each line of a list, as TR302 on ToegewezenProduct; a pair
   *   of lines is checked on the later one).
   */
  readonly stylesheetContext?: 'parent' | 'child';
}

/** One rule of controleniveau 2 (a CD, CS or TR code of the official validation stylesheet). */
export type Rule = RuleShape<RuleContext>;
