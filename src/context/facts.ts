/**
 * Facts: what an accepted message establishes for the messages after it (controleniveau 3).
 * A store keeps facts, not XML, so a gemeente can keep them in its own database; `factsOf()`
 * reads them from a parsed message.
 */
import type { CatalogueEntry, Standaard } from '../catalogue/index.js';
import { at, child, children, value } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';

/** Who exchanges the message: the standaard, the gemeente (CBS code) and the aanbieder (AGB). */
export interface Parties {
  readonly standaard: Standaard;
  readonly gemeente: string;
  readonly aanbieder: string;
}

export interface Omvang {
  readonly volume: number;
  readonly eenheid: string;
  readonly frequentie: string;
}

/**
 * The identity of an accepted message, whatever its kind: who sent it, its BerichtCode, its
 * BerichtIdentificatie and its XsdVersie (TR056: an Identificatie once per sender and berichtsoort;
 * TR337 and TR371: a 325 names the 323 it answers and repeats its XsdVersie).
 */
export interface BerichtFact extends Parties {
  readonly type: 'bericht';
  /** Header/Afzender: the gemeente or the aanbieder, by the message's direction. */
  readonly afzender: string;
  readonly berichtCode: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  readonly basisschemaXsdVersie?: string;
  readonly berichtXsdVersie?: string;
}

/** A ToegewezenProduct of a 301; a later 301 with the same ToewijzingNummer replaces it. */
export interface ToewijzingFact extends Parties {
  readonly type: 'toewijzing';
  readonly bsn: string;
  readonly toewijzingNummer: string;
  readonly referentieAanbieder?: string;
  readonly categorie?: string;
  readonly code?: string;
  readonly toewijzingsdatum: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly redenWijziging?: string;
  readonly omvang?: Omvang;
  readonly budget?: number;
  readonly dagtekening: string;
}

/** A StartProduct (305) or StopProduct (307). */
export interface LeveringFact extends Parties {
  readonly type: 'levering';
  readonly soort: 'start' | 'stop';
  readonly bsn: string;
  readonly toewijzingNummer?: string;
  readonly categorie?: string;
  readonly code?: string;
  readonly toewijzingIngangsdatum?: string;
  readonly begindatum: string;
  readonly einddatum?: string;
  readonly redenBeeindiging?: string;
  readonly statusAanlevering: string;
  readonly dagtekening: string;
}

/** A request: each AangevraagdProduct of a 315, or the Verzoek of a 317. */
export interface VerzoekFact extends Parties {
  readonly type: 'verzoek';
  readonly bericht: '315' | '317';
  readonly bsn: string;
  readonly referentieAanbieder: string;
  readonly dagtekening: string;
}

/** The Antwoord of a 319. */
export interface AntwoordFact extends Parties {
  readonly type: 'antwoord';
  readonly referentieAanbieder: string;
  readonly verzoekAntwoord: string;
  readonly redenAfwijzing?: string;
  readonly dagtekening: string;
}

/** The Declaratie of a 323. */
export interface DeclaratieFact extends Parties {
  readonly type: 'declaratie';
  readonly declaratieNummer: string;
  readonly begindatum: string;
  readonly einddatum: string;
  readonly dagtekening: string;
}

/** A Prestatie of a 323. */
export interface PrestatieFact extends Parties {
  readonly type: 'prestatie';
  readonly declaratieNummer: string;
  readonly bsn: string;
  readonly referentieNummer: string;
  readonly vorigReferentieNummer?: string;
  readonly toewijzingNummer: string;
  readonly categorie: string;
  readonly code: string;
  readonly begindatum: string;
  readonly einddatum: string;
  readonly geleverdVolume: number;
  readonly eenheid: string;
  readonly productTarief?: number;
  readonly bedrag: number;
  readonly debetCredit: string;
}

/** The fields of a Prestatie (323 or 325) that do not depend on the message around it. */
export type PrestatieFields = Omit<PrestatieFact, 'type' | 'declaratieNummer' | keyof Parties>;

const num = (s: string | undefined): number => (s === undefined || s === '' ? NaN : Number(s));

