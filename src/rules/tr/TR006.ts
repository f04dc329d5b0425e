import { at, child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { inMessageNs } from './util.js';

/**
 * TR006: a Contact must carry a Telefoon, or an Adres with both Huis and Postcode. The stylesheet
 * checks every Contact of the toewijzing (of the client and of relations) and names the Contact;
 * "Telefoon or Huis" and "Telefoon or Postcode" are separate checks, so a Contact lacking all three
 * is reported twice, as the official report does.
 */
export const TR006: Rule = {
  id: 'TR006',
  retourcode: '0001',
  berichten: both('301'),
  on: ['Contact'],
  description: {
    nl: 'Vul bij dit contact een telefoonnummer in, of een adres met zowel huisnummer als postcode.',
    en: 'Give this contact a telephone number, or an address with both a house number and a postcode.',
  },
  check(el, ctx) {
    if (!inMessageNs(el) || child(el, 'Telefoon')) return;
    if (!at(el, 'Adres/Huis')) ctx.report(el, undefined, 'huis');
    if (!at(el, 'Adres/Postcode')) ctx.report(el, undefined, 'postcode');
  },
};
