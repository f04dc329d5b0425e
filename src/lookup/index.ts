/**
 * Look-ups for people: which rules apply to a message or carry a code, and what a retourcode means.
 *
 *   rulesTable({ bericht: 'JW301', lang: 'nl' })        the level-2 rules checked on JW301
 *   rulesTable({ code: 'TR101' })                      one rule; `variant.` or `xsd` list own codes too
 *   retourcodeText('9338', 'en')                       meaning of a retourcode and the rules that give it
 *
 * Both return `{ ok, text }`: `ok` is false for an unknown message, code or retourcode (the command
 * line exits non-zero), and `text` then says what is known instead. Rule texts are this project's own
 * descriptions, read from the code registry (pipeline/codes.ts); retourcode meanings come from the code list (retourcodes.generated.ts).
 */
import { CATALOGUE, type BerichtType } from '../catalogue/index.js';
import type { Lang, Level } from '../report/types.js';
import { levelHeading } from '../report/levels.js';
import { allCodes, ruleCodes, rulesWithRetourcode, type CodeEntry } from '../pipeline/codes.js';
import { RETOURCODES, type RetourcodeEntry } from './retourcodes.generated.js';

export { RETOURCODES, type RetourcodeEntry } from './retourcodes.generated.js';

export interface LookupResult {
  readonly ok: boolean;
  readonly text: string;
}

export interface RulesTableOptions {
  /** `JW301`, `WMO323`, or a number such as `301` for both standaarden (case-insensitive). */
  readonly bericht?: string;
  /** A rule id (`TR101`), an own code (`xsd.missing-element`, `variant.declaratie-taakgericht`) or a prefix of one (`TR3`, `variant`). */
  readonly code?: string;
  readonly lang?: Lang;
}

/** A level, or `any` for a code any level can report (internal.error). */
type LevelName = Level | 'any';

function levelText(level: LevelName, lang: Lang): string {
  return level === 'any' ? (lang === 'nl' ? 'elk niveau' : 'any level') : levelHeading(level, lang);
}

export interface Entry {
  readonly code: string;
  readonly level: LevelName;
  readonly severity: 'error' | 'warning';
  readonly retourcode?: string;
  readonly berichten?: readonly BerichtType[];
  readonly bron?: string;
  readonly text: string;
}

const T = {
  nl: {
    severity: { error: 'fout', warning: 'waarschuwing' },
    retourcode: 'retourcode',
    bron: 'bron',
    berichten: 'berichten',
    rulesFor: (what: string, n: number) => `Regels van controleniveau 2 tot en met 4${what} (${n}):`,
    forBericht: (b: string) => ` voor ${b}`,
    matching: (c: string) => ` bij '${c}'`,
    ownCodes: (c: string, n: number) => `Eigen codes van iwmo-ijw bij '${c}' (${n}):`,
    unknownBericht: (b: string) => `Onbekend bericht '${b}'. Geef een bericht als JW301 of WMO323, of een nummer als 301 (beide standaarden). Bekend: ${CATALOGUE.map((c) => c.bericht).join(', ')}.`,
    unknownCode: (c: string) => `Geen regel of code '${c}' bekend. Regels: ${ruleCodes().length} ids (CD…, CS…, TR…); eigen codes beginnen met input., xml., message., xsd., variant., bron. of zijn internal.error.`,
    noRules: (what: string) => `Geen regels van controleniveau 2 tot en met 4${what}.`,
    unknownRetourcode: (c: string) => `Onbekende retourcode '${c}'. De codelijst LDT_RetourCode van iJw/iWmo 3.2 kent: ${RETOURCODES.map((r) => r.code).join(', ')}.`,
    retourHead: (c: string) => `Retourcode ${c} (codelijst LDT_RetourCode, iJw/iWmo 3.2)`,
    meaning: 'Betekenis',
    meaningIjw: 'Betekenis (iJw)',
    meaningIwmo: 'Betekenis (iWmo)',
    carriedBy: (n: number) => `Regels van iwmo-ijw met deze retourcode (${n}):`,
    carriedByNone: 'Geen regel van iwmo-ijw geeft deze retourcode.',
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    retourcode: 'retourcode',
    bron: 'source',
    berichten: 'messages',
    rulesFor: (what: string, n: number) => `Rules of levels 2 to 4${what} (${n}):`,
    forBericht: (b: string) => ` for ${b}`,
    matching: (c: string) => ` matching '${c}'`,
    ownCodes: (c: string, n: number) => `Own codes of iwmo-ijw matching '${c}' (${n}):`,
    unknownBericht: (b: string) => `Unknown message '${b}'. Give a message such as JW301 or WMO323, or a number such as 301 (both standaarden). Known: ${CATALOGUE.map((c) => c.bericht).join(', ')}.`,
    unknownCode: (c: string) => `No rule or code '${c}' is known. Rules: ${ruleCodes().length} ids (CD…, CS…, TR…); own codes start with input., xml., message., xsd., variant., bron. or are internal.error.`,
    noRules: (what: string) => `No rules of levels 2 to 4${what}.`,
    unknownRetourcode: (c: string) => `Unknown retourcode '${c}'. The code list LDT_RetourCode of iJw/iWmo 3.2 has: ${RETOURCODES.map((r) => r.code).join(', ')}.`,
    retourHead: (c: string) => `Retourcode ${c} (code list LDT_RetourCode, iJw/iWmo 3.2)`,
    meaning: 'Meaning (Dutch, as the code list gives it)',
    meaningIjw: 'Meaning in iJw (Dutch, as the code list gives it)',
    meaningIwmo: 'Meaning in iWmo',
    carriedBy: (n: number) => `Rules of iwmo-ijw with this retourcode (${n}):`,
    carriedByNone: 'No rule of iwmo-ijw gives this retourcode.',
  },
};

