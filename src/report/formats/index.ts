/** Report formats for pipelines and people: JUnit XML, SARIF 2.1.0 and a self-contained HTML page. */
export { toJunit, type JunitOptions } from './junit.js';
export { toSarif, artifactUri, SARIF_SCHEMA, type SarifOptions, type SarifLog, type SarifRun, type SarifDriver, type SarifRule, type SarifResult, type SarifLocation } from './sarif.js';
export { toHtml, type HtmlOptions } from './html.js';
export { describeCode, OWN_HINTS, type CodeDescription } from './describe.js';
export { toRapport, RAPPORT_NAMESPACE, RAPPORT_RETOURCODE, type RapportOptions } from './rapport.js';
