import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { VERWIJZER_ZORGVERLENER } from './util.js';

/**
 * CD067 — a referrer of type 02–05 without a ZorgverlenerCode must carry a Naam. The stylesheet
 * reports the Type.
 */
export const CD067: Rule = {
  id: 'CD067',
  retourcode: '0001',
  berichten: ['JW315', 'WMO315'],
  on: ['Verwijzer'],
  description: {
    nl: 'Geef bij een verwijzer van type 02 t/m 05 zonder zorgverlenercode de naam van de verwijzer op.',
    en: 'A referrer of type 02 to 05 without a ZorgverlenerCode needs a Naam.',
  },
  check(el, ctx) {
    const type = child(el, 'Type');
    if (!type || !VERWIJZER_ZORGVERLENER.has(value(type) ?? '')) return;
    if (!child(el, 'ZorgverlenerCode') && !child(el, 'Naam')) ctx.report(type);
  },
};
