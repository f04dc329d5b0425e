/**
 * Helpers shared by the CD (conditie) rules only.
 */
import { at, child } from '../../xml/query.js';
import type { RuleContext } from '../types.js';
import type { XmlElement } from '../../xml/scan.js';

/**
 * Reports a finding on `el`, listing every element of `concerned` that is present in the message
 * (absent elements have no Locatie in the official report, so they are left out).
 */
export function reportPresent(ctx: RuleContext, el: XmlElement, concerned: ReadonlyArray<XmlElement | undefined>): void {
  const related = concerned.filter((e): e is XmlElement => e !== undefined);
  ctx.report(el, related.length ? related : [el]);
}

/** Product classes whose Omvang/Budget/Product the CD rules look at, with the name of their end date. */
const END_DATE: Readonly<Record<string, string>> = {
  ToegewezenProduct: 'Einddatum',
  AangevraagdProduct: 'ToewijzingEinddatum',
  TeWijzigenProduct: 'Einddatum',
  NieuwProduct: 'Einddatum',
};

/** The end date element of a product line (Einddatum, or ToewijzingEinddatum in a request). */
export function endDateOf(product: XmlElement): XmlElement | undefined {
  const name = END_DATE[product.local];
  return name ? child(product, name) : undefined;
}

/**
 * The product line `el` is a direct child of, when that line is one of `classes`
 * (e.g. the ToegewezenProduct above an Omvang or Budget).
 */
export function productParent(el: XmlElement, classes: readonly string[]): XmlElement | undefined {
  const p = el.parent;
  return p && classes.includes(p.local) ? p : undefined;
}

/** The last day before the product codes became mandatory; end dates after it fall under the rules. */
export const CODE_REQUIRED_AFTER = '2020-12-31';

/** True when a product line has no end date or one after 2020-12-31. */
export function openOrAfter2020(product: XmlElement): boolean {
  const end = endDateOf(product);
  return !end || end.text.trim() > CODE_REQUIRED_AFTER;
}

/** Verwijzer types (02–05) that are care providers and may be identified by a ZorgverlenerCode. */
export const VERWIJZER_ZORGVERLENER: ReadonlySet<string> = new Set(['02', '03', '04', '05']);

/**
 * The shared check of CD080, CD095 and CD096: an Omvang of a `productClass` line whose Product has
 * no Code (or that has no Product) is not allowed when the line ends after 2020-12-31 or has no end
 * date. Reported on the end date (when present) and the Omvang.
 */
export function checkOmvangWithoutCode(el: XmlElement, ctx: RuleContext, productClass: string): void {
  const product = productParent(el, [productClass]);
  if (!product || at(product, 'Product/Code') || !openOrAfter2020(product)) return;
  reportPresent(ctx, el, [endDateOf(product), el]);
}
