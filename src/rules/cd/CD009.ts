import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD009 — a Contact may have a Periode only when its Soort is 04 (temporary address). The
 * stylesheet checks Contact/Periode and reports the Soort together with the Periode.
 */
export const CD009: Rule = {
  id: 'CD009',
  retourcode: '0001',
  berichten: ['JW301', 'WMO301'],
  on: ['Periode'],
  description: {
    nl: 'Geef alleen bij een tijdelijk adres (soort 04) een periode op; laat de periode weg bij andere soorten adres.',
    en: 'Only a temporary address (Soort 04) may have a Periode; remove the Periode for any other kind of address.',
  },
  check(el, ctx) {
    const contact = el.parent;
    if (!contact || contact.local !== 'Contact') return;
    const soort = child(contact, 'Soort');
    if (soort && value(soort) !== '04') ctx.report(el, [soort, el]);
  },
};
