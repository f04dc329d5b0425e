/**
 * The report formats as the library and the command line offer them: the formats of output/ with
 * the code registry's descriptions filled in (a caller may still pass its own `describe`).
 */
import { describeCode } from '../pipeline/codes.js';
import { toHtml as html, toSarif as sarif, type FileReport, type HtmlOptions, type SarifLog, type SarifOptions } from '../output/index.js';

export { toJunit, toRapport, artifactUri, RAPPORT_NAMESPACE, RAPPORT_RETOURCODE, SARIF_SCHEMA, type JunitOptions, type RapportOptions } from '../output/index.js';
export { describeCode, OWN_HINTS, type CodeDescription, type DescribeCode } from '../pipeline/codes.js';

/** A format's options with `describe` optional (default: the code registry's). */
export type WithDescribe<O extends { describe: unknown }> = Omit<O, 'describe'> & Partial<Pick<O, 'describe'>>;

/** A self-contained HTML page for people (see output/html.ts). */
export function toHtml(reports: readonly FileReport[], options: WithDescribe<HtmlOptions>): string {
  return html(reports, { ...options, describe: options.describe ?? describeCode });
}

/** SARIF 2.1.0 for code-scanning tools (see output/sarif.ts). */
export function toSarif(reports: readonly FileReport[], options: WithDescribe<SarifOptions>): SarifLog {
  return sarif(reports, { ...options, describe: options.describe ?? describeCode });
}
