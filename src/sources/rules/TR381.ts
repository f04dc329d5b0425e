import { child } from '../../xml/query.js';
import { both } from '../../rules/kit.js';
import type { SourceRule } from '../types.js';

/** The classes whose Product (CDT_Product) the rule applies to. */
const PRODUCT_CLASSES = new Set(['ToegewezenProduct', 'StartProduct', 'StopProduct', 'AangevraagdProduct', 'NieuwProduct']);

/** The category a product code's spelling names: its two leading digits, where it has them. */
export function categoryPrefix(code: string): string | undefined {
  return /^[0-9]{2}/.test(code) ? code.slice(0, 2) : undefined;
}

/**
 * TR381 — a ProductCode belongs to its ProductCategorie in the productcodelijst in use: the contract's
 * regional list for the gemeente, else the national list shipped with the library. Product code lists
 * are regional and change yearly, so a code no list knows is judged by the category its first two
 * digits name, and a code without such a prefix is not judged at all.
 */
export const TR381: SourceRule = {
  id: 'TR381',
  retourcode: 'S329',
  berichten: both('301', '305', '307', '315', '317', '323'),
  on: ['Product', 'Prestatie'],
  description: {
    nl: 'De productcode moet volgens de gebruikte productcodelijst bij de productcategorie horen.',
    en: 'The product code must belong to the product category according to the product code list in use.',
  },
  check(el, ctx) {
    const product = el.local === 'Product';
    if (product && !PRODUCT_CLASSES.has(el.parent?.local ?? '')) return;
    const categorie = child(el, product ? 'Categorie' : 'ProductCategorie');
    const code = child(el, product ? 'Code' : 'ProductCode');
    if (!categorie || !code) return;
    const listed = ctx.sources.productcodes.categorieOf(ctx.entry.standaard, ctx.parties.gemeente, code.text);
    const expected = listed || categoryPrefix(code.text);
    if (expected !== undefined && expected !== categorie.text) ctx.report(code, [categorie, code]);
  },
};
