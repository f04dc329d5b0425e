/** Shared by TR418 and TR346: the contractual tarieven of a Prestatie, and amounts as exact integers. */
import { at, child } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';
import type { SourceRuleContext, Tarief } from './types.js';

/** Eenheid codes (LDT_Eenheid) the tarief rules treat specially. */
export const MINUUT = '01';
export const UUR = '04';
export const EUROS = '83';

/** An xs:integer text as a bigint (exact for any amount × volume); undefined when it is not one. */
export function intOf(text: string | undefined): bigint | undefined {
  const m = text === undefined ? null : /^\s*([+-]?)0*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const n = BigInt(m[2]!);
  return m[1] === '-' ? -n : n;
}

/** `a / 60` rounded half up to a whole number (a ≥ 0): an hourly amount per minute (IV081). */
export function perMinute(a: bigint): bigint {
  return (a + 30n) / 60n;
}

const inPeriod = (t: Tarief, date: string | undefined): boolean =>
  date === undefined ? t.begindatum === undefined && t.einddatum === undefined : (t.begindatum === undefined || t.begindatum <= date) && (t.einddatum === undefined || date <= t.einddatum);

/**
 * The contractual tarieven of a Prestatie: the contract of this gemeente and aanbieder, the product
 * by category and code (a category-only tarief when the code has none of its own), valid on the
 * first day of the ProductPeriode. Empty when the contract gives none.
 */
export function contractTarieven(ctx: SourceRuleContext, prestatie: XmlElement): Tarief[] {
  const all = ctx.sources.tarieven;
  if (!all || all.length === 0) return [];
  const categorie = child(prestatie, 'ProductCategorie')?.text;
  const code = child(prestatie, 'ProductCode')?.text;
  const datum = at(prestatie, 'ProductPeriode/Begindatum')?.text;
  const { gemeente, aanbieder } = ctx.parties;
  const mine = all.filter((t) => t.standaard === ctx.entry.standaard && t.gemeente === gemeente && t.aanbieder === aanbieder && t.categorie === categorie && inPeriod(t, datum));
  const exact = mine.filter((t) => t.code !== undefined && t.code === code);
  return exact.length ? exact : mine.filter((t) => t.code === undefined);
}
