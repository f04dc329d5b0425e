/**
 * The conversation store: what the rules of controleniveau 3 need to know about earlier messages.
 * The rules see it as a handful of synchronous look-ups; each look-up reads the facts filed under
 * one key (`keys.ts`). `MemoryStore` holds a whole history in memory; `SnapshotStore` holds the
 * part of a durable history that one message's keys found (see `ports/history.ts`).
 */
import type { AntwoordFact, BerichtFact, DeclaratieAntwoordFact, DeclaratieFact, Fact, LeveringFact, Parties, PrestatieFact, ToewijzingFact, VerzoekFact } from './facts.js';
import { KEY, indexKeysOf } from './keys.js';

export interface ConversationStore {
  /** Records a fact of an accepted message. */
  add(fact: Fact): void;
  /** The messages a sender sent with this BerichtCode and Identificatie, to anyone (TR056, TR337). */
  berichten(standaard: string, afzender: string, berichtCode: string, identificatie: string): readonly BerichtFact[];
  /** Every toewijzing version with this number that the gemeente of `p` sent, to any aanbieder (TR332). */
  toewijzingenVanGemeente(p: Parties, toewijzingNummer: string): readonly ToewijzingFact[];
  /** The requests (315/317) of the aanbieder of `p` with this ReferentieAanbieder, to any gemeente (TR347). */
  verzoekenVanAanbieder(p: Parties, referentieAanbieder: string): readonly VerzoekFact[];
  /** The credit prestaties of the aanbieder of `p` whose VorigReferentieNummer is this number (TR390). */
  crediteringen(p: Parties, vorigReferentieNummer: string): readonly PrestatieFact[];
  /** The declarations between these parties, in the order received (TR318). */
  /** The declarations of the aanbieder to the gemeente whose DeclaratiePeriode begins in this month (YYYY-MM). */
  declaratiesInMaand(p: Parties, maand: string): readonly DeclaratieFact[];
  /** The current version of a toewijzing between these parties. */
  toewijzing(p: Parties, toewijzingNummer: string): ToewijzingFact | undefined;
  /** The current versions of all toewijzingen of a client between these parties. */
  toewijzingenVan(p: Parties, bsn: string): readonly ToewijzingFact[];
  /** The toewijzingen that answer a request (their ReferentieAanbieder), between these parties. */
  toewijzingenMetReferentie(p: Parties, referentieAanbieder: string): readonly ToewijzingFact[];
  /** Start and stop deliveries of a client between these parties, in the order received. */
  leveringen(p: Parties, bsn: string): readonly LeveringFact[];
  /** The requests (315/317) with this ReferentieAanbieder between these parties. */
  verzoeken(p: Parties, referentieAanbieder: string): readonly VerzoekFact[];
  /** All requests of a client between these parties, in the order received. */
  verzoekenVan(p: Parties, bsn: string): readonly VerzoekFact[];
  /** The answers (319) to this ReferentieAanbieder between these parties, in the order received. */
  antwoorden(p: Parties, referentieAanbieder: string): readonly AntwoordFact[];
  /** A declaration by its number: unique per aanbieder within the standaard (TR333). */
  declaratie(p: Parties, declaratieNummer: string): DeclaratieFact | undefined;
  /** A prestatie by its ReferentieNummer: unique per aanbieder within the standaard (TR314). */
  prestatie(p: Parties, referentieNummer: string): PrestatieFact | undefined;
  /** The prestaties declared on a toewijzing between these parties. */
  prestatiesOp(p: Parties, toewijzingNummer: string): readonly PrestatieFact[];
  /** The answers (325) to a declaration of this aanbieder. */
  declaratieAntwoorden(p: Parties, declaratieNummer: string): readonly DeclaratieAntwoordFact[];
}

const NONE: readonly never[] = Object.freeze([]);

/** Facts filed under keys, answering every look-up from the facts of one key. */
export class MemoryStore implements ConversationStore {
  private readonly facts: Fact[] = [];
  private readonly byKey = new Map<string, Fact[]>();

  add(fact: Fact): void {
    this.facts.push(fact);
    for (const key of indexKeysOf(fact)) {
      const list = this.byKey.get(key);
      if (list) list.push(fact);
      else this.byKey.set(key, [fact]);
    }
  }

  /** The facts filed under a key, in the order added. */
  protected get(key: string): readonly Fact[] {
    return this.byKey.get(key) ?? NONE;
  }

  private last<T extends Fact>(key: string): T | undefined {
    const list = this.get(key);
    return list[list.length - 1] as T | undefined;
  }

