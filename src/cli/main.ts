#!/usr/bin/env node
/**
 * The iwmo-ijw command line.
 *
 *   iwmo-ijw validate [files|directories|-] [--format text|json|jsonl] [--lang nl|en] [--today YYYY-MM-DD]
 *
 * Exit status: 0 every message valid, 1 at least one message has an error, 2 usage or I/O error.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Standaard } from '../catalogue/index.js';
import { respondAsync } from '../respond/index.js';
import { checkRetour } from '../respond/check.js';
import { checkAsync } from '../pipeline/async.js';
import { runBatch, type FileResult } from './batch.js';
import { expandGlob, isGlob } from './glob.js';
import { openStore, replay, StoreError } from './context.js';
import { runStore } from './store.js';
import type { HistoryAdmin, HistoryPort } from '../ports/history.js';
import { suiteExitCode, suiteHtml, suiteJunit, suiteText } from '../conformance/index.js';
import { runSuiteDir } from '../adapters/suite-files.js';
import { texts } from '../conformance/texts.js';
import { retourcodeText, rulesTable } from '../lookup/index.js';
import { formatContractErrors, loadContract, parseTaakgerichtProfiel, parseVariant, variantsTable, type VariantConfig } from '../variants/index.js';
import { BATCH_FORMATS, FORMATS, formatSummary, formatText, jsonRecord, type FileReport, type Format } from '../output/format.js';
import { toHtml, toJunit, toRapport, toSarif } from '../app/formats.js';
import { maskReport } from '../output/mask.js';
import type { Lang } from '../report/types.js';
import { VERSION } from '../version.js';

const USAGE = `iwmo-ijw ${VERSION} — validate iJw and iWmo 3.2 messages (iStandaarden)

Usage:
  iwmo-ijw validate [files|directories|-] [options]
  iwmo-ijw variants [--standaard iJw|iWmo] [--lang nl|en]
  iwmo-ijw respond <heen.xml|-> [--context DIR] [--store PATH|URL] [--dry-run]
                   [--contract FILE | --variant V] [--today YYYY-MM-DD] [--identificatie ID] [--lang nl|en]
  iwmo-ijw store import|export|stats|check --store PATH|URL   (iwmo-ijw store --help)
  iwmo-ijw check-retour <heen.xml> <retour.xml> [--context DIR] [--store PATH|URL]
                   [--contract FILE | --variant V] [--today YYYY-MM-DD] [--format text|json]
  iwmo-ijw conformance <suite> [--format text|junit|html] [--output FILE] [--lang nl|en]
  iwmo-ijw rules [--bericht JW301] [--code TR101] [--lang nl|en]
  iwmo-ijw retourcode <code> [--lang nl|en]
  iwmo-ijw serve [--port 8080] [--host 127.0.0.1] [--store PATH|postgres://…] [--contract FILE | --variant V]
                 [--workers N] [--tokens FILE] [--body-limit BYTES]   (an HTTP service; serve --help)

  Directories are searched recursively for *.xml; - reads one message from standard input;
  a quoted glob ('berichten/**/*.xml') is expanded by iwmo-ijw itself.
  'variants' prints, per uitvoeringsvariant, which messages are used and which fields are
  required, optional or forbidden. 'respond' writes the retourbericht (or the 325) that answers
  a heen message to standard output (exit 1 when the message fails the XSD: no retourbericht
  exists then, and the errors go to standard error). 'check-retour' judges whether a received
  retourbericht is a correct answer to the heen message (exit 0 yes, 1 no). 'conformance' runs a conformance suite (a
  folder of scenarios, docs/conformance-suite.md) and reports every step; exit 0 all pass, 1 a step
  failed, 2 the suite cannot be used. 'rules' and 'retourcode' look up which rules apply and what a
  retourcode means.

