import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../support/messages.js';
import { sourceFindings, sourcePaths } from '../support/sources.js';
import { calendarDay } from '../../src/sources/rules/TR135.js';

const dag = 'Header/BerichtIdentificatie/Dagtekening';

// Dagtekening of the goldens: 2026-11-02; "today" of the tests: 2026-11-23.
describe.each(['JW301', 'WMO301', 'JW305', 'WMO307', 'JW315', 'WMO315', 'JW319', 'JW323', 'WMO323'])('TR135 in %s', (bericht) => {
  it.each([
    ['today', '2026-11-23', []],
    ['the day after today', '2026-11-24', [`/Bericht/${dag}`]],
    ['next year', '2027-01-05', [`/Bericht/${dag}`]],
    ['golden (in the past)', '2026-11-02', []],
  ])('%s', (_name, date, expected) => {
    expect(sourcePaths('TR135', edit(golden(bericht), set(dag, date)))).toEqual(expected);
  });

  it('answers with retourcode 8848 on level external', () => {
    const [f] = sourceFindings('TR135', edit(golden(bericht), set(dag, '2030-01-01')));
    expect(f).toMatchObject({ level: 'external', severity: 'error', retourcode: '8848' });
  });
});

describe('TR135 in a declaratie-antwoord', () => {
  it('judges the dagtekening of the declaratie answered too', () => {
    const xml = golden('JW325');
    expect(sourcePaths('TR135', xml)).toEqual([]);
    expect(sourcePaths('TR135', edit(xml, set('Header/DeclaratieIdentificatie/Dagtekening', '2026-12-01')))).toEqual(['/Bericht/Header/DeclaratieIdentificatie/Dagtekening']);
  });

  it('does not apply to retourberichten other than the 325', () => {
    expect(sourcePaths('TR135', edit(golden('JW302'), set(dag, '2027-01-01')))).toEqual([]);
  });
});

describe('calendarDay', () => {
  it('accepts days of the calendar and rejects the rest', () => {
    expect(calendarDay('2024-02-29')).toBe('2024-02-29');
    expect(calendarDay('2026-05-06+02:00')).toBe('2026-05-06');
    expect(calendarDay('2026-02-29')).toBeUndefined();
    expect(calendarDay('1900-02-29')).toBeUndefined();
    expect(calendarDay('2000-02-29')).toBe('2000-02-29');
    expect(calendarDay('2026-04-31')).toBeUndefined();
    expect(calendarDay('2026-13-01')).toBeUndefined();
  });
});
