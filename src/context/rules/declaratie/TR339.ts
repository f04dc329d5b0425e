import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, op, toewijzingVan } from './prestatie.js';

/**
 * TR339: when the ToegewezenProduct names a Categorie, the Prestatie on it declares that same
 * ProductCategorie. Reported on the ProductCategorie.
 */
export const TR339: ContextRule = {
  id: 'TR339',
  retourcode: '9339',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productcategorie van de prestatie wijkt af van de categorie in de toewijzing; neem de toegewezen categorie over.',
    en: 'The product category of the prestatie differs from the category in the toewijzing; use the allocated category.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    const tw = toewijzingVan(ctx, p);
    if (tw?.categorie !== undefined && tw.categorie !== p.categorie) ctx.report(op(el, 'ProductCategorie'));
  },
};
