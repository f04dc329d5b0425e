import { both } from '../kit.js';
import type { Rule } from '../types.js';
import { oneOf } from './util.js';

/**
 * CS058 — in a start- or stopbericht the StatusAanlevering of StartProduct (305) and StopProduct (307)
 * may only be 1 (eerste aanlevering) or 3 (verwijderen aanlevering).
 */
export const CS058: Rule = {
  id: 'CS058',
  retourcode: '0001',
  berichten: both('305', '307'),
  on: ['StatusAanlevering'],
  description: {
    nl: 'StatusAanlevering mag hier alleen 1 (eerste aanlevering) of 3 (aanlevering verwijderen) zijn.',
    en: 'StatusAanlevering may only be 1 (first delivery) or 3 (delete delivery) here.',
  },
  check(el, ctx) {
    const owner = ctx.entry.nummer === '305' ? 'StartProduct' : 'StopProduct';
    if (el.parent?.local === owner && !oneOf(el, ['1', '3'])) ctx.report(el);
  },
};
