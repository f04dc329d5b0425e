/**
 * The validation pipeline: guard → scan → identify → level 1 (schema) → level 2 (rules) → level 3
 * (context, with a store) → level 4 (external sources) → variant (with a contract or variant).
 * A level runs only when the level before it passed, as the standard prescribes.
 * Nothing here throws on input: every input yields a report, and an internal failure is itself
 * reported as an error, never as "valid".
 */
import { RELEASE, byNamespaceUri, describeForeignNamespace, type CatalogueEntry } from '../catalogue/index.js';
import { Findings } from '../report/findings.js';
import type { Lang, Level, MessageHeader, Report } from '../report/types.js';
import { levelInfo, levelWithin } from '../report/levels.js';
import { runRules, type RuleRunOptions } from '../rules/engine.js';
import { checkVariant, type VariantConfig } from '../variants/index.js';
import { runContextRules } from '../context/engine.js';
import { factsOf } from '../context/facts.js';
import type { ConversationStore } from '../context/store.js';
import { ValidatorNotLoaded, validateSchema } from '../schema/validate.js';
import { runSources, sourcesSnapshot, type SourcesSnapshot } from '../sources/index.js';
import { headerOf } from './header.js';
import { DEFAULT_MAX_BYTES, decodeInput } from '../xml/input.js';
import { DEFAULT_MAX_DEPTH, scanXml, type XmlElement } from '../xml/scan.js';

export interface ValidateOptions {
  /** Language of the messages: Dutch (default) or English. */
  readonly lang?: Lang;
  /** Largest accepted input in bytes (default 100 MB). */
  readonly maxBytes?: number;
  /**
   * Most issues reported for one message, on all levels together (default 1000). Beyond it findings
   * are only counted: one closing `report.truncated` issue says how many more there were, and is an
   * error when any of them was (the report stays invalid).
   */
  readonly maxIssues?: number;
  /** Deepest accepted element nesting (default 256, as libxml2). */
  readonly maxDepth?: number;
  /** ISO date used as "today" by rules that compare with the current date. */
  readonly today?: string;
  /** Highest level to run (default: all that apply). */
  readonly upTo?: Level;
  /**
   * The uitvoeringsvariant to judge the message against: a contract (`loadContract`) or one variant
   * for every product. Without it the variant level does not run.
   */
  readonly variants?: VariantConfig;
  /**
   * The messages that came before (controleniveau 3). With a store the context level runs after
   * level 2 passed, and an accepted message (no error on levels 1–3) is recorded in it. Without
   * one, level 3 does not run and `report.levels` says so.
   */
  readonly context?: ConversationStore;
  /** With a context: record an accepted message in the store (default true). */
  readonly record?: boolean;
  /**
   * Controleniveau 4 (externe bron), after the levels before it passed. `true`: the lists shipped
   * with the library (CBS gemeentecodes, national productcodelijsten) plus, when `variants` is a
   * contract, its tarieven and regional product codes. Or a snapshot of your own, built with
   * `sourcesSnapshot({ contract, agb })` or `resolveSources(...)`. Absent or `false`: level 4 does
   * not run and `report.levels` says so (opt-in: TR135 judges against the clock, so a report would
   * change with the day it is made; see docs/sources.md).
   */
  readonly sources?: SourcesSnapshot | boolean;
}

/** A message that passed the guards, was parsed and identified. */
export interface Identified {
  readonly root: XmlElement;
  readonly entry: CatalogueEntry;
  readonly findings: Findings;
}

