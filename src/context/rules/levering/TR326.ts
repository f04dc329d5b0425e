import { all } from '../../facts.js';
import { rootOf } from '../../../xml/query.js';
import { both } from '../../../rules/kit.js';
import type { ContextRule, ContextRuleContext } from '../../types.js';
import type { XmlElement } from '../../../xml/scan.js';
import { leveringState, lineOf, removes, startKey } from './leveringen.js';

/**
 * Per client: ToewijzingNummer → keys of the actual starts on that toewijzing. A start is actual when
 * it was delivered, not removed and no stop that takes over its key stands. Removals in this
 * message count before its new starts, wherever they stand in it: IV008 sends the removal and its
 * replacement together.
 */
type Actual = Map<string, Set<string>>;

function actualStarts(ctx: ContextRuleContext, bsn: string, message: XmlElement): Actual {
  return ctx.memo(`actual\u0000${bsn}`, () => {
    const state = leveringState(ctx, bsn);
    const removed = new Set<string>();
    for (const sp of all(message, 'Client/StartProducten/StartProduct')) {
      const l = lineOf(sp);
      if (l.bsn === bsn && removes(l)) removed.add(startKey(l));
    }
    const actual: Actual = new Map();
    for (const [key, start] of state.starts) {
      if (start.toewijzingNummer === undefined || state.stopped.has(key) || removed.has(key)) continue;
      let keys = actual.get(start.toewijzingNummer);
      if (!keys) actual.set(start.toewijzingNummer, (keys = new Set()));
      keys.add(key);
    }
    return actual;
  });
}

/**
 * TR326: a new StartProduct (StatusAanlevering 1) on a toewijzing is refused while another start on
 * that toewijzing is still actual (delivered, not removed, not stopped). Starts are related through
 * their ToewijzingNummer; a line without one (taakgericht, IV096) has no toegewezen product and is
 * not judged. A start earlier in the same message counts, so two open starts on one toewijzing in
 * one message fail on the second. A start sent again with the key of a start that is still actual
 * is both a duplicate (TR074) and a second start on the toewijzing: both rules report it, and the
 * retourbericht answers the StartProduct with both codes.
 */
export const TR326: ContextRule = {
  id: 'TR326',
  retourcode: '9326',
  berichten: both('305'),
  on: ['StartProduct'],
  description: {
    nl: 'Er loopt al een start op deze toewijzing die niet gestopt is; stuur eerst een stop voordat de levering opnieuw start.',
    en: 'A start on this toewijzing is still running and has not been stopped; send a stop before delivery starts again.',
  },
  check(el, ctx) {
    const line = lineOf(el);
    if (line.statusAanlevering !== '1' || line.toewijzingNummer === undefined) return;
    const actual = actualStarts(ctx, line.bsn, rootOf(el));
    const key = startKey(line);
    let keys = actual.get(line.toewijzingNummer);
    if (!keys) actual.set(line.toewijzingNummer, (keys = new Set()));
    if (keys.size > 0) ctx.report(el);
    keys.add(key);
  },
};
