/**
 * Types of the conformance-suite runner: what a scenario.json says (after checking) and what the
 * runner found. The file format is documented in docs/conformance-suite.md.
 */
import type { BerichtType } from '../catalogue/index.js';
import type { Lang, Level } from '../report/types.js';
import type { TaakgerichtProfiel, Variant } from '../variants/index.js';

/** What a step expects of the validation of its message. */
export interface Verwachting {
  readonly geldig: boolean;
  /** The exact set of error codes (empty when `geldig`). */
  readonly codes: readonly string[];
  /** The exact set of warning codes (empty when the scenario lists none). */
  readonly waarschuwingen: readonly string[];
}

/** One class (by its path in the retourbericht) and the retourcodes it should carry. */
export interface RetourKlasse {
  readonly pad: string;
  readonly retourcodes: readonly string[];
}

/** What the gemeente (or aanbieder) should answer with the retourbericht (checked with respond()). */
export interface RetourVerwachting {
  /** The retourbericht expected, e.g. `JW316` or `WMO325`. */
  readonly bericht?: string;
  /** Retourcodes on the Header of the retourbericht. */
  readonly retourcodes?: readonly string[];
  /** Retourcodes per class of the retourbericht. */
  readonly klassen?: readonly RetourKlasse[];
  /** A supplied retourbericht (a file in the scenario folder), checked with checkRetour() as the answer to the step's message. */
  readonly bestand?: string;
  /** With `bestand`: whether it is a correct answer. */
  readonly juist?: boolean;
  /** With `bestand` and `juist: false`: exactly the error codes checkRetour() must find (`retour.*`, or the retourbericht's own). */
  readonly codes?: readonly string[];
}

export interface Stap {
  /** The message file, relative to the scenario folder. */
  readonly bericht: string;
  readonly beschrijving?: string;
  readonly verwacht: Verwachting;
  readonly retour?: RetourVerwachting;
}

/** How the scenario gives the uitvoeringsvariant: a contract file, one variant, or none (no variant level). */
export type ScenarioVariant =
  | { readonly soort: 'contract'; readonly bestand: string }
  | { readonly soort: 'variant'; readonly variant: Variant; readonly taakgerichtProfiel?: TaakgerichtProfiel }
  | { readonly soort: 'geen' };

export interface Scenario {
  readonly naam: string;
  readonly beschrijving: string;
  readonly bron: string;
  readonly variant: ScenarioVariant;
  /** ISO date passed to validate() as "today". */
  readonly vandaag?: string;
  /**
   * Whether the steps are judged against each other (controleniveau 3: the steps are one exchange,
   * in order). Default true; a scenario about one message at a time sets it to false.
   */
  readonly berichtoverstijgend: boolean;
  /** Whether controleniveau 4 runs (the shipped lists and the scenario's contract). Default false. */
  readonly externeBron: boolean;
  readonly stappen: readonly Stap[];
}

/** What the retourbericht of a step turned out to say. */
export interface RetourGevonden {
  readonly bericht?: string;
  readonly retourcodes: readonly string[];
}

/** What validation of one step's message found. */
export interface Gevonden {
  readonly bericht: BerichtType | null;
  readonly levels: readonly Level[];
  readonly geldig: boolean;
  readonly codes: readonly string[];
  readonly waarschuwingen: readonly string[];
}

export interface StepResult {
  /** 1-based position in `stappen`. */
  readonly stap: number;
  /** The message file as scenario.json names it. */
  readonly bericht: string;
  readonly beschrijving?: string;
  readonly status: 'pass' | 'fail';
  /** Why the step failed (lines separated by newlines); absent when it passed. */
  readonly reason?: string;
  readonly verwacht: Verwachting;
  /** Absent when the message could not be read. */
  readonly gevonden?: Gevonden;
  /** Present when the step has a `retour` expectation: the retourbericht compared with it. */
  readonly retour?: { readonly status: 'pass' | 'fail'; readonly reason?: string; readonly verwacht: RetourVerwachting; readonly gevonden?: RetourGevonden };
  readonly ms: number;
}

export interface ScenarioResult {
  /** The scenario folder's name. */
  readonly id: string;
  /** The scenario folder. */
  readonly dir: string;
  /** From scenario.json; the folder name when scenario.json could not be read. */
  readonly naam: string;
  readonly bron?: string;
  readonly beschrijving?: string;
  readonly status: 'pass' | 'fail';
  /** True when the scenario itself is unusable (missing or bad scenario.json, contract or variant): no step ran. */
  readonly broken: boolean;
  /** Why a broken scenario could not run. */
  readonly reason?: string;
  readonly steps: readonly StepResult[];
}

export interface SuiteTotals {
  readonly scenarios: number;
  readonly scenariosPassed: number;
  readonly scenariosFailed: number;
  /** Scenarios that could not run at all (counted in scenariosFailed too). */
  readonly scenariosBroken: number;
  readonly steps: number;
  readonly stepsPassed: number;
  readonly stepsFailed: number;
  /** Retour expectations that were not checked. */
  /** Retour expectations checked, and how many of them failed. */
  readonly retourChecked: number;
  readonly retourFailed: number;
}

export interface SuiteResult {
  readonly dir: string;
  readonly lang: Lang;
  /** False when the suite as a whole cannot be used (no such folder, no scenarios). */
  readonly usable: boolean;
  readonly problem?: string;
  readonly scenarios: readonly ScenarioResult[];
  readonly totals: SuiteTotals;
}

export interface RunSuiteOptions {
  readonly lang?: Lang;
}
