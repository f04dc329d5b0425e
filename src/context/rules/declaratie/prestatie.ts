/**
 * What the declaratie rules of controleniveau 3 share: a Prestatie read from the message, the
 * toewijzing it relates to, whether a stored prestatie was rejected by a declaratie-antwoord, and
 * the werkwijze of its product. Every look-up is a store query by key.
 */
import { prestatieFields, type PrestatieFact, type PrestatieFields, type ToewijzingFact } from '../../facts.js';
import type { XmlElement } from '../../../xml/scan.js';
import { at, value } from '../../../xml/query.js';
import type { ContextRuleContext } from '../../types.js';
import { werkwijzeVan, type Werkwijze } from './volume.js';

/** A Prestatie of a 323 or 325 as the rules read it (numbers NaN when absent or not numeric). */
export interface Prestatie extends PrestatieFields {
  readonly el: XmlElement;
}

const cache = new WeakMap<XmlElement, Prestatie>();

/** Reads a Prestatie element (…/Client/Prestaties/Prestatie); the Bsn is its Client's. */
export function leesPrestatie(el: XmlElement): Prestatie {
  const cached = cache.get(el);
  if (cached) return cached;
  const client = el.parent?.parent ?? undefined;
  const p: Prestatie = { el, ...prestatieFields(el, value(client, 'Bsn') ?? '') };
  cache.set(el, p);
  return p;
}

/** True for a credit prestatie (DebetCredit C). */
export const isCredit = (p: { readonly debetCredit: string }): boolean => p.debetCredit === 'C';

/**
 * The toewijzing a prestatie relates to (TR338): the current ToegewezenProduct with its
 * ToewijzingNummer between the gemeente and aanbieder of this message, and for the same client.
 * A toewijzing of another client (another Bsn) does not relate: the prestatie then has none.
 */
export function toewijzingVan(ctx: ContextRuleContext, p: Pick<Prestatie, 'toewijzingNummer' | 'bsn'>): ToewijzingFact | undefined {
  const tw = ctx.store.toewijzing(ctx.parties, p.toewijzingNummer);
  return tw && tw.bsn === p.bsn ? tw : undefined;
}

/**
 * True when a declaratie-antwoord (325) in the store rejected this stored prestatie: the whole
 * declaration was rejected, or the prestatie is listed as rejected. The answers are looked up once
 * per declaration and kept for the run of the rule.
 */
export function afgewezen(ctx: ContextRuleContext, p: PrestatieFact): boolean {
  const perDeclaratie = ctx.memo('afgewezen', () => new Map<string, Set<string> | 'geheel'>());
  let entry = perDeclaratie.get(p.declaratieNummer);
  if (entry === undefined) {
    const antwoorden = ctx.store.declaratieAntwoorden(p, p.declaratieNummer).filter((a) => a.gemeente === p.gemeente);
    entry = antwoorden.some((a) => a.geheelAfgewezen) ? 'geheel' : new Set(antwoorden.flatMap((a) => a.afgewezenReferenties));
    perDeclaratie.set(p.declaratieNummer, entry);
  }
  return entry === 'geheel' || entry.has(p.referentieNummer);
}

/** The werkwijze the volume rules follow for a prestatie's product on a toewijzing (see `werkwijzeVan`). */
export function werkwijze(ctx: ContextRuleContext, p: Pick<Prestatie, 'categorie' | 'code'>, tw: ToewijzingFact): Werkwijze {
  return werkwijzeVan(ctx.werkwijze({ categorie: p.categorie, code: p.code }), tw.omvang?.eenheid ?? '');
}

/** The Prestatie elements of a Declaratie, in document order. */
export function prestatiesIn(declaratie: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const clienten of declaratie.children) {
    if (clienten.local !== 'Clienten') continue;
    for (const client of clienten.children) for (const prestaties of client.children) for (const pr of prestaties.children) if (pr.local === 'Prestatie') out.push(pr);
  }
  return out;
}

/** A child element to report on, or the prestatie itself when it is missing. */
export function op(el: XmlElement, path: string): XmlElement {
  return at(el, path) ?? el;
}
