import { value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR365: an antwoordbericht (319) may follow an earlier answer to the same ReferentieAanbieder only
 * when every earlier answer was VerzoekAntwoord 2 (aanvraag in onderzoek). After a rejection (1)
 * nothing more is answered. Whether the new answer may itself be a 2 is TR360.
 */
export const TR365: ContextRule = {
  id: 'TR365',
  retourcode: '9365',
  berichten: both('319'),
  on: ['Antwoord'],
  description: {
    nl: 'Dit verzoek is al definitief beantwoord; alleen na "aanvraag in onderzoek" volgt nog een antwoord.',
    en: 'This request already has a final answer; another answer can only follow "request under investigation".',
  },
  check(el, ctx) {
    const ref = value(el, 'ReferentieAanbieder') ?? '';
    if (ctx.store.antwoorden(ctx.parties, ref).some((a) => a.verzoekAntwoord !== '2')) ctx.report(el);
  },
};
