import { child, has, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD034 — a BRP address (Soort 01) or residence address (Soort 03) must have an Adres with a
 * Postcode. The stylesheet checks every Contact and reports its Soort.
 */
export const CD034: Rule = {
  id: 'CD034',
  retourcode: '0001',
  berichten: ['JW301', 'WMO301'],
  on: ['Contact'],
  description: {
    nl: 'Geef bij een BRP-adres (soort 01) of verblijfadres (soort 03) een adres met postcode op.',
    en: 'A BRP address (Soort 01) or residence address (Soort 03) needs an Adres with a Postcode.',
  },
  check(el, ctx) {
    const soort = child(el, 'Soort');
    if (!soort) return;
    const s = value(soort);
    if ((s === '01' || s === '03') && !has(el, 'Adres/Postcode')) ctx.report(soort);
  },
};
