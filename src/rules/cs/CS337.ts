import { at, both, inDocumentOrder } from '../kit.js';
import type { Rule } from '../types.js';

/**
 * CS337 — a ProductPeriode lies within one calendar month. The stylesheet compares year and month of
 * Begindatum and Einddatum of each Prestatie in 323 separately, so a period crossing a year boundary
 * in different months yields two findings (one for the year, one for the month), both with the two
 * dates as Locaties.
 */
export const CS337: Rule = {
  id: 'CS337',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Prestatie'],
  description: {
    nl: 'De ProductPeriode loopt over meer dan één kalendermaand; begin- en einddatum moeten in dezelfde maand van hetzelfde jaar liggen.',
    en: 'The ProductPeriode spans more than one calendar month; its start and end date must fall in the same month of the same year.',
  },
  check(el, ctx) {
    const begin = at(el, 'ProductPeriode/Begindatum');
    const eind = at(el, 'ProductPeriode/Einddatum');
    // Both dates are required by the schema; without one the stylesheet reports both checks.
    // Year and month are cut from the text as written, dashes removed (as the stylesheet does).
    const b = begin?.text.replace(/-/g, '');
    const e = eind?.text.replace(/-/g, '');
    const related = inDocumentOrder([begin, eind]);
    const sameYear = b !== undefined && e !== undefined && b.slice(0, 4) === e.slice(0, 4);
    const sameMonth = b !== undefined && e !== undefined && b.slice(4, 6) === e.slice(4, 6);
    // One finding per failed comparison, told apart so both are kept.
    if (!sameYear) ctx.report(begin ?? el, related, 'jaar');
    if (!sameMonth) ctx.report(begin ?? el, related, 'maand');
  },
};
