/**
 * One worked example per variant for docs/variants.md. Each names a fixture under
 * fixtures/variants/<scenario>/; a test checks that the codes listed here are exactly the codes
 * the fixture expects.
 */
import type { ContractEntry } from './types.js';

export interface WorkedExample {
  readonly title: string;
  readonly scenario: string;
  readonly file: string;
  readonly contract: ContractEntry;
  /** What the message holds, in a few words. */
  readonly message: string;
  /** The codes checkVariant reports, in order ([] = passes). */
  readonly codes: readonly string[];
  readonly explanation: string;
}

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    title: 'Inspanningsgericht: generieke toewijzing met budget (ZiN casus 16)',
    scenario: 'casus-16-generiek-budget',
    file: 'JW323-specifiek.xml',
    contract: { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'inspanningsgericht' },
    message: 'JW323 with two prestaties on toewijzing 500101: 45/45A48 25 uur (04) × 1000 = 25000, and 43/43A07 10 etmalen (14) × 25000 = 250000',
    codes: [],
    explanation: 'P×Q units with a tarief and IngediendBedrag = GeleverdVolume × ProductTarief: the declaration fits inspanningsgericht. The JW301 of the scenario (no Product, Budget 6000000) passes too: a Budget belongs to a generieke or aspecifieke toewijzing.',
  },
  {
    title: 'Outputgericht: traject in euro\'s (ZiN casus 6)',
    scenario: 'outputgericht',
    file: 'JW323-traject-tarief.xml',
    contract: { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'outputgericht' },
    message: 'JW323 prestatie 50/50A09, Eenheid 83 (euro\'s), GeleverdVolume 682500, but with a ProductTarief filled',
    codes: ['variant.producttarief'],
    explanation: 'With unit 83 the volume is the amount in eurocent and the tarief stays empty (CD087, S3 §2.5.2). Without the tarief (JW323-traject.xml) the same prestatie passes.',
  },
  {
    title: 'Taakgericht, profile sap: a declaration (SAP Taakgericht)',
    scenario: 'taakgericht-sap',
    file: 'JW323.xml',
    contract: { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'taakgericht' },
    message: 'the golden JW323 with two prestaties (45/45A07 and 54/54002)',
    codes: ['variant.declaratie-taakgericht', 'variant.declaratie-taakgericht'],
    explanation: 'Taakgericht is not declared per client (S5 §5.2, S1 fn 26): each prestatie is an error. An aspecifieke JW301 (category 45 only) in the same scenario passes without warnings.',
  },
  {
    title: 'Taakgericht, profile istandaard: start without toewijzing (ZiN casus 8)',
    scenario: 'taakgericht-istandaard',
    file: 'JW305-casus-8.xml',
    contract: { standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'taakgericht', taakgerichtProfiel: 'istandaard' },
    message: 'JW305 with product 44/44A47 and Begindatum 2026-11-01, no ToewijzingNummer and no ToewijzingIngangsdatum',
    codes: [],
    explanation: 'In the standard\'s process model there is no toewijzing; start and stop are keyed on product and start date (IV096). The golden JW305, which carries ToewijzingNummers, gets variant.start-stop-zonder-toewijzing on each line.',
  },
  {
    title: 'Taakgericht with a P×Q onderaannemer',
    scenario: 'onderaannemer',
    file: 'JW323-hoofdaanbieder.xml',
    contract: {
      standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'taakgericht',
      producten: [{ categorie: '54', code: '54002', variant: 'inspanningsgericht' }],
      onderaannemers: [{ agb: '87654321', producten: [{ categorie: '45', code: '45A07' }] }],
    },
    message: 'JW323 of the main aanbieder with prestaties 45/45A07 (onderaannemer product), 54/54002 (P×Q product entry) and 44/44A47 (taakgericht)',
    codes: ['variant.declaratie-taakgericht'],
    explanation: 'Only the prestatie for 44/44A47 fails: the other two are P×Q products and are judged as inspanningsgericht. The onderaannemer\'s own JW323 for 45/45A07 (JW323-onderaannemer.xml) passes.',
  },
];
