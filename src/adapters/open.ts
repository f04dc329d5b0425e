/**
 * One string names a history: a `postgres://` or `postgresql://` URL is a PostgreSQL database,
 * anything else the path of an SQLite file (created when absent).
 */
import type { HistoryAdmin, HistoryPort } from '../ports/history.js';
import { openPostgresHistory } from './postgres.js';
import { openSqliteHistory } from './sqlite.js';

/** Whether a store spec is a PostgreSQL URL. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec);
}

/** Opens the history a `--store` value names; rejects with a HistoryError naming it and the problem. */
export async function openHistory(spec: string): Promise<HistoryPort & HistoryAdmin> {
  return isPostgresUrl(spec) ? openPostgresHistory(spec) : openSqliteHistory(spec);
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
