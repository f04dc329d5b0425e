/**
 * One self-contained HTML page for people: inline CSS, no scripts, no external resources.
 * A summary (files, valid and invalid messages, findings per level, most frequent codes), then per
 * file its verdict and every finding with its place, code, message, the rule it rests on and a hint.
 * Everything that comes from a report is escaped: messages quote values from the input.
 */
import type { FileReport } from './format.js';
import type { DescribeCode } from '../report/describe.js';
import { LEVEL_NAMES as LEVELS, isLevel, levelLabel } from '../report/levels.js';
import type { Issue, Lang, Level } from '../report/types.js';
import { escapeHtml as h } from '../xml/escape.js';

export interface HtmlOptions {
  readonly lang: Lang;
  /** When the report was made, shown as given (the caller decides the format; omitted when absent). */
  readonly generated?: string;
  /** What to say about a code (the code registry's `describeCode`). */
  readonly describe: DescribeCode;
}


const WORDS = {
  nl: {
    title: 'Validatierapport iStandaarden iJw/iWmo 3.2',
    generated: 'Gemaakt',
    summary: 'Samenvatting',
    files: 'Bestanden',
    valid: 'geldig',
    invalid: 'ongeldig',
    messagesValid: 'Geldige berichten',
    messagesInvalid: 'Ongeldige berichten',
    unknown: 'onbekend bericht',
    unrecognised: 'Niet herkend als bericht',
    errors: 'Fouten',
    warnings: 'Waarschuwingen',
    perLevel: 'Bevindingen per niveau',
    level: 'Niveau',
    topCodes: 'Meest gevonden codes',
    code: 'Code',
    count: 'Aantal',
    meaning: 'Betekenis',
    findings: 'Bevindingen',
    noFindings: 'Geen bevindingen.',
    where: 'Plaats',
    message: 'Bevinding',
    rule: 'Regel',
    path: 'Pad',
    hint: 'Oplossing',
    retourcode: 'retourcode',
    error: 'fout',
    warning: 'waarschuwing',
    levels: 'Gecontroleerde niveaus',
    none: 'geen',
    contents: 'Inhoud',
  },
  en: {
    title: 'Validation report iStandaarden iJw/iWmo 3.2',
    generated: 'Generated',
    summary: 'Summary',
    files: 'Files',
    valid: 'valid',
    invalid: 'invalid',
    messagesValid: 'Valid messages',
    messagesInvalid: 'Invalid messages',
    unknown: 'unknown message',
    unrecognised: 'Not recognised as a message',
    errors: 'Errors',
    warnings: 'Warnings',
    perLevel: 'Findings per level',
    level: 'Level',
    topCodes: 'Most frequent codes',
    code: 'Code',
    count: 'Count',
    meaning: 'Meaning',
    findings: 'Findings',
    noFindings: 'No findings.',
    where: 'Where',
    message: 'Finding',
    rule: 'Rule',
    path: 'Path',
    hint: 'How to fix',
    retourcode: 'retourcode',
    error: 'error',
    warning: 'warning',
    levels: 'Levels checked',
    none: 'none',
    contents: 'Contents',
  },
} as const;

type Words = (typeof WORDS)[Lang];

/** A level's name for people; a name that is no level (from a report made elsewhere) as it is. */
function levelName(level: string, lang: Lang): string {
  return isLevel(level) ? levelLabel(level, lang) : level;
}

