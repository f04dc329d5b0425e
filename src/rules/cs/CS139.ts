import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { substringAfter, WITH_BIRTH_DATE } from './util.js';

/**
 * CS139 — a partly unknown birth date is written in a fixed form: DatumGebruik 3 (unknown) needs
 * 1900-01-01, 2 (only the year known) needs 1 January, 1 (year and month known) needs day 01.
 * The stylesheet checks every element holding both a Datum and a DatumGebruik.
 */
export const CS139: Rule = {
  id: 'CS139',
  retourcode: '0001',
  berichten: both(...WITH_BIRTH_DATE),
  on: ['DatumGebruik'],
  description: {
    nl: 'Datum past niet bij DatumGebruik: bij 3 hoort 1900-01-01, bij 2 de eerste januari van het jaar, bij 1 de eerste dag van de maand.',
    en: 'Datum does not match DatumGebruik: 3 requires 1900-01-01, 2 requires 1 January of the year, 1 requires the first day of the month.',
  },
  check(el, ctx) {
    const datum = child(el.parent ?? undefined, 'Datum');
    if (!datum) return;
    // Compared as written, like the stylesheet's string comparisons.
    const gebruik = el.text;
    const d = datum.text;
    const afterFirstDash = substringAfter(d, '-');
    const day = substringAfter(afterFirstDash, '-');
    const bad = (gebruik === '3' && d !== '1900-01-01') || (gebruik === '2' && afterFirstDash !== '01-01') || (gebruik === '1' && day !== '01');
    if (bad) ctx.report(datum, [datum, el].sort((a, b) => a.offset - b.offset));
  },
};
