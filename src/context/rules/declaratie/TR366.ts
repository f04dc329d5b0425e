import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { gedeclareerd } from './antwoord.js';
import { leesPrestatie, op } from './prestatie.js';

/**
 * TR366: every Prestatie in a declaratie-antwoord relates by its ProductReferentie to a prestatie
 * that the aanbieder declared to this gemeente in the declaration being answered (the
 * DeclaratieNummer of the DeclaratieAntwoord). Reported on the ProductReferentie.
 */
export const TR366: ContextRule = {
  id: 'TR366',
  retourcode: '9366',
  berichten: both('325'),
  on: ['Prestatie'],
  description: {
    nl: 'Deze prestatie komt met deze productreferentie niet voor in de beantwoorde declaratie; neem alleen ingediende prestaties op.',
    en: 'No prestatie with this product reference occurs in the declaration answered; list only prestaties that were submitted.',
  },
  check(el, ctx) {
    if (el.parent?.parent?.parent?.parent?.local !== 'DeclaratieAntwoord') return;
    if (!gedeclareerd(ctx, leesPrestatie(el))) ctx.report(op(el, 'ProductReferentie'));
  },
};
