import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, declaratie, hits, STANDAARDEN } from '../declaratie/scenario.js';
import { edit, set } from '../../support/messages.js';

describe.each(STANDAARDEN)('TR337: a 325 names the declaration it answers (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const start = [...basis301(s), d1];
  const a = antwoord(s, 'D1', basisClienten(s), []);
  it('TR337: a DeclaratieIdentificatie of no declaration received is reported (no retourcode)', () => {
    expect(hits([...start, edit(a, set('Header/DeclaratieIdentificatie/Identificatie', '323-D9'))], 'TR337')).toEqual(['? /Bericht/Header/DeclaratieIdentificatie']);
    expect(hits([...start, edit(a, set('Header/DeclaratieIdentificatie/Dagtekening', '2026-11-01'))], 'TR337')).toEqual(['? /Bericht/Header/DeclaratieIdentificatie']);
  });
  it('near miss: the answer to D1 as it was sent', () => {
    expect(hits([...start, a], 'TR337')).toEqual([]);
  });
});
