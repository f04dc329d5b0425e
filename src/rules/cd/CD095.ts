import type { Rule } from '../types.js';
import { checkOmvangWithoutCode } from './util.js';

/**
 * CD095 — a requested product without a product Code may not have an Omvang when its
 * ToewijzingEinddatum is after 2020-12-31 or empty. The stylesheet checks AangevraagdProduct/Omvang
 * and reports the ToewijzingEinddatum (when given) and the Omvang.
 */
export const CD095: Rule = {
  id: 'CD095',
  retourcode: '0001',
  berichten: ['JW315', 'WMO315'],
  on: ['Omvang'],
  description: {
    nl: 'Laat de omvang weg bij een aangevraagd product zonder productcode dat na 31-12-2020 eindigt of geen einddatum heeft, of geef de productcode op.',
    en: 'A requested product without a product Code that ends after 2020-12-31 (or has no end date) must not have an Omvang; add the Code or drop the Omvang.',
  },
  check(el, ctx) {
    checkOmvangWithoutCode(el, ctx, 'AangevraagdProduct');
  },
};