Options:
  --format F                     text (default), json, jsonl, junit, sarif, html or rapport
                                 (rapport: the official validation Rapport; one message to
                                 standard output or --output FILE, several to --output DIR as
                                 <name>.rapport.xml each)
  --lang nl|en                   language of the messages (default nl)
  --today YYYY-MM-DD             the date rules compare with (default: today)
  --max-bytes N                  largest accepted message (default 104857600)
  --contract FILE                judge every message against the uitvoeringsvarianten of this
                                 contract file (JSON, schemas/contract.schema.json)
  --variant V                    or: one variant for every product, gemeente and aanbieder
                                 (inspanningsgericht, outputgericht, taakgericht)
  --taakgericht-profiel P        with --variant taakgericht: sap (default) or istandaard
  --sources                      controleniveau 4 (externe bron): judge against the CBS gemeentecodes
                                 and productcodelijsten shipped with iwmo-ijw and, with --contract,
                                 its tarieven and regional product codes (docs/sources.md)
  --context DIR                  controleniveau 3: the exchange so far. Without other files, the
                                 messages of DIR are judged in Dagtekening order, each against the
                                 ones before; with files, DIR is replayed first and the files are
                                 judged against it
  --store PATH|URL               the history of the exchange, kept between runs: an SQLite file
                                 (created when absent) or a postgres:// URL. Every message judged
                                 with --context or --store is judged against it, and an accepted
                                 one is recorded in it (once, however often it is sent)
  --dry-run                      judge against the history without recording anything (each
                                 message against the history as it was, not the ones before it)
  --output FILE                  write the report to FILE; the terminal shows a summary line
  --quiet                        print only the summary line
  --show-personal-data           show BSNs, names and dates of birth in the output
                                 (masked by default, e.g. *****6789)
  --jobs N                       worker threads (default: by batch size and cores; 0 = none)
  -h, --help                     this text
  -v, --version                  the version

Exit status: 0 all messages valid, 1 at least one message has an error,
2 usage or I/O error (including a contract file with mistakes).
`;

class UsageError extends Error {}
/** A contract file with mistakes: its own message, exit status 2, no usage text. */
class ContractError extends Error {}

interface Options {
  format: Format;
  lang: Lang;
  today?: string;
  maxBytes?: number;
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
  inputs: string[];
  sources?: boolean;
}

function parseArgs(args: string[], needInputs = true): Options {
  const opts: Options = { format: 'text', lang: 'nl', quiet: false, showPersonalData: false, dryRun: false, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = take();
        if (!FORMATS.includes(v as Format)) throw new UsageError(`unknown format '${v}' (use ${FORMATS.join(', ')})`);
        opts.format = v as Format;
        break;
      }
      case '--lang': {
        const v = take();
        if (v !== 'nl' && v !== 'en') throw new UsageError(`unknown language '${v}' (use nl or en)`);
        opts.lang = v;
        break;
      }
      case '--today': {
        const v = take();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--today takes a date YYYY-MM-DD, not '${v}'`);
        opts.today = v;
        break;
      }
      case '--max-bytes': {
        const v = Number(take());
        if (!Number.isInteger(v) || v <= 0) throw new UsageError('--max-bytes takes a positive whole number');
        opts.maxBytes = v;
        break;
      }
      case '--contract':
        opts.contract = take();
        break;
      case '--output':
        opts.output = take();
        break;
      case '--identificatie':
        opts.identificatie = take();
        break;
      case '--context':
        opts.context = take();
        break;
      case '--bericht':
        opts.bericht = take();
        break;
      case '--code':
        opts.code = take();
        break;
      case '--store':
        opts.store = take();
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      case '--sources':
        opts.sources = true;
        break;
      case '--dry-run':
        opts.dryRun = true;
        break;
      case '--show-personal-data':
        opts.showPersonalData = true;
        break;
      case '--jobs': {
        const v = Number(take());
        if (!Number.isInteger(v) || v < 0 || v > 64) throw new UsageError('--jobs takes a whole number from 0 to 64');
        opts.jobs = v;
        break;
      }
      case '--variant':
        opts.variant = take();
        break;
      case '--taakgericht-profiel':
        opts.profiel = take();
        break;
      case '--standaard': {
        const v = take().toLowerCase();
        if (v !== 'ijw' && v !== 'iwmo') throw new UsageError(`unknown standaard '${v}' (use iJw or iWmo)`);
        opts.standaard = v === 'ijw' ? 'iJw' : 'iWmo';
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        opts.inputs.push(a);
    }
  }
  if (needInputs && !opts.inputs.length && opts.context === undefined) throw new UsageError('name at least one file, directory or - (standard input)');
  if (opts.contract !== undefined && opts.variant !== undefined) throw new UsageError('use --contract or --variant, not both');
  if (opts.profiel !== undefined && opts.variant === undefined) throw new UsageError('--taakgericht-profiel goes with --variant (a contract names its own profile)');
  if (opts.dryRun && opts.store === undefined && opts.context === undefined) throw new UsageError('--dry-run goes with --store or --context');
  return opts;
}

