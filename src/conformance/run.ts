/**
 * The conformance-suite runner: a suite is a folder of scenarios, each a folder with a scenario.json,
 * the message files and optionally a contract. Every step's message is validated (schema, rule and,
 * with a contract or variant, variant level) and the error and warning codes found are compared with
 * the exact sets the step expects.
 *
 *   const result = runSuite(new MemorySuiteFiles(files, 'conformance'), { lang: 'en' });
 *   console.log(suiteText(result, 'en'));
 *
 * The files come through a `SuiteFiles` reader (./files.ts): in memory here, from disk in
 * src/adapters/suite-files.ts. Synchronous and never throws: a missing folder, a bad scenario.json,
 * a missing contract or message is reported as a failed scenario or step with the reason.
 */
import type { Issue, Lang } from '../report/types.js';
import { MemoryStore, type ConversationStore } from '../context/store.js';
import { parse } from '../parse.js';
import { respond } from '../respond/index.js';
import { checkRetour as checkAnswer } from '../respond/check.js';
import type { Report } from '../report/types.js';
import { validate } from '../pipeline/validate.js';
import { isKnownCode } from '../pipeline/codes.js';
import { formatContractErrors, loadContract, type VariantConfig } from '../variants/index.js';
import { joinPath, lastSegment, type SuiteFiles } from './files.js';
import { checkScenario, normalizeRelative } from './scenario.js';
import { texts, type Texts } from './texts.js';
import type { Gevonden, RunSuiteOptions, Scenario, ScenarioResult, StepResult, SuiteResult, SuiteTotals, Stap, RetourVerwachting } from './types.js';

export const SCENARIO_FILE = 'scenario.json';


const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const errMsg = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** UTF-8 text of a file; a byte-order mark is kept (as U+FEFF, which JSON.parse refuses). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A scenario folder: the suite's files and the folder's path among them ('' for the suite's own folder). */
interface Where {
  readonly files: SuiteFiles;
  readonly dir: string;
}

/** The suite's path of a scenario folder, as shown in reports (`conformance/casus-15`). */
const shown = (at: Where): string => (at.dir === '' ? at.files.name : joinPath(at.files.name.replace(/[\\/]+$/, ''), at.dir));
/** A scenario's id: its folder's name. */
const idOf = (at: Where): string => (at.dir === '' ? (at.files.folderName ?? lastSegment(at.files.name)) : lastSegment(at.dir));
/** The path among the suite's files of a file a scenario names. */
const fileIn = (at: Where, name: string): string => joinPath(at.dir, normalizeRelative(name) ?? name);

/** The issues of one code, as "path: message" lines, for the reason of a failed step. */
function describe(issues: readonly Issue[], codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of codes) {
    const of = issues.filter((i) => i.code === code);
    const first = of[0];
    if (!first) continue;
    const more = of.length > 1 ? ` (+${of.length - 1})` : '';
    out.push(`  ${code} ${first.path} ${first.line}:${first.column}${more}: ${first.message}`);
  }
  return out;
}

/** Compares what a step expects with what validation found; the reason lines, empty when they agree. */
function compare(stap: Stap, gevonden: Gevonden, issues: readonly Issue[], t: Texts): string[] {
  const exp = stap.verwacht;
  const missing = exp.codes.filter((c) => !gevonden.codes.includes(c));
  const extra = gevonden.codes.filter((c) => !exp.codes.includes(c));
  const missingW = exp.waarschuwingen.filter((c) => !gevonden.waarschuwingen.includes(c));
  const extraW = gevonden.waarschuwingen.filter((c) => !exp.waarschuwingen.includes(c));
  if (exp.geldig === gevonden.geldig && !missing.length && !extra.length && !missingW.length && !extraW.length) return [];
  const unknown = (c: string): string => (isKnownCode(c) ? c : `${c} (${t.unknownCode(c)})`);
  const lines = [t.expectedFound(exp, { geldig: gevonden.geldig, codes: gevonden.codes, bericht: gevonden.bericht, levels: gevonden.levels.join('+') })];
  if (missing.length) lines.push(t.missingErrors(missing.map(unknown)));
  if (extra.length) lines.push(t.unexpectedErrors, ...describe(issues.filter((i) => i.severity === 'error'), extra));
  if (missingW.length) lines.push(t.missingWarnings(missingW.map(unknown)));
  if (extraW.length) lines.push(t.unexpectedWarnings, ...describe(issues.filter((i) => i.severity === 'warning'), extraW));
  return lines;
}

