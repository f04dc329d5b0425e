/**
 * Report formats for pipelines and people: JUnit XML, SARIF 2.1.0, a self-contained HTML page and the
 * official Rapport. They receive what to say about a code (`describe`) and never read a registry;
 * the app layer (app/formats.ts) hands them the code registry's descriptions.
 */
export { toJunit, type JunitOptions } from './junit.js';
export { toSarif, artifactUri, SARIF_SCHEMA, type SarifOptions, type SarifLog, type SarifRun, type SarifDriver, type SarifRule, type SarifResult, type SarifLocation } from './sarif.js';
export { toHtml, type HtmlOptions } from './html.js';
export { toRapport, RAPPORT_NAMESPACE, RAPPORT_RETOURCODE, type RapportOptions } from './rapport.js';
export { BATCH_FORMATS, FORMATS, formatSummary, formatText, jsonRecord, type FileReport, type Format } from './format.js';
export { maskMessage, maskReport } from './mask.js';
