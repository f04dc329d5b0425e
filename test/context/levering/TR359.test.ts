import { describe, expect, it } from 'vitest';
import { STANDAARDEN, antwoord, at, found, metReferentie, msg, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR359 ($standaard)', ({ prefix }) => {
  const verzoek = msg(prefix, '315');
  /** A 301 granting the first AangevraagdProduct (AV-2026-0091). */
  const toegewezen = msg(prefix, '301', metReferentie(1, 'AV-2026-0091'));

  it('an answer after the toewijzing with the same ReferentieAanbieder fails with 9359', () => {
    const seq = [verzoek, toegewezen, antwoord(prefix, 'AV-2026-0091', '1')];
    expect(found('TR359', seq)).toEqual([at('Antwoord')]);
    expect(retourcodes('TR359', seq)).toEqual(['9359']);
  });

  it('"in onderzoek" after the toewijzing fails as well', () => {
    expect(found('TR359', [verzoek, toegewezen, antwoord(prefix, 'AV-2026-0091', '2')])).toEqual([at('Antwoord')]);
  });

  it('near miss: the other request of the 315, not yet granted, may be answered', () => {
    expect(found('TR359', [verzoek, toegewezen, antwoord(prefix, 'AV-2026-0092', '1')])).toEqual([]);
  });

  it('near miss: an answer before any toewijzing passes', () => {
    expect(found('TR359', [verzoek, antwoord(prefix, 'AV-2026-0091', '2')])).toEqual([]);
  });
});
