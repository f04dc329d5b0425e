/**
 * Validating many files: small batches in this thread, large ones on worker threads (the
 * validators load once per worker). Results are delivered in input order, whatever order the
 * workers finish in.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report } from '../report/types.js';
import { refusedForSize, validate, type ValidateOptions } from '../pipeline/validate.js';

/** What validating one file gives: a report, or the reason the file could not be read. */
export type FileResult = { file: string; report: Report } | { file: string; error: string };

/** Options that cross to a worker: plain data only. */
export type BatchOptions = Pick<ValidateOptions, 'lang' | 'today' | 'maxBytes' | 'maxIssues' | 'variants' | 'sources'>;

/** From this many files on, workers pay for their start-up. */
export const WORKER_THRESHOLD = 1000;
const CHUNK = 32;

export function validateFile(file: string, options: BatchOptions): FileResult {
  let bytes: Buffer;
  try {
    // A file is measured before it is read: one above the limit is refused without reading it whole.
    const refused = file === '-' ? null : refusedForSize(statSync(file).size, options);
    if (refused) return { file, report: refused };
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    return { file, error: (e as Error).message };
  }
  return { file, report: validate(bytes, options) };
}

export interface BatchRun {
  files: readonly string[];
  options: BatchOptions;
  /** Called once per file, in input order. */
  onResult: (result: FileResult, index: number) => void;
  /** Number of worker threads; 0 validates in this thread. Default: by batch size and cores. */
  workers?: number;
  /** URL of the worker module (the built `worker.js` beside the command line). */
  workerUrl?: URL;
}

/**
 * Worker threads by default only where they pay: from WORKER_THRESHOLD files on, and only with more
 * than two cores. Measured (bench/e2e.ts, 10,000 files of 5 KB, 2 cores): one thread 1.76 s, two
 * workers 2.20 s — the main thread reading, ordering and printing competes with the workers for
 * the same two cores, and each worker pays its own start-up and validator compilation.
 */
export function defaultWorkers(files: number, cores = availableParallelism()): number {
  if (files < WORKER_THRESHOLD || cores <= 2) return 0;
  return Math.max(0, Math.min(cores, 8, Math.ceil(files / CHUNK)));
}

export async function runBatch(run: BatchRun): Promise<void> {
  const { files, options, onResult } = run;
  const workers = run.workers ?? defaultWorkers(files.length);
  if (workers === 0 || !run.workerUrl || files.includes('-')) {
    files.forEach((file, i) => onResult(validateFile(file, options), i));
    return;
  }
  const results: Array<FileResult | undefined> = new Array(files.length);
  let flushed = 0;
  const flush = (): void => {
    while (flushed < files.length && results[flushed] !== undefined) {
      onResult(results[flushed]!, flushed);
      results[flushed] = undefined;
      flushed++;
    }
  };
  let next = 0;
  const take = (): [number, string[]] | null => {
    if (next >= files.length) return null;
    const start = next;
    next = Math.min(files.length, next + CHUNK);
    return [start, files.slice(start, next) as string[]];
  };
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(run.workerUrl!, { workerData: options });
      return new Promise<void>((resolve, reject) => {
        const send = (): void => {
          const task = take();
          if (task) worker.postMessage(task);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', ([start, chunk]: [number, FileResult[]]) => {
          chunk.forEach((r, k) => (results[start + k] = r));
          flush();
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 && next < files.length) reject(new Error(`a worker thread stopped with code ${code}`));
        });
        send();
      });
    }),
  );
  flush();
}
