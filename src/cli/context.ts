/**
 * Level 3 on the command line: a history (`--store PATH|URL`, or in memory for one run) and a folder
 * of earlier messages (an exchange) replayed into it in Dagtekening order, each judged against the
 * ones before through `validateAsync` (prefetch → check → commit).
 */
import { readFileSync } from 'node:fs';
import { openHistory, storeName } from '../adapters/open.js';
import { checkAsync, type AsyncValidateOptions } from '../pipeline/async.js';
import { HistoryError, type HistoryAdmin, type HistoryPort } from '../ports/history.js';
import { MemoryHistory } from '../ports/memory.js';
import type { Report } from '../report/types.js';

const DAGTEKENING = /<(?:[A-Za-z_][\w.-]*:)?Dagtekening>\s*([^<\s]*)\s*</;

/** Files in Dagtekening order (the first Dagtekening of a message is its header's), then by name. */
export function inDagtekeningOrder(files: readonly string[]): Array<{ file: string; bytes: Buffer | null; error?: string }> {
  const read = files.map((file) => {
    try {
      const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      const dag = DAGTEKENING.exec(bytes.subarray(0, 4096).toString('utf8'))?.[1] ?? '';
      return { file, bytes, dag };
    } catch (e) {
      return { file, bytes: null, dag: '', error: (e as Error).message };
    }
  });
  read.sort((a, b) => (a.dag < b.dag ? -1 : a.dag > b.dag ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return read;
}

/** A history that cannot be used: one line naming it and the problem (exit status 2). */
export class StoreError extends Error {}

/** The history of `--store` (SQLite path or PostgreSQL URL), or one in memory for this run. */
export async function openStore(spec: string | undefined): Promise<HistoryPort & HistoryAdmin> {
  if (spec === undefined) return new MemoryHistory();
  try {
    return await openHistory(spec);
  } catch (e) {
    if (e instanceof HistoryError) throw new StoreError(e.message);
    throw new StoreError(`${storeName(spec)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export interface Replayed {
  readonly file: string;
  readonly report?: Report;
  readonly error?: string;
}

/**
 * Replays messages into the history (each judged against the ones before, accepted ones recorded
 * unless a dry run). Stops at the first failure of the history itself: that message's report says
 * so, and `failure` names the history and the problem.
 */
export async function replay(files: readonly string[], history: HistoryPort, options: AsyncValidateOptions): Promise<{ results: Replayed[]; failure?: string }> {
  const results: Replayed[] = [];
  for (const { file, bytes, error } of inDagtekeningOrder(files)) {
    if (!bytes) {
      results.push({ file, error: error ?? 'unreadable' });
      continue;
    }
    const checked = await checkAsync(bytes, { ...options, history });
    results.push({ file, report: checked.report });
    if (checked.recording === 'failed') {
      const failed = checked.report.issues.find((i) => i.code === 'history.failed' || i.code === 'internal.error');
      if (failed?.code === 'history.failed') return { results, failure: `${file}: ${failed.message}` };
    }
  }
  return { results };
}
