/**
 * The variant scenarios: a contract, messages written as edits of the golden messages, and the
 * findings each message must give. `npx tsx test/variants/write-fixtures.ts` writes them to
 * fixtures/variants/<scenario>/ (contract.json, <name>.xml, expected.json); the tests check that the
 * committed fixtures equal this file and that checkVariant gives exactly the expected findings.
 *
 * Built from ZiN casus 6 (traject), 8 (taakgericht), 11 (outputgericht), 15 (woonplaatsbeginsel),
 * 16 (generiek budget) and the SAP scenarios; gemeente 0344 and aanbieder 56781234 as in the goldens.
 */
import { codeInfo } from '../../src/variants/messages.js';
import type { Contract } from '../../src/variants/types.js';
import { append, edit, golden, insertAfter, insertBefore, remove, replace, set, duplicate, type Edit } from '../support/messages.js';

export interface Expected {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly path: string;
}
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly contract: Contract;
  readonly messages: Readonly<Record<string, { readonly xml: string; readonly expected: readonly Expected[] }>>;
}

const E = (code: string, path: string): Expected => ({ code, severity: codeInfo(code).severity, path: `/Bericht/${path}` });
const m = (bericht: string, expected: Expected[], ...edits: Edit[]): { xml: string; expected: Expected[] } => ({ xml: edit(golden(bericht), ...edits), expected });

const TP = (n: number): string => `Client/ToegewezenProducten/ToegewezenProduct[${n}]`;
const AP = (n: number): string => `Client/AangevraagdeProducten/AangevraagdProduct[${n}]`;
const SP = (n: number): string => `Client/StartProducten/StartProduct[${n}]`;
const PR = (n: number): string => `Declaratie/Clienten/Client[${n}]/Prestaties/Prestatie`;

/** A line made aspecifiek: category only, no code and no Omvang. */
const aspecifiek = (line: string): Edit[] => [remove(`${line}/Product/Code`), remove(`${line}/Omvang`)];
const omvang = (line: string, volume: string, eenheid: string, freq: string): Edit[] => [set(`${line}/Omvang/Volume`, volume), set(`${line}/Omvang/Eenheid`, eenheid), set(`${line}/Omvang/Frequentie`, freq)];
const header = (afzender: string, ontvanger: string): Edit[] => [set('Header/Afzender', afzender), set('Header/Ontvanger', ontvanger)];

const contract = (variant: 'inspanningsgericht' | 'outputgericht' | 'taakgericht', extra: Record<string, unknown> = {}): Contract =>
  ({ contracten: (['iJw', 'iWmo'] as const).map((standaard) => ({ standaard, gemeente: '0344', aanbieder: '56781234', variant, ...extra })) }) as Contract;

/** Prestatie fields of the JW323 golden's first client (45/45A07, 17 uur × 7650). */
const prestatie = (n: number, cat: string, code: string, volume: string, eenheid: string, tarief: string | undefined, bedrag: string): Edit[] => [
  set(`${PR(n)}/ProductCategorie`, cat),
  set(`${PR(n)}/ProductCode`, code),
  set(`${PR(n)}/GeleverdVolume`, volume),
  set(`${PR(n)}/Eenheid`, eenheid),
  ...(tarief === undefined ? [remove(`${PR(n)}/ProductTarief`)] : [set(`${PR(n)}/ProductTarief`, tarief)]),
  set(`${PR(n)}/IngediendBedrag/Bedrag`, bedrag),
];

