import { addDays, addMonths, format, parseISO } from 'date-fns';
import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { reportAll, substringAfter } from './util.js';

/** `YYYYMMDD` of a date `days` after `iso`, or undefined when `iso` is not a date. */
function shifted(iso: string, months: number, days: number): string | undefined {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  // Months are added to the first of the month and the day is counted on from there, so a day that
  // does not exist in the target month runs over into the next (31 January + 1 month = 3 March).
  const first = parseISO(`${m[1]}-${m[2]}-01`);
  if (Number.isNaN(first.getTime())) return undefined;
  return format(addDays(addMonths(first, months), Number(m[3]) - 1 + days), 'yyyyMMdd');
}

/**
 * CS340 — a DeclaratiePeriode (323) is exactly one calendar month. The stylesheet makes two checks:
 * the Begindatum must be the first of a month (Locatie: Begindatum), and the day after the Einddatum
 * must be the Begindatum one month later (Locaties: Begindatum and Einddatum). Leap years count
 * (February 2028 ends on the 29th). We follow the Gregorian calendar; the stylesheet takes every
 * year divisible by 4 as a leap year, which first makes a difference in February 2100.
 */
export const CS340: Rule = {
  id: 'CS340',
  retourcode: '0001',
  berichten: both('323'),
  on: ['DeclaratiePeriode'],
  description: {
    nl: 'De declaratieperiode moet precies één kalendermaand zijn: van de eerste tot en met de laatste dag van dezelfde maand.',
    en: 'The declaration period must be exactly one calendar month: from the first to the last day of the same month.',
  },
  check(el, ctx) {
    const begin = child(el, 'Begindatum');
    const eind = child(el, 'Einddatum');
    // The day is cut from the text as written; the date arithmetic tolerates surrounding white space.
    if (begin && substringAfter(substringAfter(begin.text, '-'), '-') !== '01') ctx.report(begin);
    const b = begin?.text.trim() ?? '';
    const e = eind?.text.trim() ?? '';
    const dayAfterEnd = shifted(e, 0, 1);
    if (dayAfterEnd === undefined || dayAfterEnd !== shifted(b, 1, 0)) reportAll(ctx, el, [begin, eind]);
  },
};
