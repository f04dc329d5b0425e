import { describe, expect, it } from 'vitest';
import { AANGEVRAAGD, STANDAARDEN, antwoord, at, found, metReferentie, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR374 ($standaard)', ({ prefix }) => {
  const verzoek = msg(prefix, '315');
  /** Another 315 for the same client, with its own references. */
  const nogEenVerzoek = msg(prefix, '315', set(`${AANGEVRAAGD}[1]/ReferentieAanbieder`, 'AV-2026-0101'), set(`${AANGEVRAAGD}[2]/ReferentieAanbieder`, 'AV-2026-0102'));
  const beideToegewezen = msg(prefix, '301', metReferentie(1, 'AV-2026-0091'), metReferentie(2, 'AV-2026-0092'));

  it('a new 315 while the earlier one is unanswered fails with 9374 on each request', () => {
    const seq = [verzoek, nogEenVerzoek];
    expect(found('TR374', seq)).toEqual([at(`${AANGEVRAAGD}[1]`), at(`${AANGEVRAAGD}[2]`)]);
    expect(retourcodes('TR374', seq)).toEqual(['9374', '9374']);
  });

  it('a 317 while one request of the 315 is still open fails on the Verzoek', () => {
    const half = msg(prefix, '301', metReferentie(1, 'AV-2026-0091'));
    expect(found('TR374', [verzoek, half, msg(prefix, '317')])).toEqual([at('Client/Verzoek')]);
  });

  it('"in onderzoek" (319 with 2) leaves the request open', () => {
    const seq = [verzoek, antwoord(prefix, 'AV-2026-0091', '2'), antwoord(prefix, 'AV-2026-0092', '1'), nogEenVerzoek];
    expect(found('TR374', seq)).toEqual([at(`${AANGEVRAAGD}[1]`), at(`${AANGEVRAAGD}[2]`)]);
  });

  it('a 317 while an earlier 317 is open fails', () => {
    const tweede = msg(prefix, '317', set('Client/Verzoek/ReferentieAanbieder', 'VW-2026-0015'));
    expect(found('TR374', [msg(prefix, '301'), msg(prefix, '317'), tweede])).toEqual([at('Client/Verzoek')]);
  });

  it('near miss: once every request is granted (301) or rejected (319 with 1), a new request passes', () => {
    expect(found('TR374', [verzoek, beideToegewezen, msg(prefix, '317')])).toEqual([]);
    expect(found('TR374', [verzoek, antwoord(prefix, 'AV-2026-0091', '1'), antwoord(prefix, 'AV-2026-0092', '1'), nogEenVerzoek])).toEqual([]);
  });

  it('near miss: an open request of another client does not block', () => {
    expect(found('TR374', [verzoek, msg(prefix, '315', set('Client/Bsn', '111222333'), set(`${AANGEVRAAGD}[1]/ReferentieAanbieder`, 'AV-2026-0101'), set(`${AANGEVRAAGD}[2]/ReferentieAanbieder`, 'AV-2026-0102'))])).toEqual([]);
  });

  it('near miss: the requests of one 315 do not block each other', () => {
    expect(found('TR374', [verzoek])).toEqual([]);
  });
});
