/**
 * The code registry: every code a report can carry, described once.
 *
 * - The official rule ids of the levels that have a rule registry (`RULE_LEVELS`: level 2 `RULES`,
 *   level 3 `CONTEXT_RULES`, level 4 `SOURCE_RULES`), with their retourcode, messages and our
 *   description; a level with rules is one entry there.
 * - This library's own codes (`OWN_MESSAGES`: `input.*`, `xml.*`, `message.*`, `xsd.*`, `report.*`,
 *   `retour.*`, `history.failed`, `internal.error`), with the text of the message table (`{name}`
 *   for the values filled in per finding) and a fix hint (`OWN_HINTS`).
 * - The variant codes (`VARIANT_CODES`), with the title of the check and the sources it rests on.
 *
 * It lives in the pipeline because it reads the registries of every level below it. The rule look-up
 * (lookup/), the conformance runner and the formats' descriptions (`describeCode`, handed to the
 * formats in output/) all read this one list.
 */
import { CONTEXT_RULES } from '../context/rules/registry.js';
import type { BerichtType } from '../catalogue/index.js';
import { RULES } from '../rules/registry.js';
import { SOURCE_RULES } from '../sources/rules/registry.js';
import { VARIANT_CODES } from '../variants/messages.js';
import type { CodeDescription } from '../report/describe.js';
import { OWN_HINTS, VARIANT_HINT, type Both } from '../report/hints.js';
import { OWN_MESSAGES, type Params } from '../report/messages.js';
import type { Lang, Level, Severity } from '../report/types.js';

export type { CodeDescription, DescribeCode } from '../report/describe.js';
export { OWN_HINTS } from '../report/hints.js';

/** What a rule of any level shows of itself to the registry. */
interface RuleLike {
  readonly id: string;
  readonly retourcode?: string;
  readonly berichten: readonly BerichtType[];
  readonly description: Both;
}

/** The levels whose findings are the rules of a registry, in the order of the levels. */
export const RULE_LEVELS: readonly { readonly level: Level; readonly rules: readonly RuleLike[] }[] = [
  { level: 'rule', rules: RULES },
  { level: 'context', rules: CONTEXT_RULES },
  { level: 'external', rules: SOURCE_RULES },
];

export interface CodeEntry {
  readonly code: string;
  /** A rule of a level's registry, an own code of the message table, or a variant code. */
  readonly kind: 'rule' | 'own' | 'variant';
  /** The level that reports it; `any` for a code every level can report (`internal.*`). */
  readonly level: Level | 'any';
  readonly severity: Severity;
  readonly retourcode?: string;
  readonly berichten?: readonly BerichtType[];
  /** The sources a variant check rests on. */
  readonly bron?: string;
  /** True for an official rule id of the standard (own `bron.*` codes of a level are not). */
  readonly official: boolean;
  /** The rule in our words, the own code's message with `{name}` placeholders, or the variant check's title. */
  readonly text: Both;
}

/** The `{name}` placeholders of a message template. */
const PLACEHOLDERS: Params = new Proxy<Params>({}, { get: (_target, key) => (typeof key === 'string' ? `{${key}}` : undefined) });

function build(): CodeEntry[] {
  const out: CodeEntry[] = [];
  for (const { level, rules } of RULE_LEVELS) {
    for (const r of rules) {
      // Our own codes (a dotted name, like bron.agb-onbekend) are no official rule ids.
      out.push({ code: r.id, kind: 'rule', level, severity: 'error', ...(r.retourcode ? { retourcode: r.retourcode } : {}), berichten: r.berichten, official: !r.id.includes('.'), text: r.description });
    }
  }
  for (const [code, message] of Object.entries(OWN_MESSAGES)) {
    out.push({ code, kind: 'own', level: code.startsWith('internal.') ? 'any' : 'schema', severity: 'error', official: false, text: { nl: message.nl(PLACEHOLDERS), en: message.en(PLACEHOLDERS) } });
  }
  for (const c of VARIANT_CODES) out.push({ code: c.code, kind: 'variant', level: 'variant', severity: c.severity, bron: c.source, official: false, text: c.title });
  return out;
}

let codes: readonly CodeEntry[] | undefined;

/** Every reportable code: the rules level by level, then the own codes, then the variant codes. */
export function allCodes(): readonly CodeEntry[] {
  return (codes ??= build());
}

/** The rules of every level with a registry (level 2 first). */
export function ruleCodes(): readonly CodeEntry[] {
  return allCodes().filter((c) => c.kind === 'rule');
}

let known: Set<string> | undefined;

/** True when a report can carry `code`. */
export function isKnownCode(code: string): boolean {
  return (known ??= new Set(allCodes().map((c) => c.code))).has(code);
}

/** The ids of the rules (of every level) that answer with a retourcode. */
export function rulesWithRetourcode(retourcode: string): string[] {
  return ruleCodes()
    .filter((c) => c.retourcode === retourcode)
    .map((c) => c.code);
}

const SOURCES: Both = { nl: 'Bronnen', en: 'Sources' };
const cache = new Map<string, CodeDescription>();

/**
 * What to say about a code (a `DescribeCode` for the formats). `level` picks that level's rule when
 * an id is a rule of more than one level; without it, or when that level has no such rule, the
 * lowest level comes first.
 */
export function describeCode(code: string, lang: Lang, level?: Level): CodeDescription {
  const key = `${lang}\u0000${level ?? ''}\u0000${code}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const d = describe(code, lang, level);
  cache.set(key, d);
  return d;
}

function describe(code: string, lang: Lang, level: Level | undefined): CodeDescription {
  const entries = allCodes().filter((c) => c.code === code);
  const rule = entries.find((c) => c.kind === 'rule' && c.level === level) ?? entries.find((c) => c.kind === 'rule');
  if (rule) {
    const text = rule.text[lang];
    return { code, title: text, description: text, official: rule.official, hint: text };
  }
  const own = entries.find((c) => c.kind === 'own');
  if (own) {
    const text = own.text[lang];
    const hint = OWN_HINTS[code]?.[lang];
    return { code, title: text, description: text, official: false, ...(hint ? { hint } : {}) };
  }
  const variant = entries.find((c) => c.kind === 'variant');
  if (variant) {
    const title = variant.text[lang];
    return { code, title, description: `${title}. ${SOURCES[lang]}: ${variant.bron}.`, official: false, hint: VARIANT_HINT[lang] };
  }
  return { code, title: code, description: code, official: false };
}