/** Guards, scans and identifies the input; returns the findings when it is not a known message. */
export function identify(input: string | Uint8Array, options: ValidateOptions = {}): Identified | { findings: Findings; entry: null; root: XmlElement | null } {
  const lang = options.lang ?? 'nl';
  const decoded = decodeInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const guarded = (source: Uint8Array | string): Findings => {
    const f = new Findings(lang, source, options.maxIssues);
    for (const g of decoded.findings) f.add(g.code, 'schema', null, g.params, 'severity' in g ? { severity: g.severity } : {});
    return f;
  };
  if (decoded.input === null) return { findings: guarded(''), entry: null, root: null };

  const scanned = scanXml(decoded.input, { maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH });
  if (!scanned.ok) {
    const findings = guarded(scanned.source);
    findings.add(scanned.error.code, 'schema', null, { detail: scanned.error.detail }, { offset: scanned.error.offset });
    return { findings, entry: null, root: null };
  }
  const findings = guarded(scanned.document.source);
  const root = scanned.document.root;
  const entry = root.local === 'Bericht' ? byNamespaceUri(root.ns) : undefined;
  if (entry) return { root, entry, findings };

  const foreign = describeForeignNamespace(root.ns);
  const found = root.ns ? `${root.local} in namespace ${root.ns}` : `${root.local} zonder namespace`;
  if (root.local === 'Bericht' && foreign.kind === 'other-release') {
    findings.add('message.unsupported-release', 'schema', root, { standaard: foreign.standaard, release: foreign.release });
  } else if (root.local === 'Bericht' && foreign.kind === 'other-standaard') {
    findings.add('message.unsupported-standaard', 'schema', root, { standaard: foreign.standaard, release: foreign.release });
  } else if (root.local === 'Bericht' && foreign.kind === 'other-bericht') {
    findings.add('message.unknown-bericht', 'schema', root, { namespace: root.ns, standaard: foreign.standaard });
  } else {
    findings.add('message.unknown', 'schema', root, { found });
  }
  return { findings, entry: null, root };
}

function report(entry: CatalogueEntry | null, levels: Level[], findings: Findings, header: MessageHeader | undefined): Report {
  return {
    standaard: entry?.standaard ?? null,
    bericht: entry?.bericht ?? null,
    release: entry ? RELEASE : null,
    levels,
    valid: !findings.hasErrors,
    issues: findings.issues,
    ...(header ? { header } : {}),
  };
}

/**
 * The report on a message of `size` bytes when its size alone decides it, null when it must be
 * read and validated: larger than `maxBytes`, it gets the report validate() would give once it had
 * the bytes (`input.too-large`). Lets a caller measure a file before it reads the file whole.
 */
export function refusedForSize(size: number, options: ValidateOptions = {}): Report | null {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(size > limit)) return null;
  const findings = new Findings(options.lang ?? 'nl', '', options.maxIssues);
  findings.add('input.too-large', 'schema', null, { size, limit });
  return report(null, ['schema'], findings, undefined);
}

/**
 * A message on its way through the pipeline: what was found so far and which levels ran. The
 * stages below each add one or more levels; an internal failure in any of them is recorded as an
 * `internal.error` finding and stops the message there.
 */
export interface Stage {
  readonly entry: CatalogueEntry | null;
  readonly root: XmlElement | null;
  findings: Findings;
  readonly levels: Level[];
  /** Schema-valid: the variant level may run. */
  schemaOk: boolean;
  /** An internal failure happened: nothing more runs. */
  failed: boolean;
  /** The Header data of the parsed message (also of one that is not a known message). */
  header?: MessageHeader;
}

/**
 * Whether `level` is to run now, as the level registry says: the run reaches it (`upTo`), nothing
 * failed, the message is schema-valid, the level it requires ran and, where the level asks for it,
 * no error was found so far.
 */
export function levelApplies(stage: Stage, level: Level, upTo: Level | undefined): boolean {
  const info = levelInfo(level)!;
  if (stage.failed || !stage.schemaOk || !levelWithin(level, upTo)) return false;
  if (info.requires !== null && !stage.levels.includes(info.requires)) return false;
  return !info.afterClean || !stage.findings.hasErrors;
}

function fail(stage: Stage, e: unknown, lang: Lang): void {
  stage.findings ??= new Findings(lang, '', Infinity);
  const level = stage.levels[stage.levels.length - 1] ?? 'schema';
  if (e instanceof ValidatorNotLoaded) stage.findings.add('internal.not-loaded', level, null, { bericht: e.bericht });
  else stage.findings.add('internal.error', level, null, { detail: e instanceof Error ? e.message : String(e) });
  if (!stage.levels.length) stage.levels.push('schema');
  stage.failed = true;
}

