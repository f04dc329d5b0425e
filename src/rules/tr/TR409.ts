import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * TR409 (iJw only): a Woonplaatsbeginsel is included only when RedenAfwijzingVerzoek is 8
 * (woonplaatsbeginsel). The finding names the RedenAfwijzingVerzoek and the Woonplaatsbeginsel.
 */
export const TR409: Rule = {
  id: 'TR409',
  retourcode: '0001',
  berichten: ['JW319'],
  on: ['RedenAfwijzingVerzoek'],
  description: {
    nl: 'Laat de klasse Woonplaatsbeginsel weg: het verzoek is niet afgewezen vanwege het woonplaatsbeginsel (reden 8).',
    en: 'Leave out the Woonplaatsbeginsel class: the request was not rejected because of the residence principle (reason 8).',
  },
  check(el, ctx) {
    const wpb = child(el.parent ?? undefined, 'Woonplaatsbeginsel');
    if (wpb && value(el) !== '8') ctx.report(el, [el, wpb]);
  },
};
