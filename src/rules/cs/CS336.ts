import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { oneOf } from './util.js';

/**
 * CS336 — RedenWijziging 01 (administratieve correctie) is withdrawn; the stylesheet flags it on any
 * ToegewezenProduct in 301.
 */
export const CS336: Rule = {
  id: 'CS336',
  retourcode: '0001',
  berichten: both('301'),
  on: ['RedenWijziging'],
  description: {
    nl: 'RedenWijziging 01 (administratieve correctie) is vervallen; kies een andere reden.',
    en: 'RedenWijziging 01 (administrative correction) has been withdrawn; choose another reason.',
  },
  check(el, ctx) {
    if (el.parent?.local === 'ToegewezenProduct' && oneOf(el, ['01'])) ctx.report(el);
  },
};