const both = (name: string, fn: (s: 'JW' | 'WMO') => Record<string, { xml: string; expected: Expected[] }>): Record<string, { xml: string; expected: Expected[] }> => {
  const out: Record<string, { xml: string; expected: Expected[] }> = {};
  for (const s of ['JW', 'WMO'] as const) for (const [k, v] of Object.entries(fn(s))) out[`${s}${k}.xml`] = v;
  void name;
  return out;
};

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'inspanningsgericht',
    description: 'Contract inspanningsgericht (P×Q, SAP Inspanningsgericht S2): the goldens pass; output units, a missing tarief, a wrong amount and a start without toewijzing fail.',
    contract: contract('inspanningsgericht'),
    messages: both('inspanningsgericht', (s) => ({
      '301': m(`${s}301`, []),
      '305': m(`${s}305`, []),
      '307': m(`${s}307`, []),
      '315': m(`${s}315`, []),
      '317': m(`${s}317`, []),
      '319': m(`${s}319`, []),
      '323': m(`${s}323`, []),
      '325': m(`${s}325`, []),
      '301-aspecifiek-budget': m(`${s}301`, [], ...aspecifiek(TP(1)), insertAfter(`${TP(1)}/Einddatum`, '<Budget>250000</Budget>')),
      '301-eenheid-82': m(`${s}301`, [E('variant.eenheid-inspanningsgericht', `${TP(1)}/Omvang/Eenheid`)], set(`${TP(1)}/Omvang/Eenheid`, '82')),
      '301-budget-specifiek': m(`${s}301`, [E('variant.budget-specifiek', `${TP(1)}/Budget`)], replace(`${TP(1)}/Omvang`, '<Budget>250000</Budget>')),
      '323-eenheid-83': m(`${s}323`, [E('variant.eenheid-inspanningsgericht', `${PR(1)}/Eenheid`)], set(`${PR(1)}/Eenheid`, '83'), remove(`${PR(1)}/ProductTarief`), set(`${PR(1)}/GeleverdVolume`, '130050')),
      '323-zonder-tarief': m(`${s}323`, [E('variant.producttarief', PR(2))], remove(`${PR(2)}/ProductTarief`)),
      '323-bedrag': m(`${s}323`, [E('variant.ingediend-bedrag', `${PR(2)}/IngediendBedrag/Bedrag`)], set(`${PR(2)}/IngediendBedrag/Bedrag`, '57701')),
      '305-zonder-toewijzing': m(`${s}305`, [E('variant.start-stop-toewijzingnummer', SP(2))], remove(`${SP(2)}/ToewijzingNummer`), remove(`${SP(2)}/ToewijzingIngangsdatum`)),
    })),
  },
  {
    name: 'casus-16-generiek-budget',
    description: 'ZiN casus 16: a generieke toewijzing with a maximum Budget, a start on it and a specific declaration, all inspanningsgericht.',
    contract: { contracten: [{ standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'inspanningsgericht' }] },
    messages: {
      'JW301-generiek.xml': m('JW301', [], remove(TP(2)), set(`${TP(1)}/ToewijzingNummer`, '500101'), remove(`${TP(1)}/Product`), replace(`${TP(1)}/Omvang`, '<Budget>6000000</Budget>')),
      'JW305-generiek.xml': m('JW305', [], remove(SP(2)), set(`${SP(1)}/ToewijzingNummer`, '500101'), remove(`${SP(1)}/Product`)),
      'JW323-specifiek.xml': m('JW323', [], set(`${PR(1)}/ToewijzingNummer`, '500101'), ...prestatie(1, '45', '45A48', '25', '04', '1000', '25000'), set(`${PR(2)}/ToewijzingNummer`, '500101'), ...prestatie(2, '43', '43A07', '10', '14', '25000', '250000'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '275000')),
    },
  },
  {
    name: 'outputgericht',
    description: 'Contract outputgericht (SAP Outputgericht S3; ZiN casus 6 traject and 11 verblijf per maand): units 82/83, no tarief with 83, aspecifiek only for LTA category 55.',
    contract: contract('outputgericht'),
    messages: {
      'JW315-casus-11.xml': m('JW315', [], remove(AP(2)), set(`${AP(1)}/Product/Categorie`, '55'), set(`${AP(1)}/Product/Code`, '55015'), ...omvang(AP(1), '382000', '83', '4')),
      'JW301-casus-11.xml': m('JW301', [], remove(TP(2)), set(`${TP(1)}/Product/Categorie`, '55'), set(`${TP(1)}/Product/Code`, '55015'), ...omvang(TP(1), '382000', '83', '4')),
      'JW301-traject.xml': m('JW301', [], remove(TP(2)), set(`${TP(1)}/ToewijzingNummer`, '5627'), set(`${TP(1)}/Product/Categorie`, '50'), set(`${TP(1)}/Product/Code`, '50A09'), ...omvang(TP(1), '975000', '83', '6')),
      'JW305-traject.xml': m('JW305', [], remove(SP(2)), set(`${SP(1)}/ToewijzingNummer`, '5627'), set(`${SP(1)}/Product/Categorie`, '50'), set(`${SP(1)}/Product/Code`, '50A09')),
      'JW323-traject.xml': m('JW323', [], remove('Declaratie/Clienten/Client[2]'), ...prestatie(1, '50', '50A09', '682500', '83', undefined, '682500'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '682500')),
      'JW323-traject-tarief.xml': m('JW323', [E('variant.producttarief', `Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief`)], remove('Declaratie/Clienten/Client[2]'), ...prestatie(1, '50', '50A09', '682500', '83', '1', '682500'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '682500')),
      'JW323-traject-bedrag.xml': m('JW323', [E('variant.ingediend-bedrag', `Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/Bedrag`)], remove('Declaratie/Clienten/Client[2]'), ...prestatie(1, '50', '50A09', '682500', '83', undefined, '682400'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '682400')),
      'JW323-stuks.xml': m('JW323', [], remove('Declaratie/Clienten/Client[2]'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '130050'), ...prestatie(1, '45', '45A07', '2', '82', '65025', '130050')),
      'JW323-uren.xml': m('JW323', [E('variant.eenheid-outputgericht', `${PR(1)}/Eenheid`), E('variant.eenheid-outputgericht', `${PR(2)}/Eenheid`)]),
      'JW301-uren.xml': m('JW301', [E('variant.eenheid-outputgericht', `${TP(1)}/Omvang/Eenheid`), E('variant.eenheid-outputgericht', `${TP(2)}/Omvang/Eenheid`)]),
      'JW301-aspecifiek.xml': m('JW301', [E('variant.aspecifiek-outputgericht', TP(1))], ...aspecifiek(TP(1)), ...omvang(TP(2), '10', '82', '4')),
      'JW301-aspecifiek-lta.xml': m('JW301', [], remove(TP(2)), set(`${TP(1)}/Product/Categorie`, '55'), ...aspecifiek(TP(1)), insertAfter(`${TP(1)}/Einddatum`, '<Budget>1500000</Budget>')),
      'WMO301-stuks.xml': m('WMO301', [], ...omvang(TP(1), '4', '82', '2'), ...omvang(TP(2), '10', '83', '4')),
      'WMO301-aspecifiek.xml': m('WMO301', [E('variant.aspecifiek-outputgericht', TP(1))], ...aspecifiek(TP(1)), ...omvang(TP(2), '10', '82', '4')),
      'WMO323-uren.xml': m('WMO323', [E('variant.eenheid-outputgericht', `${PR(1)}/Eenheid`), E('variant.eenheid-outputgericht', `${PR(2)}/Eenheid`)]),
      'WMO323-euro.xml': m('WMO323', [], remove('Declaratie/Clienten/Client[2]'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '130050'), ...prestatie(1, '04', '04A07', '130050', '83', undefined, '130050')),
    },
  },
  {
    name: 'taakgericht-sap',
    description: 'Contract taakgericht, profile sap (SAP Taakgericht 3.2.a, S1): toewijzing traffic allowed and aspecifiek advised; declarations rejected per prestatie.',
    contract: contract('taakgericht'),
    messages: both('taakgericht-sap', (s) => ({
      '315-aspecifiek': m(`${s}315`, [], ...aspecifiek(AP(1)), ...aspecifiek(AP(2))),
      '301-aspecifiek': m(`${s}301`, [], ...aspecifiek(TP(1)), ...aspecifiek(TP(2))),
      '301-specifiek-1x82x6': m(`${s}301`, [E('variant.taakgericht-specifiek', 'Client/ToegewezenProducten/ToegewezenProduct/Product/Code')], remove(TP(2)), ...omvang(TP(1), '1', '82', '6')),
      '301': m(`${s}301`, [
        E('variant.taakgericht-specifiek', `${TP(1)}/Product/Code`), E('variant.taakgericht-omvang', `${TP(1)}/Omvang/Volume`),
        E('variant.taakgericht-specifiek', `${TP(2)}/Product/Code`), E('variant.taakgericht-omvang', `${TP(2)}/Omvang/Volume`),
      ]),
      '301-budget': m(`${s}301`, [E('variant.taakgericht-budget', 'Client/ToegewezenProducten/ToegewezenProduct/Budget')], remove(TP(2)), ...aspecifiek(TP(1)), insertAfter(`${TP(1)}/Einddatum`, '<Budget>250000</Budget>')),
      '305-aspecifiek': m(`${s}305`, [], remove(`${SP(1)}/Product/Code`), remove(`${SP(2)}/Product/Code`)),
      '305-zonder-toewijzing': m(`${s}305`, [E('variant.start-stop-toewijzing-sap', SP(1))], remove(`${SP(1)}/ToewijzingNummer`), remove(`${SP(1)}/ToewijzingIngangsdatum`)),
      '307': m(`${s}307`, []),
      '319': m(`${s}319`, []),
      '323': m(`${s}323`, [E('variant.declaratie-taakgericht', PR(1)), E('variant.declaratie-taakgericht', PR(2))]),
      '325': m(`${s}325`, [E('variant.declaratie-taakgericht', 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie')]),
    })),
  },
  {
    name: 'taakgericht-istandaard',
    description: 'Contract taakgericht, profile istandaard (process model of the standard, S5; ZiN casus 8): no toewijzing traffic, start/stop without ToewijzingNummer, no declarations.',
    contract: contract('taakgericht', { taakgerichtProfiel: 'istandaard' }),
    messages: both('taakgericht-istandaard', (s) => {
      const cat = s === 'JW' ? '44' : '04';
      const code = s === 'JW' ? '44A47' : '04A47';
      const casus8 = (line: string): Edit[] => [remove(`${line}/ToewijzingNummer`), remove(`${line}/ToewijzingIngangsdatum`), set(`${line}/Product/Categorie`, cat), set(`${line}/Product/Code`, code)];
      return {
        '305-casus-8': m(`${s}305`, [], remove(SP(2)), ...casus8(SP(1))),
        '307-casus-8': m(`${s}307`, [], ...casus8('Client/StopProducten/StopProduct')),
        '305-zonder-product': m(`${s}305`, [E('variant.start-stop-product', 'Client/StartProducten/StartProduct')], remove(SP(2)), ...casus8(SP(1)), remove(`${SP(1)}/Product`)),
        '305': m(`${s}305`, [E('variant.start-stop-zonder-toewijzing', `${SP(1)}/ToewijzingNummer`), E('variant.start-stop-zonder-toewijzing', `${SP(2)}/ToewijzingNummer`)]),
        '301': m(`${s}301`, [E('variant.toewijzing-taakgericht', TP(1)), E('variant.toewijzing-taakgericht', TP(2))]),
        '317': m(`${s}317`, [E('variant.wijzigingsverzoek-taakgericht', 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct'), E('variant.wijzigingsverzoek-taakgericht', 'Client/Verzoek/NieuweProducten/NieuwProduct')]),
        '315': m(`${s}315`, [E('variant.verzoek-taakgericht', AP(1)), E('variant.verzoek-taakgericht', AP(2))]),
        '315-aspecifiek': m(`${s}315`, [], remove(AP(2)), ...aspecifiek(AP(1))),
        '319-in-onderzoek': m(`${s}319`, []),
        '319-afgewezen-andere-reden': m(`${s}319`, [E('variant.antwoord-taakgericht', 'Antwoord')], set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>3</RedenAfwijzingVerzoek>')),
        '323': m(`${s}323`, [E('variant.declaratie-taakgericht', PR(1)), E('variant.declaratie-taakgericht', PR(2))]),
      };
    }),
  },
  {
    name: 'woonplaatsbeginsel',
    description: 'ZiN casus 15: a 315 answered by a 319 rejecting on woonplaatsbeginsel (reden 8, gemeente 0363); allowed in every variant. Contract taakgericht/istandaard, the strictest profile.',
    contract: contract('taakgericht', { taakgerichtProfiel: 'istandaard' }),
    messages: {
      'JW315-aspecifiek.xml': m('JW315', [], remove(AP(2)), set(`${AP(1)}/Product/Categorie`, '43'), ...aspecifiek(AP(1))),
      'JW319-reden-8.xml': m('JW319', [], set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>8</RedenAfwijzingVerzoek><Woonplaatsbeginsel><Gemeente>0363</Gemeente></Woonplaatsbeginsel>')),
      'JW319-reden-8-zonder-gemeente.xml': m('JW319', [E('variant.woonplaatsbeginsel-gemeente', 'Antwoord')], set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>8</RedenAfwijzingVerzoek>')),
      'WMO315-aspecifiek.xml': m('WMO315', [], remove(AP(2)), ...aspecifiek(AP(1))),
      'WMO319-reden-5.xml': m('WMO319', [], set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>5</RedenAfwijzingVerzoek>')),
      'WMO319-reden-8.xml': m('WMO319', [E('variant.antwoord-taakgericht', 'Antwoord'), E('variant.woonplaatsbeginsel-iwmo', 'Antwoord/RedenAfwijzingVerzoek')], set('Antwoord/VerzoekAntwoord', '1'), insertAfter('Antwoord/VerzoekAntwoord', '<RedenAfwijzingVerzoek>8</RedenAfwijzingVerzoek>')),
    },
  },
  {
    name: 'onderaannemer',
    description: 'Taakgericht main contract with a P×Q product entry and a P×Q onderaannemer (87654321): P×Q prestaties pass, the taakgericht prestatie fails, unknown parties and products are named.',
    contract: {
      contracten: [
        {
          standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'taakgericht',
          producten: [{ categorie: '54', code: '54002', variant: 'inspanningsgericht' }],
          onderaannemers: [{ agb: '87654321', producten: [{ categorie: '45', code: '45A07' }] }],
        },
        {
          standaard: 'iWmo', gemeente: '0344', aanbieder: '56781234', variant: 'taakgericht',
          producten: [{ categorie: '06', code: '06002', variant: 'inspanningsgericht' }],
          onderaannemers: [{ agb: '87654321', producten: [{ categorie: '04' }] }],
        },
      ],
    },
    messages: both('onderaannemer', (s) => {
      const tg = s === 'JW' ? ['44', '44A47'] : ['02', '02A03'];
      const third: Edit[] = [duplicate('Declaratie/Clienten/Client[2]'), set('Declaratie/Clienten/Client[3]/Bsn', '123456708'), set(`${PR(3)}/ProductCategorie`, tg[0]!), set(`${PR(3)}/ProductCode`, tg[1]!), set(`${PR(3)}/ToewijzingNummer`, '3903'), set(`${PR(3)}/ProductReferentie/ReferentieNummer`, 'PR-0003')];
      return {
        '323-onderaannemer': m(`${s}323`, [], ...header('87654321', '0344'), remove('Declaratie/Clienten/Client[2]'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '130050')),
        '301-onderaannemer': m(`${s}301`, [], ...header('0344', '87654321'), remove(TP(2))),
        '323-hoofdaanbieder': m(`${s}323`, [E('variant.declaratie-taakgericht', PR(3))], ...third, set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '245450')),
        '323-hoofdaanbieder-eenheid': m(`${s}323`, [E('variant.eenheid-inspanningsgericht', `${PR(2)}/Eenheid`)], set(`${PR(2)}/Eenheid`, '82')),
        '323-onderaannemer-taakgericht-product': m(`${s}323`, [E('variant.product-niet-gecontracteerd', PR(2))], ...header('87654321', '0344'), set(`${PR(2)}/ProductCategorie`, tg[0]!), set(`${PR(2)}/ProductCode`, tg[1]!)),
        '323-onbekende-aanbieder': m(`${s}323`, [E('variant.geen-contract', 'Header')], ...header('11112222', '0344')),
        '305-andere-gemeente': m(`${s}305`, [E('variant.geen-contract', 'Header')], ...header('56781234', '0363')),
      };
    }),
  },
];

void append;
void insertBefore;
