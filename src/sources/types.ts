/**
 * Controleniveau 4 (externe bron): the data the rules read as a snapshot, and the rule shape.
 *
 * The shipped lists (CBS gemeentecodes, national productcodelijsten) are loaded synchronously; the
 * contract adds tarieven and regional product codes; a pluggable source (AGB register, a regional
 * productcodelijst service) is resolved before the check through the port in ./port.ts. The rules
 * never wait for anything: they read this snapshot.
 */
import type { Standaard } from '../catalogue/index.js';
import type { RuleContext, RuleShape } from '../rules/types.js';

/** The CBS gemeentecodes with the periods they were valid. */
export interface GemeenteList {
  /** True when `code` was a gemeente on `date` (YYYY-MM-DD). */
  isCurrent(code: string, date: string): boolean;
  /** True when `code` was a gemeente at any time the list covers. */
  isKnown(code: string): boolean;
}

/**
 * A productcodelijst: the category a code belongs to. `undefined` when the list does not know the
 * code; `''` when it knows the code but does not state its category.
 */
export interface ProductcodeList {
  categorieOf(standaard: Standaard, gemeente: string, code: string): string | undefined;
}

/** A contractual tarief of a product, in eurocent per eenheid, for a period. */
export interface Tarief {
  readonly standaard: Standaard;
  /** CBS gemeentecode of the contract. */
  readonly gemeente: string;
  /** AGB code of the contract's aanbieder. */
  readonly aanbieder: string;
  readonly categorie: string;
  /** Absent: the tarief of every code of the category without a tarief of its own. */
  readonly code?: string;
  /** Eurocent per eenheid (as ProductTarief: 1250 is € 12,50). */
  readonly bedrag: number;
  /** LDT_Eenheid code: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 84 stuks (inspanning). */
  readonly eenheid: string;
  /** LDT_Frequentie code, for people and for comparing with a toewijzing; not used by the 323 checks. */
  readonly frequentie?: string;
  /** First day the tarief applies (inclusive); absent: always. */
  readonly begindatum?: string;
  /** Last day the tarief applies (inclusive); absent: open ended. */
  readonly einddatum?: string;
}

/** Known AGB codes: a set, or a predicate over a source already resolved. */
export type AgbSource = ReadonlySet<string> | ((agb: string) => boolean);

/** Everything level 4 reads. */
export interface SourcesSnapshot {
  readonly gemeenten: GemeenteList;
  readonly productcodes: ProductcodeList;
  /** Contractual tarieven (TR418, TR346); without them those rules stay silent. */
  readonly tarieven?: readonly Tarief[];
  /** Known AGB codes; without them the AGB check does not run (off by default). */
  readonly agb?: AgbSource;
}

/** What a level-4 rule sees besides the element it is called on. */
export interface SourceRuleContext extends RuleContext {
  readonly sources: SourcesSnapshot;
  /** Gemeente and aanbieder (AGB) of this message, by its direction. */
  readonly parties: { readonly gemeente: string; readonly aanbieder: string };
  /** Dagtekening of this message (Header/BerichtIdentificatie). */
  readonly dagtekening: string;
  /** The dates a gemeentecode may be judged on (TR378): the dagtekening and the product dates. */
  referenceDates(): readonly string[];
}

/** One rule of controleniveau 4: an official id (or an own `bron.*` code) with its retourcode. */
export type SourceRule = RuleShape<SourceRuleContext>;
