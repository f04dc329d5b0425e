import { both } from '../../../rules/kit.js';
import type { ContextRule } from '../../types.js';
import { leveringState, lineOf, startKey, stopKey } from './leveringen.js';

/**
 * TR074: a StartProduct or StopProduct with StatusAanlevering 1 has a key that no earlier line of
 * the same kind for this client still holds. Lines removed since (StatusAanlevering 3) do not
 * count: that is how IV008 corrects a field outside the key (remove, then deliver again).
 * Within the message itself the uniqueness is TR101 (level 2).
 */
export const TR074: ContextRule = {
  id: 'TR074',
  retourcode: '9074',
  berichten: both('305', '307'),
  on: ['StartProduct', 'StopProduct'],
  description: {
    nl: 'Een eerder bericht heeft al een regel met dezelfde sleutel aangeleverd; verwijder die eerst of pas de sleutel aan.',
    en: 'An earlier message already delivered a line with the same key; remove that one first or change the key.',
  },
  check(el, ctx) {
    const line = lineOf(el);
    if (line.statusAanlevering !== '1') return;
    const state = leveringState(ctx, line.bsn);
    const taken = el.local === 'StartProduct' ? state.starts.has(startKey(line)) : state.stops.has(stopKey(line));
    if (taken) ctx.report(el);
  },
};
