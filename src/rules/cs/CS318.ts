import type { Rule } from '../types.js';
import { oneOf } from './util.js';

/**
 * CS318 (iJw only) — the client of a toewijzing (301) is a natural person, so the NaamGebruik of
 * Client/Naam may not be 6 (niet-natuurlijk persoon).
 */
export const CS318: Rule = {
  id: 'CS318',
  retourcode: '0001',
  berichten: ['JW301'],
  on: ['NaamGebruik'],
  description: {
    nl: 'De cliënt is een natuurlijk persoon: gebruik bij de naam van de cliënt niet NaamGebruik 6.',
    en: 'The client is a natural person: do not use NaamGebruik 6 in the client’s name.',
  },
  check(el, ctx) {
    const naam = el.parent;
    if (naam?.local === 'Naam' && naam.parent?.local === 'Client' && oneOf(el, ['6'])) ctx.report(el);
  },
};
