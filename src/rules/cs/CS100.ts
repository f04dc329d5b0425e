import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { dateNumber } from './util.js';

/**
 * CS100 — declaraties cover care from 2021 on: the stylesheet flags every Begindatum of a
 * ProductPeriode or of the DeclaratiePeriode in 323 that lies before 2021-01-01.
 */
export const CS100: Rule = {
  id: 'CS100',
  retourcode: '0001',
  berichten: both('323'),
  on: ['Begindatum'],
  description: {
    nl: 'De begindatum ligt vóór 1 januari 2021; declareer alleen perioden vanaf 2021-01-01.',
    en: 'The start date lies before 1 January 2021; only declare periods from 2021-01-01 on.',
  },
  check(el, ctx) {
    const parent = el.parent?.local;
    if (parent !== 'ProductPeriode' && parent !== 'DeclaratiePeriode') return;
    if (dateNumber(el) < 20210101) ctx.report(el);
  },
};
