import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD085 — a rejected request (VerzoekAntwoord 1) must state a RedenAfwijzingVerzoek. The
 * stylesheet reports the VerzoekAntwoord.
 */
export const CD085: Rule = {
  id: 'CD085',
  retourcode: '0001',
  berichten: ['JW319', 'WMO319'],
  on: ['VerzoekAntwoord'],
  description: {
    nl: 'Geef de reden van afwijzing op als het verzoek is afgewezen (verzoekantwoord 1).',
    en: 'State a RedenAfwijzingVerzoek when the request is rejected (VerzoekAntwoord 1).',
  },
  check(el, ctx) {
    if (value(el) === '1' && !child(el.parent ?? undefined, 'RedenAfwijzingVerzoek')) ctx.report(el);
  },
};
