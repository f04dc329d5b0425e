import { both, elfproef } from '../kit.js';
import type { Rule } from '../types.js';
import { WITH_BSN } from './util.js';

/**
 * CS002 — a burgerservicenummer must pass the 11-proef. The official stylesheet checks every element
 * named Bsn, wherever it occurs in the message.
 */
export const CS002: Rule = {
  id: 'CS002',
  retourcode: '0001',
  berichten: both(...WITH_BSN),
  on: ['Bsn'],
  description: {
    nl: 'Het BSN haalt de 11-proef niet; controleer het nummer op een tik- of overschrijffout.',
    en: 'The BSN fails the 11-check (elfproef); check the number for a typing or copying error.',
  },
  check(el, ctx) {
    if (!elfproef(el.text.trim())) ctx.report(el);
  },
};
