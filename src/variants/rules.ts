/**
 * The variant rules as DATA: which messages each variant (and taakgericht profile) uses, and what
 * each product line's fields must look like. checkVariant() interprets these tables, and the
 * `variants` command and docs/variants.md are generated from them: one source of truth.
 */
import type { BerichtNummer, Standaard } from '../catalogue/index.js';
import { value, has } from '../xml/query.js';
import type { XmlElement } from '../xml/scan.js';
import type { Mode } from './types.js';

/** The product-bearing parts of messages that are judged one by one. */
export type LineKind = 'toewijzing' | 'verzoek' | 'nieuw' | 'wijziging' | 'start' | 'stop' | 'antwoord' | 'prestatie';

export interface LineSpec {
  readonly kind: LineKind;
  /** Path of local names below Bericht; every element on the way is followed (a 323 has many Clients). */
  readonly path: string;
  /** Where the product's category and code are, relative to the line; absent for lines without a product. */
  readonly categorie?: string;
  readonly code?: string;
}

const T = { categorie: 'Product/Categorie', code: 'Product/Code' } as const;
const P = { categorie: 'ProductCategorie', code: 'ProductCode' } as const;

/** Lines per message number (a retour message has the lines of its heen message). */
export const LINES: Readonly<Record<BerichtNummer, readonly LineSpec[]>> = {
  '301': [{ kind: 'toewijzing', path: 'Client/ToegewezenProducten/ToegewezenProduct', ...T }],
  '302': [{ kind: 'toewijzing', path: 'Client/ToegewezenProducten/ToegewezenProduct', ...T }],
  '305': [{ kind: 'start', path: 'Client/StartProducten/StartProduct', ...T }],
  '306': [{ kind: 'start', path: 'Client/StartProducten/StartProduct', ...T }],
  '307': [{ kind: 'stop', path: 'Client/StopProducten/StopProduct', ...T }],
  '308': [{ kind: 'stop', path: 'Client/StopProducten/StopProduct', ...T }],
  '315': [{ kind: 'verzoek', path: 'Client/AangevraagdeProducten/AangevraagdProduct', ...T }],
  '316': [{ kind: 'verzoek', path: 'Client/AangevraagdeProducten/AangevraagdProduct', ...T }],
  '317': [
    { kind: 'wijziging', path: 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct' },
    { kind: 'nieuw', path: 'Client/Verzoek/NieuweProducten/NieuwProduct', ...T },
  ],
  '318': [
    { kind: 'wijziging', path: 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct' },
    { kind: 'nieuw', path: 'Client/Verzoek/NieuweProducten/NieuwProduct', ...T },
  ],
  '319': [{ kind: 'antwoord', path: 'Antwoord' }],
  '320': [{ kind: 'antwoord', path: 'Antwoord' }],
  '323': [{ kind: 'prestatie', path: 'Declaratie/Clienten/Client/Prestaties/Prestatie', ...P }],
  '325': [{ kind: 'prestatie', path: 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie', ...P }],
};

/** The heen message a line kind belongs to (field rules are checked on heen messages only). */
export const LINE_BERICHT: Readonly<Record<LineKind, BerichtNummer>> = {
  toewijzing: '301', verzoek: '315', nieuw: '317', wijziging: '317', start: '305', stop: '307', antwoord: '319', prestatie: '323',
};
export const LINE_ELEMENT: Readonly<Record<LineKind, string>> = {
  toewijzing: 'ToegewezenProduct', verzoek: 'AangevraagdProduct', nieuw: 'NieuwProduct', wijziging: 'TeWijzigenProduct', start: 'StartProduct', stop: 'StopProduct', antwoord: 'Antwoord', prestatie: 'Prestatie',
};

export type Usage = 'verplicht' | 'optioneel' | 'verboden';

/** Context a predicate may look at. */
export interface LineContext {
  readonly standaard: Standaard;
}

export interface Exception {
  readonly text: { readonly nl: string; readonly en: string };
  readonly test: (line: XmlElement, ctx: LineContext) => boolean;
}

export interface MessageUse {
  /** The heen message; its retour follows the same use. */
  readonly nummer: BerichtNummer;
  readonly retour: BerichtNummer;
  readonly usage: Readonly<Record<Mode, Usage>>;
  /** The code reported on each line of a message that is `verboden` for the line's mode. */
  readonly code?: string;
  /** Lines that are allowed after all, in the modes given. */
  readonly exceptions?: Partial<Readonly<Record<Mode, Exception>>>;
  readonly source: string;
}

/** Reden for "the client belongs to another gemeente": 8 woonplaatsbeginsel (iJw), 5 andere gemeente (iWmo). */
export const redenAndereGemeente = (s: Standaard): string => (s === 'iJw' ? '8' : '5');

const aspecifiekVerzoek: Exception = {
  text: {
    nl: 'alleen aspecifiek (categorie, zonder Code, Omvang en Budget) voor de woonplaatsbeginselcheck',
    en: 'aspecific only (category, no Code, Omvang or Budget) for the woonplaatsbeginsel check',
  },
  test: (line) => has(line, 'Product/Categorie') && !has(line, 'Product/Code') && !has(line, 'Omvang') && !has(line, 'Budget'),
};

const woonplaatsAntwoord: Exception = {
  text: {
    nl: 'alleen VerzoekAntwoord 2 (in onderzoek) of een afwijzing met reden 8 (iJw) / 5 (iWmo)',
    en: 'only VerzoekAntwoord 2 (in onderzoek) or a rejection with reason 8 (iJw) / 5 (iWmo)',
  },
  test: (line, ctx) => {
    const antwoord = value(line, 'VerzoekAntwoord');
    return antwoord === '2' || (antwoord === '1' && value(line, 'RedenAfwijzingVerzoek') === redenAndereGemeente(ctx.standaard));
  },
};

const ALL_M: Record<Mode, Usage> = { inspanningsgericht: 'verplicht', outputgericht: 'verplicht', 'taakgericht-sap': 'optioneel', 'taakgericht-istandaard': 'verboden' };
const ALL_O: Record<Mode, Usage> = { inspanningsgericht: 'optioneel', outputgericht: 'optioneel', 'taakgericht-sap': 'optioneel', 'taakgericht-istandaard': 'verboden' };

/** The message matrix (variant matrix §1). */
export const MESSAGE_USE: readonly MessageUse[] = [
  { nummer: '301', retour: '302', usage: ALL_M, code: 'variant.toewijzing-taakgericht', source: 'OP086; S1 §2; S5 §3.2' },
  { nummer: '315', retour: '316', usage: ALL_O, code: 'variant.verzoek-taakgericht', exceptions: { 'taakgericht-istandaard': aspecifiekVerzoek }, source: 'OP307; S1 §2.1; S5 §2.2' },
  { nummer: '317', retour: '318', usage: ALL_O, code: 'variant.wijzigingsverzoek-taakgericht', source: 'OP306; S1 §3.1; S5 §3.2' },
  { nummer: '319', retour: '320', usage: ALL_O, code: 'variant.antwoord-taakgericht', exceptions: { 'taakgericht-istandaard': woonplaatsAntwoord }, source: 'OP274; S1 §2.1; IV095' },
  {
    nummer: '305', retour: '306', source: 'OP295, OP363; S1 §2.3; S5 §4.2',
    usage: { inspanningsgericht: 'verplicht', outputgericht: 'verplicht', 'taakgericht-sap': 'optioneel', 'taakgericht-istandaard': 'optioneel' },
  },
  {
    nummer: '307', retour: '308', source: 'OP295, OP288; S1 §2.3; S5 §4.2',
    usage: { inspanningsgericht: 'verplicht', outputgericht: 'verplicht', 'taakgericht-sap': 'optioneel', 'taakgericht-istandaard': 'optioneel' },
  },
  {
    nummer: '323', retour: '325', code: 'variant.declaratie-taakgericht', source: 'UP025, OP264; S1 fn 26; S5 §5.2',
    usage: { inspanningsgericht: 'verplicht', outputgericht: 'verplicht', 'taakgericht-sap': 'verboden', 'taakgericht-istandaard': 'verboden' },
  },
];

const useByNummer = new Map<BerichtNummer, MessageUse>();
for (const u of MESSAGE_USE) {
  useByNummer.set(u.nummer, u);
  useByNummer.set(u.retour, u);
}
export function messageUse(nummer: BerichtNummer): MessageUse | undefined {
  return useByNummer.get(nummer);
}

/** A condition on a line: a field is present/absent, or its value is (not) in a list. */
export interface Condition {
  readonly field: string;
  readonly present?: boolean;
  readonly in?: readonly string[];
  readonly notIn?: readonly string[];
}

export type Expectation =
  | { readonly presence: 'required' | 'forbidden' }
  | { readonly values: readonly string[] }
  | { readonly notValues: readonly string[] }
  /** The field equals the product of these fields (integers: eurocent, volumes). */
  | { readonly product: readonly string[] };

export interface FieldRule {
  readonly code: string;
  /** Modes the rule applies in; 'all' also applies when no variant could be determined. */
  readonly modes: readonly Mode[] | 'all';
  readonly lines: readonly LineKind[];
  readonly standaarden?: readonly Standaard[];
  readonly field: string;
  readonly expect: Expectation;
  readonly when?: readonly Condition[];
}

export const UNITS_INSPANNING = ['01', '04', '14', '16', '84'] as const;
export const UNITS_OUTPUT = ['82', '83'] as const;

const INSP: Mode[] = ['inspanningsgericht'];
const OUT: Mode[] = ['outputgericht'];
const PXQ: Mode[] = ['inspanningsgericht', 'outputgericht'];
const SAP: Mode[] = ['taakgericht-sap'];
const ISTD: Mode[] = ['taakgericht-istandaard'];
const TOEWIJZING_LINES: LineKind[] = ['toewijzing', 'verzoek', 'nieuw', 'wijziging'];
const PRODUCT_LINES: LineKind[] = ['toewijzing', 'verzoek', 'nieuw'];

/** The field rules (variant matrix §2, §3a, §7). */
export const FIELD_RULES: readonly FieldRule[] = [
  { code: 'variant.eenheid-inspanningsgericht', modes: INSP, lines: TOEWIJZING_LINES, field: 'Omvang/Eenheid', expect: { values: UNITS_INSPANNING } },
  { code: 'variant.eenheid-inspanningsgericht', modes: INSP, lines: ['prestatie'], field: 'Eenheid', expect: { values: UNITS_INSPANNING } },
  { code: 'variant.eenheid-outputgericht', modes: OUT, lines: TOEWIJZING_LINES, field: 'Omvang/Eenheid', expect: { values: UNITS_OUTPUT } },
  { code: 'variant.eenheid-outputgericht', modes: OUT, lines: ['prestatie'], field: 'Eenheid', expect: { values: UNITS_OUTPUT } },
  { code: 'variant.budget-specifiek', modes: PXQ, lines: PRODUCT_LINES, field: 'Budget', expect: { presence: 'forbidden' }, when: [{ field: 'Product/Code', present: true }] },
  { code: 'variant.aspecifiek-outputgericht', modes: OUT, lines: ['toewijzing', 'nieuw'], standaarden: ['iJw'], field: 'Product/Code', expect: { presence: 'required' }, when: [{ field: 'Product', present: true }, { field: 'Product/Categorie', notIn: ['55'] }] },
  { code: 'variant.aspecifiek-outputgericht', modes: OUT, lines: ['toewijzing', 'nieuw'], standaarden: ['iWmo'], field: 'Product/Code', expect: { presence: 'required' }, when: [{ field: 'Product', present: true }] },
  { code: 'variant.producttarief', modes: PXQ, lines: ['prestatie'], field: 'ProductTarief', expect: { presence: 'required' }, when: [{ field: 'Eenheid', notIn: ['83'] }] },
  { code: 'variant.producttarief', modes: OUT, lines: ['prestatie'], field: 'ProductTarief', expect: { presence: 'forbidden' }, when: [{ field: 'Eenheid', in: ['83'] }] },
  { code: 'variant.ingediend-bedrag', modes: PXQ, lines: ['prestatie'], field: 'IngediendBedrag/Bedrag', expect: { product: ['GeleverdVolume', 'ProductTarief'] }, when: [{ field: 'Eenheid', notIn: ['83'] }, { field: 'ProductTarief', present: true }] },
  { code: 'variant.ingediend-bedrag', modes: OUT, lines: ['prestatie'], field: 'IngediendBedrag/Bedrag', expect: { product: ['GeleverdVolume'] }, when: [{ field: 'Eenheid', in: ['83'] }] },
  { code: 'variant.start-stop-toewijzingnummer', modes: PXQ, lines: ['start', 'stop'], field: 'ToewijzingNummer', expect: { presence: 'required' } },
  { code: 'variant.start-stop-toewijzing-sap', modes: SAP, lines: ['start', 'stop'], field: 'ToewijzingNummer', expect: { presence: 'required' } },
  { code: 'variant.start-stop-zonder-toewijzing', modes: ISTD, lines: ['start', 'stop'], field: 'ToewijzingNummer', expect: { presence: 'forbidden' } },
  { code: 'variant.start-stop-zonder-toewijzing', modes: ISTD, lines: ['start', 'stop'], field: 'ToewijzingIngangsdatum', expect: { presence: 'forbidden' } },
  { code: 'variant.start-stop-product', modes: ISTD, lines: ['start', 'stop'], field: 'Product', expect: { presence: 'required' } },
  { code: 'variant.taakgericht-specifiek', modes: SAP, lines: PRODUCT_LINES, field: 'Product/Code', expect: { presence: 'forbidden' } },
  { code: 'variant.taakgericht-omvang', modes: SAP, lines: TOEWIJZING_LINES, field: 'Omvang/Volume', expect: { values: ['1'] } },
  { code: 'variant.taakgericht-omvang', modes: SAP, lines: TOEWIJZING_LINES, field: 'Omvang/Eenheid', expect: { values: ['82'] } },
  { code: 'variant.taakgericht-omvang', modes: SAP, lines: TOEWIJZING_LINES, field: 'Omvang/Frequentie', expect: { values: ['6'] } },
  { code: 'variant.taakgericht-budget', modes: SAP, lines: TOEWIJZING_LINES, field: 'Budget', expect: { presence: 'forbidden' } },
  { code: 'variant.woonplaatsbeginsel-gemeente', modes: 'all', lines: ['antwoord'], standaarden: ['iJw'], field: 'Woonplaatsbeginsel/Gemeente', expect: { presence: 'required' }, when: [{ field: 'RedenAfwijzingVerzoek', in: ['8'] }] },
  { code: 'variant.woonplaatsbeginsel-iwmo', modes: 'all', lines: ['antwoord'], standaarden: ['iWmo'], field: 'RedenAfwijzingVerzoek', expect: { notValues: ['8'] } },
];

export function appliesTo(rule: FieldRule, mode: Mode | undefined, standaard: Standaard): boolean {
  if (rule.standaarden && !rule.standaarden.includes(standaard)) return false;
  if (rule.modes === 'all') return true;
  return mode !== undefined && rule.modes.includes(mode);
}

export function conditionHolds(line: XmlElement, c: Condition): boolean {
  const v = value(line, c.field);
  if (c.present !== undefined && (v !== undefined) !== c.present) return false;
  if (c.in && (v === undefined || !c.in.includes(v))) return false;
  if (c.notIn && v !== undefined && c.notIn.includes(v)) return false;
  if (c.notIn && v === undefined) return false;
  return true;
}

const INT = /^[+-]?[0-9]+$/;

/** Checks a rule on a line; returns undefined when satisfied, else what was found and expected (as data). */
export function evaluate(rule: FieldRule, line: XmlElement): { found: string | undefined; expected: Expectation; product?: bigint } | undefined {
  if (rule.when && !rule.when.every((c) => conditionHolds(line, c))) return undefined;
  const v = value(line, rule.field);
  const e = rule.expect;
  if ('presence' in e) {
    if (e.presence === 'required' ? v === undefined : v !== undefined) return { found: v, expected: e };
    return undefined;
  }
  if (v === undefined) return undefined;
  if ('values' in e) return e.values.includes(v) ? undefined : { found: v, expected: e };
  if ('notValues' in e) return e.notValues.includes(v) ? { found: v, expected: e } : undefined;
  const factors = e.product.map((f) => value(line, f));
  if (!INT.test(v) || factors.some((f) => f === undefined || !INT.test(f))) return undefined;
  const product = factors.reduce((acc, f) => acc * BigInt(f!), 1n);
  return BigInt(v) === product ? undefined : { found: v, expected: e, product };
}
