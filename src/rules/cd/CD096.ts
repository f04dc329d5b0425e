import type { Rule } from '../types.js';
import { checkOmvangWithoutCode } from './util.js';

/**
 * CD096 — a new product in a change request without a product Code may not have an Omvang when
 * its Einddatum is after 2020-12-31 or empty. The stylesheet checks NieuwProduct/Omvang and reports
 * the Einddatum (when given) and the Omvang.
 */
export const CD096: Rule = {
  id: 'CD096',
  retourcode: '0001',
  berichten: ['JW317', 'WMO317'],
  on: ['Omvang'],
  description: {
    nl: 'Laat de omvang weg bij een nieuw product zonder productcode dat na 31-12-2020 eindigt of geen einddatum heeft, of geef de productcode op.',
    en: 'A new product without a product Code that ends after 2020-12-31 (or has no end date) must not have an Omvang; add the Code or drop the Omvang.',
  },
  check(el, ctx) {
    checkOmvangWithoutCode(el, ctx, 'NieuwProduct');
  },
};
