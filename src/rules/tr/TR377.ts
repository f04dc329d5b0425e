import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * TR377 (iJw only): when RedenAfwijzingVerzoek is 8 (woonplaatsbeginsel), the Antwoord includes a
 * Woonplaatsbeginsel. The finding names the RedenAfwijzingVerzoek.
 */
export const TR377: Rule = {
  id: 'TR377',
  retourcode: '0001',
  berichten: ['JW319'],
  on: ['RedenAfwijzingVerzoek'],
  description: {
    nl: 'Het verzoek is afgewezen vanwege het woonplaatsbeginsel; neem de klasse Woonplaatsbeginsel op met de verantwoordelijke gemeente.',
    en: 'The request was rejected because of the residence principle; include the Woonplaatsbeginsel class with the responsible municipality.',
  },
  check(el, ctx) {
    if (value(el) === '8' && !child(el.parent ?? undefined, 'Woonplaatsbeginsel')) ctx.report(el);
  },
};
