/**
 * Shared reading of start (305) and stop (307) lines for the rules of controleniveau 3.
 *
 * The logical key of a StartProduct is Bsn (of its Client), ToewijzingNummer, Product (Categorie,
 * Code) and Begindatum; in taakgericht without toewijzing (IV096) ToewijzingNummer is empty and
 * Product with Begindatum carry the key. A StopProduct takes that key over from its start (TR382)
 * and adds its own Einddatum and RedenBeeindiging. An absent field is a value of its own.
 *
 * StatusAanlevering 1 delivers a line, 3 removes the line with the same key (IV008); the level-2
 * constraint CS058 keeps 2 out of these messages, and a 2 (should one be stored) counts as delivered.
 */
import type { LeveringFact } from '../../facts.js';
import type { ContextRuleContext } from '../../types.js';
import { ancestor, value } from '../../../xml/query.js';
import type { XmlElement } from '../../../xml/scan.js';

/** The fields of a start or stop line that its keys are made of. */
export type LeveringLine = Pick<LeveringFact, 'bsn' | 'toewijzingNummer' | 'categorie' | 'code' | 'begindatum' | 'einddatum' | 'redenBeeindiging' | 'statusAanlevering'>;

const ABSENT = '\u0001';
const keyOf = (parts: ReadonlyArray<string | undefined>): string => parts.map((p) => p ?? ABSENT).join('\u0000');

/** The key of a start, and the part of a stop's key that it takes over from the start. */
export function startKey(l: LeveringLine): string {
  return keyOf([l.bsn, l.toewijzingNummer, l.categorie, l.code, l.begindatum]);
}

/** The part of a stop's key that TR413–TR415 compare stops on: Bsn, ToewijzingNummer and Begindatum (not the Product). */
export function stopBase(l: LeveringLine): string {
  return keyOf([l.bsn, l.toewijzingNummer, l.begindatum]);
}

/** The whole key of a stop. */
export function stopKey(l: LeveringLine): string {
  return keyOf([l.bsn, l.toewijzingNummer, l.categorie, l.code, l.begindatum, l.einddatum, l.redenBeeindiging]);
}

/** A StartProduct or StopProduct element read as a line (its Bsn from the enclosing Client). */
export function lineOf(el: XmlElement): LeveringLine {
  return {
    bsn: value(ancestor(el, 'Client'), 'Bsn') ?? '',
    toewijzingNummer: value(el, 'ToewijzingNummer'),
    categorie: value(el, 'Product/Categorie'),
    code: value(el, 'Product/Code'),
    begindatum: value(el, 'Begindatum') ?? '',
    einddatum: value(el, 'Einddatum'),
    redenBeeindiging: value(el, 'RedenBeeindiging'),
    statusAanlevering: value(el, 'StatusAanlevering') ?? '',
  };
}

/** StatusAanlevering 3: the line removes an earlier delivery. */
export const removes = (l: LeveringLine): boolean => l.statusAanlevering === '3';

/** What the accepted messages leave standing for one client between these parties. */
export interface LeveringState {
  /** Starts delivered and not removed, by start key. */
  readonly starts: ReadonlyMap<string, LeveringFact>;
  /** Stops delivered and not removed, by stop key. */
  readonly stops: ReadonlyMap<string, LeveringFact>;
  /** Start keys taken over by at least one stop that stands. */
  readonly stopped: ReadonlySet<string>;
}

/**
 * The state of a client's starts and stops: one store look-up by client, folded in the order
 * received, once per message and rule (memo).
 */
export function leveringState(ctx: ContextRuleContext, bsn: string): LeveringState {
  return ctx.memo(`leveringen\u0000${bsn}`, () => {
    const starts = new Map<string, LeveringFact>();
    const stops = new Map<string, LeveringFact>();
    for (const l of ctx.store.leveringen(ctx.parties, bsn)) {
      const map = l.soort === 'start' ? starts : stops;
      const key = l.soort === 'start' ? startKey(l) : stopKey(l);
      if (removes(l)) map.delete(key);
      else map.set(key, l);
    }
    const stopped = new Set<string>();
    for (const s of stops.values()) stopped.add(startKey(s));
    return { starts, stops, stopped };
  });
}