/** A step's message, or the failed step when it cannot be read. */
function readStep(at: Where, stap: Stap, t: Texts): { bytes: Uint8Array } | { reason: string } {
  const file = fileIn(at, stap.bericht);
  try {
    if (at.files.kind(file) === null) return { reason: t.fileMissing(stap.bericht) };
    return { bytes: at.files.read(file) };
  } catch (e) {
    return { reason: t.fileUnreadable(stap.bericht, errMsg(e)) };
  }
}

/** The result of a step whose message was judged (or could not be read), compared with what it expects. */
function stepResult(at: Where, lang: Lang, stap: Stap, index: number, start: number, scenario: Scenario, t: Texts, judged: { bytes: Uint8Array; report: Report } | { reason: string }): StepResult {
  const base = {
    stap: index + 1,
    bericht: stap.bericht,
    ...(stap.beschrijving !== undefined ? { beschrijving: stap.beschrijving } : {}),
    verwacht: stap.verwacht,
  };
  const done = (r: Omit<StepResult, keyof typeof base | 'ms'>): StepResult => ({ ...base, ...r, ms: performance.now() - start });
  if ('reason' in judged) return done({ status: 'fail', reason: judged.reason });
  const { bytes, report } = judged;
  const gevonden: Gevonden = {
    bericht: report.bericht,
    levels: report.levels,
    geldig: report.valid,
    codes: sorted(report.issues.filter((i) => i.severity === 'error').map((i) => i.code)),
    waarschuwingen: sorted(report.issues.filter((i) => i.severity === 'warning').map((i) => i.code)),
  };
  const reason = compare(stap, gevonden, report.issues, t);
  const retour = stap.retour === undefined ? undefined : checkRetour(bytes, stap.retour, report, scenario, t, at, lang);
  return done({ status: reason.length ? 'fail' : 'pass', ...(reason.length ? { reason: reason.join('\n') } : {}), gevonden, ...(retour ? { retour } : {}) });
}

function runStep(at: Where, stap: Stap, index: number, variants: VariantConfig | undefined, scenario: Scenario, lang: Lang, t: Texts, store: ConversationStore): StepResult {
  const start = performance.now();
  const read = readStep(at, stap, t);
  if ('reason' in read) return stepResult(at, lang, stap, index, start, scenario, t, read);
  // The steps of a scenario are one exchange: each is judged against the ones before (level 3).
  const report = validate(read.bytes, {
    lang,
    ...(scenario.berichtoverstijgend ? { context: store } : {}),
    ...(scenario.externeBron ? { sources: true } : {}),
    ...(variants ? { variants } : {}),
    ...(scenario.vandaag ? { today: scenario.vandaag } : {}),
  });
  return stepResult(at, lang, stap, index, start, scenario, t, { bytes: read.bytes, report });
}

/** The RetourCodes of the element at a Locatie-like path in a typed retourbericht (undefined: no such class). */
function codesAt(root: unknown, pad: string): string[] | undefined {
  let cur: unknown = root;
  for (const step of pad.split('/').filter(Boolean).slice(1)) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m || typeof cur !== 'object' || cur === null) return undefined;
    let next = (cur as Record<string, unknown>)[m[1]!];
    if (Array.isArray(next)) next = next[m[2] ? Number(m[2]) - 1 : 0];
    else if (m[2] !== undefined && m[2] !== '1') return undefined;
    cur = next;
  }
  if (typeof cur !== 'object' || cur === null) return undefined;
  const codes = (cur as { RetourCodes?: { RetourCode?: string[] } }).RetourCodes?.RetourCode;
  return codes ?? [];
}

