import { describe, expect, it } from 'vitest';
import { STANDAARDEN, antwoord, at, found, msg, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR365 ($standaard)', ({ prefix }) => {
  const verzoek = msg(prefix, '315');
  const ref = 'AV-2026-0091';

  it('an answer after a rejection (1) fails with 9365', () => {
    const seq = [verzoek, antwoord(prefix, ref, '1'), antwoord(prefix, ref, '1')];
    expect(found('TR365', seq)).toEqual([at('Antwoord')]);
    expect(retourcodes('TR365', seq)).toEqual(['9365']);
  });

  it('an answer after "in onderzoek" and a rejection fails', () => {
    expect(found('TR365', [verzoek, antwoord(prefix, ref, '2'), antwoord(prefix, ref, '1'), antwoord(prefix, ref, '1')])).toEqual([at('Antwoord')]);
  });

  it('near miss: after "in onderzoek" the rejection follows', () => {
    expect(found('TR365', [verzoek, antwoord(prefix, ref, '2'), antwoord(prefix, ref, '1')])).toEqual([]);
  });

  it('near miss: a second "in onderzoek" is TR360, not TR365', () => {
    expect(found('TR365', [verzoek, antwoord(prefix, ref, '2'), antwoord(prefix, ref, '2')])).toEqual([]);
  });

  it('near miss: a rejection of the other request does not close this one', () => {
    expect(found('TR365', [verzoek, antwoord(prefix, 'AV-2026-0092', '1'), antwoord(prefix, ref, '1')])).toEqual([]);
  });
});
