import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { laatsteDag, zelfdeMaand } from './maand.js';
import { leesPrestatie, op, toewijzingVan } from './prestatie.js';

/**
 * TR388: a ProductPeriode ends on the last day of its calendar month, or on the Einddatum of the
 * toewijzing when that lies earlier in the same month. Reported on the ProductPeriode's Einddatum.
 * A prestatie without a toewijzing is TR338's.
 */
export const TR388: ContextRule = {
  id: 'TR388',
  retourcode: '9388',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productperiode eindigt niet op de laatste dag van de maand (of op de eerdere einddatum van de toewijzing in die maand).',
    en: 'The product period does not end on the last day of the month (or on the earlier Einddatum of the toewijzing in that month).',
  },
  reading:
    'The month is that of the Einddatum. The stop of the delivery does not move the date: the rule names only the toewijzing. ' +
    'An Einddatum after the toewijzing\'s in a later month is TR308\'s, not this rule\'s.',
  check(el, ctx) {
    const p = leesPrestatie(el);
    const tw = toewijzingVan(ctx, p);
    if (!tw || p.einddatum === '') return;
    const laatste = laatsteDag(p.einddatum);
    const verwacht = tw.einddatum !== undefined && tw.einddatum < laatste && zelfdeMaand(tw.einddatum, p.einddatum) ? tw.einddatum : laatste;
    if (p.einddatum !== verwacht) ctx.report(op(el, 'ProductPeriode/Einddatum'));
  },
};