/** Builds the retourbericht of a step with respond() and compares it with the expectation. */
function checkRetour(bytes: Uint8Array, verwacht: RetourVerwachting, report: Report, scenario: Scenario, t: Texts, at: Where, lang: Lang): NonNullable<StepResult['retour']> {
  const supplied = verwacht.bestand === undefined ? [] : checkSupplied(bytes, verwacht, report, scenario, t, at, lang);
  const r = respond(bytes, { report, ...(scenario.vandaag ? { today: scenario.vandaag } : {}) });
  if (!r.ok) {
    if (verwacht.bestand !== undefined && verwacht.bericht === undefined && verwacht.retourcodes === undefined && verwacht.klassen === undefined) {
      return supplied.length ? { status: 'fail', reason: supplied.join('\n'), verwacht } : { status: 'pass', verwacht };
    }
    return { status: 'fail', reason: [t.retourNone, ...supplied].join('\n'), verwacht };
  }
  const parsed = parse(r.xml);
  const data = parsed.ok ? (parsed.message.data as unknown) : undefined;
  const header = codesAt(data, '/Bericht/Header') ?? [];
  const problems: string[] = [];
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  if (verwacht.bericht !== undefined && verwacht.bericht.toUpperCase() !== r.bericht) problems.push(t.retourBericht(verwacht.bericht, r.bericht));
  if (verwacht.retourcodes !== undefined && !same(verwacht.retourcodes, header)) problems.push(t.retourCodes('Header', verwacht.retourcodes, header));
  for (const k of verwacht.klassen ?? []) {
    const found = codesAt(data, k.pad);
    if (found === undefined) problems.push(t.retourNoClass(k.pad));
    else if (!same(k.retourcodes, found)) problems.push(t.retourCodes(k.pad, k.retourcodes, found));
  }
  problems.push(...supplied);
  const gevonden = { bericht: r.bericht, retourcodes: header };
  return problems.length ? { status: 'fail', reason: problems.join('\n'), verwacht, gevonden } : { status: 'pass', verwacht, gevonden };
}

/** A supplied retourbericht, checked with checkRetour() as the answer to the step's message: the problems found. */
function checkSupplied(bytes: Uint8Array, verwacht: RetourVerwachting, report: Report, scenario: Scenario, t: Texts, at: Where, lang: Lang): string[] {
  const file = fileIn(at, verwacht.bestand!);
  let retour: Uint8Array;
  try {
    if (at.files.kind(file) === null) return [t.fileMissing(verwacht.bestand!)];
    retour = at.files.read(file);
  } catch (e) {
    return [t.fileUnreadable(verwacht.bestand!, errMsg(e))];
  }
  const result = checkAnswer(bytes, retour, { lang, report, ...(scenario.vandaag ? { today: scenario.vandaag } : {}) });
  const found = sorted(result.issues.filter((i) => i.severity === 'error').map((i) => i.code));
  const want = sorted(verwacht.codes ?? []);
  const missing = want.filter((c) => !found.includes(c));
  const extra = found.filter((c) => !want.includes(c));
  if (result.ok === verwacht.juist && !missing.length && !extra.length) return [];
  const lines = [t.retourSupplied(verwacht.bestand!, verwacht.juist ?? false, result.ok, missing, extra)];
  for (const i of result.issues) if (extra.includes(i.code)) lines.push(`  ${i.code} ${i.path} ${i.line}:${i.column}: ${i.message}`);
  return lines;
}

function broken(id: string, dir: string, naam: string, reason: string, scenario?: Scenario): ScenarioResult {
  return {
    id,
    dir,
    naam,
    ...(scenario ? { bron: scenario.bron, beschrijving: scenario.beschrijving } : {}),
    status: 'fail',
    broken: true,
    reason,
    steps: [],
  };
}

type Loaded = { ok: true; id: string; scenario: Scenario; variants: VariantConfig | undefined } | { ok: false; result: ScenarioResult };

