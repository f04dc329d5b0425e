import { at, inDocumentOrder, path } from '../../xml/query.js';
import { both, plainDateNumber } from '../kit.js';
import type { Rule } from '../types.js';

const BEGIN = path('ProductPeriode/Begindatum');
const EIND = path('ProductPeriode/Einddatum');

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
    const begin = at(el, BEGIN);
    const eind = at(el, EIND);
    // Both dates are required by the schema; without one the stylesheet reports both checks.
    let sameYear = false;
    let sameMonth = false;
    if (begin && eind) {
      const b = plainDateNumber(begin.text);
      const e = plainDateNumber(eind.text);
      if (!Number.isNaN(b) && !Number.isNaN(e)) {
        // Plain YYYY-MM-DD dates: year and month are digits of the number YYYYMMDD.
        sameYear = Math.floor(b / 1e4) === Math.floor(e / 1e4);
        sameMonth = Math.floor(b / 100) % 100 === Math.floor(e / 100) % 100;
      } else {
        // Year and month are cut from the text as written, dashes removed (as the stylesheet does).
        const bt = begin.text.replace(/-/g, '');
        const et = eind.text.replace(/-/g, '');
        sameYear = bt.slice(0, 4) === et.slice(0, 4);
        sameMonth = bt.slice(4, 6) === et.slice(4, 6);
      }
    }
    if (sameYear && sameMonth) return;
    const related = inDocumentOrder([begin, eind]);
    // One finding per failed comparison, told apart so both are kept.
    if (!sameYear) ctx.report(begin ?? el, related, 'jaar');
    if (!sameMonth) ctx.report(begin ?? el, related, 'maand');
  },
};
