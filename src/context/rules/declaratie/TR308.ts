import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { isCredit, leesPrestatie, op, toewijzingVan } from './prestatie.js';

/**
 * TR308: when the ToegewezenProduct has an Einddatum, the ProductPeriode of a Prestatie on it ends
 * on or before that date. Checked on debet prestaties only (see TR307). Reported on the Einddatum
 * of the ProductPeriode.
 */
export const TR308: ContextRule = {
  id: 'TR308',
  retourcode: '9308',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productperiode eindigt na de einddatum van de toewijzing; declareer alleen tot en met de einddatum.',
    en: 'The product period ends after the end date of the toewijzing; declare up to the end date only.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    if (isCredit(p)) return;
    const tw = toewijzingVan(ctx, p);
    if (tw?.einddatum !== undefined && p.einddatum > tw.einddatum) ctx.report(op(el, 'ProductPeriode/Einddatum'));
  },
};
