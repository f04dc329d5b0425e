import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leveringState, lineOf, removes, startKey } from './leveringen.js';

/**
 * TR071: a StartProduct may not be removed (StatusAanlevering 3) while a stop that takes over its
 * key still stands; the stop has to be removed first.
 */
export const TR071: ContextRule = {
  id: 'TR071',
  retourcode: '9071',
  berichten: both('305'),
  on: ['StartProduct'],
  description: {
    nl: 'Deze start kan niet verwijderd worden: er is al een stop voor verstuurd. Verwijder eerst die stop.',
    en: 'This start cannot be removed: a stop has already been sent for it. Remove that stop first.',
  },
  check(el, ctx) {
    const line = lineOf(el);
    if (!removes(line)) return;
    if (leveringState(ctx, line.bsn).stopped.has(startKey(line))) ctx.report(el);
  },
};
