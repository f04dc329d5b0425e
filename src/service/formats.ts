/**
 * The XML report of POST /v1/validate (`Accept: application/xml`): the official Rapport format.
 *
 * SEAM: this build has no Rapport formatter, so the route answers 406 to a caller that accepts only
 * XML. When `src/report/formats/rapport.ts` (`toRapport`) is in the tree, set `xmlReportFormatter`
 * to a function that writes the Rapport of one judged message from its record (file, standaard,
 * bericht, release, valid, levels, issues, meta) — the route and its OpenAPI entry need no change.
 */
export const xmlReportFormatter: ((record: object) => string) | null = null;
