/**
 * `iwmo-ijw serve`: the HTTP service (src/service) from the command line.
 *
 *   iwmo-ijw serve [--port 8080] [--host 127.0.0.1] [--store PATH|postgres://…] [--contract FILE | --variant V]
 *                  [--workers N] [--tokens FILE] [--body-limit BYTES] [--max-in-flight N]
 *
 * Without --tokens the service listens on 127.0.0.1 only, unless --host is given (then a warning).
 * SIGTERM and SIGINT close it gracefully: stop accepting, finish the messages in flight, close the store.
 */
import { readFileSync } from 'node:fs';
import { createService, type ServiceOptions } from '../service/index.js';
import { checkWhole, parseCommand, UsageError, type OptionSpec } from './args.js';

export const SERVE_USAGE = `Usage:
  iwmo-ijw serve [--port 8080] [--host 127.0.0.1] [--store PATH|postgres://…|memory:]
                 [--contract FILE | --variant V [--taakgericht-profiel P]] [--workers N]
                 [--tokens FILE] [--body-limit BYTES] [--max-in-flight N]

  --store S            the history of level 3 (a SQLite file, a postgres:// URL, or memory: for a
                       history that lasts as long as the process); without it level 3 does not run
  --workers N          worker threads for validation (default 0: on the main thread)
  --tokens FILE        API tokens (JSON, see README); without it every caller may do everything,
                       and the service listens on 127.0.0.1 unless --host is given
  --body-limit BYTES   largest request body (default 104857600)
  --max-in-flight N    messages judged at once before 503 + Retry-After (default 16)
  --log-level L        fatal, error, warn, info (default), debug or silent
`;

export class ServeUsageError extends Error {}

export interface ServeArgs {
  options: ServiceOptions;
  hostExplicit: boolean;
}

const OPTIONS: OptionSpec = {
  port: { type: 'string' },
  host: { type: 'string' },
  store: { type: 'string' },
  contract: { type: 'string' },
  variant: { type: 'string' },
  'taakgericht-profiel': { type: 'string' },
  workers: { type: 'string' },
  tokens: { type: 'string' },
  'body-limit': { type: 'string' },
  'max-in-flight': { type: 'string' },
  'log-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export function parseServeArgs(args: readonly string[]): ServeArgs {
  const o: { -readonly [K in keyof ServiceOptions]: ServiceOptions[K] } = {};
  let parsed;
  try {
    parsed = parseCommand('serve', args, OPTIONS);
    if (parsed.positionals.length) throw new UsageError(`'serve' takes no files ('${parsed.positionals[0]}')`);
  } catch (e) {
    throw new ServeUsageError((e as Error).message);
  }
  const v = parsed.values as Record<string, string | undefined>;
  const whole = (name: string, min: number, max: number): number | undefined => {
    if (v[name] === undefined) return undefined;
    try {
      return checkWhole(`--${name}`, v[name]!, min, max);
    } catch (e) {
      throw new ServeUsageError((e as Error).message);
    }
  };
  const hostExplicit = v.host !== undefined;
  const contractFile = v.contract;
  const tokensFile = v.tokens;
  const logLevel = v['log-level'] ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'silent'].includes(logLevel)) throw new ServeUsageError(`unknown log level '${logLevel}'`);
  const set = <K extends keyof ServiceOptions>(k: K, value: ServiceOptions[K] | undefined): void => {
    if (value !== undefined) o[k] = value;
  };
  set('port', whole('port', 0, 65535));
  set('host', v.host);
  set('store', v.store);
  set('variant', v.variant);
  set('taakgerichtProfiel', v['taakgericht-profiel']);
  set('workers', whole('workers', 0, 64));
  set('bodyLimit', whole('body-limit', 1, 2 ** 31));
  set('maxInFlight', whole('max-in-flight', 1, 10_000));
  if (contractFile !== undefined && o.variant !== undefined) throw new ServeUsageError('use --contract or --variant, not both');
  if (contractFile !== undefined) {
    try {
      o.contract = { text: readFileSync(contractFile, 'utf8'), name: contractFile };
    } catch (e) {
      throw new ServeUsageError(`cannot read the contract file ${contractFile}: ${(e as Error).message}`);
    }
  }
  if (tokensFile !== undefined) {
    try {
      o.tokens = readFileSync(tokensFile, 'utf8');
    } catch (e) {
      throw new ServeUsageError(`cannot read the token file ${tokensFile}: ${(e as Error).message}`);
    }
  }
  o.logger = { level: logLevel };
  return { options: o, hostExplicit };
}

/** Runs the service until SIGTERM or SIGINT; resolves with the exit status. */
export async function runServe(args: readonly string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    if (!process.stdout.write(SERVE_USAGE)) await new Promise((r) => process.stdout.once('drain', r));
    return 0;
  }
  let parsed: ServeArgs;
  try {
    parsed = parseServeArgs(args);
  } catch (e) {
    if (e instanceof ServeUsageError) {
      process.stderr.write(`iwmo-ijw serve: ${e.message}\n\n${SERVE_USAGE}`);
      return 2;
    }
    throw e;
  }
  const { options, hostExplicit } = parsed;
  if (options.tokens === undefined && hostExplicit && !['127.0.0.1', '::1', 'localhost'].includes(options.host!)) {
    process.stderr.write(`iwmo-ijw serve: WARNING: listening on ${options.host} without --tokens: anyone who can reach this address may validate, answer and record messages\n`);
  }
  // The signals are caught from the start: one that comes while starting closes as soon as the service is up.
  let signalled: ((signal: string) => void) | null = null;
  const stopped = new Promise<string>((resolve) => (signalled = resolve));
  const onTerm = (): void => signalled?.('SIGTERM');
  const onInt = (): void => signalled?.('SIGINT');
  process.once('SIGTERM', onTerm);
  process.once('SIGINT', onInt);
  let service;
  try {
    service = await createService(options);
  } catch (e) {
    process.stderr.write(`iwmo-ijw serve: ${(e as Error).message}\n`);
    return 2;
  }
  let address;
  try {
    address = await service.listen();
  } catch (e) {
    process.stderr.write(`iwmo-ijw serve: cannot listen: ${(e as Error).message}\n`);
    await service.close();
    return 2;
  }
  process.stderr.write(`iwmo-ijw serve: listening on ${address.url}\n`);
  const signal = await stopped;
  process.stderr.write(`iwmo-ijw serve: ${signal}: closing (finishing the messages in flight)\n`);
  try {
    await service.close();
    return 0;
  } catch (e) {
    process.stderr.write(`iwmo-ijw serve: closing failed: ${(e as Error).message}\n`);
    return 1;
  }
}
