/**
 * JUnit XML, as read by CI servers (GitLab, Jenkins, GitHub test reporters): one `<testsuite>` per
 * input file holding one `<testcase>` for its message; each error is a `<failure>`, warnings are
 * lines in `<system-out>`. A file whose input is not a message at all still gets its testcase.
 *
 * Counts: `tests` is the number of messages (files), `failures` the number of failed testcases
 * (messages with at least one error), `errors` is always 0 (a finding is a failure, not a crash).
 */
import type { FileReport } from './format.js';
import type { Issue, Lang } from '../report/types.js';
import { XmlWriter } from '../xml/escape.js';

export interface JunitOptions {
  readonly lang: Lang;
}

const WORDS = {
  nl: { unknown: 'onbekend bericht', warning: 'waarschuwing', path: 'pad', retourcode: 'retourcode', level: 'niveau', locations: 'plaatsen' },
  en: { unknown: 'unknown message', warning: 'warning', path: 'path', retourcode: 'retourcode', level: 'level', locations: 'locations' },
} as const;

/** The body of a failure: where and what, one fact a line. */
function failureBody(i: Issue, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`${i.line}:${i.column}`, `${w.path}: ${i.path}`];
  if (i.locations) lines.push(`${w.locations}: ${i.locations.map((l) => `${l.line}:${l.column} ${l.path}`).join(', ')}`);
  if (i.retourcode) lines.push(`${w.retourcode}: ${i.retourcode}`);
  lines.push(`${w.level}: ${i.level}`);
  return lines.join('\n');
}

function warningLine(i: Issue, lang: Lang): string {
  return `${i.line}:${i.column} ${i.code}${i.retourcode ? ` (${i.retourcode})` : ''} [${WORDS[lang].warning}] ${i.message} — ${i.path}`;
}

export function toJunit(reports: readonly FileReport[], options: JunitOptions): string {
  const { lang } = options;
  const failed = reports.filter((r) => r.issues.some((i) => i.severity === 'error')).length;
  const w = new XmlWriter();
  w.open('testsuites', { name: 'iwmo-ijw', tests: reports.length, failures: failed, errors: 0, skipped: 0, time: 0 });
  reports.forEach((r, index) => {
    const errors = r.issues.filter((i) => i.severity === 'error');
    const warnings = r.issues.filter((i) => i.severity === 'warning');
    w.open('testsuite', { name: r.file, id: index, tests: 1, failures: errors.length ? 1 : 0, errors: 0, skipped: 0, time: 0 });
    const testcase = { name: r.bericht ?? WORDS[lang].unknown, classname: r.file, file: r.file, time: 0 };
    if (!errors.length && !warnings.length) {
      w.leaf('testcase', testcase);
    } else {
      w.open('testcase', testcase);
      for (const i of errors) w.leaf('failure', { message: `${i.code}: ${i.message}`, type: i.code }, failureBody(i, lang));
      if (warnings.length) w.leaf('system-out', {}, warnings.map((i) => warningLine(i, lang)).join('\n'));
      w.close('testcase');
    }
    w.close('testsuite');
  });
  w.close('testsuites');
  return w.toString();
}
