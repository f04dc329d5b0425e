/**
 * The levels of a report, in one place: their names, their order, which level must have passed
 * before each runs, and what they are called. Every list of levels in the project (the `Level`
 * type, the pipeline's order of stages, the formats' level names, the look-up's level words, the
 * service's schemas) reads this table, so a level is one entry here.
 *
 * - `schema`: controleniveau 1 — the input is a well-formed, UTF-8, iJw/iWmo 3.2 message that
 *   satisfies its XSD (guards, parsing and identification count here too: they are preconditions of level 1);
 * - `rule`: controleniveau 2 — a rule on one message (CD, CS, TR codes of the validation stylesheet);
 * - `context`: controleniveau 3 — a rule across messages;
 * - `external`: controleniveau 4 — a rule against an external source (CBS gemeentecodes, the
 *   productcodelijst, the contract's tarieven, an AGB register);
 * - `variant`: what the uitvoeringsvariant of the contract allows (no controleniveau of the standard).
 */

type Both = { readonly nl: string; readonly en: string };

export interface LevelInfo<N extends string = string> {
  readonly name: N;
  /** The controleniveau of the standard, null for a level of this library's own (the variant). */
  readonly controleniveau: 1 | 2 | 3 | 4 | null;
  /**
   * The level that must have run (and passed) before this one runs; null for the first. Level 4
   * needs level 2: level 3 runs only with a history, and when it ran it must have passed too.
   * The variant level needs a schema-valid message only: a declaration that breaks a rule is still
   * told that its variant does not declare at all.
   */
  readonly requires: N | null;
  /** True when no earlier level may have found an error (false for the variant level). */
  readonly afterClean: boolean;
  /** Short name (`schema`, `regel`, `context`, `externe bron`, `uitvoeringsvariant`). */
  readonly short: Both;
  /** What the level judges (`schema`, `regel`, `berichtoverstijgend`, `externe bron`, `variant`). */
  readonly what: Both;
}

const table = [
  { name: 'schema', controleniveau: 1, requires: null, afterClean: true, short: { nl: 'schema', en: 'schema' }, what: { nl: 'schema', en: 'schema' } },
  { name: 'rule', controleniveau: 2, requires: 'schema', afterClean: true, short: { nl: 'regel', en: 'rule' }, what: { nl: 'regel', en: 'rule' } },
  { name: 'context', controleniveau: 3, requires: 'rule', afterClean: true, short: { nl: 'context', en: 'context' }, what: { nl: 'berichtoverstijgend', en: 'across messages' } },
  { name: 'external', controleniveau: 4, requires: 'rule', afterClean: true, short: { nl: 'externe bron', en: 'external source' }, what: { nl: 'externe bron', en: 'external source' } },
  { name: 'variant', controleniveau: null, requires: 'schema', afterClean: false, short: { nl: 'uitvoeringsvariant', en: 'uitvoeringsvariant' }, what: { nl: 'variant', en: 'variant' } },
] as const;

/** Which check found an issue: one of the names of `LEVELS`. */
export type Level = (typeof table)[number]['name'];

/** Every level, in the order the pipeline runs them (and a report lists them). */
export const LEVELS: readonly LevelInfo<Level>[] = table;

/** The level names, in order. */
export const LEVEL_NAMES: readonly Level[] = LEVELS.map((l) => l.name);

const byName = new Map<string, LevelInfo<Level>>(LEVELS.map((l) => [l.name, l]));

/** The entry of a level name; undefined for a name that is no level. */
export function levelInfo(name: string): LevelInfo<Level> | undefined {
  return byName.get(name);
}

/** True when `name` is a level. */
export function isLevel(name: string): name is Level {
  return byName.has(name);
}

/** The place of a level in the order (0 for `schema`). */
export function levelIndex(level: Level): number {
  return LEVEL_NAMES.indexOf(level);
}

/** Whether a run that stops at `upTo` (absent: all levels) includes `level`. */
export function levelWithin(level: Level, upTo: Level | undefined): boolean {
  return upTo === undefined || levelIndex(level) <= levelIndex(upTo);
}

/**
 * The name people read: `schema (niveau 1)`, `externe bron (niveau 4)`, `uitvoeringsvariant`
 * (short name first, as a report's summary shows it).
 */
export function levelLabel(level: Level, lang: 'nl' | 'en'): string {
  const l = byName.get(level)!;
  return l.controleniveau === null ? l.short[lang] : `${l.short[lang]} (${lang === 'nl' ? 'niveau' : 'level'} ${l.controleniveau})`;
}

/**
 * The name a rule table reads: `niveau 3 (berichtoverstijgend)`, `level 4 (external source)`,
 * `niveau variant` (the level first, as a list of rules shows it).
 */
export function levelHeading(level: Level, lang: 'nl' | 'en'): string {
  const l = byName.get(level)!;
  const word = lang === 'nl' ? 'niveau' : 'level';
  return l.controleniveau === null ? `${word} ${l.what[lang]}` : `${word} ${l.controleniveau} (${l.what[lang]})`;
}
