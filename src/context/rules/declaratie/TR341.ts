import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, op, toewijzingVan } from './prestatie.js';
import { eenheidPast } from './volume.js';

/**
 * TR341: the Eenheid of a Prestatie fits the Eenheid of the Omvang of its ToegewezenProduct: the
 * same unit, or minutes on a toewijzing in hours (IV081). An aspecifieke or generieke toewijzing has
 * no Omvang; its unit is set by the contract, which the store does not know, so such prestaties are
 * not checked. Reported on the Eenheid.
 */
export const TR341: ContextRule = {
  id: 'TR341',
  retourcode: '9341',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De eenheid van de prestatie past niet bij de eenheid van de toewijzing; declareer in de toegewezen eenheid (bij uren mag ook in minuten).',
    en: 'The unit of the prestatie does not fit the unit of the toewijzing; declare in the allocated unit (hours may also be declared in minutes).',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    const omvang = toewijzingVan(ctx, p)?.omvang;
    if (omvang && !eenheidPast(omvang.eenheid, p.eenheid)) ctx.report(op(el, 'Eenheid'));
  },
};
