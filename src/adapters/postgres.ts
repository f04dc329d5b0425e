/**
 * Placeholder so that this branch compiles: the PostgreSQL adapter is written on another branch and
 * replaces this file when merged.
 */
import { HistoryError, type HistoryAdmin, type HistoryPort } from '../ports/history.js';

export async function openPostgresHistory(_url: string, _options?: { max?: number }): Promise<HistoryPort & HistoryAdmin> {
  throw new HistoryError('unavailable', 'PostgreSQL support is not built in yet');
}
