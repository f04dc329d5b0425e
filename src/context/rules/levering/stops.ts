/**
 * The stops that stand for one start (Bsn, ToewijzingNummer and Begindatum) when a StopProduct is
 * judged, for TR413–TR415: the stops delivered before and not removed, minus those this message
 * removes (wherever the removal stands in it: IV008 sends a removal and its replacement together),
 * plus the stops delivered earlier in this message.
 */
import { all } from '../../facts.js';
import { rootOf } from '../../../xml/query.js';
import type { XmlElement } from '../../../xml/scan.js';
import type { ContextRuleContext } from '../../types.js';
import { leveringState, lineOf, removes, stopBase, stopKey, type LeveringLine } from './leveringen.js';

type Staand = Map<string, LeveringLine[]>;

function staand(ctx: ContextRuleContext, bsn: string, message: XmlElement): Staand {
  return ctx.memo(`stops\u0000${bsn}`, () => {
    const removed = new Set<string>();
    for (const sp of all(message, 'Client/StopProducten/StopProduct')) {
      const l = lineOf(sp);
      if (l.bsn === bsn && removes(l)) removed.add(stopKey(l));
    }
    const out: Staand = new Map();
    for (const [key, stop] of leveringState(ctx, bsn).stops) {
      if (removed.has(key)) continue;
      const base = stopBase(stop);
      (out.get(base) ?? out.set(base, []).get(base)!).push(stop);
    }
    return out;
  });
}

/**
 * Judges a delivered StopProduct (StatusAanlevering 1 or 2) against the stops standing for its
 * start, in the order received; the line then stands for the lines after it in this message.
 * Removals (StatusAanlevering 3) are not judged.
 */
export function tegenStaandeStops(ctx: ContextRuleContext, el: XmlElement, judge: (line: LeveringLine, earlier: readonly LeveringLine[]) => boolean): void {
  const line = lineOf(el);
  if (removes(line)) return;
  const map = staand(ctx, line.bsn, rootOf(el));
  const base = stopBase(line);
  const earlier = map.get(base) ?? [];
  if (earlier.length && judge(line, earlier)) ctx.report(el);
  map.set(base, [...earlier, line]);
}
