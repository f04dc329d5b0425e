import { children } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { raw } from './util.js';

const VASTE_ADRESSEN = new Set(['01', '02', '03']);

/**
 * TR061: the Contactgegevens of a Client must contain at least one Contact of Soort 01 (BRP-adres),
 * 02 (correspondentieadres) or 03 (verblijfadres). The finding names every Contact present.
 */
export const TR061: Rule = {
  id: 'TR061',
  retourcode: '0001',
  berichten: both('301'),
  on: ['Contactgegevens'],
  description: {
    nl: 'Neem bij de cliënt minstens één adres op van soort 01 (BRP-adres), 02 (correspondentieadres) of 03 (verblijfadres).',
    en: 'Give the client at least one address of kind 01 (BRP address), 02 (correspondence address) or 03 (residence address).',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'Client') return;
    const contacts = children(el, 'Contact');
    if (contacts.some((c) => VASTE_ADRESSEN.has(raw(c, 'Soort') ?? ''))) return;
    ctx.report(contacts[0] ?? el, contacts);
  },
};
