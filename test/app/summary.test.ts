/** The totals of a batch (src/app/summary.ts) over real reports of the pipeline. */
import { describe, expect, it } from 'vitest';
import { batchTotals, batchVerdict, summaryRecord } from '../../src/app/index.js';
import { validate } from '../../src/pipeline/validate.js';
import { VERSION } from '../../src/version.js';
import { golden } from '../support/messages.js';
import { TODAY } from '../support/rules.js';

describe('batchTotals', () => {
  const valid = validate(golden('JW301'), { today: TODAY });
  const invalid = validate('<Bericht/>', { today: TODAY });
  const warned = { valid: true, issues: [{ code: 'input.op179-too-large', severity: 'warning' as const }] } as unknown as typeof valid;

  it('counts inputs, verdicts, unreadable files, warnings and issues per code', () => {
    expect(valid.valid).toBe(true);
    expect(invalid.valid).toBe(false);
    const t = batchTotals([valid, invalid, invalid, warned], 2);
    expect(t).toEqual({ files: 6, valid: 2, invalid: 2, unreadable: 2, withWarnings: 1, byCode: { 'input.op179-too-large': 1, 'message.unknown': 2 } });
    expect(batchTotals([])).toEqual({ files: 0, valid: 0, invalid: 0, unreadable: 0, withWarnings: 0, byCode: {} });
  });

  it('fails a batch on an error, and on a warning only when asked', () => {
    expect(batchVerdict(batchTotals([valid, warned]))).toBe(0);
    expect(batchVerdict(batchTotals([valid, warned]), 'warning')).toBe(1);
    expect(batchVerdict(batchTotals([valid]), 'warning')).toBe(0);
    expect(batchVerdict(batchTotals([valid, invalid]))).toBe(1);
  });

  it('closes with the engine, its version and the options', () => {
    expect(summaryRecord(batchTotals([valid]), { lang: 'en' })).toMatchObject({ type: 'summary', files: 1, engine: { name: 'iwmo-ijw', version: VERSION }, options: { lang: 'en' } });
  });
});
