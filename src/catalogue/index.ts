/**
 * The message catalogue: the 28 messages of iJw 3.2 and iWmo 3.2 as data.
 * Everything that needs to know "what is this message" (identification, schemas, rules,
 * retourberichten, the CLI) reads it from here.
 */

export type Standaard = 'iJw' | 'iWmo';
export type Partij = 'gemeente' | 'aanbieder';
export type BerichtNummer = '301' | '302' | '305' | '306' | '307' | '308' | '315' | '316' | '317' | '318' | '319' | '320' | '323' | '325';
export type BerichtType = `JW${BerichtNummer}` | `WMO${BerichtNummer}`;

export const RELEASE = '3.2';
/** The version of the official validation stylesheet whose rules level 2 implements (its XSLTVersie). */
export const XSLT_VERSIE = '2.10.5';
/** BasisschemaXsdVersie and BerichtXsdVersie of release 3.2 (what a retourbericht of this library writes). */
export const XSD_VERSIE = '1.0.0';

/** Today's date as YYYY-MM-DD in local time: "today" of the rules and retourberichten when the caller gives none. */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export interface CatalogueEntry {
  /** `JW301`, `WMO325`, … */
  readonly bericht: BerichtType;
  readonly standaard: Standaard;
  readonly nummer: BerichtNummer;
  /** The value of Header/BerichtCode (COD002-VEKT). */
  readonly berichtCode: string;
  readonly namespace: string;
  /** Namespace of the basisschema of the standaard (elements of CDT_ types live there). */
  readonly basisNamespace: string;
  readonly naam: string;
  readonly van: Partij;
  readonly naar: Partij;
  /** `heen` messages start an exchange; `retour` messages answer one. */
  readonly soort: 'heen' | 'retour';
  /** The message answering this one (heen) or answered by it (retour). */
  readonly paar: BerichtType;
  /** Main classes (berichtklassen) in document order, below the root. */
  readonly klassen: readonly string[];
  /** True when the schema is generated from the official XSD of the message (all 28 are, since the official iWmo 3.2 retour XSDs were found). */
  readonly officieelSchema: boolean;
}

interface Row {
  nummer: BerichtNummer;
  naam: string;
  van: Partij;
  paar: BerichtNummer;
  jw: string;
  wmo: string;
  klassen: string[];
}

const G: Partij = 'gemeente';
const A: Partij = 'aanbieder';

const rows: Row[] = [
  { nummer: '301', naam: 'Toewijzing', van: G, paar: '302', jw: '436', wmo: '414', klassen: ['Header', 'Client', 'Relatie', 'Contact', 'ToegewezenProduct'] },
  { nummer: '302', naam: 'Toewijzing retour', van: A, paar: '301', jw: '437', wmo: '415', klassen: ['Header', 'Client', 'Relatie', 'Contact', 'ToegewezenProduct'] },
  { nummer: '305', naam: 'Start zorg', van: A, paar: '306', jw: '438', wmo: '418', klassen: ['Header', 'Client', 'StartProduct'] },
  { nummer: '306', naam: 'Start zorg retour', van: G, paar: '305', jw: '439', wmo: '419', klassen: ['Header', 'Client', 'StartProduct'] },
  { nummer: '307', naam: 'Stop zorg', van: A, paar: '308', jw: '440', wmo: '420', klassen: ['Header', 'Client', 'StopProduct'] },
  { nummer: '308', naam: 'Stop zorg retour', van: G, paar: '307', jw: '441', wmo: '421', klassen: ['Header', 'Client', 'StopProduct'] },
  { nummer: '315', naam: 'Verzoek om toewijzing', van: A, paar: '316', jw: '446', wmo: '444', klassen: ['Header', 'Client', 'AangevraagdProduct'] },
  { nummer: '316', naam: 'Verzoek om toewijzing retour', van: G, paar: '315', jw: '447', wmo: '445', klassen: ['Header', 'Client', 'AangevraagdProduct'] },
  { nummer: '317', naam: 'Verzoek om wijziging', van: A, paar: '318', jw: '486', wmo: '480', klassen: ['Header', 'Client', 'Verzoek', 'OngewijzigdProduct', 'TeWijzigenProduct', 'NieuwProduct'] },
  { nummer: '318', naam: 'Verzoek om wijziging retour', van: G, paar: '317', jw: '487', wmo: '481', klassen: ['Header', 'Client', 'Verzoek', 'OngewijzigdProduct', 'TeWijzigenProduct', 'NieuwProduct'] },
  { nummer: '319', naam: 'Antwoordbericht', van: G, paar: '320', jw: '488', wmo: '482', klassen: ['Header', 'Antwoord'] },
  { nummer: '320', naam: 'Antwoordbericht retour', van: A, paar: '319', jw: '489', wmo: '483', klassen: ['Header', 'Antwoord'] },
  { nummer: '323', naam: 'Declaratie', van: A, paar: '325', jw: '490', wmo: '484', klassen: ['Header', 'Declaratie', 'Client', 'Prestatie'] },
  { nummer: '325', naam: 'Declaratie-antwoord', van: G, paar: '323', jw: '491', wmo: '485', klassen: ['Header', 'DeclaratieAntwoord', 'Client', 'Prestatie'] },
];

