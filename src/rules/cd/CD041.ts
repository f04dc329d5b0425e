import { at, child } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD041 — a product line whose Product has a Code must give an Omvang. The stylesheet checks the
 * assigned, requested and new product lines and reports the Product/Code.
 */
export const CD041: Rule = {
  id: 'CD041',
  retourcode: '0001',
  berichten: ['JW301', 'JW315', 'JW317', 'WMO301', 'WMO315', 'WMO317'],
  on: ['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'],
  description: {
    nl: 'Geef een omvang op bij een product met een productcode.',
    en: 'A product line whose Product has a Code needs an Omvang.',
  },
  check(el, ctx) {
    const code = at(el, 'Product/Code');
    if (code && !child(el, 'Omvang')) ctx.report(code);
  },
};
