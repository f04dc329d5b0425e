import { child } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { productParent } from './util.js';

/**
 * CD078 — a product line with an Omvang must not have a Budget. The stylesheet checks the Omvang
 * and reports Omvang and Budget together (CD077 is the same check seen from the Budget).
 */
export const CD078: Rule = {
  id: 'CD078',
  retourcode: '0001',
  berichten: ['JW301', 'JW315', 'JW317', 'WMO301', 'WMO315', 'WMO317'],
  on: ['Omvang'],
  description: {
    nl: 'Laat het budget weg bij een product dat met een omvang wordt toegewezen of aangevraagd.',
    en: 'A product line with an Omvang must not also have a Budget.',
  },
  check(el, ctx) {
    const product = productParent(el, ['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct']);
    const budget = child(product, 'Budget');
    if (budget) ctx.report(el, [el, budget]);
  },
};
