import { child } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD005 — an address carries a LandCode exactly when it carries a Postcode. The stylesheet checks
 * both directions on the basisschema elements of every Adres: a Postcode without LandCode is
 * reported on the Postcode, a LandCode without Postcode on the LandCode.
 */
export const CD005: Rule = {
  id: 'CD005',
  retourcode: '0001',
  berichten: ['JW301', 'JW302', 'WMO301', 'WMO302'],
  on: ['Postcode', 'LandCode'],
  description: {
    nl: 'Vul bij een adres de landcode in als er een postcode is, en laat de landcode weg als er geen postcode is.',
    en: 'Give an address a LandCode when it has a Postcode, and omit the LandCode when it has no Postcode.',
  },
  check(el, ctx) {
    const adres = el.parent;
    if (!adres || adres.local !== 'Adres' || el.ns !== ctx.entry.basisNamespace) return;
    const other = el.local === 'Postcode' ? 'LandCode' : 'Postcode';
    if (!child(adres, other)) ctx.report(el);
  },
};
