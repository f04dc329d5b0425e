import type { Rule } from '../types.js';
import { checkOmvangWithoutCode } from './util.js';

/**
 * CD080 — an assigned product without a product Code may not have an Omvang when its Einddatum is
 * after 2020-12-31 or empty. The stylesheet checks ToegewezenProduct/Omvang and reports the
 * Einddatum (when given) and the Omvang.
 */
export const CD080: Rule = {
  id: 'CD080',
  retourcode: '0001',
  berichten: ['JW301', 'WMO301'],
  on: ['Omvang'],
  description: {
    nl: 'Laat de omvang weg bij een toegewezen product zonder productcode dat na 31-12-2020 eindigt of geen einddatum heeft, of geef de productcode op.',
    en: 'An assigned product without a product Code that ends after 2020-12-31 (or has no end date) must not have an Omvang; add the Code or drop the Omvang.',
  },
  check(el, ctx) {
    checkOmvangWithoutCode(el, ctx, 'ToegewezenProduct');
  },
};
