/**
 * iwmo-ijw — parse, validate and answer iJw and iWmo 3.2 messages (iStandaarden).
 *
 *   import { validate } from 'iwmo-ijw';
 *   const report = validate(xmlBytes);            // never throws
 *   if (!report.valid) for (const i of report.issues) console.log(i.line, i.code, i.message);
 *
 * The neutral entry: it runs in a browser as well as in Node (no `node:` import, no Node global; a
 * test bundles it for the browser and keeps it so). Bytes in are `Uint8Array`, text out is strings.
 * In a browser build the XSD validators come per message type: `await prepare(bytes)` before the
 * synchronous `validate(bytes)` (the async functions do it themselves); in Node it costs nothing.
 * The Node-only parts (suites read from disk, …) are in `iwmo-ijw/node` (src/node.ts).
 */
export { validate, type ValidateOptions } from './pipeline/validate.js';
export { prepare, type Preparable } from './pipeline/prepare.js';
export { parse, type ParseResult, type ParsedMessage } from './parse.js';
export { build, type BuildOptions } from './build/index.js';
export { respond, respondAsync, XSLT_VERSIE, type RespondOptions, type RespondAsyncOptions, type RespondResult } from './respond/index.js';
export { checkRetour, type CheckRetourOptions, type RetourCheck } from './respond/check.js';
export { MemoryStore, SnapshotStore, type ConversationStore, type StoredFact } from './context/store.js';
export { validateAsync, checkAsync, messageId, type AsyncValidateOptions, type AsyncChecked, type Recording } from './pipeline/async.js';
export { MemoryHistory } from './ports/memory.js';
export { HistoryError, type HistoryPort, type HistoryUnit, type HistoryAdmin, type HistoryStats, type MessageRecord, type HistoryErrorKind } from './ports/history.js';
export { KEY, indexKeysOf, lookupKeysOf, followUpKeys, scopeOf, scopesOf, lockOrder } from './context/keys.js';
export { factsOf, partiesOf } from './context/facts.js';
export type { Fact, Parties, ToewijzingFact, LeveringFact, VerzoekFact, AntwoordFact, DeclaratieFact, PrestatieFact, DeclaratieAntwoordFact, Omvang } from './context/facts.js';
export { CONTEXT_RULES } from './context/rules/registry.js';
export {
  SOURCE_RULES,
  runSources,
  shippedSources,
  sourcesSnapshot,
  resolveSources,
  sourceKeys,
  type AgbSource,
  type ExternalSource,
  type SourceKeys,
  type SourcePorts,
  type SourceRule,
  type SourcesSnapshot,
  type Tarief,
} from './sources/index.js';
export { runSuite, runScenario, suiteText, suiteJunit, suiteHtml, suiteExitCode, MemorySuiteFiles, type SuiteFiles, type SuiteResult, type ScenarioResult, type StepResult } from './conformance/index.js';
export { rulesTable, retourcodeText } from './lookup/index.js';
export type { ContextRule, ContextRuleContext } from './context/types.js';
export { CATALOGUE, RELEASE, catalogueEntry, type BerichtType, type BerichtNummer, type CatalogueEntry, type Partij, type Standaard } from './catalogue/index.js';
export type { Issue, Level, Lang, Location, MessageHeader, Report, Severity } from './report/types.js';
export { toJunit, toSarif, toHtml, toRapport, describeCode, RAPPORT_NAMESPACE, type RapportOptions } from './app/formats.js';
export { maskReport, maskMessage } from './output/mask.js';
export type { FileReport } from './output/format.js';
export { RULES } from './rules/registry.js';
export type { Rule, RuleContext } from './rules/types.js';
export type * from './types/messages.generated.js';
export {
  loadContract,
  checkVariant,
  variantsTable,
  VARIANT_CODES,
  VARIANTS,
  PROFIELEN,
  type Contract,
  type ContractEntry,
  type ContractError,
  type ContractTarief,
  type LoadResult,
  type TaakgerichtProfiel,
  type Variant,
  type VariantConfig,
} from './variants/index.js';
export { VERSION } from './version.js';