const CSS = `
:root { --ok: #1a7f37; --bad: #c62828; --warn: #9a6700; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.meta, .muted { color: var(--muted); }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid var(--line); }
th { background: var(--bg); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code, .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.path { word-break: break-all; }
.badge { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: .85rem; font-weight: 600; color: #fff; vertical-align: middle; }
.badge.ok { background: var(--ok); }
.badge.bad { background: var(--bad); }
.badge.warn { background: var(--warn); }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--bad); border-radius: 4px; padding: .5rem .75rem; margin: .5rem 0; }
.finding.warning { border-left-color: var(--warn); }
.finding .head { font-weight: 600; }
.finding .msg { margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .25rem 0 0; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; overflow-wrap: anywhere; }
ul.toc { columns: 2; padding-left: 1.25rem; }
@media print { .finding { break-inside: avoid; } }
`;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(reports: readonly FileReport[], w: Words, lang: Lang, describeCode: DescribeCode): string {
  const valid = reports.filter((r) => r.valid).length;
  const unrecognised = reports.filter((r) => r.bericht === null).length;
  const perLevel = new Map<Level, { error: number; warning: number }>();
  const perCode = new Map<string, { error: number; warning: number; level: Level }>();
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    for (const i of r.issues) {
      if (i.severity === 'error') errors++;
      else warnings++;
      const l = perLevel.get(i.level) ?? { error: 0, warning: 0 };
      l[i.severity]++;
      perLevel.set(i.level, l);
      const c = perCode.get(i.code) ?? { error: 0, warning: 0, level: i.level };
      c[i.severity]++;
      perCode.set(i.code, c);
    }
  }
  const out: string[] = [`<section id="summary"><h2>${h(w.summary)}</h2>`, '<table>'];
  const row = (label: string, n: number): string => `<tr><th scope="row">${h(label)}</th><td class="n">${n}</td></tr>`;
  out.push(row(w.files, reports.length), row(w.messagesValid, valid), row(w.messagesInvalid, reports.length - valid));
  if (unrecognised) out.push(row(w.unrecognised, unrecognised));
  out.push(row(w.errors, errors), row(w.warnings, warnings), '</table>');
  if (perLevel.size) {
    out.push(`<h3>${h(w.perLevel)}</h3>`, `<table><thead><tr><th>${h(w.level)}</th><th>${h(w.errors)}</th><th>${h(w.warnings)}</th></tr></thead><tbody>`);
    for (const level of [...LEVELS, ...[...perLevel.keys()].filter((l) => !LEVELS.includes(l))]) {
      const c = perLevel.get(level);
      if (c) out.push(`<tr><td>${h(levelName(level, lang))}</td><td class="n">${c.error}</td><td class="n">${c.warning}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (perCode.size) {
    const top = [...perCode.entries()].sort((a, b) => b[1].error + b[1].warning - (a[1].error + a[1].warning) || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
    out.push(`<h3>${h(w.topCodes)}</h3>`, `<table><thead><tr><th>${h(w.code)}</th><th>${h(w.count)}</th><th>${h(w.meaning)}</th></tr></thead><tbody>`);
    for (const [code, c] of top) {
      out.push(`<tr><td><code>${h(code)}</code></td><td class="n">${c.error + c.warning}</td><td>${h(describeCode(code, lang, c.level).title)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function finding(i: Issue, w: Words, lang: Lang, describeCode: DescribeCode): string {
  const d = describeCode(i.code, lang, i.level);
  const sev = i.severity === 'error' ? w.error : w.warning;
  const head = `${i.line}:${i.column} · <code>${h(i.code)}</code>${i.retourcode ? ` (${h(w.retourcode)} ${h(i.retourcode)})` : ''} · ${h(sev)} · ${h(levelName(i.level, lang))}`;
  const rows: string[] = [];
  // For an official rule the message usually is the rule's description; show the rule only when it adds something.
  if (d.official && d.description !== i.message) rows.push(`<dt>${h(w.rule)} ${h(i.code)}</dt><dd>${h(d.description)}</dd>`);
  const paths = i.locations && i.locations.length > 1 ? i.locations.map((l) => `${l.line}:${l.column} ${l.path}`) : [i.path];
  rows.push(`<dt>${h(w.path)}</dt><dd class="path">${paths.map(h).join('<br>')}</dd>`);
  if (d.hint && !d.official) rows.push(`<dt>${h(w.hint)}</dt><dd>${h(d.hint)}</dd>`);
  return [
    `<div class="finding ${i.severity}">`,
    `<div class="head">${head}</div>`,
    `<p class="msg">${h(i.message)}</p>`,
    `<dl>${rows.join('')}</dl>`,
    '</div>',
  ].join('\n');
}

function file(r: FileReport, index: number, w: Words, lang: Lang, describe: DescribeCode): string {
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  const warnings = r.issues.length - errors;
  const badges = [r.valid ? `<span class="badge ok">${h(w.valid)}</span>` : `<span class="badge bad">${h(w.invalid)}</span>`];
  if (errors) badges.push(`<span class="badge bad">${h(plural(errors, w.error, w.errors.toLowerCase()))}</span>`);
  if (warnings) badges.push(`<span class="badge warn">${h(plural(warnings, w.warning, w.warnings.toLowerCase()))}</span>`);
  const what = r.bericht ? `${r.bericht} (${r.standaard ?? ''} ${r.release ?? ''})` : w.unknown;
  const out = [
    `<section id="file-${index + 1}">`,
    `<h2>${h(r.file)} ${badges.join(' ')}</h2>`,
    `<p>${h(what)} · ${h(w.levels)}: ${h(r.levels.length ? r.levels.map((l) => levelName(l, lang)).join(', ') : w.none)}</p>`,
  ];
  if (!r.issues.length) out.push(`<p class="muted">${h(w.noFindings)}</p>`);
  for (const i of r.issues) out.push(finding(i, w, lang, describe));
  out.push('</section>');
  return out.join('\n');
}

export function toHtml(reports: readonly FileReport[], options: HtmlOptions): string {
  const { lang } = options;
  const w = WORDS[lang];
  const toc = reports.length > 1
    ? [`<nav><h3>${h(w.contents)}</h3><ul class="toc">`, ...reports.map((r, n) => `<li><a href="#file-${n + 1}">${h(r.file)}</a> — ${h(r.valid ? w.valid : w.invalid)}</li>`), '</ul></nav>'].join('\n')
    : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(w.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${h(w.title)}</h1>${options.generated !== undefined ? `<p class="meta">${h(w.generated)}: ${h(options.generated)} · iwmo-ijw</p>` : '<p class="meta">iwmo-ijw</p>'}</header>`,
    summary(reports, w, lang, options.describe),
    toc,
    ...reports.map((r, n) => file(r, n, w, lang, options.describe)),
    '</body>',
    '</html>',
    '',
  ].filter((s) => s !== '').join('\n') + '\n';
}