const HEEN = new Set<BerichtNummer>(['301', '305', '307', '315', '317', '319', '323']);

function entry(standaard: Standaard, r: Row): CatalogueEntry {
  const jw = standaard === 'iJw';
  const soort = HEEN.has(r.nummer) ? 'heen' : 'retour';
  return {
    bericht: `${jw ? 'JW' : 'WMO'}${r.nummer}` as BerichtType,
    standaard,
    nummer: r.nummer,
    berichtCode: jw ? r.jw : r.wmo,
    namespace: `http://www.istandaarden.nl/${jw ? 'ijw' : 'iwmo'}/3_2/${jw ? 'jw' : 'wmo'}${r.nummer}/schema`,
    basisNamespace: `http://www.istandaarden.nl/${jw ? 'ijw' : 'iwmo'}/3_2/basisschema/schema`,
    naam: r.naam,
    van: r.van,
    naar: r.van === G ? A : G,
    soort,
    paar: `${jw ? 'JW' : 'WMO'}${r.paar}` as BerichtType,
    klassen: r.klassen,
    officieelSchema: true,
  };
}

/** All 28 messages, iJw first, in message-number order. */
export const CATALOGUE: readonly CatalogueEntry[] = [...rows.map((r) => entry('iJw', r)), ...rows.map((r) => entry('iWmo', r))];

const byNamespace = new Map(CATALOGUE.map((e) => [e.namespace, e]));
const byBericht = new Map(CATALOGUE.map((e) => [e.bericht, e]));

export function byNamespaceUri(ns: string): CatalogueEntry | undefined {
  return byNamespace.get(ns);
}

/** Looks a message up by its code, case-insensitively (`jw301`, `WMO325`). */
export function catalogueEntry(bericht: string): CatalogueEntry | undefined {
  return byBericht.get(bericht.toUpperCase() as BerichtType);
}

const ISTANDAARD_NS = /^https?:\/\/www\.istandaarden\.nl\/([a-z]+)\/(\d+)_(\d+)\/([a-z]+?)(\d+)\/schema$/i;

/** What a root namespace that is not in the catalogue looks like, for a precise error message. */
export function describeForeignNamespace(ns: string): { kind: 'none' | 'other-release' | 'other-standaard' | 'other-bericht' | 'not-istandaard'; release?: string; standaard?: string } {
  if (ns === '') return { kind: 'none' };
  const m = ISTANDAARD_NS.exec(ns);
  if (!m) return { kind: 'not-istandaard' };
  const [, std, major, minor, , num] = m;
  const release = `${major}.${minor}`;
  const lower = std!.toLowerCase();
  if (lower !== 'ijw' && lower !== 'iwmo') return { kind: 'other-standaard', standaard: std, release };
  if (release !== RELEASE) return { kind: 'other-release', standaard: lower === 'ijw' ? 'iJw' : 'iWmo', release };
  void num;
  return { kind: 'other-bericht', standaard: lower === 'ijw' ? 'iJw' : 'iWmo', release };
}
