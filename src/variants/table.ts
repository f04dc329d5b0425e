/**
 * The text of `iwmo-ijw variants [--standaard iJw|iWmo]`, generated from the rule tables
 * (MESSAGE_USE, FIELD_RULES) that checkVariant() interprets.
 */
import { catalogueEntry, type Standaard } from '../catalogue/index.js';
import type { Lang } from '../report/types.js';
import { expectationText, modeLabel } from './check.js';
import { codeInfo, WORDS } from './messages.js';
import { FIELD_RULES, LINE_BERICHT, LINE_ELEMENT, MESSAGE_USE, type Condition, type FieldRule, type MessageUse } from './rules.js';
import { MODES, type Mode } from './types.js';

export function conditionText(c: Condition, lang: Lang): string {
  const w = WORDS[lang];
  if (c.present !== undefined) return `${c.field} ${c.present ? w.aanwezig : w.afwezig}`;
  if (c.in) return `${c.field} = ${c.in.join('/')}`;
  if (c.notIn) return `${c.field} ≠ ${c.notIn.join('/')}`;
  return c.field;
}

export function ruleText(rule: FieldRule, lang: Lang): string {
  const warning = codeInfo(rule.code).severity === 'warning';
  const when = rule.when?.length ? ` ${WORDS[lang].als} ${rule.when.map((c) => conditionText(c, lang)).join(lang === 'nl' ? ' en ' : ' and ')}` : '';
  return `${expectationText(rule.expect, lang, warning)}${when}`;
}

/** Where a rule applies: message numbers, with the part of a 317 when it is not the whole message. */
export function ruleWhere(rule: FieldRule): string {
  const out: string[] = [];
  const has317 = (k: string): boolean => rule.lines.includes(k as FieldRule['lines'][number]);
  for (const k of rule.lines) {
    const n = LINE_BERICHT[k];
    const s = n === '317' && !(has317('nieuw') && has317('wijziging')) ? `317 ${LINE_ELEMENT[k]}` : n;
    if (!out.includes(s)) out.push(s);
  }
  return out.join(', ');
}

export function usageText(use: MessageUse, mode: Mode, lang: Lang): string {
  const w = WORDS[lang];
  const u = use.usage[mode];
  const base = u === 'verplicht' ? w.verplicht : u === 'optioneel' ? w.optioneel : w.verboden;
  const exception = use.exceptions?.[mode];
  return exception ? `${base}; ${w.uitzondering}: ${exception.text[lang]}` : base;
}

export function berichtNaam(standaard: Standaard, nummer: string): string {
  return catalogueEntry(`${standaard === 'iJw' ? 'JW' : 'WMO'}${nummer}`)?.naam ?? nummer;
}

function pad(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

function rulesFor(mode: Mode | 'all', standaard: Standaard): FieldRule[] {
  return FIELD_RULES.filter((r) => (!r.standaarden || r.standaarden.includes(standaard)) && (mode === 'all' ? r.modes === 'all' : r.modes !== 'all' && r.modes.includes(mode)));
}

function fieldRows(rules: FieldRule[], lang: Lang): string[][] {
  const w = WORDS[lang];
  return rules.flatMap((r): string[][] => {
    const info = codeInfo(r.code);
    return [[ruleWhere(r), r.field, ruleText(r, lang), info.severity === 'error' ? w.fout : w.waarschuwing, r.code]];
  });
}

function section(standaard: Standaard, lang: Lang): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const title = lang === 'nl' ? `Uitvoeringsvarianten ${standaard} 3.2` : `Uitvoeringsvarianten ${standaard} 3.2`;
  out.push(title, '='.repeat(title.length));
  for (const mode of MODES) {
    out.push('', modeLabel(mode), '-'.repeat(modeLabel(mode).length), `  ${w.berichten}:`);
    const msgRows = MESSAGE_USE.map((u) => [`${u.nummer}/${u.retour}`, berichtNaam(standaard, u.nummer), usageText(u, mode, lang) + (u.code && u.usage[mode] === 'verboden' ? ` (${u.code})` : '')]);
    out.push(...pad(msgRows).map((l) => `    ${l}`));
    const rows = fieldRows(rulesFor(mode, standaard), lang);
    out.push(`  ${w.velden}:`);
    out.push(...(rows.length ? pad(rows).map((l) => `    ${l}`) : [lang === 'nl' ? '    (geen extra eisen)' : '    (no extra requirements)']));
  }
  const common = fieldRows(rulesFor('all', standaard), lang);
  if (common.length) {
    const t = lang === 'nl' ? 'In alle varianten' : 'In every variant';
    out.push('', t, '-'.repeat(t.length), `  ${w.velden}:`, ...pad(common).map((l) => `    ${l}`));
  }
  out.push('', lang === 'nl' ? 'Velden die hier niet staan volgen de standaard zelf (niveau 1 en 2).' : 'Fields not listed follow the standard itself (levels 1 and 2).');
  return out;
}

/** The variant table of one standaard, or of both. */
export function variantsTable(standaard?: Standaard, lang: Lang = 'nl'): string {
  const list: Standaard[] = standaard ? [standaard] : ['iJw', 'iWmo'];
  return list.map((s) => section(s, lang).join('\n')).join('\n\n') + '\n';
}