/** Reads a Prestatie element; `bsn` is its Client's. Numbers are NaN when absent. */
export function prestatieFields(pr: XmlElement, bsn: string): PrestatieFields {
  const vorig = value(pr, 'ProductReferentie/VorigReferentieNummer');
  const tarief = value(pr, 'ProductTarief');
  return {
    bsn,
    referentieNummer: value(pr, 'ProductReferentie/ReferentieNummer') ?? '',
    ...(vorig !== undefined ? { vorigReferentieNummer: vorig } : {}),
    toewijzingNummer: value(pr, 'ToewijzingNummer') ?? '',
    categorie: value(pr, 'ProductCategorie') ?? '',
    code: value(pr, 'ProductCode') ?? '',
    begindatum: value(pr, 'ProductPeriode/Begindatum') ?? '',
    einddatum: value(pr, 'ProductPeriode/Einddatum') ?? '',
    geleverdVolume: num(value(pr, 'GeleverdVolume')),
    eenheid: value(pr, 'Eenheid') ?? '',
    ...(tarief !== undefined ? { productTarief: num(tarief) } : {}),
    bedrag: num(value(pr, 'IngediendBedrag/Bedrag')),
    debetCredit: value(pr, 'IngediendBedrag/DebetCredit') ?? '',
  };
}

/** A 325: the declaration answered, whether it was rejected as a whole, and the prestaties it rejects. */
export interface DeclaratieAntwoordFact extends Parties {
  readonly type: 'declaratie-antwoord';
  readonly declaratieNummer?: string;
  readonly geheelAfgewezen: boolean;
  readonly afgewezenReferenties: readonly string[];
}

export type Fact = BerichtFact | ToewijzingFact | LeveringFact | VerzoekFact | AntwoordFact | DeclaratieFact | PrestatieFact | DeclaratieAntwoordFact;

/** Gemeente and aanbieder of a message, by its direction. */
export function partiesOf(root: XmlElement, entry: CatalogueEntry): Parties {
  const afzender = value(root, 'Header/Afzender') ?? '';
  const ontvanger = value(root, 'Header/Ontvanger') ?? '';
  const fromGemeente = entry.van === 'gemeente';
  return { standaard: entry.standaard, gemeente: fromGemeente ? afzender : ontvanger, aanbieder: fromGemeente ? ontvanger : afzender };
}

export function dagtekeningOf(root: XmlElement): string {
  return value(root, 'Header/BerichtIdentificatie/Dagtekening') ?? '';
}

const opt = (el: XmlElement | undefined, path?: string): string | undefined => value(el, path);

function omvangOf(el: XmlElement): Omvang | undefined {
  const o = child(el, 'Omvang');
  return o ? { volume: num(value(o, 'Volume')), eenheid: value(o, 'Eenheid') ?? '', frequentie: value(o, 'Frequentie') ?? '' } : undefined;
}

/** Every element at a path of local names below `root` (following all repetitions). */
export function all(root: XmlElement, path: string): XmlElement[] {
  let cur: XmlElement[] = [root];
  for (const step of path.split('/')) cur = cur.flatMap((e) => children(e, step));
  return cur;
}

/** The identity of a message (every message has one). */
export function berichtFactOf(root: XmlElement, entry: CatalogueEntry): BerichtFact {
  return {
    ...partiesOf(root, entry),
    type: 'bericht',
    afzender: value(root, 'Header/Afzender') ?? '',
    berichtCode: value(root, 'Header/BerichtCode') ?? '',
    identificatie: value(root, 'Header/BerichtIdentificatie/Identificatie') ?? '',
    dagtekening: dagtekeningOf(root),
    basisschemaXsdVersie: opt(root, 'Header/XsdVersie/BasisschemaXsdVersie'),
    berichtXsdVersie: opt(root, 'Header/XsdVersie/BerichtXsdVersie'),
  };
}

/** The facts an accepted, schema-valid message establishes: its identity, then what it says. */
export function factsOf(root: XmlElement, entry: CatalogueEntry): Fact[] {
  return [berichtFactOf(root, entry), ...contentFactsOf(root, entry)];
}

