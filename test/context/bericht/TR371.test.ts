import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, declaratie, hits, STANDAARDEN } from '../declaratie/scenario.js';
import { edit, set } from '../../support/messages.js';

describe.each(STANDAARDEN)('TR371: a 325 names the declaration it answers (%s)', (s) => {
  const d1 = declaratie(s, 'D1', '2026-10', basisClienten(s));
  const start = [...basis301(s), d1];
  const a = antwoord(s, 'D1', basisClienten(s), []);
  it('TR371: an XsdVersieDeclaratie other than the XsdVersie of the declaration is reported', () => {
    expect(hits([...start, edit(a, set('Header/XsdVersieDeclaratie/BerichtXsdVersie', '1.0.1'))], 'TR371')).toEqual(['? /Bericht/Header/XsdVersieDeclaratie']);
  });
  it('near miss: TR371 is silent when the declaration is not found (TR337 reports that)', () => {
    const beide = edit(a, set('Header/DeclaratieIdentificatie/Identificatie', '323-D9'), set('Header/XsdVersieDeclaratie/BerichtXsdVersie', '1.0.1'));
    expect(hits([...start, beide], 'TR371')).toEqual([]);
  });
  it('near miss: the answer to D1 as it was sent', () => {
    expect(hits([...start, a], 'TR371')).toEqual([]);
  });
});
