import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leveringState, lineOf, removes, startKey, stopKey } from './leveringen.js';

/**
 * TR063: a StartProduct or StopProduct with StatusAanlevering 3 (aanlevering verwijderen) removes a
 * line of the same kind with the same logical key that an earlier message delivered for this
 * client and that still stands (not removed before). A start is matched on its key, a stop on
 * the start's key plus its own Einddatum and RedenBeeindiging.
 */
export const TR063: ContextRule = {
  id: 'TR063',
  retourcode: '9063',
  berichten: both('305', '307'),
  on: ['StartProduct', 'StopProduct'],
  description: {
    nl: 'Deze regel verwijdert een aanlevering die niet (meer) bestaat: er is voor deze cliënt geen eerdere regel met dezelfde sleutel.',
    en: 'This line removes a delivery that does not exist (any more): there is no earlier line with the same key for this client.',
  },
  check(el, ctx) {
    const line = lineOf(el);
    if (!removes(line)) return;
    const state = leveringState(ctx, line.bsn);
    const present = el.local === 'StartProduct' ? state.starts.has(startKey(line)) : state.stops.has(stopKey(line));
    if (!present) ctx.report(el);
  },
};