function contentFactsOf(root: XmlElement, entry: CatalogueEntry): Fact[] {
  const p = partiesOf(root, entry);
  const dagtekening = dagtekeningOf(root);
  const bsn = value(root, 'Client/Bsn') ?? '';
  switch (entry.nummer) {
    case '301':
      return all(root, 'Client/ToegewezenProducten/ToegewezenProduct').map((tp) => ({
        ...p,
        type: 'toewijzing',
        bsn,
        toewijzingNummer: value(tp, 'ToewijzingNummer') ?? '',
        referentieAanbieder: opt(tp, 'ReferentieAanbieder'),
        categorie: opt(tp, 'Product/Categorie'),
        code: opt(tp, 'Product/Code'),
        toewijzingsdatum: value(tp, 'Toewijzingsdatum') ?? '',
        ingangsdatum: value(tp, 'Ingangsdatum') ?? '',
        einddatum: opt(tp, 'Einddatum'),
        redenWijziging: opt(tp, 'RedenWijziging'),
        omvang: omvangOf(tp),
        budget: child(tp, 'Budget') ? num(value(tp, 'Budget')) : undefined,
        dagtekening,
      }));
    case '305':
    case '307': {
      const soort = entry.nummer === '305' ? 'start' : 'stop';
      const path = soort === 'start' ? 'Client/StartProducten/StartProduct' : 'Client/StopProducten/StopProduct';
      return all(root, path).map((sp) => ({
        ...p,
        type: 'levering',
        soort,
        bsn,
        toewijzingNummer: opt(sp, 'ToewijzingNummer'),
        categorie: opt(sp, 'Product/Categorie'),
        code: opt(sp, 'Product/Code'),
        toewijzingIngangsdatum: opt(sp, 'ToewijzingIngangsdatum'),
        begindatum: value(sp, 'Begindatum') ?? '',
        einddatum: opt(sp, 'Einddatum'),
        redenBeeindiging: opt(sp, 'RedenBeeindiging'),
        statusAanlevering: value(sp, 'StatusAanlevering') ?? '',
        dagtekening,
      }));
    }
    case '315':
      return all(root, 'Client/AangevraagdeProducten/AangevraagdProduct').map((ap) => ({
        ...p,
        type: 'verzoek',
        bericht: '315',
        bsn,
        referentieAanbieder: value(ap, 'ReferentieAanbieder') ?? '',
        dagtekening,
      }));
    case '317':
      return [{ ...p, type: 'verzoek', bericht: '317', bsn, referentieAanbieder: value(root, 'Client/Verzoek/ReferentieAanbieder') ?? '', dagtekening }];
    case '319':
      return [
        {
          ...p,
          type: 'antwoord',
          referentieAanbieder: value(root, 'Antwoord/ReferentieAanbieder') ?? '',
          verzoekAntwoord: value(root, 'Antwoord/VerzoekAntwoord') ?? '',
          redenAfwijzing: opt(root, 'Antwoord/RedenAfwijzingVerzoek'),
          dagtekening,
        },
      ];
    case '323': {
      const d = child(root, 'Declaratie');
      const declaratieNummer = value(d, 'DeclaratieNummer') ?? '';
      const facts: Fact[] = [
        { ...p, type: 'declaratie', declaratieNummer, begindatum: value(d, 'DeclaratiePeriode/Begindatum') ?? '', einddatum: value(d, 'DeclaratiePeriode/Einddatum') ?? '', dagtekening },
      ];
      for (const client of all(root, 'Declaratie/Clienten/Client')) {
        const clientBsn = value(client, 'Bsn') ?? '';
        for (const pr of all(client, 'Prestaties/Prestatie')) facts.push({ ...p, type: 'prestatie', declaratieNummer, ...prestatieFields(pr, clientBsn) });
      }
      return facts;
    }
    case '325': {
      const antwoord = child(root, 'DeclaratieAntwoord');
      const headerCodes = children(at(root, 'Header/RetourCodes'), 'RetourCode').map((c) => c.text.trim());
      const antwoordCodes = children(at(antwoord, 'RetourCodes'), 'RetourCode').map((c) => c.text.trim());
      const geheelAfgewezen = !antwoord || headerCodes.some((c) => c !== '0200') || antwoordCodes.some((c) => c !== '0200' && c !== '8001');
      return [
        {
          ...p,
          type: 'declaratie-antwoord',
          declaratieNummer: opt(antwoord, 'DeclaratieNummer'),
          geheelAfgewezen,
          afgewezenReferenties: antwoord ? all(antwoord, 'Clienten/Client/Prestaties/Prestatie').map((pr) => value(pr, 'ProductReferentie/ReferentieNummer') ?? '') : [],
        },
      ];
    }
    default:
      return [];
  }
}
