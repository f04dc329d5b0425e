import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, declaratie, hits, STANDAARDEN } from '../declaratie/scenario.js';
import { edit, set } from '../../support/messages.js';

describe.each(STANDAARDEN)('TR376: a 325 names the declaration it answers (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const start = [...basis301(s), d1];
  const a = antwoord(s, 'D1', basisClienten(s), []);
  it('TR376: a DeclaratieNummer of no declaration received is reported', () => {
    expect(hits([...start, edit(a, set('DeclaratieAntwoord/DeclaratieNummer', 'D9'))], 'TR376')).toEqual(['? /Bericht/DeclaratieAntwoord/DeclaratieNummer']);
  });
  it('near miss: the answer to D1 as it was sent', () => {
    expect(hits([...start, a], 'TR376')).toEqual([]);
  });
});
