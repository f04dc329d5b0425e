import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { isCredit, leesPrestatie, op, toewijzingVan } from './prestatie.js';

/**
 * TR307: the ProductPeriode of a Prestatie does not begin before the Ingangsdatum of the
 * ToegewezenProduct it relates to. Checked on debet prestaties only: a credit repeats a debet that
 * passed when it was declared, and must stay possible when the toewijzing changed since. Reported on
 * the Begindatum of the ProductPeriode.
 */
export const TR307: ContextRule = {
  id: 'TR307',
  retourcode: '9307',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productperiode begint vóór de ingangsdatum van de toewijzing; declareer alleen vanaf de ingangsdatum.',
    en: 'The product period begins before the start date of the toewijzing; declare from the start date only.',
  },
  check(el, ctx) {
    const p = leesPrestatie(el);
    if (isCredit(p)) return;
    const tw = toewijzingVan(ctx, p);
    if (tw && p.begindatum < tw.ingangsdatum) ctx.report(op(el, 'ProductPeriode/Begindatum'));
  },
};
