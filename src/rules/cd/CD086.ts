import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD086 — a request that is being looked into (VerzoekAntwoord 2) must not carry a
 * RedenAfwijzingVerzoek. The stylesheet reports the VerzoekAntwoord and the reason.
 */
export const CD086: Rule = {
  id: 'CD086',
  retourcode: '0001',
  berichten: ['JW319', 'WMO319'],
  on: ['VerzoekAntwoord'],
  description: {
    nl: 'Laat de reden van afwijzing weg als de aanvraag in onderzoek is (verzoekantwoord 2).',
    en: 'Leave out the RedenAfwijzingVerzoek while the request is being looked into (VerzoekAntwoord 2).',
  },
  check(el, ctx) {
    if (value(el) !== '2') return;
    const reden = child(el.parent ?? undefined, 'RedenAfwijzingVerzoek');
    if (reden) ctx.report(el, [el, reden]);
  },
};
