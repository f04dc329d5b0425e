/**
 * The conversation store: what the rules of controleniveau 3 need to know about earlier messages.
 * The interface is small on purpose: one `add` for the facts of an accepted message and a handful
 * of look-ups by key, each of which is one indexed query in a database (see docs/context.md).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import type { AntwoordFact, DeclaratieAntwoordFact, DeclaratieFact, Fact, LeveringFact, Parties, PrestatieFact, ToewijzingFact, VerzoekFact } from './facts.js';

export interface ConversationStore {
  /** Records a fact of an accepted message. */
  add(fact: Fact): void;
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

const pk = (p: Parties): string => `${p.standaard}|${p.gemeente}|${p.aanbieder}`;
const ak = (p: Parties): string => `${p.standaard}|${p.aanbieder}`;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The embedded default: everything in memory, every look-up a hash lookup. */
export class MemoryStore implements ConversationStore {
  private readonly facts: Fact[] = [];
  private readonly toewijzingByNummer = new Map<string, ToewijzingFact>();
  private readonly toewijzingNummersByClient = new Map<string, Set<string>>();
  private readonly toewijzingByReferentie = new Map<string, ToewijzingFact[]>();
  private readonly leveringByClient = new Map<string, LeveringFact[]>();
  private readonly verzoekByReferentie = new Map<string, VerzoekFact[]>();
  private readonly verzoekByClient = new Map<string, VerzoekFact[]>();
  private readonly antwoordByReferentie = new Map<string, AntwoordFact[]>();
  private readonly declaratieByNummer = new Map<string, DeclaratieFact>();
  private readonly prestatieByReferentie = new Map<string, PrestatieFact>();
  private readonly prestatieByToewijzing = new Map<string, PrestatieFact[]>();
  private readonly antwoord325ByDeclaratie = new Map<string, DeclaratieAntwoordFact[]>();

  add(fact: Fact): void {
    this.facts.push(fact);
    switch (fact.type) {
      case 'toewijzing': {
        const key = `${pk(fact)}|${fact.toewijzingNummer}`;
        this.toewijzingByNummer.set(key, fact);
        const client = `${pk(fact)}|${fact.bsn}`;
        let set = this.toewijzingNummersByClient.get(client);
        if (!set) this.toewijzingNummersByClient.set(client, (set = new Set()));
        set.add(fact.toewijzingNummer);
        if (fact.referentieAanbieder !== undefined) push(this.toewijzingByReferentie, `${pk(fact)}|${fact.referentieAanbieder}`, fact);
        break;
      }
      case 'levering':
        push(this.leveringByClient, `${pk(fact)}|${fact.bsn}`, fact);
        break;
      case 'verzoek':
        push(this.verzoekByReferentie, `${pk(fact)}|${fact.referentieAanbieder}`, fact);
        push(this.verzoekByClient, `${pk(fact)}|${fact.bsn}`, fact);
        break;
      case 'antwoord':
        push(this.antwoordByReferentie, `${pk(fact)}|${fact.referentieAanbieder}`, fact);
        break;
      case 'declaratie':
        this.declaratieByNummer.set(`${ak(fact)}|${fact.declaratieNummer}`, fact);
        break;
      case 'prestatie':
        this.prestatieByReferentie.set(`${ak(fact)}|${fact.referentieNummer}`, fact);
        push(this.prestatieByToewijzing, `${pk(fact)}|${fact.toewijzingNummer}`, fact);
        break;
      case 'declaratie-antwoord':
        if (fact.declaratieNummer !== undefined) push(this.antwoord325ByDeclaratie, `${ak(fact)}|${fact.declaratieNummer}`, fact);
        break;
    }
  }

  toewijzing(p: Parties, nummer: string): ToewijzingFact | undefined {
    return this.toewijzingByNummer.get(`${pk(p)}|${nummer}`);
  }
  toewijzingenVan(p: Parties, bsn: string): readonly ToewijzingFact[] {
    const nummers = this.toewijzingNummersByClient.get(`${pk(p)}|${bsn}`);
    return nummers ? [...nummers].map((n) => this.toewijzing(p, n)!).filter((t) => t.bsn === bsn) : [];
  }
  toewijzingenMetReferentie(p: Parties, referentieAanbieder: string): readonly ToewijzingFact[] {
    return this.toewijzingByReferentie.get(`${pk(p)}|${referentieAanbieder}`) ?? [];
  }
  leveringen(p: Parties, bsn: string): readonly LeveringFact[] {
    return this.leveringByClient.get(`${pk(p)}|${bsn}`) ?? [];
  }
  verzoeken(p: Parties, referentieAanbieder: string): readonly VerzoekFact[] {
    return this.verzoekByReferentie.get(`${pk(p)}|${referentieAanbieder}`) ?? [];
  }
  verzoekenVan(p: Parties, bsn: string): readonly VerzoekFact[] {
    return this.verzoekByClient.get(`${pk(p)}|${bsn}`) ?? [];
  }
  antwoorden(p: Parties, referentieAanbieder: string): readonly AntwoordFact[] {
    return this.antwoordByReferentie.get(`${pk(p)}|${referentieAanbieder}`) ?? [];
  }
  declaratie(p: Parties, nummer: string): DeclaratieFact | undefined {
    return this.declaratieByNummer.get(`${ak(p)}|${nummer}`);
  }
  prestatie(p: Parties, referentieNummer: string): PrestatieFact | undefined {
    return this.prestatieByReferentie.get(`${ak(p)}|${referentieNummer}`);
  }
  prestatiesOp(p: Parties, toewijzingNummer: string): readonly PrestatieFact[] {
    return this.prestatieByToewijzing.get(`${pk(p)}|${toewijzingNummer}`) ?? [];
  }
  declaratieAntwoorden(p: Parties, declaratieNummer: string): readonly DeclaratieAntwoordFact[] {
    return this.antwoord325ByDeclaratie.get(`${ak(p)}|${declaratieNummer}`) ?? [];
  }

  /** Every fact, in the order added (for persisting). */
  all(): readonly Fact[] {
    return this.facts;
  }
}

/**
 * A store kept in one JSON Lines file: loaded when opened, appended to by `save()`.
 * Enough for the command line and for tests; a production system backs the interface with its database.
 */
export class FileStore extends MemoryStore {
  private saved = 0;
  constructor(readonly file: string) {
    super();
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) this.add(JSON.parse(line) as Fact);
      this.saved = this.all().length;
    }
  }
  /** Writes the facts added since opening (the whole file is rewritten: it stays one consistent list). */
  save(): void {
    if (this.saved === this.all().length && existsSync(this.file)) return;
    writeFileSync(this.file, this.all().map((f) => JSON.stringify(f)).join('\n') + '\n');
    this.saved = this.all().length;
  }
}
