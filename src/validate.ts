/**
 * The validation pipeline: guard → scan → identify → level 1 (schema) → level 2 (rules).
 * A level runs only when the level before it passed, as the standard prescribes.
 * Nothing here throws on input: every input yields a report, and an internal failure is itself
 * reported as an error, never as "valid".
 */
import { RELEASE, byNamespaceUri, describeForeignNamespace, type CatalogueEntry } from './catalogue/index.js';
import { Findings } from './report/findings.js';
import type { Lang, Level, Report } from './report/types.js';
import { runRules, type RuleRunOptions } from './rules/engine.js';
import { checkVariant, type VariantConfig } from './variants/index.js';
import { recordMessage, runContextRules } from './context/engine.js';
import type { ConversationStore } from './context/store.js';
import { validateSchema } from './schema/validate.js';
import { DEFAULT_MAX_BYTES, decodeInput } from './xml/input.js';
import { DEFAULT_MAX_DEPTH, scanXml, type XmlElement } from './xml/scan.js';

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

function report(entry: CatalogueEntry | null, levels: Level[], findings: Findings): Report {
  return {
    standaard: entry?.standaard ?? null,
    bericht: entry?.bericht ?? null,
    release: entry ? RELEASE : null,
    levels,
    valid: !findings.hasErrors,
    issues: findings.issues,
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
  return report(null, ['schema'], findings);
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
  let root: XmlElement | null = null;
  const report = run(input, options, (r) => (root = r));
  return { report, root };
}

function run(input: string | Uint8Array, options: ValidateOptions, keep: (root: XmlElement) => void): Report {
  const levels: Level[] = [];
  let findings: Findings | null = null;
  let entry: CatalogueEntry | null = null;
  try {
    const id = identify(input, options);
    findings = id.findings;
    if (id.entry === null) return report(null, ['schema'], findings);
    entry = id.entry;
    keep(id.root!);
    levels.push('schema');
    const schemaOk = validateSchema(id.root!, entry, findings) && !findings.hasErrors;
    if (!schemaOk || options.upTo === 'schema') return report(entry, levels, findings);
    levels.push('rule');
    const ruleOptions: RuleRunOptions = options.today ? { today: options.today } : {};
    runRules(id.root!, entry, findings, ruleOptions);
    if (options.context && options.upTo !== 'rule' && !findings.hasErrors) {
      levels.push('context');
      runContextRules(id.root!, entry, findings, { store: options.context, today: options.today, variants: options.variants });
      if (!findings.hasErrors && options.record !== false) recordMessage(id.root!, entry, options.context);
    }
    // The variant level is no controleniveau of the standard: it needs a schema-valid message only,
    // so a declaration that breaks a rule is still told that its variant does not declare at all.
    if (!options.variants || options.upTo === 'rule' || options.upTo === 'context') return report(entry, levels, findings);
    levels.push('variant');
    checkVariant(id.root!, entry, findings, options.variants);
    return report(entry, levels, findings);
  } catch (e) {
    const f = findings ?? new Findings(options.lang ?? 'nl', '', options.maxIssues);
    f.add('internal.error', levels[levels.length - 1] ?? 'schema', null, { detail: e instanceof Error ? e.message : String(e) });
    return report(entry, levels.length ? levels : ['schema'], f);
  }
}
