/**
 * Report formatters for the command line: `text` for people, `json` for one document, `jsonl` for
 * one line per input (the stable machine contract: file, standaard, bericht, release, valid, issues);
 * `junit`, `sarif`, `html` and `rapport` (the official validation Rapport, one document per message)
 * live beside it in output/.
 */
import type { Lang, Report } from '../report/types.js';

export type Format = 'text' | 'json' | 'jsonl' | 'junit' | 'sarif' | 'html' | 'rapport';
export const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'junit', 'sarif', 'html', 'rapport'];
/** Formats written once for the whole batch (the others are written per input as it is judged). */
export const BATCH_FORMATS: readonly Format[] = ['json', 'junit', 'sarif', 'html'];

export interface FileReport extends Report {
  readonly file: string;
}

/** The jsonl record of one input. */
export function jsonRecord(r: FileReport): object {
  return { file: r.file, standaard: r.standaard, bericht: r.bericht, release: r.release, valid: r.valid, levels: r.levels, issues: r.issues };
}

const WORDS = {
  nl: { valid: 'geldig', invalid: 'ONGELDIG', warnings: 'waarschuwing(en)', files: 'bestanden', unknown: 'onbekend bericht', ok: 'geldig', bad: 'ongeldig' },
  en: { valid: 'valid', invalid: 'INVALID', warnings: 'warning(s)', files: 'files', unknown: 'unknown message', ok: 'valid', bad: 'invalid' },
} as const;

export function formatText(r: FileReport, lang: Lang): string {
  const w = WORDS[lang];
  const what = r.bericht ? `${r.bericht} (${r.standaard} ${r.release})` : w.unknown;
  const lines = [`${r.file}: ${r.valid ? w.valid : w.invalid} — ${what}`];
  for (const i of r.issues) {
    const where = `${i.line}:${i.column}`.padEnd(9);
    const sev = i.severity === 'warning' ? ` [${lang === 'nl' ? 'waarschuwing' : 'warning'}]` : '';
    lines.push(`  ${where} ${i.code}${i.retourcode ? ` (${i.retourcode})` : ''}${sev}  ${i.message}`);
    const paths = i.locations ? i.locations.map((l) => l.path).join(', ') : i.path;
    if (paths !== '/') lines.push(`  ${' '.repeat(9)} ${paths}`);
  }
  return lines.join('\n');
}

/** One line: counts per verdict and the most frequent error codes. */
export function formatSummary(reports: readonly FileReport[], lang: Lang): string {
  const w = WORDS[lang];
  const bad = reports.filter((r) => !r.valid).length;
  const counts = new Map<string, number>();
  for (const r of reports) for (const i of r.issues) if (i.severity === 'error') counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  const most = top.length ? `; ${lang === 'nl' ? 'meest gevonden' : 'most frequent'}: ${top.map(([c, n]) => `${c} (${n})`).join(', ')}` : '';
  return `${reports.length} ${w.files}: ${reports.length - bad} ${w.ok}, ${bad} ${w.bad}${most}`;
}
