/**
 * PLACEHOLDER for the branch `service` only: the real file (SQLite for a path, PostgreSQL for a
 * `postgres://` URL) comes from the SQLite adapter's branch and replaces this one at the merge.
 * Here `memory:` gives an in-process MemoryHistory (lost when the process ends) and anything else
 * is unavailable, so the service compiles and its tests run on the reference adapter.
 */
import { HistoryError, type HistoryAdmin, type HistoryPort } from '../ports/history.js';
import { MemoryHistory } from '../ports/memory.js';

export async function openHistory(spec: string): Promise<HistoryPort & HistoryAdmin> {
  if (spec === 'memory:') return new MemoryHistory();
  throw new HistoryError('unavailable', `${spec}: no history adapter for this store in this build (only memory:)`);
}
