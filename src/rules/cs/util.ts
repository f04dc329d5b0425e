/**
 * Helpers shared by the CS rules (constraints of controleniveau 2).
 *
 * The official stylesheet compares codes after collapsing white space, reads dates as numbers
 * (YYYYMMDD) and amounts with XPath 1.0 number conversion; these helpers do the same so that the
 * rules judge exactly the values the stylesheet judges.
 */
import type { BerichtNummer } from '../../catalogue/index.js';
import type { XmlElement } from '../../xml/scan.js';
import type { RuleContext } from '../types.js';
import { ancestor, child, inDocumentOrder } from '../../xml/query.js';
import { isDigits, plainDateNumber } from '../kit.js';

/** Messages that carry a Client with a Bsn (all but the Antwoordberichten 319/320). */
export const WITH_BSN: readonly BerichtNummer[] = ['301', '302', '305', '306', '307', '308', '315', '316', '317', '318', '323', '325'];

/** Messages that carry a Geboortedatum (of a client or relatie). */
export const WITH_BIRTH_DATE: readonly BerichtNummer[] = ['301', '302', '305', '306', '307', '308', '315', '316'];

/** XPath `substring-after`: the text after the first `sep`, or '' when `sep` does not occur. */
export function substringAfter(text: string, sep: string): string {
  const i = text.indexOf(sep);
  return i === -1 ? '' : text.slice(i + sep.length);
}

/** XPath normalize-space of the element's text; undefined when the element is absent. */
export function norm(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const text = el.text;
  // Most codes hold no space, tab or line end: then only the trim can change them (no regex pass).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10) return text.replace(/[ \t\n\r]+/g, ' ').trim();
  }
  return text.trim();
}

/** True when the element exists and its collapsed text is one of `values`. */
export function oneOf(el: XmlElement | undefined, values: readonly string[]): boolean {
  const v = norm(el);
  return v !== undefined && values.includes(v);
}

/**
 * XPath 1.0 `number()`: optional white space, an optional minus sign, digits with an optional
 * fraction. Anything else (empty text, a plus sign, exponents) is NaN.
 */
export function xpathNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  // Plain digits, the common case, need no pattern.
  if (isDigits(text)) return Number(text);
  const m = /^[ \t\n\r]*(-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))[ \t\n\r]*$/.exec(text);
  return m ? Number(m[1]) : NaN;
}

/** A date text as the number YYYYMMDD (NaN when absent or not a date). */
export function dateTextNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  // A plain YYYY-MM-DD, the common case, is read without building the dash-less text.
  const plain = plainDateNumber(text);
  return Number.isNaN(plain) ? xpathNumber(text.replace(/-/g, '')) : plain;
}

/** A date element as the number YYYYMMDD (NaN when absent or not a date). */
export function dateNumber(el: XmlElement | undefined): number {
  return dateTextNumber(el?.text);
}

/**
 * Reports `el` with every concerned element as Locatie (document order); with a single concerned
 * element the finding simply sits on that element.
 */
export function reportAll(ctx: RuleContext, el: XmlElement, concerned: Array<XmlElement | undefined>): void {
  const related = inDocumentOrder(concerned);
  if (related.length > 1) ctx.report(el, related);
  else ctx.report(related[0] ?? el);
}

/** Einddatum of a toewijzing after 2020-12-31, or no Einddatum at all: when the Omvang rules apply. */
export function endsAfter2020(einddatum: XmlElement | undefined): boolean {
  return !einddatum || dateNumber(einddatum) > 20201231;
}

const TIME_UNITS = ['14', '16', '83', '84'];
const PERIOD_FREQUENCIES = ['2', '4', '6'];

/**
 * The Eenheid/Frequentie constraint shared by CS338 and CS343: within `product` (the nearest
 * ancestor named so), when the toewijzing ends after 2020 or is open-ended, an Omvang counted in
 * etmalen, dagdelen, euro's or stuks needs Frequentie per week, per maand or over the whole period.
 */
export function checkEenheidFrequentie(eenheid: XmlElement, ctx: RuleContext, product: string, eindField: string): void {
  const omvang = eenheid.parent;
  if (!omvang || omvang.local !== 'Omvang') return;
  const owner = ancestor(eenheid, product);
  if (!owner) return;
  const einddatum = child(owner, eindField);
  if (!endsAfter2020(einddatum)) return;
  if (!oneOf(eenheid, TIME_UNITS)) return;
  const frequentie = child(omvang, 'Frequentie');
  if (oneOf(frequentie, PERIOD_FREQUENCIES)) return;
  reportAll(ctx, eenheid, [einddatum, eenheid, frequentie]);
}
