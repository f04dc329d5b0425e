import { describe, expect, it } from 'vitest';
import { STANDAARDEN, antwoord, at, found, msg, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR360 ($standaard)', ({ prefix }) => {
  const verzoek = msg(prefix, '315');
  const ref = 'AV-2026-0091';

  it('a second "in onderzoek" (2) fails with 9360', () => {
    const seq = [verzoek, antwoord(prefix, ref, '2'), antwoord(prefix, ref, '2')];
    expect(found('TR360', seq)).toEqual([at('Antwoord')]);
    expect(retourcodes('TR360', seq)).toEqual(['9360']);
  });

  it('"in onderzoek" after a rejection fails', () => {
    expect(found('TR360', [verzoek, antwoord(prefix, ref, '1'), antwoord(prefix, ref, '2')])).toEqual([at('Antwoord')]);
  });

  it('near miss: the first answer may be "in onderzoek"', () => {
    expect(found('TR360', [verzoek, antwoord(prefix, ref, '2')])).toEqual([]);
  });

  it('near miss: a rejection after "in onderzoek" passes, and so does "in onderzoek" on the other request', () => {
    expect(found('TR360', [verzoek, antwoord(prefix, ref, '2'), antwoord(prefix, ref, '1')])).toEqual([]);
    expect(found('TR360', [verzoek, antwoord(prefix, ref, '2'), antwoord(prefix, 'AV-2026-0092', '2')])).toEqual([]);
  });
});
