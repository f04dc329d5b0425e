#!/usr/bin/env node
/**
 * The iwmo-ijw command line: a thin shell over the application layer (src/app). It parses the
 * arguments (per command, `node:util` parseArgs in strict mode), reads files and walks folders,
 * writes outputs and chooses the exit status; everything else is a use case of src/app.
 *
 * Exit status: 0 every message valid, 1 at least one message has an error (or, with
 * `--fail-on warning`, a warning), 2 usage or I/O error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Standaard } from '../catalogue/index.js';
import { checkRetour } from '../respond/check.js';
import { answerMessage, batchTotals, batchVerdict, configureVariants, replayExchange, reportForCaller, reportRecord, summaryRecord, validateMessage, type FailOn, type JudgeOptions, type NamedMessage } from '../app/index.js';
import { runBatch, type FileResult } from './batch.js';
import { openStore, StoreError } from './context.js';
import { expandInputs, type Unreadable } from './files.js';
import { out, stdoutClosed } from './out.js';
import { runStore } from './store.js';
import { checkChoice, checkDate, checkWhole, didYouMean, parseCommand, UsageError, type OptionSpec } from './args.js';
import type { HistoryAdmin, HistoryPort } from '../ports/history.js';
import { storeName } from '../adapters/open.js';
import { suiteExitCode, suiteHtml, suiteJunit, suiteText } from '../conformance/index.js';
import { runSuiteDir } from '../adapters/suite-files.js';
import { texts } from '../conformance/texts.js';
import { retourcodeText, rulesTable } from '../lookup/index.js';
import { variantsTable, type VariantConfig } from '../variants/index.js';
import { BATCH_FORMATS, FORMATS, formatSummary, formatText, jsonRecord, type FileReport, type Format } from '../output/format.js';
import { toHtml, toJunit, toRapport, toSarif } from '../app/formats.js';
import type { Lang, Report } from '../report/types.js';
import { VERSION } from '../version.js';

/** Every option of the command line: its value (if any) and what it does, for the usage texts. */
const HELP: Record<string, readonly [string, string]> = {
  format: ['F', 'text (default), json, jsonl, junit, sarif, html or rapport\n(rapport: the official validation Rapport; one message to standard output or\n--output FILE, several to --output DIR as <name>.rapport.xml each)'],
  lang: ['nl|en', 'language of the messages (default nl)'],
  today: ['YYYY-MM-DD', 'the date rules compare with (default: today)'],
  'max-bytes': ['N', 'largest accepted message (default 104857600)'],
  'max-issues': ['N', 'issues reported per message before one closing issue says how many\nmore there were (default 1000)'],
  contract: ['FILE', 'judge every message against the uitvoeringsvarianten of this contract\nfile (JSON, schemas/contract.schema.json)'],
  variant: ['V', 'or: one variant for every product, gemeente and aanbieder\n(inspanningsgericht, outputgericht, taakgericht)'],
  'taakgericht-profiel': ['P', 'with --variant taakgericht: sap (default) or istandaard'],
  sources: ['', 'controleniveau 4 (externe bron): judge against the CBS gemeentecodes and\nproductcodelijsten shipped with iwmo-ijw and, with --contract, its tarieven\nand regional product codes (docs/sources.md)'],
  context: ['DIR', 'controleniveau 3: the exchange so far. Without other files, the messages\nof DIR are judged in Dagtekening order, each against the ones before; with\nfiles, DIR is replayed first and the files are judged against it'],
  store: ['PATH|URL', 'the history of the exchange, kept between runs: an SQLite file (created\nwhen absent, in a folder that exists) or a postgres:// URL. An accepted\nmessage is recorded in it (once, however often it is sent)'],
  'dry-run': ['', 'judge against the history without recording anything'],
  output: ['FILE', 'write the report to FILE; standard output shows a summary line'],
  quiet: ['', 'print only the summary line'],
  'show-personal-data': ['', 'show BSNs, names and dates of birth in the output (masked by default,\ne.g. *****6789)'],
  jobs: ['N', 'worker threads (default: none below 1,000 files or on two cores or fewer,\nwhere they do not pay; 0 = none)'],
  'allow-empty': ['', 'no input files (an empty folder, a glob without match) is not an error'],
  'fail-on': ['error|warning', 'exit 1 on an error (default), or on a warning as well'],
  identificatie: ['ID', 'the BerichtIdentificatie of the retourbericht (default: from the heen message)'],
  bericht: ['CODE', 'the rules of one message, e.g. JW301'],
  code: ['CODE', 'one rule, e.g. TR101'],
  standaard: ['iJw|iWmo', 'one standard only'],
  help: ['', 'this text'],
};

