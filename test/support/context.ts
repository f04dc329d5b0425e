/**
 * Level-3 tests: replay messages in order through one store and look at the last one's findings.
 *
 *   const reports = replay([golden('JW301'), golden('JW305')]);     // each judged against the ones before
 *   expect(codes(reports.at(-1)!, 'TR019')).toEqual([]);
 */
import { MemoryStore, type ConversationStore } from '../../src/context/store.js';
import type { Issue, Report } from '../../src/report/types.js';
import { validate, type ValidateOptions } from '../../src/validate.js';
import { TODAY } from './rules.js';

export function replay(messages: readonly string[], options: ValidateOptions & { store?: ConversationStore } = {}): Report[] {
  const store = options.store ?? new MemoryStore();
  return messages.map((xml) => validate(xml, { today: TODAY, ...options, context: store }));
}

/** Findings of one code in a report (paths, with every location joined by ' + '). */
export function contextPaths(report: Report, code: string): string[] {
  return report.issues.filter((i: Issue) => i.code === code).map((i) => (i.locations ? i.locations.map((l) => l.path).join(' + ') : i.path));
}
