import { value } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { maandenNa } from '../../keys.js';

/**
 * TR318: declaration periods follow each other: a Declaratie of an aanbieder to a gemeente does not
 * cover a month before the DeclaratiePeriode of a declaratie it sent that gemeente earlier. Reported
 * on the DeclaratiePeriode.
 */
export const TR318: ContextRule = {
  id: 'TR318',
  retourcode: '8214',
  berichten: both('323'),
  on: ['DeclaratiePeriode'],
  description: {
    nl: 'Deze declaratieperiode ligt vóór de periode van een eerdere declaratie aan deze gemeente; declaraties volgen de kalendermaanden op.',
    en: 'This declaration period lies before the period of an earlier declaration to this gemeente; declarations follow the calendar months in order.',
  },
  reading:
    'Whether care was delivered in every month cannot be told from the messages, so a gap (a month without care) is accepted, as the standard allows. ' +
    'What is refused is going back: a period that begins before the latest period declared earlier. A second declaration over the same month is accepted (a declaration rejected as a whole is sent again for its month). ' +
    'Corrections of earlier months go into the current period (TR319).',
  check(el, ctx) {
    if (el.parent?.local !== 'Declaratie') return;
    const begin = value(el, 'Begindatum') ?? '';
    // A declaration recorded earlier that begins after this one begins in a later month (CS340: a
    // period is one whole month, so none of begin's own month begins after it).
    for (const maand of maandenNa(begin, ctx.dagtekening)) {
      if (ctx.store.declaratiesInMaand(ctx.parties, maand).some((d) => d.begindatum > begin)) return ctx.report(el);
    }
  },
};