/** Levels 1 and 2: everything that needs nothing but the message itself. */
export function judgeMessage(input: string | Uint8Array, options: ValidateOptions = {}): Stage {
  const stage: Stage = { entry: null, root: null, findings: null as unknown as Findings, levels: [], schemaOk: false, failed: false };
  try {
    const id = identify(input, options);
    stage.findings = id.findings;
    stage.header = headerOf(id.root);
    if (id.entry === null) {
      stage.levels.push('schema');
      return stage;
    }
    Object.assign(stage, { entry: id.entry, root: id.root });
    stage.levels.push('schema');
    stage.schemaOk = validateSchema(id.root!, id.entry, stage.findings) && !stage.findings.hasErrors;
    if (!levelApplies(stage, 'rule', options.upTo)) return stage;
    stage.levels.push('rule');
    const ruleOptions: RuleRunOptions = options.today ? { today: options.today } : {};
    runRules(id.root!, id.entry, stage.findings, ruleOptions);
  } catch (e) {
    fail(stage, e, options.lang ?? 'nl');
  }
  return stage;
}

/** Whether level 3 is to run after `judgeMessage`: levels 1 and 2 passed and the caller asked for it. */
export function historyApplies(stage: Stage, options: ValidateOptions): boolean {
  return levelApplies(stage, 'context', options.upTo);
}

/** Level 3 against a store (a whole history or a snapshot of it); true when the message is accepted. */
export function judgeHistory(stage: Stage, store: ConversationStore, options: ValidateOptions): boolean {
  try {
    stage.levels.push('context');
    runContextRules(stage.root!, stage.entry!, stage.findings, { store, today: options.today, variants: options.variants });
    return !stage.findings.hasErrors;
  } catch (e) {
    fail(stage, e, options.lang ?? 'nl');
    return false;
  }
}

/**
 * Level 4 (externe bron): CBS gemeentecodes, the productcodelijst, the contract's tarieven and an
 * optional AGB source, read as a snapshot. Runs when asked for (`options.sources`) and every level
 * before it passed.
 */
export function judgeSources(stage: Stage, options: ValidateOptions): void {
  if (!options.sources || !levelApplies(stage, 'external', options.upTo)) return;
  try {
    stage.levels.push('external');
    const sources = options.sources !== true ? options.sources : sourcesSnapshot(options.variants && 'contract' in options.variants ? { contract: options.variants.contract } : {});
    runSources(stage.root!, stage.entry!, stage.findings, { sources, today: options.today });
  } catch (e) {
    fail(stage, e, options.lang ?? 'nl');
  }
}

/**
 * The variant level: no controleniveau of the standard, so it needs a schema-valid message only
 * (a declaration that breaks a rule is still told that its variant does not declare at all).
 */
export function judgeVariant(stage: Stage, options: ValidateOptions): void {
  if (!options.variants || !levelApplies(stage, 'variant', options.upTo)) return;
  try {
    stage.levels.push('variant');
    checkVariant(stage.root!, stage.entry!, stage.findings, options.variants);
  } catch (e) {
    fail(stage, e, options.lang ?? 'nl');
  }
}

export function reportOf(stage: Stage): Report {
  return report(stage.entry, stage.levels, stage.findings, stage.header);
}

/**
 * Validates one message. Synchronous; the input is the message as text or as bytes (bytes are
 * checked for UTF-8 without byte-order mark, OP192). Never throws.
 */
export function validate(input: string | Uint8Array, options: ValidateOptions = {}): Report {
  return check(input, options).report;
}

/** The pipeline behind validate(): the report and, when the input could be parsed, its root element. */
export function check(input: string | Uint8Array, options: ValidateOptions = {}): { report: Report; root: XmlElement | null } {
  const stage = judgeMessage(input, options);
  if (options.context && historyApplies(stage, options)) judgeHistory(stage, options.context, options);
  judgeSources(stage, options);
  // Recording is one step after the verdict: only a message accepted on levels 1–4 is recorded, whole.
  if (options.context && stage.levels.includes('context') && !stage.failed && !stage.findings.hasErrors && options.record !== false) {
    try {
      for (const fact of factsOf(stage.root!, stage.entry!)) options.context.add(fact);
    } catch (e) {
      fail(stage, e, options.lang ?? 'nl');
    }
  }
  judgeVariant(stage, options);
  return { report: reportOf(stage), root: stage.root };
}
