import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { checkEenheidFrequentie } from './util.js';

/**
 * CS343 — the CS338 constraint for a verzoek om toewijzing (315): in an AangevraagdProduct whose
 * ToewijzingEinddatum is empty or after 2020-12-31, an Omvang in etmalen, dagdelen, euro's or stuks
 * needs Frequentie 2, 4 or 6. Locaties: ToewijzingEinddatum (when present), Eenheid and Frequentie.
 */
export const CS343: Rule = {
  id: 'CS343',
  retourcode: '0001',
  berichten: both('315'),
  on: ['Eenheid'],
  description: {
    nl: 'Bij eenheid etmaal, dagdeel, euro of stuks (14, 16, 83, 84) moet de gevraagde frequentie per week, per maand of totaal binnen de toewijzing zijn (2, 4 of 6).',
    en: 'With unit day, part of day, euro or piece (14, 16, 83, 84) the requested frequency must be per week, per month or total over the allocation (2, 4 or 6).',
  },
  check(el, ctx) {
    checkEenheidFrequentie(el, ctx, 'AangevraagdProduct', 'ToewijzingEinddatum');
  },
};
