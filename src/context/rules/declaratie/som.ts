/**
 * The running total of TR322 and TR369: what has been declared on a toewijzing, checked once per
 * declaration in one pass over its prestaties.
 *
 * The total starts from the prestaties on the toewijzing in the store (debet adds, credit subtracts,
 * those a declaratie-antwoord rejected do not count), then takes off every credit prestatie of this
 * message (a credit cancels an earlier debet wherever it stands in the message), and then adds the
 * debet prestaties of this message in document order. A debet that brings the total above the
 * maximum is reported.
 */
import type { ToewijzingFact } from '../../facts.js';
import type { ContextRuleContext } from '../../types.js';
import type { XmlElement } from '../../../xml/scan.js';
import { afgewezen, isCredit, leesPrestatie, op, prestatiesIn, toewijzingVan, type Prestatie } from './prestatie.js';

export interface Som {
  /** The maximum the total may reach on this toewijzing, in the unit of `bijdrage`; undefined or Infinity when the rule does not apply. */
  maximum(tw: ToewijzingFact, eerste: Prestatie): number | undefined;
  /** What a prestatie adds to the total (always positive); undefined when it does not count. */
  bijdrage(tw: ToewijzingFact, p: Pick<Prestatie, 'eenheid' | 'geleverdVolume' | 'bedrag'>): number | undefined;
  /** Path below the Prestatie of the element reported on. */
  readonly reportOn: string;
}

interface Stand {
  readonly tw: ToewijzingFact;
  readonly max: number;
  total: number;
}

export function checkSom(declaratie: XmlElement, ctx: ContextRuleContext, som: Som): void {
  const prestaties = prestatiesIn(declaratie).map(leesPrestatie);
  const standen = new Map<string, Stand | null>();
  // Per toewijzing and client: a prestatie for another client than the toewijzing's has none (TR338).
  const standVan = (p: Prestatie): Stand | undefined => {
    const key = `${p.toewijzingNummer}\u0000${p.bsn}`;
    let stand = standen.get(key);
    if (stand === undefined) {
      stand = beginstand(ctx, som, p);
      standen.set(key, stand);
    }
    return stand ?? undefined;
  };
  for (const p of prestaties) {
    if (!isCredit(p)) continue;
    const stand = standVan(p);
    const b = stand && som.bijdrage(stand.tw, p);
    if (stand && b !== undefined) stand.total -= b;
  }
  for (const p of prestaties) {
    if (isCredit(p)) continue;
    const stand = standVan(p);
    const b = stand && som.bijdrage(stand.tw, p);
    if (!stand || b === undefined) continue;
    stand.total += b;
    if (stand.total > stand.max) ctx.report(op(p.el, som.reportOn));
  }
}

/** The toewijzing of a prestatie with its maximum and the total of the stored prestaties on it; null when the rule does not apply. */
function beginstand(ctx: ContextRuleContext, som: Som, eerste: Prestatie): Stand | null {
  const tw = toewijzingVan(ctx, eerste);
  const max = tw && som.maximum(tw, eerste);
  if (!tw || max === undefined || !Number.isFinite(max)) return null;
  let total = 0;
  for (const f of ctx.store.prestatiesOp(ctx.parties, tw.toewijzingNummer)) {
    if (f.bsn !== tw.bsn || afgewezen(ctx, f)) continue;
    const b = som.bijdrage(tw, f);
    if (b !== undefined) total += isCredit(f) ? -b : b;
  }
  return { tw, max, total };
}
