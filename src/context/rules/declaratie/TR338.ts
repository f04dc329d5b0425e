import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leesPrestatie, toewijzingVan } from './prestatie.js';

/**
 * TR338: every Prestatie of a declaratie relates, by its ToewijzingNummer, to a ToegewezenProduct
 * that the gemeente receiving the declaration sent to this aanbieder, for the client the prestatie
 * is declared for. A ToewijzingNummer of another client's toewijzing counts as no relation.
 * Reported on the Prestatie.
 */
export const TR338: ContextRule = {
  id: 'TR338',
  retourcode: '9338',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'Bij deze prestatie hoort geen toewijzing van deze gemeente aan deze aanbieder voor deze cliënt; vul het ToewijzingNummer van het toegewezen product in.',
    en: 'This prestatie has no toewijzing of this gemeente to this aanbieder for this client; give the ToewijzingNummer of the allocated product.',
  },
  check(el, ctx) {
    if (!toewijzingVan(ctx, leesPrestatie(el))) ctx.report(el);
  },
};
