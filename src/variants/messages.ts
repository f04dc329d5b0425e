/**
 * The codes of the variant checks: severity, sources and texts (nl/en). Texts are this project's own
 * wording; the source keys refer to the research note's source list (S1…S29) and to rule ids of the
 * standard (OP…, IV…, TR…, CD…, CS…).
 */
import type { Lang } from '../report/types.js';

export type VariantParams = Record<string, string | undefined>;
type Text = (p: VariantParams) => string;

export interface VariantCodeInfo {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Source keys and rule ids the check rests on. */
  readonly source: string;
  /** One line describing the check, for tables and docs. */
  readonly title: { readonly nl: string; readonly en: string };
  /** The finding's message, from the parameters of one finding. */
  readonly message: { readonly nl: Text; readonly en: Text };
}

const v = (p: VariantParams): string => p.variant ?? '';
const b = (p: VariantParams): string => (p.bron ? ` (${p.bron})` : '');

export const VARIANT_CODES: readonly VariantCodeInfo[] = [
  {
    code: 'variant.geen-contract',
    severity: 'error',
    source: 'OP261, UP028',
    title: { nl: 'Geen contract voor standaard, gemeente en aanbieder van het bericht', en: 'No contract for the standaard, gemeente and aanbieder of the message' },
    message: {
      nl: (p) => `Geen contract gevonden voor ${p.standaard}, gemeente ${p.gemeente} en aanbieder ${p.agb} (ook niet als onderaannemer); de uitvoeringsvariant is onbekend (OP261).`,
      en: (p) => `No contract found for ${p.standaard}, gemeente ${p.gemeente} and aanbieder ${p.agb} (nor as a subcontractor); the uitvoeringsvariant is unknown (OP261).`,
    },
  },
  {
    code: 'variant.product-niet-gecontracteerd',
    severity: 'error',
    source: 'OP261, UP028',
    title: { nl: 'Product staat niet in het contract en het contract heeft geen standaardvariant', en: 'Product is not in the contract and the contract has no default variant' },
    message: {
      nl: (p) => `Product ${p.product} is niet gecontracteerd: ${p.reden}.`,
      en: (p) => `Product ${p.product} is not contracted: ${p.reden}.`,
    },
  },
  {
    code: 'variant.declaratie-taakgericht',
    severity: 'error',
    source: 'S5 §5.2; S1 fn 26; S19',
    title: { nl: 'Declaratie (323/325) van een taakgericht product', en: 'Declaration (323/325) of a taakgericht product' },
    message: {
      nl: (p) => `Prestatie voor ${p.product} valt onder taakgericht${b(p)}; taakgericht wordt niet per cliënt gedeclareerd, dus geen ${p.bericht} (S5 §5.2, S1).`,
      en: (p) => `Prestatie for ${p.product} is taakgericht${b(p)}; taakgericht is not declared per client, so no ${p.bericht} (S5 §5.2, S1).`,
    },
  },
  {
    code: 'variant.toewijzing-taakgericht',
    severity: 'error',
    source: 'S5 §3.2; S15; IV096',
    title: { nl: 'Toewijzing (301/302) onder taakgericht, profiel istandaard', en: 'Toewijzing (301/302) under taakgericht, profile istandaard' },
    message: {
      nl: (p) => `${p.bericht}: toewijzing van ${p.product} onder taakgericht volgens het procesmodel van de standaard${b(p)}; de gemeente wijst dan niet toe op cliëntniveau (S5 §3.2).`,
      en: (p) => `${p.bericht}: toewijzing of ${p.product} under taakgericht in the standard's process model${b(p)}; the gemeente then does not assign per client (S5 §3.2).`,
    },
  },
  {
    code: 'variant.wijzigingsverzoek-taakgericht',
    severity: 'error',
    source: 'S5 §3.2; OP306',
    title: { nl: 'Verzoek om wijziging (317/318) onder taakgericht, profiel istandaard', en: 'Verzoek om wijziging (317/318) under taakgericht, profile istandaard' },
    message: {
      nl: (p) => `${p.bericht}: verzoek om wijziging voor ${p.product} onder taakgericht volgens het procesmodel van de standaard${b(p)}; er is geen toewijzing om te wijzigen (OP306, S5 §3.2).`,
      en: (p) => `${p.bericht}: change request for ${p.product} under taakgericht in the standard's process model${b(p)}; there is no toewijzing to change (OP306, S5 §3.2).`,
    },
  },
  {
    code: 'variant.verzoek-taakgericht',
    severity: 'error',
    source: 'S5 §2.2; IV075; matrix §3a',
    title: { nl: 'Verzoek om toewijzing (315/316) onder taakgericht/istandaard dat geen aspecifieke woonplaatsbeginselcheck is', en: 'Verzoek om toewijzing (315/316) under taakgericht/istandaard that is not an aspecific woonplaatsbeginsel check' },
    message: {
      nl: (p) => `${p.bericht}: verzoek om toewijzing voor ${p.product} onder taakgericht volgens het procesmodel van de standaard${b(p)}; de aanbieder bepaalt zelf de toegang, alleen een aspecifiek verzoek (categorie zonder code, Omvang en Budget) voor de woonplaatsbeginselcheck is toegestaan (S5 §2.2).`,
      en: (p) => `${p.bericht}: request for ${p.product} under taakgericht in the standard's process model${b(p)}; the aanbieder decides access itself, only an aspecific request (category without code, Omvang and Budget) for the woonplaatsbeginsel check is allowed (S5 §2.2).`,
    },
  },
  {
    code: 'variant.antwoord-taakgericht',
    severity: 'error',
    source: 'S5 §2.2; IV095; OP359',
    title: { nl: 'Antwoordbericht (319/320) onder taakgericht/istandaard dat niet bij de woonplaatsbeginselcheck hoort', en: 'Antwoordbericht (319/320) under taakgericht/istandaard that is not part of the woonplaatsbeginsel check' },
    message: {
      nl: (p) => `${p.bericht}: antwoord onder taakgericht volgens het procesmodel van de standaard${b(p)}; alleen "in onderzoek" (VerzoekAntwoord 2) of een afwijzing met reden ${p.reden} (woonplaatsbeginsel / andere gemeente) past daar.`,
      en: (p) => `${p.bericht}: answer under taakgericht in the standard's process model${b(p)}; only "in onderzoek" (VerzoekAntwoord 2) or a rejection with reason ${p.reden} (woonplaatsbeginsel / other gemeente) fits there.`,
    },
  },
  {
    code: 'variant.eenheid-inspanningsgericht',
    severity: 'error',
    source: 'S2 Bijlage 4; S14; OP262, OP305',
    title: { nl: 'Eenheid past niet bij inspanningsgericht (01, 04, 14, 16, 84)', en: 'Eenheid does not fit inspanningsgericht (01, 04, 14, 16, 84)' },
    message: {
      nl: (p) => `Eenheid ${p.gevonden} bij ${p.product} past niet bij ${v(p)}${b(p)}; verwacht ${p.verwacht} (S2, S14).`,
      en: (p) => `Eenheid ${p.gevonden} for ${p.product} does not fit ${v(p)}${b(p)}; expected ${p.verwacht} (S2, S14).`,
    },
  },
  {
    code: 'variant.eenheid-outputgericht',
    severity: 'error',
    source: 'S3 Bijlage 4; S14',
    title: { nl: 'Eenheid past niet bij outputgericht (82, 83)', en: 'Eenheid does not fit outputgericht (82, 83)' },
    message: {
      nl: (p) => `Eenheid ${p.gevonden} bij ${p.product} past niet bij ${v(p)}${b(p)}; verwacht ${p.verwacht} (S3, S14).`,
      en: (p) => `Eenheid ${p.gevonden} for ${p.product} does not fit ${v(p)}${b(p)}; expected ${p.verwacht} (S3, S14).`,
    },
  },
  {
    code: 'variant.producttarief',
    severity: 'error',
    source: 'CD087; S3 §2.5.2',
    title: { nl: 'ProductTarief verplicht bij P×Q en stuks, leeg bij eenheid 83 (euro\'s)', en: 'ProductTarief required for P×Q and pieces, empty for unit 83 (euros)' },
    message: {
      nl: (p) => `ProductTarief bij ${p.product} (${v(p)}${b(p)}): ${p.verwacht} (CD087, S3 §2.5.2).`,
      en: (p) => `ProductTarief for ${p.product} (${v(p)}${b(p)}): ${p.verwacht} (CD087, S3 §2.5.2).`,
    },
  },
  {
    code: 'variant.ingediend-bedrag',
    severity: 'error',
    source: 'TR346; CS339',
    title: { nl: 'IngediendBedrag is niet GeleverdVolume × ProductTarief (of GeleverdVolume bij eenheid 83)', en: 'IngediendBedrag is not GeleverdVolume × ProductTarief (or GeleverdVolume for unit 83)' },
    message: {
      nl: (p) => `IngediendBedrag ${p.gevonden} bij ${p.product} (${v(p)}${b(p)}) moet ${p.verwacht} zijn (TR346, CS339).`,
      en: (p) => `IngediendBedrag ${p.gevonden} for ${p.product} (${v(p)}${b(p)}) must be ${p.verwacht} (TR346, CS339).`,
    },
  },
  {
    code: 'variant.budget-specifiek',
    severity: 'error',
    source: 'S2 §2.3; S3 §2.3; S14',
    title: { nl: 'Budget bij een specifiek product (Budget hoort alleen bij aspecifiek of generiek)', en: 'Budget with a specific product (Budget belongs to aspecific or generic only)' },
    message: {
      nl: (p) => `Budget bij specifiek product ${p.product} (${v(p)}${b(p)}); Budget hoort alleen bij een aspecifieke of generieke toewijzing (S2 §2.3, S3 §2.3).`,
      en: (p) => `Budget with specific product ${p.product} (${v(p)}${b(p)}); Budget belongs to an aspecific or generic toewijzing only (S2 §2.3, S3 §2.3).`,
    },
  },
  {
    code: 'variant.aspecifiek-outputgericht',
    severity: 'warning',
    source: 'S3 fn 18, 42; S14; S26',
    title: { nl: 'Aspecifieke outputgerichte toewijzing buiten LTA (categorie 55, iJw)', en: 'Aspecific outputgericht toewijzing outside LTA (category 55, iJw)' },
    message: {
      nl: (p) => `Aspecifieke outputgerichte toewijzing voor ${p.product}${b(p)}; aspecifiek outputgericht is bedoeld voor LTA-trajecten (categorie 55, iJw) (S3, S14).`,
      en: (p) => `Aspecific outputgericht toewijzing for ${p.product}${b(p)}; aspecific outputgericht is meant for LTA trajects (category 55, iJw) (S3, S14).`,
    },
  },
  {
    code: 'variant.start-stop-toewijzingnummer',
    severity: 'error',
    source: 'TR019; OP295, OP363',
    title: { nl: 'Start/stop zonder ToewijzingNummer bij inspanningsgericht of outputgericht', en: 'Start/stop without ToewijzingNummer under inspanningsgericht or outputgericht' },
    message: {
      nl: (p) => `${p.bericht}: start/stop voor ${p.product} zonder ToewijzingNummer; bij ${v(p)}${b(p)} hoort elke start en stop bij een toewijzing (TR019, OP295).`,
      en: (p) => `${p.bericht}: start/stop for ${p.product} without ToewijzingNummer; under ${v(p)}${b(p)} every start and stop belongs to a toewijzing (TR019, OP295).`,
    },
  },
  {
    code: 'variant.start-stop-toewijzing-sap',
    severity: 'warning',
    source: 'S1 §2.3',
    title: { nl: 'Start/stop zonder ToewijzingNummer onder taakgericht/sap (het SAP werkt per toewijzing)', en: 'Start/stop without ToewijzingNummer under taakgericht/sap (the SAP works per toewijzing)' },
    message: {
      nl: (p) => `${p.bericht}: start/stop voor ${p.product} zonder ToewijzingNummer; het SAP Taakgericht meldt start en stop per toewijzing${b(p)} (S1 §2.3).`,
      en: (p) => `${p.bericht}: start/stop for ${p.product} without ToewijzingNummer; the SAP Taakgericht reports start and stop per toewijzing${b(p)} (S1 §2.3).`,
    },
  },
  {
    code: 'variant.start-stop-zonder-toewijzing',
    severity: 'error',
    source: 'S5 §4.3; IV096; S29',
    title: { nl: 'Start/stop met ToewijzingNummer of ToewijzingIngangsdatum onder taakgericht/istandaard', en: 'Start/stop with ToewijzingNummer or ToewijzingIngangsdatum under taakgericht/istandaard' },
    message: {
      nl: (p) => `${p.bericht}: ${p.veld} gevuld bij ${p.product}, maar onder taakgericht volgens het procesmodel van de standaard${b(p)} bestaat geen toewijzing; start en stop staan op zichzelf (IV096, S5 §4.3).`,
      en: (p) => `${p.bericht}: ${p.veld} filled for ${p.product}, but under taakgericht in the standard's process model${b(p)} there is no toewijzing; start and stop stand alone (IV096, S5 §4.3).`,
    },
  },
  {
    code: 'variant.start-stop-product',
    severity: 'warning',
    source: 'IV096 (inferred); S16',
    title: { nl: 'Start/stop zonder Product onder taakgericht/istandaard (product en begindatum zijn de sleutel)', en: 'Start/stop without Product under taakgericht/istandaard (product and start date are the key)' },
    message: {
      nl: (p) => `${p.bericht}: start/stop zonder Product onder taakgericht/istandaard${b(p)}; zonder toewijzing zijn product en begindatum de sleutel (IV096, afgeleid).`,
      en: (p) => `${p.bericht}: start/stop without Product under taakgericht/istandaard${b(p)}; without a toewijzing, product and start date are the key (IV096, inferred).`,
    },
  },
  {
    code: 'variant.taakgericht-specifiek',
    severity: 'warning',
    source: 'S1 §2, §2.1 pt 5',
    title: { nl: 'Productcode in een taakgerichte toewijzing of aanvraag (aspecifiek wordt geadviseerd)', en: 'Product code in a taakgericht toewijzing or request (aspecific is advised)' },
    message: {
      nl: (p) => `${p.bericht}: specifiek product ${p.product} onder taakgericht${b(p)}; het SAP Taakgericht adviseert aspecifiek (alleen de categorie) (S1 §2).`,
      en: (p) => `${p.bericht}: specific product ${p.product} under taakgericht${b(p)}; the SAP Taakgericht advises aspecific (category only) (S1 §2).`,
    },
  },
  {
    code: 'variant.taakgericht-omvang',
    severity: 'warning',
    source: 'S1 §2',
    title: { nl: 'Omvang van een specifieke taakgerichte toewijzing anders dan 1 × 82 (stuks output) × 6 (totaal)', en: 'Omvang of a specific taakgericht toewijzing other than 1 × 82 (pieces output) × 6 (total)' },
    message: {
      nl: (p) => `${p.bericht}: ${p.veld} ${p.gevonden} bij ${p.product} onder taakgericht${b(p)}; het SAP Taakgericht adviseert 1 stuks (82) totaal binnen de geldigheidsduur (6) (S1 §2).`,
      en: (p) => `${p.bericht}: ${p.veld} ${p.gevonden} for ${p.product} under taakgericht${b(p)}; the SAP Taakgericht advises 1 piece (82) in total over the validity period (6) (S1 §2).`,
    },
  },
  {
    code: 'variant.taakgericht-budget',
    severity: 'warning',
    source: 'S1 §2; matrix §5 (inferred)',
    title: { nl: 'Budget in een taakgerichte toewijzing of aanvraag (een lumpsum is geen Budget per cliënt)', en: 'Budget in a taakgericht toewijzing or request (a lump sum is not a per-client Budget)' },
    message: {
      nl: (p) => `${p.bericht}: Budget bij ${p.product} onder taakgericht${b(p)}; Budget is een plafond per cliënt voor declaraties, een lumpsum of populatiebudget loopt niet via berichten (S1 §2).`,
      en: (p) => `${p.bericht}: Budget for ${p.product} under taakgericht${b(p)}; Budget is a per-client ceiling for declarations, a lump sum or population budget does not travel in messages (S1 §2).`,
    },
  },
  {
    code: 'variant.woonplaatsbeginsel-gemeente',
    severity: 'error',
    source: 'TR377; IV095; S17',
    title: { nl: 'Afwijzing op woonplaatsbeginsel (reden 8) zonder verantwoordelijke gemeente', en: 'Rejection on woonplaatsbeginsel (reason 8) without the responsible gemeente' },
    message: {
      nl: () => 'Afwijzing met reden 8 (woonplaatsbeginsel) zonder Woonplaatsbeginsel/Gemeente; noem de gemeente die verantwoordelijk is (TR377, IV095).',
      en: () => 'Rejection with reason 8 (woonplaatsbeginsel) without Woonplaatsbeginsel/Gemeente; name the gemeente that is responsible (TR377, IV095).',
    },
  },
  {
    code: 'variant.woonplaatsbeginsel-iwmo',
    severity: 'error',
    source: 'S15; S12 WMO319',
    title: { nl: 'Reden 8 (woonplaatsbeginsel) in iWmo; gebruik 5 (andere gemeente)', en: 'Reason 8 (woonplaatsbeginsel) in iWmo; use 5 (other gemeente)' },
    message: {
      nl: () => 'RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) hoort alleen bij de Jeugdwet; gebruik in iWmo 5 (andere gemeente) (S15).',
      en: () => 'RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) belongs to the Jeugdwet only; in iWmo use 5 (other gemeente) (S15).',
    },
  },
];

