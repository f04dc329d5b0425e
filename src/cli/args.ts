/**
 * The command line's arguments: `node:util` parseArgs in strict mode, with the options declared per
 * command, so an option of another command (or a typo) is refused with a suggestion, and values
 * checked here (dates that exist, whole numbers in range) rather than deep inside a run.
 */
import { parseArgs } from 'node:util';

/** A usage mistake: one line on standard error, then the command's usage; exit status 2. */
export class UsageError extends Error {}

export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest of the names, when it is close enough to be what was meant. */
export function didYouMean(given: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const n of names) {
    const d = levenshtein(given, n);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

/** Parses one command's arguments against its own options; throws a UsageError naming the mistake. */
export function parseCommand(command: string, args: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: options as never, strict: true, allowPositionals: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = (e as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'([^']+)'/.exec(message)?.[1] ?? '?';
      const name = given.replace(/^-+/, '').replace(/=.*$/, '');
      const suggestion = didYouMean(name, Object.keys(options));
      throw new UsageError(`unknown option '${given}' for '${command}'${suggestion ? ` (did you mean --${suggestion}?)` : ''}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
      throw new UsageError(/argument missing/.test(message) ? `${option} needs a value` : `${option} takes no value`);
    }
    throw new UsageError(message);
  }
}

/** A calendar date YYYY-MM-DD that exists (2024-02-29 yes, 2024-02-30 no). */
export function checkDate(flag: string, v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const ok = m !== null && (() => {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  })();
  if (!ok) throw new UsageError(`${flag} takes a date YYYY-MM-DD that exists, not '${v}'`);
  return v;
}

/** A whole number from min to max. */
export function checkWhole(flag: string, v: string, min: number, max: number, what = `a whole number from ${min} to ${max}`): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new UsageError(`${flag} takes ${what}`);
  return n;
}

/** One of the listed values. */
export function checkChoice<T extends string>(what: string, v: string, choices: readonly T[]): T {
  if (!choices.includes(v as T)) throw new UsageError(`unknown ${what} '${v}' (use ${choices.join(', ')})`);
  return v as T;
}
