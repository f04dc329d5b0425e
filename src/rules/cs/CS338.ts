import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { checkEenheidFrequentie } from './util.js';

const PRODUCT_OF: Readonly<Record<string, readonly string[]>> = {
  '301': ['ToegewezenProduct'],
  '317': ['TeWijzigenProduct', 'NieuwProduct'],
};

/**
 * CS338 — in a toewijzing (301) and in the changed or new products of a verzoek om wijziging (317),
 * an Omvang counted in etmalen (14), dagdelen (16), euro's (83) or stuks (84) needs Frequentie 2, 4
 * or 6, unless the product ended on or before 2020-12-31. Locaties: Einddatum (when present), Eenheid
 * and Frequentie.
 */
export const CS338: Rule = {
  id: 'CS338',
  retourcode: '0001',
  berichten: both('301', '317'),
  on: ['Eenheid'],
  description: {
    nl: 'Bij eenheid etmaal, dagdeel, euro of stuks (14, 16, 83, 84) moet de frequentie per week, per maand of totaal binnen de toewijzing zijn (2, 4 of 6).',
    en: 'With unit day, part of day, euro or piece (14, 16, 83, 84) the frequency must be per week, per month or total over the allocation (2, 4 or 6).',
  },
  check(el, ctx) {
    for (const product of PRODUCT_OF[ctx.entry.nummer] ?? []) checkEenheidFrequentie(el, ctx, product, 'Einddatum');
  },
};
