import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leveringState, lineOf, removes, startKey } from './leveringen.js';

/**
 * TR382: a StopProduct takes the key of its start over unchanged: Bsn, ToewijzingNummer, Product and
 * Begindatum equal those of a start delivered earlier for this client that still stands (not
 * removed). Retourcode 9069: there is no such start.
 *
 * Whether a start may get a second stop (a temporary stop followed by a final one) is for other
 * rules; a stop that removes an earlier stop (StatusAanlevering 3) is judged by TR063 only.
 */
export const TR382: ContextRule = {
  id: 'TR382',
  retourcode: '9069',
  berichten: both('307'),
  on: ['StopProduct'],
  description: {
    nl: 'Er is geen start met dezelfde sleutel: neem ToewijzingNummer, Product en Begindatum ongewijzigd over uit het startbericht.',
    en: 'There is no start with the same key: copy ToewijzingNummer, Product and Begindatum unchanged from the start message.',
  },
  check(el, ctx) {
    const line = lineOf(el);
    if (removes(line)) return;
    if (!leveringState(ctx, line.bsn).starts.has(startKey(line))) ctx.report(el);
  },
};