/** Reads a scenario folder's scenario.json and contract. */
function loadScenario(at: Where, t: Texts, lang: Lang): Loaded {
  const id = idOf(at);
  const dir = shown(at);
  const fail = (result: ScenarioResult): Loaded => ({ ok: false, result });
  const file = joinPath(at.dir, SCENARIO_FILE);
  if (at.files.kind(file) === null) return fail(broken(id, dir, id, t.noScenarioJson));
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(at.files.read(file))) as unknown;
  } catch (e) {
    return fail(broken(id, dir, id, t.badJson(errMsg(e))));
  }
  const parsed = checkScenario(data, lang);
  if (!parsed.ok) return fail(broken(id, dir, id, [t.badScenario, ...parsed.errors.map((e) => `  ${e}`)].join('\n')));
  const scenario = parsed.scenario;

  let variants: VariantConfig | undefined;
  if (scenario.variant.soort === 'contract') {
    const cfile = fileIn(at, scenario.variant.bestand);
    if (at.files.kind(cfile) === null) return fail(broken(id, dir, scenario.naam, t.contractMissing(scenario.variant.bestand), scenario));
    const loaded = loadContract(decoder.decode(at.files.read(cfile)));
    if (!loaded.ok) {
      const detail = formatContractErrors(loaded.errors, scenario.variant.bestand).split('\n').map((l) => `  ${l}`);
      return fail(broken(id, dir, scenario.naam, [t.contractBad(scenario.variant.bestand), ...detail].join('\n'), scenario));
    }
    variants = { contract: loaded.contract };
  } else if (scenario.variant.soort === 'variant') {
    variants = scenario.variant.taakgerichtProfiel
      ? { variant: scenario.variant.variant, taakgerichtProfiel: scenario.variant.taakgerichtProfiel }
      : { variant: scenario.variant.variant };
  }
  return { ok: true, id, scenario, variants };
}

function scenarioResult(id: string, dir: string, scenario: Scenario, steps: StepResult[]): ScenarioResult {
  return {
    id,
    dir,
    naam: scenario.naam,
    bron: scenario.bron,
    beschrijving: scenario.beschrijving,
    status: steps.every((s) => s.status === 'pass' && s.retour?.status !== 'fail') ? 'pass' : 'fail',
    broken: false,
    steps,
  };
}

/** Runs one scenario folder (`dir` relative to the suite's folder, '' for the suite folder itself). Never throws. */
export function runScenario(files: SuiteFiles, dir: string, options: RunSuiteOptions = {}): ScenarioResult {
  const lang = options.lang ?? 'nl';
  const t = texts(lang);
  const at: Where = { files, dir };
  try {
    const loaded = loadScenario(at, t, lang);
    if (!loaded.ok) return loaded.result;
    const { id, scenario, variants } = loaded;
    const store = new MemoryStore();
    const steps = scenario.stappen.map((s, i) => runStep(at, s, i, variants, scenario, lang, t, store));
    return scenarioResult(id, shown(at), scenario, steps);
  } catch (e) {
    return broken(idOf(at), shown(at), idOf(at), t.internal(errMsg(e)));
  }
}

/**
 * Judges the steps of one scenario somewhere else (through an HTTP service, a durable history…):
 * opened once per scenario with its variant configuration, `judge` is given each step's message in
 * order and returns its report; `close` ends it. The steps of a `berichtoverstijgend` scenario are
 * one exchange, so the judge must judge each against the ones before (a fresh history per scenario);
 * for the others it must not run level 3.
 */
export interface ScenarioJudge {
  judge(bytes: Uint8Array): Promise<Report>;
  close(): Promise<void>;
}
export type OpenScenarioJudge = (scenario: Scenario, variants: VariantConfig | undefined, lang: Lang) => Promise<ScenarioJudge>;

