import { value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR360: an antwoordbericht (319) with VerzoekAntwoord 2 (aanvraag in onderzoek) is the first answer
 * to its ReferentieAanbieder: "in onderzoek" is said at most once, and never after another answer.
 */
export const TR360: ContextRule = {
  id: 'TR360',
  retourcode: '9360',
  berichten: both('319'),
  on: ['Antwoord'],
  description: {
    nl: 'Op dit verzoek is al geantwoord; "aanvraag in onderzoek" kan alleen het eerste antwoord zijn.',
    en: 'This request has already been answered; "request under investigation" can only be the first answer.',
  },
  check(el, ctx) {
    if (value(el, 'VerzoekAntwoord') !== '2') return;
    const ref = value(el, 'ReferentieAanbieder') ?? '';
    if (ctx.store.antwoorden(ctx.parties, ref).length > 0) ctx.report(el);
  },
};