  berichten(standaard: string, afzender: string, berichtCode: string, identificatie: string): readonly BerichtFact[] {
    return this.get(KEY.bericht(standaard, afzender, berichtCode, identificatie)) as readonly BerichtFact[];
  }
  toewijzingenVanGemeente(p: Parties, toewijzingNummer: string): readonly ToewijzingFact[] {
    return this.get(KEY.toewijzingGemeente(p, toewijzingNummer)) as readonly ToewijzingFact[];
  }
  verzoekenVanAanbieder(p: Parties, referentieAanbieder: string): readonly VerzoekFact[] {
    return this.get(KEY.verzoekAanbieder(p, referentieAanbieder)) as readonly VerzoekFact[];
  }
  crediteringen(p: Parties, vorigReferentieNummer: string): readonly PrestatieFact[] {
    return this.get(KEY.crediteringen(p, vorigReferentieNummer)) as readonly PrestatieFact[];
  }
  declaratiesInMaand(p: Parties, maand: string): readonly DeclaratieFact[] {
    return this.get(KEY.declaratiesInMaand(p, maand)) as readonly DeclaratieFact[];
  }
  toewijzing(p: Parties, nummer: string): ToewijzingFact | undefined {
    return this.last(KEY.toewijzing(p, nummer));
  }
  toewijzingenVan(p: Parties, bsn: string): readonly ToewijzingFact[] {
    const versions = this.get(KEY.toewijzingClient(p, bsn)) as readonly ToewijzingFact[];
    if (!versions.length) return NONE;
    const nummers = new Set(versions.map((t) => t.toewijzingNummer));
    // The current version decides: a toewijzing later re-sent for another client is no longer this one's.
    return [...nummers].map((n) => this.toewijzing(p, n)!).filter((t) => t !== undefined && t.bsn === bsn);
  }
  toewijzingenMetReferentie(p: Parties, referentieAanbieder: string): readonly ToewijzingFact[] {
    return this.get(KEY.toewijzingReferentie(p, referentieAanbieder)) as readonly ToewijzingFact[];
  }
  leveringen(p: Parties, bsn: string): readonly LeveringFact[] {
    return this.get(KEY.levering(p, bsn)) as readonly LeveringFact[];
  }
  verzoeken(p: Parties, referentieAanbieder: string): readonly VerzoekFact[] {
    return this.get(KEY.verzoek(p, referentieAanbieder)) as readonly VerzoekFact[];
  }
  verzoekenVan(p: Parties, bsn: string): readonly VerzoekFact[] {
    return this.get(KEY.verzoekClient(p, bsn)) as readonly VerzoekFact[];
  }
  antwoorden(p: Parties, referentieAanbieder: string): readonly AntwoordFact[] {
    return this.get(KEY.antwoord(p, referentieAanbieder)) as readonly AntwoordFact[];
  }
  declaratie(p: Parties, nummer: string): DeclaratieFact | undefined {
    return this.last(KEY.declaratie(p, nummer));
  }
  prestatie(p: Parties, referentieNummer: string): PrestatieFact | undefined {
    return this.last(KEY.prestatie(p, referentieNummer));
  }
  prestatiesOp(p: Parties, toewijzingNummer: string): readonly PrestatieFact[] {
    return this.get(KEY.prestatieToewijzing(p, toewijzingNummer)) as readonly PrestatieFact[];
  }
  declaratieAntwoorden(p: Parties, declaratieNummer: string): readonly DeclaratieAntwoordFact[] {
    return this.get(KEY.declaratieAntwoord(p, declaratieNummer)) as readonly DeclaratieAntwoordFact[];
  }

  /** Every fact, in the order added. */
  all(): readonly Fact[] {
    return this.facts;
  }
}

/** A fact as a durable history returns it: with its place in the order of recording. */
export interface StoredFact {
  /** Ascending in the order the facts were recorded; unique within one history. */
  readonly seq: number;
  readonly fact: Fact;
}

/**
 * The part of a durable history that was loaded for one message: the facts under the keys in
 * `loaded`, replayed in the order they were recorded. A look-up under a key that was not loaded is
 * answered from what is there and noted in `misses`; the pipeline then loads those keys too and
 * judges the message again, so an incomplete key list can cost a round trip, never a wrong verdict.
 */
export class SnapshotStore extends MemoryStore {
  readonly misses = new Set<string>();

  constructor(
    readonly loaded: ReadonlySet<string>,
    facts: Iterable<StoredFact>,
  ) {
    super();
    for (const f of [...facts].sort((a, b) => a.seq - b.seq)) this.add(f.fact);
  }

  protected override get(key: string): readonly Fact[] {
    if (!this.loaded.has(key)) this.misses.add(key);
    return super.get(key);
  }
}
