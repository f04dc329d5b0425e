import { describe, expect, it } from 'vitest';
import { declaratieRules } from '../../../src/context/rules/declaratie/index.js';
import { antwoord, basis301, basisClienten, declaratie, allHits, STANDAARDEN } from './scenario.js';

describe.each(STANDAARDEN)('the base sequence (%s)', (s) => {
  it('is accepted at every level: two toewijzingen, a declaration on both, its answer', () => {
    const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
    expect(allHits([...basis301(s), d1])).toEqual([]);
    expect(allHits([...basis301(s), d1, antwoord(s, 'D1', basisClienten(s), [basisClienten(s)[1]!])])).toEqual([]);
    expect(allHits([...basis301(s), d1, antwoord(s, 'D1', basisClienten(s), [])])).toEqual([]);
  });
});

describe('the registry', () => {
  it('lists every declaratie rule once, with its own retourcode', () => {
    const ids = declaratieRules.map((r) => `${r.id}:${r.retourcode}`);
    expect(ids).toEqual([
      'TR307:9307', 'TR308:9308', 'TR314:8021', 'TR318:8214', 'TR321:9321', 'TR322:9322', 'TR323:8017', 'TR333:9333',
      'TR338:9338', 'TR339:9339', 'TR340:9340', 'TR341:9341', 'TR384:9384', 'TR387:9387', 'TR388:9388', 'TR389:9389', 'TR390:9390', 'TR369:9369',
      'TR366:9366', 'TR367:9367', 'TR376:',
    ]);
    for (const r of declaratieRules) expect(r.description.nl && r.description.en).toBeTruthy();
  });
});
