/**
 * A mixed batch of file reports for the format tests: golden messages, invalid fixtures, personal
 * data in schema findings, a finding with two locations, variant errors and warnings, input that is
 * no XML at all, and a value with markup in it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileReport } from '../../src/output/format.js';
import type { Issue, Lang } from '../../src/report/types.js';
import { validate, type ValidateOptions } from '../../src/pipeline/validate.js';
import { edit, golden, goldenPath, set } from '../support/messages.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Personal data planted in the inputs; none of it may survive masking. */
export const BSN = '12345678x';
export const BSN_EN = '98765432';
export const NAME = "O'Vermeulen-Smit";
export const BIRTH = '2014-02-30';

const INVALID = [
  'fixtures/ijw/JW301/invalid-missing-dagtekening.xml',
  'fixtures/ijw/JW301/invalid-unknown-element.xml',
  'fixtures/ijw/JW301/invalid-invalid-date.xml',
  'fixtures/iwmo/WMO301/invalid-duplicated-element.xml',
];

function run(file: string, input: string | Uint8Array, options: ValidateOptions): FileReport {
  return { file, ...validate(input, options) };
}

export function mixedReports(lang: Lang = 'nl'): FileReport[] {
  const o: ValidateOptions = { lang, today: '2026-11-15' };
  const rel = (p: string): string => relative(ROOT, p).split('\\').join('/');
  const reports: FileReport[] = [
    run(rel(goldenPath('JW301')), golden('JW301'), o),
    run(rel(goldenPath('WMO301')), golden('WMO301'), o),
    ...INVALID.map((f) => run(f, readFileSync(join(ROOT, f)), o)),
    run('in/bsn.xml', edit(golden('JW301'), set('Client/Bsn', BSN)), o),
    run('in/bsn-wmo.xml', edit(golden('WMO301'), set('Client/Bsn', BSN_EN)), o),
    run('in/name.xml', edit(golden('JW301'), set('Client/Naam/Geslachtsnaam/Achternaam', NAME.replace("'", '&apos;') + '-'.repeat(200))), o),
    run('in/birth.xml', edit(golden('WMO301'), set('Client/Geboortedatum/Datum', BIRTH)), o),
    run('in/postcode.xml', edit(golden('JW301'), set('Client/Contactgegevens/Contact/Adres/Postcode', '1234 AB')), o),
    run('in/markup.xml', edit(golden('JW301'), set('Client/Geslacht', '&lt;script&gt;alert("x")&amp;&lt;/script&gt;')), o),
    run('variant/jw323 taakgericht.xml', golden('JW323'), { ...o, variants: { variant: 'taakgericht' } }),
    run('variant/jw301 taakgericht.xml', golden('JW301'), { ...o, variants: { variant: 'taakgericht' } }),
    run('weird dir/a&b <c>.xml', 'this is not <xml', o),
  ];
  return reports;
}

export const allIssues = (reports: readonly FileReport[]): Issue[] => reports.flatMap((r) => r.issues);