/** `['JW301','JW302','WMO301']` → `iJw 301, 302; iWmo 301`. */
function berichtenText(berichten: readonly BerichtType[]): string {
  const jw = berichten.filter((b) => b.startsWith('JW')).map((b) => b.slice(2));
  const wmo = berichten.filter((b) => b.startsWith('WMO')).map((b) => b.slice(3));
  return [jw.length ? `iJw ${jw.join(', ')}` : '', wmo.length ? `iWmo ${wmo.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** The messages a `--bericht` value names, or null when it names none. */
function berichtenOf(value: string): BerichtType[] | null {
  const v = value.trim().toUpperCase();
  const out = CATALOGUE.filter((c) => c.bericht === v || c.nummer === v).map((c) => c.bericht);
  return out.length ? out : null;
}

function entryOf(c: CodeEntry, lang: Lang): Entry {
  return {
    code: c.code,
    level: c.level,
    severity: c.severity,
    ...(c.retourcode ? { retourcode: c.retourcode } : {}),
    ...(c.berichten ? { berichten: c.berichten } : {}),
    ...(c.bron ? { bron: c.bron } : {}),
    text: c.text[lang],
  };
}

/** The rules of levels 2, 3 and 4 (level 4 also has one own code, bron.agb-onbekend), from the code registry. */
function allRules(lang: Lang): Entry[] {
  return ruleCodes().map((c) => entryOf(c, lang));
}

/** This library's own codes and the variant codes, from the code registry. */
function ownEntries(lang: Lang): Entry[] {
  return allCodes()
    .filter((c) => c.kind !== 'rule')
    .map((c) => entryOf(c, lang));
}

function entryText(e: Entry, lang: Lang): string {
  const t = T[lang];
  const facts = [
    e.retourcode ? `${t.retourcode} ${e.retourcode}` : '',
    levelText(e.level, lang),
    t.severity[e.severity],
    e.berichten ? `${t.berichten} ${berichtenText(e.berichten)}` : '',
    e.bron ? `${t.bron} ${e.bron}` : '',
  ].filter(Boolean);
  return `${e.code}  ${facts.join('  ')}\n    ${e.text}`;
}

/** Exact matches when there are any, otherwise prefix matches (case-insensitive). */
function matching<E extends { code: string }>(entries: readonly E[], code: string): E[] {
  const c = code.trim().toLowerCase();
  const exact = entries.filter((e) => e.code.toLowerCase() === c);
  return exact.length ? exact : entries.filter((e) => e.code.toLowerCase().startsWith(c));
}

/**
 * The rules that apply: the official level-2 rule ids of RULES (retourcode, messages, our description),
 * narrowed to a message with `bericht`; with `code` the rules and this library's own codes
 * (OWN_MESSAGES, VARIANT_CODES, with their level) that match it exactly or, failing that, by prefix.
 */
export function rulesTable(options: RulesTableOptions = {}): LookupResult {
  const lang = options.lang ?? 'nl';
  const t = T[lang];
  let rules = allRules(lang);
  let what = '';
  if (options.bericht !== undefined) {
    const berichten = berichtenOf(options.bericht);
    if (!berichten) return { ok: false, text: `${t.unknownBericht(options.bericht)}\n` };
    rules = rules.filter((r) => r.berichten!.some((b) => berichten.includes(b)));
    what += t.forBericht(berichten.join(', '));
  }
  if (options.code === undefined) {
    if (!rules.length) return { ok: true, text: `${t.noRules(what)}\n` };
    return { ok: true, text: [t.rulesFor(what, rules.length), ...rules.map((r) => entryText(r, lang)), ''].join('\n') };
  }
  const code = options.code.trim();
  const found = matching(rules, code);
  const own = matching(ownEntries(lang), code);
  if (!found.length && !own.length) {
    // A rule that exists but not for this message: say so rather than "unknown".
    const elsewhere = options.bericht !== undefined ? matching(allRules(lang), code) : [];
    if (elsewhere.length) return { ok: true, text: `${t.noRules(what + t.matching(code))}\n` };
    return { ok: false, text: `${t.unknownCode(code)}\n` };
  }
  const parts: string[] = [];
  if (found.length) parts.push([t.rulesFor(what + t.matching(code), found.length), ...found.map((r) => entryText(r, lang))].join('\n'));
  if (own.length) parts.push([t.ownCodes(code, own.length), ...own.map((e) => entryText(e, lang))].join('\n'));
  return { ok: true, text: `${parts.join('\n\n')}\n` };
}

/** A rule or own code as data (what `rulesTable` writes as text). */
export type RuleEntry = Entry;

/**
 * The same look-up as `rulesTable`, as data: the official rules of levels 2 and 3 (narrowed to a
 * message with `bericht`), and with `code` the rules and own codes matching it (exactly, or else by
 * prefix). `ok: false` for an unknown message or code, with the text saying what is known instead.
 */
export function ruleEntries(options: RulesTableOptions = {}): { ok: true; rules: RuleEntry[]; own: RuleEntry[] } | { ok: false; text: string } {
  const lang = options.lang ?? 'nl';
  const t = T[lang];
  let rules = allRules(lang);
  if (options.bericht !== undefined) {
    const berichten = berichtenOf(options.bericht);
    if (!berichten) return { ok: false, text: t.unknownBericht(options.bericht) };
    rules = rules.filter((r) => r.berichten!.some((b) => berichten.includes(b)));
  }
  if (options.code === undefined) return { ok: true, rules, own: [] };
  const code = options.code.trim();
  const found = matching(rules, code);
  const own = matching(ownEntries(lang), code);
  if (!found.length && !own.length && !(options.bericht !== undefined && matching(allRules(lang), code).length)) return { ok: false, text: t.unknownCode(code) };
  return { ok: true, rules: found, own };
}

/** The rules (of every level) that answer with a retourcode (their ids). */
export { rulesWithRetourcode };

/** `200` → `0200`, `s300` → `S300`. */
function normaliseRetourcode(code: string): string {
  const c = code.trim().toUpperCase();
  return /^[0-9]{1,3}$/.test(c) ? c.padStart(4, '0') : c;
}

/** Looks a retourcode up in the generated table. */
export function retourcode(code: string): RetourcodeEntry | undefined {
  const c = normaliseRetourcode(code);
  return RETOURCODES.find((r) => r.code === c);
}

/**
 * The meaning of a retourcode (from the code list LDT_RetourCode) and the rules of this library that
 * answer with it. An unknown code gives `ok: false` and the list of known codes.
 */
export function retourcodeText(code: string, lang: Lang = 'nl'): LookupResult {
  const t = T[lang];
  const entry = retourcode(code);
  if (!entry) return { ok: false, text: `${t.unknownRetourcode(code.trim())}\n` };
  const lines = [t.retourHead(entry.code)];
  if (entry.omschrijvingIwmo !== undefined && entry.omschrijvingIwmo !== entry.omschrijving) {
    lines.push(`  ${t.meaningIjw}: ${entry.omschrijving}`, `  ${t.meaningIwmo}: ${entry.omschrijvingIwmo}`);
  } else lines.push(`  ${t.meaning}: ${entry.omschrijving}`);
  const rules = rulesWithRetourcode(entry.code);
  lines.push('');
  if (rules.length) {
    lines.push(t.carriedBy(rules.length));
    for (let i = 0; i < rules.length; i += 10) lines.push(`  ${rules.slice(i, i + 10).join(', ')}`);
  } else lines.push(t.carriedByNone);
  return { ok: true, text: `${lines.join('\n')}\n` };
}
