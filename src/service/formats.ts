/**
 * The XML report of POST /v1/validate (`Accept: application/xml`): the official validation Rapport
 * (namespace …/validatie/1_1/rapport/schema) of the judged message, as the caller may see it (the
 * report masked unless the token allows personal data).
 */
import { toRapport } from '../output/rapport.js';
import type { Report } from '../report/types.js';

export const xmlReportFormatter: ((report: Report) => string) | null = (report) => toRapport(report);
