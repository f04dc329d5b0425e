import { child } from '../../xml/query.js';
import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { checkNotAfter } from './util.js';

/**
 * TR018: the Einddatum of a StopProduct may not lie before its Begindatum. The finding names both
 * dates.
 */
export const TR018: Rule = {
  id: 'TR018',
  retourcode: '0001',
  berichten: both('307'),
  on: ['Einddatum'],
  description: {
    nl: 'De einddatum van de gestopte zorg ligt voor de begindatum; vul een einddatum in die gelijk is aan of na de begindatum ligt.',
    en: 'The end date of the stopped care lies before its start date; give an end date on or after the start date.',
  },
  check(el, ctx) {
    if (el.parent?.local !== 'StopProduct') return;
    checkNotAfter(ctx, el, child(el.parent, 'Begindatum'), el);
  },
};
