import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR333: the DeclaratieNummer is used only once by the aanbieder within the standaard (iJw or
 * iWmo), whatever the gemeente: no declaration accepted before carries it. A message holds a single
 * Declaratie, so within one message there is nothing more to compare. Reported on the
 * DeclaratieNummer (the whole declaration is rejected).
 */
export const TR333: ContextRule = {
  id: 'TR333',
  retourcode: '9333',
  berichten: both('323'),
  on: ['DeclaratieNummer'],
  description: {
    nl: 'Dit declaratienummer is al gebruikt voor een eerdere declaratie van deze aanbieder; geef iedere declaratie een nieuw nummer.',
    en: 'This declaration number was used for an earlier declaration of this aanbieder already; give every declaration a new number.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'Declaratie') return;
    if (ctx.store.declaratie(ctx.parties, el.text.trim())) ctx.report(el);
  },
};
