import { child } from '../../xml/query.js';
import type { Rule } from '../types.js';
import { checkNotAfter, dagtekening } from './util.js';

/**
 * TR137: the Einddatum of a declared period (DeclaratiePeriode, ProductPeriode) may not lie before
 * its Begindatum nor after the Dagtekening of the message. The stylesheet reports the two
 * conditions separately: Begindatum with Einddatum, and Dagtekening with Einddatum.
 */
export const TR137: Rule = {
  id: 'TR137',
  retourcode: '0001',
  berichten: ['JW323', 'WMO323', 'JW325', 'WMO325'],
  on: ['DeclaratiePeriode', 'ProductPeriode'],
  description: {
    nl: 'De einddatum van deze periode ligt voor de begindatum of na de dagtekening van het bericht; vul een einddatum in tussen die twee.',
    en: 'The end date of this period lies before its start date or after the message date; give an end date between the two.',
  },
  check(el, ctx) {
    if (el.local === 'DeclaratiePeriode' && ctx.entry.nummer !== '323') return;
    const begin = child(el, 'Begindatum');
    const eind = child(el, 'Einddatum');
    checkNotAfter(ctx, eind, begin, begin ?? el);
    checkNotAfter(ctx, dagtekening(ctx, el), eind, eind ?? el);
  },
};
