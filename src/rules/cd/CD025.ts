import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD025 — a Dutch address (LandCode NL) must have a Huis (house number). The stylesheet checks the
 * basisschema LandCode of every Adres and reports the LandCode.
 */
export const CD025: Rule = {
  id: 'CD025',
  retourcode: '0001',
  berichten: ['JW301', 'JW302', 'WMO301', 'WMO302'],
  on: ['LandCode'],
  description: {
    nl: 'Geef bij een Nederlands adres (landcode NL) het huisnummer op.',
    en: 'A Dutch address (LandCode NL) needs a Huis with a house number.',
  },
  check(el, ctx) {
    const adres = el.parent;
    if (!adres || adres.local !== 'Adres' || el.ns !== ctx.entry.basisNamespace) return;
    if (value(el) === 'NL' && !child(adres, 'Huis')) ctx.report(el);
  },
};
