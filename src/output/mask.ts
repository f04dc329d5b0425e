/**
 * Masking of personal data in report messages, for output that leaves the machine (CI logs,
 * uploaded SARIF, shared HTML). The library API returns the raw values; the command line masks
 * by default.
 *
 * Schema messages quote the offending value: `Waarde '<value>' van <Element> is ongeldig: …` (nl),
 * `Value '<value>' of <Element> is invalid: …` (en). When <Element> is a personal-data element
 * the quoted value is masked:
 * - a BSN keeps its last four characters: `*****6789`;
 * - a date of birth (Geboortedatum, its Datum) becomes `****-**-**`;
 * - names, address, contact details and free text become `***`.
 * Besides that, in any message that mentions a BSN every run of nine digits is masked like a BSN.
 * Other values (codes, amounts, dates of other elements) are left alone: they explain the finding.
 */
import type { FileReport } from './format.js';
import type { Issue } from '../report/types.js';

export type MaskKind = 'bsn' | 'date' | 'text';

/** Elements (local names) whose value is personal data, and how it is masked. */
export const PERSONAL_DATA_ELEMENTS: Readonly<Record<string, MaskKind>> = {
  Bsn: 'bsn',
  Geboortedatum: 'date',
  // Datum occurs only inside Geboortedatum in iJw/iWmo 3.2.
  Datum: 'date',
  Achternaam: 'text',
  Voornamen: 'text',
  Voorletters: 'text',
  Voorvoegsel: 'text',
  Partnernaam: 'text',
  Geslachtsnaam: 'text',
  // The name of the verwijzer (a person, e.g. a GP) and the name elements of client and relations.
  Naam: 'text',
  Straatnaam: 'text',
  Huisnummer: 'text',
  Huisletter: 'text',
  HuisnummerToevoeging: 'text',
  Postcode: 'text',
  Plaatsnaam: 'text',
  Telefoonnummer: 'text',
  Emailadres: 'text',
  // Free text may hold anything about the client.
  Commentaar: 'text',
};

export function maskValue(value: string, kind: MaskKind): string {
  switch (kind) {
    case 'bsn':
      return value.length >= 9 ? `*****${value.slice(-4)}` : '*****';
    case 'date':
      return '****-**-**';
    case 'text':
      return '***';
  }
}

/**
 * The quoted value and its element, matched from the first `Waarde '` / `Value '` on (one attempt,
 * so linear in the message). Greedy on the value so that the last `' van X is ongeldig` wins: the
 * value itself may contain quotes and such phrases, the reason after it does not.
 */
const QUOTED: readonly { readonly prefix: string; readonly re: RegExp }[] = [
  { prefix: "Waarde '", re: /^([\s\S]*)(' van ([A-Za-z][A-Za-z0-9]*) is ongeldig)/ },
  { prefix: "Value '", re: /^([\s\S]*)(' of ([A-Za-z][A-Za-z0-9]*) is invalid)/ },
];

const MENTIONS_BSN = /\bbsn\b|burgerservicenummer/i;
const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;

/** The message with every personal-data value masked. */
export function maskMessage(message: string): string {
  let out = message;
  for (const { prefix, re } of QUOTED) {
    const at = out.indexOf(prefix);
    if (at === -1) continue;
    const start = at + prefix.length;
    const m = re.exec(out.slice(start));
    const kind = m ? PERSONAL_DATA_ELEMENTS[m[3]!] : undefined;
    if (m && kind) out = out.slice(0, start) + maskValue(m[1]!, kind) + out.slice(start + m[1]!.length);
  }
  if (MENTIONS_BSN.test(out)) out = out.replace(NINE_DIGITS, (digits) => maskValue(digits, 'bsn'));
  return out;
}

function maskIssue(issue: Issue): Issue {
  const message = maskMessage(issue.message);
  return message === issue.message ? issue : { ...issue, message };
}

/** A copy of the report with personal data masked in every issue message. */
export function maskReport(report: FileReport): FileReport {
  return { ...report, issues: report.issues.map(maskIssue) };
}
