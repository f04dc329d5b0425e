import { child, value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';

/**
 * TR056: a sender uses the Identificatie of a message once per berichtsoort: no message accepted
 * before, of the same BerichtCode and from the same Afzender (to whichever receiver), carries it.
 * Reported on the Identificatie in the Header's BerichtIdentificatie, so the retourbericht answers
 * the Header with 9056.
 */
export const TR056: ContextRule = {
  id: 'TR056',
  retourcode: '9056',
  berichten: both('301', '305', '307', '315', '317', '319', '323', '325'),
  on: ['BerichtIdentificatie'],
  description: {
    nl: 'De afzender heeft deze Identificatie al gebruikt voor een eerder bericht van deze soort; geef ieder bericht een eigen identificatie.',
    en: 'The sender already used this Identificatie for an earlier message of this kind; give every message an identification of its own.',
  },
  reading:
    'Unique per sender and BerichtCode across all receivers (a gemeente numbers its 301s once, whichever aanbieder gets them). ' +
    "Only the message's own BerichtIdentificatie is judged: the DeclaratieIdentificatie of a 325 shares the datatype but names the 323 it answers (TR337). " +
    'The same message sent a second time is a repeat and is refused with 9056; the history records it once.',
  check(el, ctx) {
    const header = el.parent;
    if (header?.local !== 'Header') return;
    const identificatie = child(el, 'Identificatie');
    if (!identificatie) return;
    const afzender = value(header, 'Afzender') ?? '';
    const code = value(header, 'BerichtCode') ?? '';
    if (ctx.store.berichten(ctx.parties.standaard, afzender, code, identificatie.text.trim()).length > 0) ctx.report(identificatie);
  },
};
