/**
 * One string names a history: a `postgres://` or `postgresql://` URL is a PostgreSQL database,
 * `memory:` a history in this process only (gone when it ends: for tests and trials), anything else
 * the path of an SQLite file (created when absent). The drivers are loaded only when a store of
 * theirs is opened, so a run without a store never loads them.
 */
import type { HistoryAdmin, HistoryPort } from '../ports/history.js';
import { MemoryHistory } from '../ports/memory.js';

/** The store spec of a history kept in memory for the life of the process. */
export const MEMORY = 'memory:';

/** Whether a store spec is a PostgreSQL URL. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec);
}

/** Opens the history a `--store` value names; rejects with a HistoryError naming it and the problem. */
export async function openHistory(spec: string): Promise<HistoryPort & HistoryAdmin> {
  if (spec === MEMORY) return new MemoryHistory();
  if (isPostgresUrl(spec)) return (await import('./postgres.js')).openPostgresHistory(spec);
  return (await import('./sqlite.js')).openSqliteHistory(spec);
}

/** A store spec fit for messages: a PostgreSQL URL without its password. */
export function storeName(spec: string): string {
  if (!isPostgresUrl(spec)) return spec;
  try {
    const url = new URL(spec);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return spec.replace(/:\/\/([^:/@]*):[^@]*@/, '://$1:***@');
  }
}
