import { child } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { productParent } from './util.js';

/**
 * CD077 — a product line with a Budget must not have an Omvang. The stylesheet checks the Budget
 * and reports Omvang and Budget together (CD078 is the same check seen from the Omvang).
 */
export const CD077: Rule = {
  id: 'CD077',
  retourcode: '0001',
  berichten: ['JW301', 'JW315', 'JW317', 'WMO301', 'WMO315', 'WMO317'],
  on: ['Budget'],
  description: {
    nl: 'Laat de omvang weg bij een product dat met een budget wordt toegewezen of aangevraagd.',
    en: 'A product line with a Budget must not also have an Omvang.',
  },
  check(el, ctx) {
    const product = productParent(el, ['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct']);
    const omvang = child(product, 'Omvang');
    if (omvang) ctx.report(el, [omvang, el]);
  },
};
