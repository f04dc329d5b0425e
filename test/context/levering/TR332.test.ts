import { describe, expect, it } from 'vitest';
import { STANDAARDEN, TOEGEWEZEN, at, found, msg, retourcodes, set } from './support.js';

describe.each(STANDAARDEN)('TR332 ($standaard)', ({ prefix }) => {
  const toewijzing = msg(prefix, '301');

  it('a ToewijzingNummer the gemeente gave another client fails with 9332', () => {
    const seq = [toewijzing, msg(prefix, '301', set('Client/Bsn', '111222333'))];
    expect(found('TR332', seq)).toEqual([at(`${TOEGEWEZEN}[1]/ToewijzingNummer`), at(`${TOEGEWEZEN}[2]/ToewijzingNummer`)]);
    expect(retourcodes('TR332', seq)).toEqual(['9332', '9332']);
  });

  it('a ToewijzingNummer the gemeente gave another aanbieder fails', () => {
    const anderAanbieder = msg(prefix, '301', set('Header/Ontvanger', '12345678'), set(`${TOEGEWEZEN}[2]/ToewijzingNummer`, '4003'));
    expect(found('TR332', [anderAanbieder, toewijzing])).toEqual([at(`${TOEGEWEZEN}[1]/ToewijzingNummer`)]);
  });

  it('near miss: a new version of the same toewijzing (same aanbieder, same client)', () => {
    expect(found('TR332', [toewijzing, msg(prefix, '301', set(`${TOEGEWEZEN}[1]/Einddatum`, '2027-03-31'))])).toEqual([]);
  });

  it('near miss: another gemeente may use the same number', () => {
    expect(found('TR332', [msg(prefix, '301', set('Header/Afzender', '0363')), msg(prefix, '301', set('Client/Bsn', '111222333'))])).toEqual([]);
  });
});