export type VariantCode = string;
const byCode = new Map(VARIANT_CODES.map((c) => [c.code, c]));

export function codeInfo(code: string): VariantCodeInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`unknown variant code ${code}`);
  return info;
}

export function variantMessage(code: string, params: VariantParams, lang: Lang): string {
  return codeInfo(code).message[lang](params);
}

/** Small word list for generated texts. */
export const WORDS = {
  nl: {
    verplicht: 'verplicht', optioneel: 'optioneel', verboden: 'verboden', geadviseerd: 'geadviseerd', afgeraden: 'afgeraden',
    alleen: 'alleen', niet: 'niet', als: 'als', aanwezig: 'aanwezig', afwezig: 'afwezig', fout: 'fout', waarschuwing: 'waarschuwing',
    berichten: 'Berichten', velden: 'Velden', alleVarianten: 'alle varianten', uitzondering: 'uitzondering',
    product: (cat: string, code?: string) => (code ? `${cat}/${code}` : `categorie ${cat}`), geenProduct: 'zonder product',
  },
  en: {
    verplicht: 'required', optioneel: 'optional', verboden: 'forbidden', geadviseerd: 'advised', afgeraden: 'advised against',
    alleen: 'only', niet: 'not', als: 'when', aanwezig: 'present', afwezig: 'absent', fout: 'error', waarschuwing: 'warning',
    berichten: 'Messages', velden: 'Fields', alleVarianten: 'all variants', uitzondering: 'exception',
    product: (cat: string, code?: string) => (code ? `${cat}/${code}` : `category ${cat}`), geenProduct: 'without product',
  },
} as const;
