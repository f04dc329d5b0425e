import { describe, expect, it } from 'vitest';
import { checkAsync } from '../../src/pipeline/async.js';
import { HistoryError, type HistoryPort } from '../../src/ports/history.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import { TODAY } from '../support/rules.js';
import { basis301 } from '../context/declaratie/scenario.js';
import { historyContract } from './contract.js';

historyContract('memory', async () => new MemoryHistory());

describe('a failing history', () => {
  const failing = (error: Error): HistoryPort => ({
    unit: async () => {
      throw error;
    },
    close: async () => {},
  });

  it('is an error in the report naming the cause, never "valid", and nothing is recorded', async () => {
    const r = await checkAsync(basis301('JW')[0]!, { today: TODAY, history: failing(new HistoryError('unavailable', 'postgres://db/x: connection refused')) });
    expect(r.recording).toBe('failed');
    expect(r.report.valid).toBe(false);
    expect(r.report.levels).toEqual(['schema', 'rule', 'context']);
    expect(r.report.issues.map((i) => i.code)).toEqual(['history.failed']);
    expect(r.report.issues[0]!.message).toContain('connection refused');
  });

  it('reports any other failure as an internal error', async () => {
    const r = await checkAsync(basis301('JW')[0]!, { today: TODAY, history: failing(new TypeError('boom')) });
    expect(r.report.valid).toBe(false);
    expect(r.report.issues.map((i) => i.code)).toEqual(['internal.error']);
  });

  it('does not touch the history for a message that fails level 1 or 2', async () => {
    const r = await checkAsync('<Bericht/>', { history: failing(new Error('must not be called')) });
    expect(r.recording).toBe('not-judged');
    expect(r.report.issues.map((i) => i.code)).toEqual(['message.unknown']);
  });
});
