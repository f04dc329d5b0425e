/**
 * Conformance suites for the Ketenbureau i-Sociaal Domein: scenarios of messages with the verdict each
 * must get, run against this library. Format: docs/conformance-suite.md; bundled suite: conformance/.
 */
export { runSuite, runScenario, runSuiteWith, runScenarioWith, suiteExitCode, SCENARIO_FILE, type OpenScenarioJudge, type ScenarioJudge } from './run.js';
export { suiteText, suiteJunit, suiteHtml } from './format.js';
export { checkScenario, isSafeRelativePath, normalizeRelative, type ScenarioParse } from './scenario.js';
export { MemorySuiteFiles, type SuiteFiles } from './files.js';
export type {
  Gevonden,
  RetourKlasse,
  RetourVerwachting,
  RunSuiteOptions,
  Scenario,
  ScenarioResult,
  ScenarioVariant,
  Stap,
  StepResult,
  SuiteResult,
  SuiteTotals,
  Verwachting,
} from './types.js';
