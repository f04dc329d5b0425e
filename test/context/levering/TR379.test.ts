import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TOEGEWEZEN, antwoord, at, found, metReferentie, msg, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR379 ($standaard)', ({ prefix }) => {
  const honoreert = msg(prefix, '301', metReferentie(1, 'AV-2026-0091'));

  it('a ReferentieAanbieder of no request fails with 9379', () => {
    expect(found('TR379', [honoreert])).toEqual([at(`${TOEGEWEZEN}[1]/ReferentieAanbieder`)]);
    expect(retourcodes('TR379', [honoreert])).toEqual(['9379']);
  });

  it('a ReferentieAanbieder of a request the gemeente rejected fails', () => {
    expect(found('TR379', [msg(prefix, '315'), antwoord(prefix, 'AV-2026-0091', '1'), honoreert])).toEqual([at(`${TOEGEWEZEN}[1]/ReferentieAanbieder`)]);
  });

  it('near miss: the ReferentieAanbieder of a request received (also one "in onderzoek")', () => {
    expect(found('TR379', [msg(prefix, '315'), honoreert])).toEqual([]);
    expect(found('TR379', [msg(prefix, '315'), antwoord(prefix, 'AV-2026-0091', '2'), honoreert])).toEqual([]);
  });

  it('near miss: a toewijzing without ReferentieAanbieder', () => {
    expect(found('TR379', [msg(prefix, '301')])).toEqual([]);
  });
});