const JUDGE = ['lang', 'today', 'max-bytes', 'contract', 'variant', 'taakgericht-profiel', 'sources', 'context', 'store', 'show-personal-data'] as const;

/** The options of each command (serve and store have their own usage, in serve.ts and store.ts). */
const COMMANDS: Record<string, { readonly synopsis: string; readonly about: string; readonly options: readonly string[] }> = {
  validate: {
    synopsis: 'iwmo-ijw validate [files|directories|globs|-] [options]',
    about: "Validates messages. Directories are searched recursively for *.xml (each real folder once);\n- reads one message from standard input; a quoted glob ('berichten/**/*.xml') is expanded by\niwmo-ijw itself. With --format json or jsonl the output closes with the batch's totals.",
    options: ['format', ...JUDGE, 'dry-run', 'max-issues', 'output', 'quiet', 'jobs', 'allow-empty', 'fail-on', 'help'],
  },
  respond: {
    synopsis: 'iwmo-ijw respond <heen.xml|-> [options]',
    about: 'Writes the retourbericht (or the 325) that answers a heen message to standard output (exit 1\nwhen the message fails the XSD: no retourbericht exists then, and the errors go to standard error).',
    options: [...JUDGE, 'dry-run', 'identificatie', 'help'],
  },
  'check-retour': {
    synopsis: 'iwmo-ijw check-retour <heen.xml> <retour.xml> [options]',
    about: 'Judges whether a received retourbericht is a correct answer to the heen message (exit 0 yes, 1 no).',
    options: [...JUDGE, 'format', 'help'],
  },
  conformance: {
    synopsis: 'iwmo-ijw conformance <suite> [--format text|junit|html] [--output FILE] [--lang nl|en]',
    about: 'Runs a conformance suite (a folder of scenarios, docs/conformance-suite.md) and reports every\nstep; exit 0 all pass, 1 a step failed, 2 the suite cannot be used.',
    options: ['format', 'output', 'lang', 'help'],
  },
  rules: {
    synopsis: 'iwmo-ijw rules [--bericht JW301] [--code TR101] [--lang nl|en]',
    about: 'Looks up which rules apply.',
    options: ['bericht', 'code', 'lang', 'help'],
  },
  retourcode: {
    synopsis: 'iwmo-ijw retourcode <code> [--lang nl|en]',
    about: 'Looks up what a retourcode means.',
    options: ['lang', 'help'],
  },
  variants: {
    synopsis: 'iwmo-ijw variants [--standaard iJw|iWmo] [--lang nl|en]',
    about: 'Prints, per uitvoeringsvariant, which messages are used and which fields are required,\noptional or forbidden.',
    options: ['standaard', 'lang', 'help'],
  },
};

const EXIT = `Exit status: 0 all messages valid, 1 at least one message has an error (or, with
--fail-on warning, a warning), 2 usage or I/O error (including a contract file with mistakes,
no input files, an unreadable file). IWMO_DEBUG=1 prints the stack of an internal error.
`;

function optionLines(names: readonly string[]): string {
  return names
    .map((n) => {
      const [arg, text] = HELP[n]!;
      const flag = `  ${n === 'help' ? '-h, ' : ''}--${n}${arg ? ` ${arg}` : ''}`;
      const [first, ...more] = text.split('\n');
      return [flag.padEnd(33) + first, ...more.map((l) => ' '.repeat(33) + l)].join('\n');
    })
    .join('\n');
}

