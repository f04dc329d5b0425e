import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR376: the DeclaratieNummer of a DeclaratieAntwoord (325) is that of a declaratie (323) the
 * aanbieder sent this gemeente before. No retourcode: a 325 is not answered. Reported on the
 * DeclaratieNummer.
 */
export const TR376: ContextRule = {
  id: 'TR376',
  retourcode: '',
  berichten: both('325'),
  on: ['DeclaratieNummer'],
  description: {
    nl: 'Er is geen declaratie met dit declaratienummer ontvangen van deze aanbieder; neem het nummer over uit de declaratie die beantwoord wordt.',
    en: 'No declaration with this number was received from this aanbieder; copy the number of the declaration being answered.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'DeclaratieAntwoord') return;
    const d = ctx.store.declaratie(ctx.parties, el.text.trim());
    if (!d || d.gemeente !== ctx.parties.gemeente) ctx.report(el);
  },
};
