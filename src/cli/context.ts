/**
 * Level 3 on the command line: the history of `--store PATH|URL`, or one in memory for one run.
 * Replaying an exchange into it is a use case of src/app (replayExchange).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openHistory, storeName } from '../adapters/open.js';
import { HistoryError, type HistoryAdmin, type HistoryPort } from '../ports/history.js';
import { MemoryHistory } from '../ports/memory.js';

/** A history that cannot be used: one line naming it and the problem (exit status 2). */
export class StoreError extends Error {}

/** The history of `--store` (SQLite path or PostgreSQL URL), or one in memory for this run. */
export async function openStore(spec: string | undefined): Promise<HistoryPort & HistoryAdmin> {
  if (spec === undefined) return new MemoryHistory();
  // An SQLite file in a folder that does not exist: one clear line rather than the driver's error.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(spec) && !existsSync(dirname(resolve(spec)))) throw new StoreError(`--store ${spec}: the folder ${dirname(spec)} does not exist`);
  try {
    return await openHistory(spec);
  } catch (e) {
    if (e instanceof HistoryError) throw new StoreError(e.message);
    throw new StoreError(`${storeName(spec)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
