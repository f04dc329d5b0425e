/**
 * `iwmo-ijw store …`: maintenance of a history (an SQLite file or a PostgreSQL database).
 *
 *   iwmo-ijw store import facts.jsonl --store PATH|URL     the JSON Lines facts file of earlier versions
 *   iwmo-ijw store export --store PATH|URL > facts.jsonl   every fact, in the order recorded
 *   iwmo-ijw store stats --store PATH|URL [--format json]  facts, messages, facts per kind
 *   iwmo-ijw store check --store PATH|URL                  integrity (exit 1 when a problem is found)
 *
 * Exit status: 0 done (check: sound), 1 check found problems, 2 usage error or a history or file that
 * cannot be used (one line naming it and the problem; the history is left untouched).
 */
import { readFileSync } from 'node:fs';
import { parseFactLines, factLine } from '../adapters/jsonl.js';
import { storeName } from '../adapters/open.js';
import { HistoryError, type HistoryAdmin, type HistoryPort } from '../ports/history.js';
import { openStore, StoreError } from './context.js';
import { parseCommand } from './args.js';

export const STORE_USAGE = `Usage:
  iwmo-ijw store import <facts.jsonl|-> --store PATH|URL
  iwmo-ijw store export --store PATH|URL > facts.jsonl
  iwmo-ijw store stats --store PATH|URL [--format text|json]
  iwmo-ijw store check --store PATH|URL

  PATH is an SQLite file (created when absent), URL a postgres:// or postgresql:// database.
  'import' reads the JSON Lines facts file of earlier versions into a new, empty history.
`;

class StoreUsageError extends Error {}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

interface StoreOptions {
  readonly sub: string;
  readonly store: string;
  readonly format: 'text' | 'json';
  readonly inputs: string[];
}

function parse(args: string[]): StoreOptions {
  const [sub, ...rest] = args;
  if (sub === undefined || !['import', 'export', 'stats', 'check'].includes(sub)) throw new StoreUsageError(sub === undefined ? 'name what to do: import, export, stats or check' : `unknown store command '${sub}'`);
  let parsed;
  try {
    parsed = parseCommand(`store ${sub}`, rest, { store: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  } catch (e) {
    throw new StoreUsageError((e as Error).message);
  }
  const store = parsed.values.store as string | undefined;
  const inputs = [...parsed.positionals];
  const given = parsed.values.format as string | undefined;
  if (given !== undefined && given !== 'text' && given !== 'json') throw new StoreUsageError(`'store ${sub}' writes text or json, not '${given}'`);
  const format: 'text' | 'json' = given === 'json' ? 'json' : 'text';
  if (store === undefined) throw new StoreUsageError(`'store ${sub}' needs --store PATH|URL`);
  if (sub === 'import' && inputs.length !== 1) throw new StoreUsageError(`'store import' reads one facts file (or - for standard input)`);
  if (sub !== 'import' && inputs.length) throw new StoreUsageError(`'store ${sub}' takes no files`);
  if (format === 'json' && sub !== 'stats') throw new StoreUsageError(`--format json goes with 'store stats'`);
  return { sub, store, format, inputs };
}

/** Writes to standard output, waiting when the pipe is full. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

export async function runStore(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(STORE_USAGE);
    return 0;
  }
  let history: (HistoryPort & HistoryAdmin) | undefined;
  try {
    const opts = parse(args);
    const name = storeName(opts.store);
    let facts;
    if (opts.sub === 'import') {
      // The file first: nothing is opened or created for a file that is not a facts file.
      const file = opts.inputs[0]!;
      let text: string;
      try {
        text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
      } catch (e) {
        throw new StoreError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      }
      try {
        facts = parseFactLines(text, file === '-' ? 'standard input' : file);
      } catch (e) {
        throw new StoreError((e as Error).message);
      }
    }
    history = await openStore(opts.store);
    switch (opts.sub) {
      case 'import': {
        const before = await history.stats();
        if (before.facts) throw new StoreError(`${name}: already holds ${before.facts} facts; import into a new, empty history`);
        const done = await history.importFacts(facts!, opts.inputs[0]!);
        process.stdout.write(`${name}: imported ${done.facts} facts from ${opts.inputs[0]}\n`);
        return 0;
      }
      case 'export': {
        let chunk = '';
        for await (const fact of history.exportFacts()) {
          chunk += factLine(fact);
          if (chunk.length >= 1 << 16) {
            await write(chunk);
            chunk = '';
          }
        }
        if (chunk) await write(chunk);
        return 0;
      }
      case 'stats': {
        const s = await history.stats();
        if (opts.format === 'json') process.stdout.write(JSON.stringify({ facts: s.facts, messages: s.messages, byKind: s.byKind }) + '\n');
        else {
          const kinds = Object.entries(s.byKind).map(([k, n]) => `  ${k}: ${n}`);
          process.stdout.write(`${name}: ${count(s.facts, 'fact')} from ${count(s.messages, 'message')}\n${kinds.length ? kinds.join('\n') + '\n' : ''}`);
        }
        return 0;
      }
      default: {
        const problems = await history.check();
        if (problems.length) {
          for (const p of problems) process.stdout.write(`${p}\n`);
          return 1;
        }
        const s = await history.stats();
        process.stdout.write(`${name}: sound (${count(s.facts, 'fact')} from ${count(s.messages, 'message')})\n`);
        return 0;
      }
    }
  } catch (e) {
    if (e instanceof StoreUsageError) {
      process.stderr.write(`iwmo-ijw: ${e.message}\n\n${STORE_USAGE}`);
      return 2;
    }
    if (e instanceof StoreError || e instanceof HistoryError) {
      process.stderr.write(`iwmo-ijw: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    await history?.close().catch(() => undefined);
  }
}