/** The usage of one command. */
export function commandUsage(command: string): string {
  const c = COMMANDS[command]!;
  return `Usage:\n  ${c.synopsis}\n\n${c.about}\n\nOptions:\n${optionLines(c.options)}\n\n${EXIT}`;
}

function specOf(command: string): OptionSpec {
  const spec: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const n of COMMANDS[command]!.options) spec[n] = { type: HELP[n]![0] ? 'string' : 'boolean', ...(n === 'help' ? { short: 'h' } : {}) };
  return spec;
}

const USAGE = `iwmo-ijw ${VERSION} — validate iJw and iWmo 3.2 messages (iStandaarden)

Usage:
${Object.values(COMMANDS).map((c) => `  ${c.synopsis}`).join('\n')}
  iwmo-ijw store import|export|stats|check --store PATH|URL
  iwmo-ijw serve [--port 8080] [--host 127.0.0.1] [--store PATH|postgres://…] [--contract FILE | --variant V]
                 [--workers N] [--tokens FILE] [--body-limit BYTES]   (an HTTP service)

  iwmo-ijw <command> --help      the options of one command
  -v, --version                  the version

${EXIT}`;

/** A contract file with mistakes: its own message, exit status 2, no usage text. */
class ContractError extends Error {}

/** A file the command needs but cannot use (exit status 2, one line, no usage text). */
class InputError extends Error {}

interface Options {
  command: string;
  format: Format;
  lang: Lang;
  today?: string;
  maxBytes?: number;
  maxIssues?: number;
  contract?: string;
  variant?: string;
  bericht?: string;
  code?: string;
  profiel?: string;
  standaard?: Standaard;
  output?: string;
  identificatie?: string;
  context?: string;
  store?: string;
  dryRun: boolean;
  quiet: boolean;
  showPersonalData: boolean;
  jobs?: number;
  allowEmpty: boolean;
  failOn: FailOn;
  inputs: string[];
  sources: boolean;
}

/** Parses a command's arguments (its own options only) into checked options. */
function parseOptions(command: string, args: readonly string[]): Options | 'help' {
  const { values: v, positionals } = parseCommand(command, args, specOf(command));
  if (v.help) return 'help';
  const s = (k: string): string | undefined => v[k] as string | undefined;
  const opts: Options = {
    command,
    format: s('format') !== undefined ? checkChoice('format', s('format')!, FORMATS) : 'text',
    lang: s('lang') !== undefined ? checkChoice('language', s('lang')!, ['nl', 'en'] as const) : 'nl',
    today: s('today') !== undefined ? checkDate('--today', s('today')!) : undefined,
    maxBytes: s('max-bytes') !== undefined ? checkWhole('--max-bytes', s('max-bytes')!, 1, Number.MAX_SAFE_INTEGER, 'a positive whole number') : undefined,
    maxIssues: s('max-issues') !== undefined ? checkWhole('--max-issues', s('max-issues')!, 1, 10_000_000, 'a positive whole number') : undefined,
    contract: s('contract'),
    variant: s('variant'),
    profiel: s('taakgericht-profiel'),
    bericht: s('bericht'),
    code: s('code'),
    output: s('output'),
    identificatie: s('identificatie'),
    context: s('context'),
    store: s('store'),
    dryRun: v['dry-run'] === true,
    quiet: v.quiet === true,
    showPersonalData: v['show-personal-data'] === true,
    sources: v.sources === true,
    jobs: s('jobs') !== undefined ? checkWhole('--jobs', s('jobs')!, 0, 64) : undefined,
    allowEmpty: v['allow-empty'] === true,
    failOn: s('fail-on') !== undefined ? checkChoice('--fail-on level', s('fail-on')!, ['error', 'warning'] as const) : 'error',
    inputs: [...positionals],
  };
  if (s('standaard') !== undefined) {
    const st = s('standaard')!.toLowerCase();
    if (st !== 'ijw' && st !== 'iwmo') throw new UsageError(`unknown standaard '${s('standaard')}' (use iJw or iWmo)`);
    opts.standaard = st === 'ijw' ? 'iJw' : 'iWmo';
  }
  if (opts.contract !== undefined && opts.variant !== undefined) throw new UsageError('use --contract or --variant, not both');
  if (opts.profiel !== undefined && opts.variant === undefined) throw new UsageError('--taakgericht-profiel goes with --variant (a contract names its own profile)');
  if (opts.dryRun && opts.store === undefined && opts.context === undefined) throw new UsageError('--dry-run goes with --store or --context');
  return opts;
}

