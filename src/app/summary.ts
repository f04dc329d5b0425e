/**
 * The totals of a batch, for every shell that judges several messages at once (the command line's
 * `--format json` and closing JSON Lines record, the service's batch answer): how many inputs, how
 * many valid, invalid and unreadable, how many carry a warning, and how often each code was found —
 * with the engine's version and the options the batch ran with, so a record read later says what
 * produced it.
 *
 *   const totals = batchTotals(reports, unreadable.length);
 *   summaryRecord(totals, { format: 'jsonl', lang: 'nl' });   // { type: 'summary', … }
 */
import type { Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { ENGINE } from './judge.js';

export interface BatchTotals {
  /** Inputs named: the judged ones and the unreadable ones. */
  readonly files: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unreadable: number;
  /** Messages with at least one warning (valid or not). */
  readonly withWarnings: number;
  /** Issues per code (errors and warnings), codes in alphabetical order. */
  readonly byCode: Readonly<Record<string, number>>;
}

/** The totals of the reports of a batch and the number of inputs that could not be read. */
export function batchTotals(reports: Iterable<Pick<Report, 'valid' | 'issues'>>, unreadable = 0): BatchTotals {
  let files = 0;
  let valid = 0;
  let withWarnings = 0;
  const counts = new Map<string, number>();
  for (const r of reports) {
    files++;
    if (r.valid) valid++;
    let warned = false;
    for (const i of r.issues) {
      counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
      if (i.severity === 'warning') warned = true;
    }
    if (warned) withWarnings++;
  }
  const byCode: Record<string, number> = {};
  for (const code of [...counts.keys()].sort()) byCode[code] = counts.get(code)!;
  return { files: files + unreadable, valid, invalid: files - valid, unreadable, withWarnings, byCode };
}

/** When a batch fails: on an error (the default) or on a warning as well. */
export type FailOn = 'error' | 'warning';

/** Whether the batch passes: 0 every message valid (and, with `warning`, none warned), 1 otherwise. */
export function batchVerdict(totals: BatchTotals, failOn: FailOn = 'error'): 0 | 1 {
  if (totals.invalid > 0) return 1;
  return failOn === 'warning' && totals.withWarnings > 0 ? 1 : 0;
}

/** The closing record of a batch: its totals, the engine and its version, and the options it ran with. */
export function summaryRecord(totals: BatchTotals, options: Readonly<Record<string, unknown>>): object {
  return { type: 'summary', ...totals, engine: { name: ENGINE, version: VERSION }, options };
}
