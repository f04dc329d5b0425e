import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { VERWIJZER_ZORGVERLENER } from './util.js';

/**
 * CD068 — only a referrer of type 02–05 may carry a ZorgverlenerCode. The stylesheet reports the
 * Type and the ZorgverlenerCode of any other type that has one.
 */
export const CD068: Rule = {
  id: 'CD068',
  retourcode: '0001',
  berichten: ['JW315', 'WMO315'],
  on: ['Verwijzer'],
  description: {
    nl: 'Laat de zorgverlenercode weg bij een verwijzer die niet van type 02 t/m 05 is.',
    en: 'Remove the ZorgverlenerCode from a referrer whose type is not 02 to 05.',
  },
  check(el, ctx) {
    const type = child(el, 'Type');
    if (!type || VERWIJZER_ZORGVERLENER.has(value(type) ?? '')) return;
    const code = child(el, 'ZorgverlenerCode');
    if (code) ctx.report(type, [type, code]);
  },
};
