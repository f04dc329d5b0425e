import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { beantwoordeDeclaratie } from './declaratie.js';

/**
 * TR337: the DeclaratieIdentificatie of a declaratie-antwoord (325) is the BerichtIdentificatie
 * (Identificatie and Dagtekening) of a declaratie (323) that the aanbieder sent this gemeente before.
 * The standard gives no retourcode: a 325 is not answered, so the finding only tells the gemeente.
 */
export const TR337: ContextRule = {
  id: 'TR337',
  retourcode: '',
  berichten: both('325'),
  on: ['DeclaratieIdentificatie'],
  description: {
    nl: 'Er is geen declaratiebericht ontvangen met deze identificatie en dagtekening; neem de BerichtIdentificatie over uit de declaratie die beantwoord wordt.',
    en: 'No declaration message with this identification and date was received; copy the BerichtIdentificatie of the declaration being answered.',
  },
  reading: 'Identificatie and Dagtekening must both match, since a BerichtIdentificatie is the pair of them; the 323 must come from the aanbieder this 325 is sent to.',
  check(el, ctx) {
    if (el.parent?.local !== 'Header') return;
    if (!beantwoordeDeclaratie(ctx, el.parent)) ctx.report(el);
  },
};
