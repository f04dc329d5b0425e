import { describe, expect, it } from 'vitest';
import { AANGEVRAAGD, STANDAARDEN, at, found, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR347 ($standaard)', ({ prefix }) => {
  it('a ReferentieAanbieder used in an earlier request fails with 9347', () => {
    const verzoek = msg(prefix, '315');
    const weer = msg(prefix, '315', set('Header/Ontvanger', '0363'));
    expect(found('TR347', [verzoek, weer])).toEqual([at(`${AANGEVRAAGD}[1]/ReferentieAanbieder`), at(`${AANGEVRAAGD}[2]/ReferentieAanbieder`)]);
    expect(retourcodes('TR347', [verzoek, weer])).toEqual(['9347', '9347']);
  });

  it('a 317 reusing the reference of a 315 fails', () => {
    const seq = [msg(prefix, '315'), msg(prefix, '301'), msg(prefix, '317', set('Client/Verzoek/ReferentieAanbieder', 'AV-2026-0091'))];
    expect(found('TR347', seq)).toEqual([at('Client/Verzoek/ReferentieAanbieder')]);
  });

  it('near miss: new references', () => {
    const nieuw = msg(prefix, '315', set('Header/Ontvanger', '0363'), set(`${AANGEVRAAGD}[1]/ReferentieAanbieder`, 'AV-2026-0093'), set(`${AANGEVRAAGD}[2]/ReferentieAanbieder`, 'AV-2026-0094'));
    expect(found('TR347', [msg(prefix, '315'), nieuw])).toEqual([]);
  });

  it('near miss: another aanbieder may use the same reference', () => {
    expect(found('TR347', [msg(prefix, '315'), msg(prefix, '315', set('Header/Afzender', '12345678'))])).toEqual([]);
  });
});
