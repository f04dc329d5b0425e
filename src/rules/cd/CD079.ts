import { child } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD079 — a product line without a Budget must name a Product. The stylesheet checks assigned,
 * requested and new product lines and reports the product line itself.
 */
export const CD079: Rule = {
  id: 'CD079',
  retourcode: '0001',
  berichten: ['JW301', 'JW315', 'JW317', 'WMO301', 'WMO315', 'WMO317'],
  on: ['ToegewezenProduct', 'AangevraagdProduct', 'NieuwProduct'],
  description: {
    nl: 'Geef een product op bij een toewijzing of aanvraag zonder budget.',
    en: 'A product line without a Budget must name a Product.',
  },
  check(el, ctx) {
    if (!child(el, 'Budget') && !child(el, 'Product')) ctx.report(el);
  },
};
