import type { Rule } from '../types.js';
import { endDateOf, productParent } from './util.js';

/**
 * CD075 — a product line with a Budget must have an end date (Einddatum, or ToewijzingEinddatum in
 * a request). The stylesheet checks the Budget of assigned, requested, changed and new products
 * and reports the Budget.
 */
export const CD075: Rule = {
  id: 'CD075',
  retourcode: '0001',
  berichten: ['JW301', 'JW315', 'JW317', 'WMO301', 'WMO315', 'WMO317'],
  on: ['Budget'],
  description: {
    nl: 'Geef een einddatum op bij een product dat met een budget wordt toegewezen of aangevraagd.',
    en: 'A product line with a Budget needs an end date.',
  },
  check(el, ctx) {
    const product = productParent(el, ['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct']);
    if (product && !endDateOf(product)) ctx.report(el);
  },
};
