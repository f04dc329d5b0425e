import { child, value } from '../../xml/query.js';
import type { Rule } from '../types.js';

/**
 * CD007 — Communicatie/Taal is given exactly when Communicatie/Vorm is 1 (interpreter for a
 * language). The stylesheet reports Vorm 1 without Taal on the Vorm, and a Taal with another Vorm
 * on both elements. (The derived rule index lists the rule as unchecked; the corpus shows it is.)
 */
export const CD007: Rule = {
  id: 'CD007',
  retourcode: '0001',
  berichten: ['JW301', 'JW302', 'WMO301', 'WMO302'],
  on: ['Communicatie'],
  description: {
    nl: 'Geef bij communicatievorm 1 (tolk voor een taal) de taal op, en laat de taal weg bij elke andere communicatievorm.',
    en: 'State the Taal when Communicatie/Vorm is 1 (language interpreter), and leave it out for any other Vorm.',
  },
  check(el, ctx) {
    const vorm = child(el, 'Vorm');
    if (!vorm) return;
    const taal = child(el, 'Taal');
    const tolk = value(vorm) === '1';
    if (tolk && !taal) ctx.report(vorm);
    else if (!tolk && taal) ctx.report(vorm, [vorm, taal]);
  },
};
