/**
 * Types of the uitvoeringsvarianten feature: the contract, the variant configuration and the
 * "mode" a product line is judged in (a variant, with the profile for taakgericht).
 */
import type { Standaard } from '../catalogue/index.js';

/** The three uitvoeringsvarianten; set per product in the contract (OP261, UP028). */
export type Variant = 'inspanningsgericht' | 'outputgericht' | 'taakgericht';
export const VARIANTS: readonly Variant[] = ['inspanningsgericht', 'outputgericht', 'taakgericht'];

/**
 * How taakgericht is worked out, where the sources disagree (variant matrix §6 #1):
 * - `sap`: SAP Taakgericht 3.2.a (S1) — aspecifieke toewijzingen via 315/301, start/stop per toewijzing;
 * - `istandaard`: the process model of the standard (S5 §3.2) — no toewijzing, start/stop only by agreement.
 */
export type TaakgerichtProfiel = 'sap' | 'istandaard';
export const PROFIELEN: readonly TaakgerichtProfiel[] = ['sap', 'istandaard'];

/** A variant together with the taakgericht profile: what a product line is judged against. */
export type Mode = 'inspanningsgericht' | 'outputgericht' | 'taakgericht-sap' | 'taakgericht-istandaard';
export const MODES: readonly Mode[] = ['inspanningsgericht', 'outputgericht', 'taakgericht-sap', 'taakgericht-istandaard'];

export function modeOf(variant: Variant, profiel: TaakgerichtProfiel = 'sap'): Mode {
  return variant === 'taakgericht' ? `taakgericht-${profiel}` : variant;
}

/** A product as a contract names it: a category, optionally narrowed to one product code. */
export interface ContractProduct {
  readonly categorie: string;
  readonly code?: string;
}

/**
 * A contractual tarief of a product (TR418, TR346): eurocent per eenheid, as ProductTarief carries it,
 * for a period (begindatum and einddatum inclusive, either open when absent).
 */
export interface ContractTarief {
  readonly bedrag: number;
  /** LDT_Eenheid: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's, 84 stuks (inspanning). */
  readonly eenheid: string;
  /** LDT_Frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur. */
  readonly frequentie?: string;
  readonly begindatum?: string;
  readonly einddatum?: string;
}

export interface ContractProductVariant extends ContractProduct {
  /** The product's variant; the contract's `variant` when absent. */
  readonly variant?: Variant;
  /** The contractual tarieven of the product (controleniveau 4). */
  readonly tarieven?: readonly ContractTarief[];
}

/** A subcontractor (onderaannemer) that works P×Q (inspanningsgericht) on the products listed. */
export interface Onderaannemer {
  readonly agb: string;
  readonly producten: readonly ContractProduct[];
}

export interface ContractEntry {
  readonly standaard: Standaard;
  /** CBS gemeente code, 4 digits. */
  readonly gemeente: string;
  /** AGB code of the (main) aanbieder, 8 digits. */
  readonly aanbieder: string;
  /** Free text for people; not used by the checks. */
  readonly naam?: string;
  /** The variant of every product not listed in `producten`. Without it only listed products are contracted. */
  readonly variant?: Variant;
  /** Profile for the taakgericht products of this contract (default `sap`). */
  readonly taakgerichtProfiel?: TaakgerichtProfiel;
  readonly producten?: readonly ContractProductVariant[];
  readonly onderaannemers?: readonly Onderaannemer[];
  /**
   * The regional productcodelijst of the gemeente (controleniveau 4, TR381): codes with their
   * category, which extend the national list and win over it. Codes listed in `producten` count too.
   */
  readonly productcodes?: readonly ContractProduct[];
}

export interface Contract {
  readonly contracten: readonly ContractEntry[];
}

/** How checkVariant knows the variant: a contract file, or one variant for everything. */
export type VariantConfig = { contract: Contract } | { variant: Variant; taakgerichtProfiel?: TaakgerichtProfiel };
