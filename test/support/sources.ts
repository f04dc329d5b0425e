/**
 * Short level-4 tests: run the whole pipeline with external sources and look at one code's findings.
 *
 *   expect(sourcePaths('TR378', xml)).toEqual(['/Bericht/Header/Afzender'])
 *   expect(sourcePaths('TR418', xml, { sources: sourcesSnapshot({ contract }) })).toEqual([])
 */
import { validate, type ValidateOptions } from '../../src/pipeline/validate.js';
import type { Issue } from '../../src/report/types.js';
import { TODAY } from './rules.js';

/** Findings of one code on a message with level 4 on; fails loudly when level 4 did not run. */
export function sourceFindings(code: string, xml: string, options: ValidateOptions = {}): Issue[] {
  const report = validate(xml, { today: TODAY, sources: true, ...options });
  if (!report.levels.includes('external')) {
    const blocking = report.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}: ${i.message}`);
    throw new Error(`message did not reach level 4: ${blocking.join('; ')}`);
  }
  return report.issues.filter((i) => i.code === code);
}

/** Paths of one code's findings (each finding's locations joined with ' + ' when it has several). */
export function sourcePaths(code: string, xml: string, options: ValidateOptions = {}): string[] {
  return sourceFindings(code, xml, options).map((i) => (i.locations ? i.locations.map((l) => l.path).join(' + ') : i.path));
}
