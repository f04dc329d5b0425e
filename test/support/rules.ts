/**
 * Short rule tests: run the whole pipeline on a message and look at one rule's findings.
 *
 *   expect(paths('CD079', xml)).toEqual(['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'])
 *   expect(paths('CD079', goldenXml)).toEqual([])
 */
import { validate } from '../../src/pipeline/validate.js';
import type { Issue } from '../../src/report/types.js';

/** The fixed "today" of rule tests. */
export const TODAY = '2026-11-23';

/** Findings of one rule code on a message; fails loudly when the message does not reach level 2. */
export function findings(code: string, xml: string, today = TODAY): Issue[] {
  // Every finding of the rule, however many: no cap on the issues of the report.
  const report = validate(xml, { today, maxIssues: Infinity });
  const schema = report.issues.filter((i) => i.level === 'schema');
  if (!report.levels.includes('rule')) {
    throw new Error(`message did not reach level 2: ${schema.map((i) => `${i.code} ${i.path}: ${i.message}`).join('; ')}`);
  }
  return report.issues.filter((i) => i.code === code);
}

/** Paths of one rule's findings (each finding's locations joined with ' + ' when it has several). */
export function paths(code: string, xml: string, today = TODAY): string[] {
  return findings(code, xml, today).map((i) => (i.locations ? i.locations.map((l) => l.path).join(' + ') : i.path));
}
