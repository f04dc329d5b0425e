import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { VERWIJZER_ZORGVERLENER } from './util.js';

/**
 * CD066 — a referrer of type 02–05 that is identified by a ZorgverlenerCode must not also carry a
 * Naam. The stylesheet reports Type, Naam and ZorgverlenerCode.
 */
export const CD066: Rule = {
  id: 'CD066',
  retourcode: '0001',
  berichten: ['JW315', 'WMO315'],
  on: ['Verwijzer'],
  description: {
    nl: 'Laat de naam van de verwijzer weg als een verwijzer van type 02 t/m 05 al met een zorgverlenercode is aangeduid.',
    en: 'Omit the referrer Naam when a referrer of type 02 to 05 is already identified by a ZorgverlenerCode.',
  },
  check(el, ctx) {
    const type = child(el, 'Type');
    if (!type || !VERWIJZER_ZORGVERLENER.has(value(type) ?? '')) return;
    const code = child(el, 'ZorgverlenerCode');
    const naam = child(el, 'Naam');
    if (code && naam) ctx.report(type, [type, naam, code]);
  },
};
