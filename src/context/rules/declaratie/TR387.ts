import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { eersteDag, zelfdeMaand } from './maand.js';
import { leesPrestatie, op, toewijzingVan } from './prestatie.js';

/**
 * TR387: a ProductPeriode begins on the first day of its calendar month, or on the Ingangsdatum of
 * the toewijzing when that lies later in the same month. Reported on the ProductPeriode's Begindatum.
 * A prestatie without a toewijzing is TR338's.
 */
export const TR387: ContextRule = {
  id: 'TR387',
  retourcode: '9387',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De productperiode begint niet op de eerste dag van de maand (of op de latere ingangsdatum van de toewijzing in die maand).',
    en: 'The product period does not begin on the first day of the month (or on the later Ingangsdatum of the toewijzing in that month).',
  },
  reading:
    'The month is that of the Begindatum. The start or stop of the delivery does not move the date: the rule names only the toewijzing. ' +
    'A Begindatum before the Ingangsdatum in a later month is TR307\'s, not this rule\'s.',
  check(el, ctx) {
    const p = leesPrestatie(el);
    const tw = toewijzingVan(ctx, p);
    if (!tw || p.begindatum === '') return;
    const eerste = eersteDag(p.begindatum);
    const verwacht = tw.ingangsdatum > eerste && zelfdeMaand(tw.ingangsdatum, p.begindatum) ? tw.ingangsdatum : eerste;
    if (p.begindatum !== verwacht) ctx.report(op(el, 'ProductPeriode/Begindatum'));
  },
};