/** The variant configuration of the options; throws a UsageError for a bad variant or contract. */
function variantConfig(opts: Options): VariantConfig | undefined {
  if (opts.contract !== undefined) {
    let text: string;
    try {
      text = readFileSync(opts.contract, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read the contract file ${opts.contract}: ${(e as Error).message}`);
    }
    const loaded = loadContract(text);
    if (!loaded.ok) throw new ContractError(formatContractErrors(loaded.errors, opts.contract));
    return { contract: loaded.contract };
  }
  if (opts.variant === undefined) return undefined;
  const variant = parseVariant(opts.variant);
  if (!variant.ok) throw new UsageError(variant.message);
  if (opts.profiel === undefined) return { variant: variant.variant };
  const profiel = parseTaakgerichtProfiel(opts.profiel);
  if (!profiel.ok) throw new UsageError(profiel.message);
  return { variant: variant.variant, taakgerichtProfiel: profiel.profiel };
}

/** Expands directories recursively into their *.xml files, in a stable (sorted) order. */
function expand(path: string, out: string[], problems: string[]): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    if (isGlob(path)) {
      const matches = expandGlob(path);
      if (!matches.length) problems.push(`${path}: no file matches`);
      for (const m of matches) expand(m, out, problems);
      return;
    }
    problems.push(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    return;
  }
  if (!st.isDirectory()) {
    out.push(path);
    return;
  }
  // The entry types come with the listing; only links need a stat of their own.
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(path, entry.name);
    let dir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        dir = statSync(child).isDirectory();
      } catch {
        continue;
      }
    }
    if (dir) expand(child, out, problems);
    else if (/\.xml$/i.test(entry.name)) out.push(child);
  }
}

/** Shows progress on standard error when it is a terminal and the batch is large. */
function progress(total: number): { tick: (done: number) => void; end: () => void } {
  const live = process.stderr.isTTY === true && total >= 50;
  let last = 0;
  return {
    tick(done) {
      const now = Date.now();
      if (!live || (now - last < 200 && done < total)) return;
      last = now;
      process.stderr.write(`\r${done}/${total}`);
    },
    end() {
      if (live) process.stderr.write('\r\x1b[K');
    },
  };
}

/** The formats written once for the whole batch. */
function batchOutput(opts: Options, reports: readonly FileReport[]): string {
  switch (opts.format) {
    case 'junit':
      return toJunit(reports, { lang: opts.lang });
    case 'sarif':
      return JSON.stringify(toSarif(reports, { lang: opts.lang, toolVersion: VERSION, root: process.cwd() }), null, 2);
    case 'html':
      return toHtml(reports, { lang: opts.lang, generated: new Date().toISOString() });
    default:
      return JSON.stringify({ files: reports.map(jsonRecord), valid: reports.every((r) => r.valid) }, null, 2);
  }
}

interface Context {
  readonly history: HistoryPort & HistoryAdmin;
  readonly replayed: FileResult[];
  /** The history failed while the context folder was replayed: the line naming it and the problem. */
  readonly failure?: string;
}

/** The history of --store (or one in memory for this run), with the --context folder replayed into it. */
async function contextHistory(opts: Options, problems: string[], judgeContext: boolean): Promise<Context | undefined> {
  if (opts.context === undefined && opts.store === undefined) return undefined;
  const variants = variantConfig(opts);
  const history = await openStore(opts.store);
  const replayed: FileResult[] = [];
  if (opts.context === undefined) return { history, replayed };
  try {
    const files: string[] = [];
    expand(opts.context, files, problems);
    const { results, failure } = await replay(files, history, { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, sources: opts.sources === true, variants, dryRun: opts.dryRun });
    for (const r of results) {
      if (r.report && judgeContext) replayed.push({ file: r.file, report: r.report });
      else if (!r.report) problems.push(`${r.file}: ${r.error}`);
    }
    return { history, replayed, failure };
  } catch (e) {
    await history.close();
    throw e;
  }
}

/**
 * Where `--format rapport` writes: one message to standard output (or --output FILE); several, one
 * `<name>.rapport.xml` per message in the folder --output DIR (a name used twice gets -2, -3, …).
 */
function rapportTarget(opts: Options, files: readonly string[], problems: string[]): (report: FileReport) => void {
  const several = files.length > 1 || (opts.context !== undefined && files.length === 0);
  if (!several) {
    return (report) => {
      if (opts.output === undefined) process.stdout.write(toRapport(report));
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
    throw new UsageError(`--output ${dir}: ${(e as Error).message}`);
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

async function runValidate(opts: Options): Promise<number> {
  const variants = variantConfig(opts);
  const files: string[] = [];
  const problems: string[] = [];
  for (const input of opts.inputs) {
    if (input === '-') files.push('-');
    else expand(input, files, problems);
  }
  const context = await contextHistory(opts, problems, files.length === 0);
  try {
    return await validateFiles(opts, variants, files, problems, context);
  } finally {
    await context?.history.close();
  }
}

async function validateFiles(opts: Options, variants: VariantConfig | undefined, files: string[], problems: string[], context: Context | undefined): Promise<number> {
  const reports: FileReport[] = [];
  const rapport = opts.format === 'rapport' ? rapportTarget(opts, files, problems) : undefined;
  const toFile = opts.output !== undefined && rapport === undefined;
  const chunks: string[] = [];
  const emit = (s: string): void => {
    if (toFile) chunks.push(s);
    else if (!opts.quiet) process.stdout.write(s + '\n');
  };
  const bar = progress(files.length);
  const onResult = (result: FileResult, index: number): void => {
      bar.tick(index + 1);
      if ('error' in result) {
        problems.push(`${result.file}: ${result.error}`);
        return;
      }
      const raw: FileReport = { file: result.file, ...result.report };
      const report = opts.showPersonalData ? raw : maskReport(raw);
      reports.push(report);
      if (opts.format === 'jsonl') emit(JSON.stringify(jsonRecord(report)));
      else if (opts.format === 'text') emit(formatText(report, opts.lang));
      else if (rapport) rapport(report);
  };
  if (context) {
    // Level 3 judges messages in order against one history: no worker threads.
    context.replayed.forEach(onResult);
    if (context.failure) problems.push(context.failure);
    else {
      const { results, failure } = await replay(files, context.history, { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, sources: opts.sources === true, variants, dryRun: opts.dryRun });
      for (const r of results) onResult(r.report ? { file: r.file, report: r.report } : { file: r.file, error: r.error ?? 'unreadable' }, 0);
      if (failure) problems.push(failure);
    }
  } else {
    await runBatch({
      files,
      options: { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, sources: opts.sources === true, variants },
      workerUrl: new URL('./worker.js', import.meta.url),
      ...(opts.jobs !== undefined ? { workers: opts.jobs } : {}),
      onResult,
    });
  }
  bar.end();
  if (BATCH_FORMATS.includes(opts.format)) emit(batchOutput(opts, reports));
  const summary = formatSummary(reports, opts.lang);
  if (toFile) {
    if (opts.format === 'text' && reports.length > 1) chunks.push(summary);
    try {
      writeFileSync(opts.output!, chunks.join('\n') + '\n');
    } catch (e) {
      problems.push(`${opts.output}: ${(e as Error).message}`);
    }
    process.stdout.write(summary + '\n');
  } else if (rapport && opts.output !== undefined) {
    process.stdout.write(summary + '\n');
  } else if (opts.quiet || (opts.format === 'text' && reports.length > 1)) {
    process.stdout.write(summary + '\n');
  }
  for (const p of problems) process.stderr.write(`iwmo-ijw: ${p}\n`);
  if (problems.length) return 2;
  return reports.every((r) => r.valid) ? 0 : 1;
}

/** check-retour: is the retourbericht a correct answer to the heen message? Exit 0 yes, 1 no, 2 unreadable. */
async function runCheckRetour(opts: Options): Promise<number> {
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
  const problems: string[] = [];
  const context = await contextHistory(opts, problems, false);
  let heenReport;
  try {
    for (const p of problems) process.stderr.write(`iwmo-ijw: ${p}\n`);
    if (context?.failure) {
      process.stderr.write(`iwmo-ijw: ${context.failure}\n`);
      return 2;
    }
    // With a history: the heen message judged against it as it is now (a dry run: nothing recorded).
    if (context) heenReport = (await checkAsync(heen, { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, sources: opts.sources === true, variants: variantConfig(opts), history: context.history, dryRun: true })).report;
  } finally {
    await context?.history.close();
  }
  const r = checkRetour(heen, retour, { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, variants: variantConfig(opts), ...(heenReport ? { report: heenReport } : {}) });
  const raw: FileReport = { file: retourFile, standaard: r.retour.standaard, bericht: r.retour.bericht, release: r.retour.release, levels: r.retour.levels, valid: r.ok, issues: r.issues };
  const shown = opts.showPersonalData ? raw : maskReport(raw);
  if (opts.format === 'json') process.stdout.write(JSON.stringify({ heen: heenFile, retour: retourFile, juist: r.ok, issues: shown.issues }, null, 2) + '\n');
  else process.stdout.write(formatText(shown, opts.lang) + '\n');
  return r.ok ? 0 : 1;
}

async function runRespond(opts: Options): Promise<number> {
  const file = opts.inputs[0]!;
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    process.stderr.write(`iwmo-ijw: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const problems: string[] = [];
  const context = await contextHistory(opts, problems, false);
  try {
    for (const p of problems) process.stderr.write(`iwmo-ijw: ${p}\n`);
    if (context?.failure) {
      process.stderr.write(`iwmo-ijw: ${context.failure}\n`);
      return 2;
    }
    const variants = variantConfig(opts);
    const r = await respondAsync(bytes, { lang: opts.lang, today: opts.today, maxBytes: opts.maxBytes, identificatie: opts.identificatie, sources: opts.sources === true, history: context?.history, dryRun: opts.dryRun, variants });
    if (r.recording === 'failed') {
      const failed = r.report.issues.find((i) => i.code === 'history.failed');
      if (failed) {
        process.stderr.write(`iwmo-ijw: ${file}: ${failed.message}\n`);
        return 2;
      }
    }
    if (!r.ok) {
      const shown = opts.showPersonalData ? { file, ...r.report } : maskReport({ file, ...r.report });
      process.stderr.write(`iwmo-ijw: ${file}: ${r.reason}\n${formatText(shown, opts.lang)}\n`);
      return 1;
    }
    process.stdout.write(r.xml + '\n');
    return 0;
  } finally {
    await context?.history.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'validate') {
      if (rest.includes('-h') || rest.includes('--help')) {
        process.stdout.write(USAGE);
        return 0;
      }
      return await runValidate(parseArgs(rest));
    }
    if (command === 'serve') {
      const { runServe } = await import('./serve.js');
      return await runServe(rest);
    }
    if (command === 'respond') {
      const opts = parseArgs(rest);
      if (opts.inputs.length !== 1) throw new UsageError(`'respond' answers one message`);
      return await runRespond(opts);
    }
    if (command === 'store') return await runStore(rest);
    if (command === 'check-retour') {
      const opts = parseArgs(rest);
      if (opts.inputs.length !== 2) throw new UsageError(`'check-retour' takes two files: <heen.xml> <retour.xml>`);
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`'check-retour' writes text or json`);
      return await runCheckRetour(opts);
    }
    if (command === 'conformance') {
      const opts = parseArgs(rest);
      if (opts.inputs.length !== 1) throw new UsageError(`'conformance' runs one suite folder`);
      if (opts.format !== 'text' && opts.format !== 'junit' && opts.format !== 'html') throw new UsageError(`'conformance' writes text, junit or html`);
      const result = runSuiteDir(opts.inputs[0]!, { lang: opts.lang });
      const out = opts.format === 'junit' ? suiteJunit(result) : opts.format === 'html' ? suiteHtml(result, opts.lang) : suiteText(result, opts.lang);
      if (opts.output !== undefined) {
        writeFileSync(opts.output, out + '\n');
        process.stdout.write(result.usable ? `${texts(opts.lang).summary(result.totals)}\n` : `${out.trim().split('\n').at(-1)}\n`);
      } else process.stdout.write(out + '\n');
      return suiteExitCode(result);
    }
    if (command === 'rules' || command === 'retourcode') {
      const opts = parseArgs(rest, false);
      let r;
      if (command === 'rules') {
        if (opts.inputs.length) throw new UsageError(`'rules' takes --bericht and --code, no files`);
        r = rulesTable({ bericht: opts.bericht, code: opts.code, lang: opts.lang });
      } else {
        if (opts.inputs.length !== 1) throw new UsageError(`'retourcode' looks up one code`);
        r = retourcodeText(opts.inputs[0]!, opts.lang);
      }
      (r.ok ? process.stdout : process.stderr).write(r.text + '\n');
      return r.ok ? 0 : 2;
    }
    if (command === 'variants') {
      const opts = parseArgs(rest, false);
      if (opts.inputs.length) throw new UsageError(`'variants' takes no files`);
      process.stdout.write(variantsTable(opts.standaard, opts.lang) + '\n');
      return 0;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`iwmo-ijw: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ContractError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`iwmo-ijw: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`iwmo-ijw: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