/** `runScenario` with an injected judge; the expectations are checked exactly as by `runScenario`. Never rejects. */
export async function runScenarioWith(files: SuiteFiles, dir: string, open: OpenScenarioJudge, options: RunSuiteOptions = {}): Promise<ScenarioResult> {
  const lang = options.lang ?? 'nl';
  const t = texts(lang);
  const at: Where = { files, dir };
  try {
    const loaded = loadScenario(at, t, lang);
    if (!loaded.ok) return loaded.result;
    const { scenario, variants } = loaded;
    const judge = await open(scenario, variants, lang);
    const steps: StepResult[] = [];
    try {
      for (const [i, stap] of scenario.stappen.entries()) {
        const start = performance.now();
        const read = readStep(at, stap, t);
        steps.push(stepResult(at, lang, stap, i, start, scenario, t, 'reason' in read ? read : { bytes: read.bytes, report: await judge.judge(read.bytes) }));
      }
    } finally {
      await judge.close();
    }
    return scenarioResult(loaded.id, shown(at), scenario, steps);
  } catch (e) {
    return broken(idOf(at), shown(at), idOf(at), t.internal(errMsg(e)));
  }
}

/** `runSuite` with an injected judge (see `runScenarioWith`): the scenarios one after the other. Never rejects. */
export async function runSuiteWith(files: SuiteFiles, open: OpenScenarioJudge, options: RunSuiteOptions = {}): Promise<SuiteResult> {
  const lang = options.lang ?? 'nl';
  const found = suiteFolders(files, lang);
  if ('unusable' in found) return found.unusable;
  const scenarios: ScenarioResult[] = [];
  for (const f of found.folders) scenarios.push(await runScenarioWith(files, f, open, { lang }));
  return { dir: files.name, lang, usable: true, scenarios, totals: totals(scenarios) };
}

function totals(scenarios: readonly ScenarioResult[]): SuiteTotals {
  const steps = scenarios.flatMap((s) => s.steps);
  return {
    scenarios: scenarios.length,
    scenariosPassed: scenarios.filter((s) => s.status === 'pass').length,
    scenariosFailed: scenarios.filter((s) => s.status === 'fail').length,
    scenariosBroken: scenarios.filter((s) => s.broken).length,
    steps: steps.length,
    stepsPassed: steps.filter((s) => s.status === 'pass').length,
    stepsFailed: steps.filter((s) => s.status === 'fail').length,
    retourChecked: steps.filter((s) => s.retour).length,
    retourFailed: steps.filter((s) => s.retour?.status === 'fail').length,
  };
}

/**
 * Runs a suite: every subfolder of the suite's folder (sorted by name, hidden folders skipped) is a
 * scenario; when the folder itself holds a scenario.json it is run as a suite of that one scenario.
 * Never throws.
 */
export function runSuite(files: SuiteFiles, options: RunSuiteOptions = {}): SuiteResult {
  const lang = options.lang ?? 'nl';
  const found = suiteFolders(files, lang);
  if ('unusable' in found) return found.unusable;
  const scenarios = found.folders.map((f) => runScenario(files, f, { lang }));
  return { dir: files.name, lang, usable: true, scenarios, totals: totals(scenarios) };
}

/** The scenario folders of a suite (relative to it), or why it cannot be used. */
function suiteFolders(files: SuiteFiles, lang: Lang): { folders: string[] } | { unusable: SuiteResult } {
  const t = texts(lang);
  const dir = files.name;
  const unusable = (problem: string): { unusable: SuiteResult } => ({ unusable: { dir, lang, usable: false, problem, scenarios: [], totals: totals([]) } });
  const kind = files.kind('');
  if (kind === null) return unusable(t.noSuchDir(dir));
  if (kind !== 'folder') return unusable(t.notADir(dir));
  let folders: string[];
  if (files.kind(SCENARIO_FILE) !== null) folders = [''];
  else {
    try {
      folders = files
        .list('')
        .filter((n) => !n.startsWith('.') && files.kind(n) === 'folder')
        .sort();
    } catch (e) {
      return unusable(t.unreadableDir(dir, errMsg(e)));
    }
  }
  if (!folders.length) return unusable(t.noScenarios(dir));
  return { folders };
}

/** Exit status for the command line: 0 every step passed, 1 a step or scenario failed, 2 the suite is unusable. */
export function suiteExitCode(result: SuiteResult): 0 | 1 | 2 {
  if (!result.usable) return 2;
  return result.totals.scenariosFailed > 0 ? 1 : 0;
}