/** The variant configuration of the options (src/app): the CLI only reads the contract file. */
function variantConfig(opts: Options): VariantConfig | undefined {
  let text: string | undefined;
  if (opts.contract !== undefined) {
    try {
      text = readFileSync(opts.contract, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read the contract file ${opts.contract}: ${(e as Error).message}`);
    }
  }
  const c = configureVariants(text !== undefined ? { contract: text, name: opts.contract } : opts.variant !== undefined ? { variant: opts.variant, taakgerichtProfiel: opts.profiel } : {});
  if (c.ok) return c.variants;
  if (c.kind === 'contract') throw new ContractError(c.message);
  throw new UsageError(c.message);
}

function judgeOptions(opts: Options, variants: VariantConfig | undefined): JudgeOptions {
  return { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, maxIssues: opts.maxIssues, sources: opts.sources, variants, dryRun: opts.dryRun };
}

/**
 * A progress line on standard error for long batches: live on a terminal, and every few seconds
 * (count and rate) when standard error is a log file or a pipe.
 */
function progress(total: number, quiet: boolean): { tick: (done: number) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  const every = Number(process.env.IWMO_PROGRESS_MS) || (tty ? 200 : 5000);
  const live = !quiet && total >= 50;
  const start = Date.now();
  let last = start;
  return {
    tick(done) {
      if (!live) return;
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      const rate = Math.round((done * 1000) / Math.max(1, now - start));
      const line = `iwmo-ijw: ${done}/${total} files, ${rate} files/s`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    },
    end() {
      if (live && tty && last !== start) process.stderr.write('\r\x1b[K');
    },
  };
}

interface Context {
  readonly history: HistoryPort & HistoryAdmin;
  readonly replayed: FileResult[];
  /** The history failed while the context folder was replayed: the line naming it and the problem. */
  readonly failure?: string;
}

/** Reads the files (the shell's part) into named bytes; the unreadable ones are listed. */
function readAll(files: readonly string[], unreadable: Unreadable[]): NamedMessage[] {
  const messages: NamedMessage[] = [];
  for (const file of files) {
    try {
      messages.push({ name: file, bytes: file === '-' ? readFileSync(0) : readFileSync(file) });
    } catch (e) {
      unreadable.push({ file, error: (e as Error).message });
    }
  }
  return messages;
}

/** Replays files into the history through src/app (Dagtekening order, each against the ones before). */
async function replayFiles(files: readonly string[], history: HistoryPort, options: JudgeOptions, unreadable: Unreadable[]): Promise<{ results: FileResult[]; failure?: string }> {
  const replayed = await replayExchange(readAll(files, unreadable), { ...options, history });
  return {
    results: replayed.results.map(({ name, judgement }) => ({ file: name, report: judgement.report })),
    ...(replayed.failure ? { failure: `${replayed.failure.name}: ${replayed.failure.message}` } : {}),
  };
}

/** The history of --store (or one in memory for this run), with the --context folder replayed into it. */
async function contextHistory(opts: Options, unreadable: Unreadable[], judgeContext: boolean, options: JudgeOptions): Promise<Context | undefined> {
  if (opts.context === undefined && opts.store === undefined) return undefined;
  const history = await openStore(opts.store);
  if (opts.context === undefined) return { history, replayed: [] };
  try {
    const walk = expandInputs([opts.context]);
    unreadable.push(...walk.unreadable);
    const { results, failure } = await replayFiles(walk.files, history, options, unreadable);
    return { history, replayed: judgeContext ? results : [], failure };
  } catch (e) {
    await history.close();
    throw e;
  }
}

/**
 * Where `--format rapport` writes: one message to standard output (or --output FILE); several, one
 * `<name>.rapport.xml` per message in the folder --output DIR (a name used twice gets -2, -3, …).
 */
function rapportTarget(opts: Options, several: boolean, problems: string[]): (report: FileReport) => void {
  if (!several) {
    return (report) => {
      if (opts.output === undefined) out(toRapport(report));
      else {
        try {
          writeFileSync(opts.output, toRapport(report));
        } catch (e) {
          problems.push(`${opts.output}: ${(e as Error).message}`);
        }
      }
    };
  }
  if (opts.output === undefined) throw new UsageError('--format rapport writes one document per message: name a folder with --output DIR for several messages');
  const dir = opts.output;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new InputError(`--output ${dir}: ${(e as Error).message}`);
  }
  const used = new Map<string, number>();
  return (report) => {
    const stem = report.file === '-' ? 'stdin' : basename(report.file).replace(/\.xml$/i, '');
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    const target = join(dir, `${stem}${n > 1 ? `-${n}` : ''}.rapport.xml`);
    try {
      writeFileSync(target, toRapport(report));
    } catch (e) {
      problems.push(`${target}: ${(e as Error).message}`);
    }
  };
}

/** An output file in a folder that does not exist: refused before any work is done. */
function checkOutputFolder(output: string | undefined): void {
  if (output === undefined) return;
  const folder = dirname(resolve(output));
  if (!existsSync(folder)) throw new InputError(`--output ${output}: the folder ${dirname(output)} does not exist`);
}

/** The options a batch ran with, as its summary record states them (a store URL without its password). */
function statedOptions(opts: Options): Record<string, unknown> {
  const stated: Record<string, unknown> = { format: opts.format, lang: opts.lang, failOn: opts.failOn };
  if (opts.today !== undefined) stated.today = opts.today;
  if (opts.maxBytes !== undefined) stated.maxBytes = opts.maxBytes;
  if (opts.maxIssues !== undefined) stated.maxIssues = opts.maxIssues;
  if (opts.contract !== undefined) stated.contract = opts.contract;
  if (opts.variant !== undefined) stated.variant = opts.variant;
  if (opts.profiel !== undefined) stated.taakgerichtProfiel = opts.profiel;
  if (opts.sources) stated.sources = true;
  if (opts.context !== undefined) stated.context = opts.context;
  if (opts.store !== undefined) stated.store = storeName(opts.store);
  if (opts.dryRun) stated.dryRun = true;
  if (opts.showPersonalData) stated.showPersonalData = true;
  return stated;
}

async function runValidate(opts: Options): Promise<number> {
  if (!opts.inputs.length && opts.context === undefined) throw new UsageError('name at least one file, directory or - (standard input)');
  if (opts.format !== 'rapport') checkOutputFolder(opts.output);
  const variants = variantConfig(opts);
  const options = judgeOptions(opts, variants);
  const walk = expandInputs(opts.inputs);
  const problems: string[] = [];
  if (!opts.allowEmpty) for (const g of walk.unmatched) problems.push(`${g}: no file matches`);
  const unreadable: Unreadable[] = [...walk.unreadable];
  const context = await contextHistory(opts, unreadable, walk.files.length === 0, options);
  try {
    const judged = walk.files.length + (context?.replayed.length ?? 0);
    if (judged === 0 && unreadable.length === 0 && problems.length === 0 && !context?.failure && !opts.allowEmpty) {
      throw new InputError(`no input files: ${[...opts.inputs, ...(opts.context !== undefined ? [opts.context] : [])].join(', ')} ${opts.inputs.length + (opts.context !== undefined ? 1 : 0) === 1 ? 'holds' : 'hold'} no *.xml (--allow-empty accepts that)`);
    }
    return await validateFiles(opts, options, walk.files, problems, unreadable, context);
  } finally {
    await context?.history.close();
  }
}

async function validateFiles(opts: Options, options: JudgeOptions, files: string[], problems: string[], unreadable: Unreadable[], context: Context | undefined): Promise<number> {
  const reports: FileReport[] = [];
  const keep = BATCH_FORMATS.includes(opts.format);
  const several = files.length > 1 || (opts.context !== undefined && files.length === 0);
  const rapport = opts.format === 'rapport' ? rapportTarget(opts, several, problems) : undefined;
  const toFile = opts.output !== undefined && rapport === undefined;
  const chunks: string[] = [];
  const silent = opts.quiet && !toFile;
  const emit = (s: string): void => {
    if (toFile) chunks.push(s);
    else if (!silent) out(s + '\n');
  };
  const policy = { personalData: opts.showPersonalData };
  const summaryOf: Array<Pick<Report, 'valid' | 'issues'>> = [];
  const bar = progress(files.length, opts.quiet);
  let done = 0;
  const onUnreadable = (u: Unreadable): void => {
    problems.push(`${u.file}: ${u.error}`);
    if (opts.format === 'jsonl') emit(JSON.stringify({ type: 'unreadable', file: u.file, error: u.error }));
  };
  for (const u of unreadable) onUnreadable(u);
  const onResult = (result: FileResult): void => {
    bar.tick(++done);
    if ('error' in result) {
      unreadable.push({ file: result.file, error: result.error });
      onUnreadable({ file: result.file, error: result.error });
      return;
    }
    summaryOf.push(result.report);
    // Output that nobody reads is not built: --quiet, or standard output gone.
    if (rapport === undefined && !toFile && (silent || stdoutClosed())) return;
    if (opts.format === 'jsonl') {
      emit(JSON.stringify(reportRecord(result.file, result.report, policy)));
      return;
    }
    const report = reportForCaller({ file: result.file, ...result.report }, policy);
    if (keep) {
      reports.push(report);
      return;
    }
    if (opts.format === 'text') emit(formatText(report, opts.lang));
    else if (rapport) rapport(report);
  };
  if (context) {
    // Level 3 judges messages in order against one history: no worker threads.
    context.replayed.forEach(onResult);
    if (context.failure) problems.push(context.failure);
    else {
      const before = unreadable.length;
      const { results, failure } = await replayFiles(files, context.history, options, unreadable);
      for (const u of unreadable.slice(before)) onUnreadable(u);
      results.forEach(onResult);
      if (failure) problems.push(failure);
    }
  } else {
    await runBatch({
      files,
      options: { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, maxIssues: opts.maxIssues, sources: opts.sources, variants: options.variants },
      workerUrl: new URL('./worker.js', import.meta.url),
      ...(opts.jobs !== undefined ? { workers: opts.jobs } : {}),
      onResult,
    });
  }
  bar.end();
  const totals = batchTotals(summaryOf, unreadable.length);
  const stated = statedOptions(opts);
  if (keep) emit(batchOutput(opts, reports, unreadable, summaryRecord(totals, stated)));
  if (opts.format === 'jsonl') emit(JSON.stringify(summaryRecord(totals, stated)));
  const summary = summaryLine(summaryOf, opts.lang);
  if (toFile) {
    if (opts.format === 'text' && summaryOf.length > 1) chunks.push(summary);
    try {
      writeFileSync(opts.output!, chunks.join('\n') + '\n');
    } catch (e) {
      problems.push(`${opts.output}: ${(e as Error).message}`);
    }
    out(summary + '\n');
  } else if (rapport && opts.output !== undefined) {
    out(summary + '\n');
  } else if (opts.quiet || (opts.format === 'text' && summaryOf.length > 1)) {
    out(summary + '\n');
  }
  for (const p of problems) process.stderr.write(`iwmo-ijw: ${p}\n`);
  if (problems.length) return 2;
  return batchVerdict(totals, opts.failOn);
}

/** The summary line of text output (counts per verdict, most frequent error codes). */
function summaryLine(reports: ReadonlyArray<Pick<Report, 'valid' | 'issues'>>, lang: Lang): string {
  return formatSummary(reports as unknown as FileReport[], lang);
}

/** The formats written once for the whole batch. */
function batchOutput(opts: Options, reports: readonly FileReport[], unreadable: readonly Unreadable[], summary: object): string {
  switch (opts.format) {
    case 'junit':
      return toJunit(reports, { lang: opts.lang });
    case 'sarif':
      return JSON.stringify(toSarif(reports, { lang: opts.lang, toolVersion: VERSION, root: process.cwd() }), null, 2);
    case 'html':
      return toHtml(reports, { lang: opts.lang, generated: new Date().toISOString() });
    default: {
      const { type: _type, ...totals } = summary as { type: string };
      return JSON.stringify({ files: reports.map(jsonRecord), unreadable, valid: reports.every((r) => r.valid) && unreadable.length === 0, summary: totals }, null, 2);
    }
  }
}

/** check-retour: is the retourbericht a correct answer to the heen message? Exit 0 yes, 1 no, 2 unreadable. */
async function runCheckRetour(opts: Options): Promise<number> {
  if (opts.inputs.length !== 2) throw new UsageError(`'check-retour' takes two files: <heen.xml> <retour.xml>`);
  if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`'check-retour' writes text or json`);
  const [heenFile, retourFile] = opts.inputs as [string, string];
  const read = (f: string): Buffer | undefined => {
    try {
      return f === '-' ? readFileSync(0) : readFileSync(f);
    } catch (e) {
      process.stderr.write(`iwmo-ijw: ${f}: ${(e as Error).message}\n`);
      return undefined;
    }
  };
  const heen = read(heenFile);
  const retour = read(retourFile);
  if (!heen || !retour) return 2;
  const variants = variantConfig(opts);
  const options = judgeOptions(opts, variants);
  const unreadable: Unreadable[] = [];
  const context = await contextHistory(opts, unreadable, false, options);
  let heenReport;
  try {
    for (const u of unreadable) process.stderr.write(`iwmo-ijw: ${u.file}: ${u.error}\n`);
    if (context?.failure) {
      process.stderr.write(`iwmo-ijw: ${context.failure}\n`);
      return 2;
    }
    // With a history: the heen message judged against it as it is now (a dry run: nothing recorded).
    if (context) heenReport = (await validateMessage(heen, { ...options, history: context.history, dryRun: true })).report;
  } finally {
    await context?.history.close();
  }
  const r = checkRetour(heen, retour, { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, variants, ...(heenReport ? { report: heenReport } : {}) });
  const shown = reportForCaller({ file: retourFile, standaard: r.retour.standaard, bericht: r.retour.bericht, release: r.retour.release, levels: r.retour.levels, valid: r.ok, issues: r.issues }, { personalData: opts.showPersonalData });
  if (opts.format === 'json') out(JSON.stringify({ heen: heenFile, retour: retourFile, juist: r.ok, issues: shown.issues }, null, 2) + '\n');
  else out(formatText(shown, opts.lang) + '\n');
  return r.ok ? 0 : 1;
}

async function runRespond(opts: Options): Promise<number> {
  if (opts.inputs.length !== 1) throw new UsageError(`'respond' answers one message`);
  const file = opts.inputs[0]!;
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    process.stderr.write(`iwmo-ijw: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const options = judgeOptions(opts, variantConfig(opts));
  const unreadable: Unreadable[] = [];
  const context = await contextHistory(opts, unreadable, false, options);
  try {
    for (const u of unreadable) process.stderr.write(`iwmo-ijw: ${u.file}: ${u.error}\n`);
    if (context?.failure) {
      process.stderr.write(`iwmo-ijw: ${context.failure}\n`);
      return 2;
    }
    const { judgement, answer } = await answerMessage(bytes, { ...options, history: context?.history, identificatie: opts.identificatie });
    const shown = reportForCaller({ file, ...judgement.report }, { personalData: opts.showPersonalData });
    if (judgement.recording === 'failed') {
      const failed = judgement.report.issues.find((i) => i.code === 'history.failed');
      if (failed) {
        process.stderr.write(`iwmo-ijw: ${file}: ${failed.message}\n`);
        return 2;
      }
      process.stderr.write(`iwmo-ijw: ${file}: the history could not be used: no retourbericht is written\n${formatText(shown, opts.lang)}\n`);
      return 1;
    }
    if (!answer || !answer.ok) {
      process.stderr.write(`iwmo-ijw: ${file}: ${answer ? answer.reason : 'refused'}\n${formatText(shown, opts.lang)}\n`);
      return 1;
    }
    out(answer.xml + '\n');
    return 0;
  } finally {
    await context?.history.close();
  }
}

function runConformance(opts: Options): number {
  if (opts.inputs.length !== 1) throw new UsageError(`'conformance' runs one suite folder`);
  if (opts.format !== 'text' && opts.format !== 'junit' && opts.format !== 'html') throw new UsageError(`'conformance' writes text, junit or html`);
  checkOutputFolder(opts.output);
  const result = runSuiteDir(opts.inputs[0]!, { lang: opts.lang });
  const doc = opts.format === 'junit' ? suiteJunit(result) : opts.format === 'html' ? suiteHtml(result, opts.lang) : suiteText(result, opts.lang);
  if (opts.output !== undefined) {
    try {
      writeFileSync(opts.output, doc + '\n');
    } catch (e) {
      throw new InputError(`--output ${opts.output}: ${(e as Error).message}`);
    }
    out(result.usable ? `${texts(opts.lang).summary(result.totals)}\n` : `${doc.trim().split('\n').at(-1)}\n`);
  } else out(doc + '\n');
  return suiteExitCode(result);
}

function runLookup(opts: Options): number {
  let r;
  if (opts.command === 'rules') {
    if (opts.inputs.length) throw new UsageError(`'rules' takes --bericht and --code, no files`);
    r = rulesTable({ bericht: opts.bericht, code: opts.code, lang: opts.lang });
  } else {
    if (opts.inputs.length !== 1) throw new UsageError(`'retourcode' looks up one code`);
    r = retourcodeText(opts.inputs[0]!, opts.lang);
  }
  if (r.ok) out(r.text + '\n');
  else process.stderr.write(r.text + '\n');
  return r.ok ? 0 : 2;
}

async function runCommand(command: string, rest: readonly string[]): Promise<number> {
  const opts = parseOptions(command, rest);
  if (opts === 'help') {
    out(commandUsage(command));
    return 0;
  }
  switch (command) {
    case 'validate':
      return runValidate(opts);
    case 'respond':
      return runRespond(opts);
    case 'check-retour':
      return runCheckRetour(opts);
    case 'conformance':
      return runConformance(opts);
    case 'rules':
    case 'retourcode':
      return runLookup(opts);
    default:
      if (opts.inputs.length) throw new UsageError(`'variants' takes no files`);
      out(variantsTable(opts.standaard, opts.lang) + '\n');
      return 0;
  }
}

/** One line for an error nobody planned for; the stack only with IWMO_DEBUG=1. */
function internalError(e: unknown): number {
  const debug = process.env.IWMO_DEBUG !== undefined && process.env.IWMO_DEBUG !== '' && process.env.IWMO_DEBUG !== '0';
  const text = e instanceof Error ? (debug ? e.stack : e.message) : String(e);
  process.stderr.write(`iwmo-ijw: internal error: ${text}${debug ? '' : ' (IWMO_DEBUG=1 shows where)'}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      out(`${VERSION}\n`);
      return 0;
    }
    if (command === 'serve') {
      const { runServe } = await import('./serve.js');
      return await runServe(rest);
    }
    if (command === 'store') return await runStore(rest);
    if (command in COMMANDS) return await runCommand(command, rest);
    const suggestion = didYouMeanCommand(command);
    throw new UsageError(`unknown command '${command}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
  } catch (e) {
    if (e instanceof StoreError || e instanceof InputError) {
      process.stderr.write(`iwmo-ijw: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ContractError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      const help = command !== undefined && command in COMMANDS ? `iwmo-ijw ${command} --help` : 'iwmo-ijw --help';
      process.stderr.write(`iwmo-ijw: ${e.message}\n(${help} lists the options)\n`);
      return 2;
    }
    return internalError(e);
  }
}

function didYouMeanCommand(command: string): string | undefined {
  return didYouMean(command, [...Object.keys(COMMANDS), 'store', 'serve']);
}

// Whatever escapes: one line (the stack with IWMO_DEBUG=1), exit status 2, never "valid".
process.on('uncaughtException', (e) => process.exit(internalError(e)));
process.on('unhandledRejection', (e) => process.exit(internalError(e)));

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
