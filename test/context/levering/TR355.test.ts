import { describe, expect, it } from 'vitest';
import { STANDAARDEN, antwoord, at, found, msg, retourcodes } from './support.js';

describe.each(STANDAARDEN)('TR355 ($standaard)', ({ prefix }) => {
  const verzoekOmWijziging = [msg(prefix, '301'), msg(prefix, '317')];

  it('an answer to a reference no request carried fails with 9355 on the Antwoord', () => {
    const seq = [msg(prefix, '319')];
    expect(found('TR355', seq)).toEqual([at('Antwoord')]);
    expect(retourcodes('TR355', seq)).toEqual(['9355']);
  });

  it('an answer whose reference differs from the request fails', () => {
    expect(found('TR355', [...verzoekOmWijziging, antwoord(prefix, 'VW-2026-0015', '2')])).toEqual([at('Antwoord')]);
  });

  it('a request between other parties does not count', () => {
    const otherAanbieder = msg(prefix, '315', (xml) => xml.replace(/(<[a-z0-9]+:Afzender>)56781234</, '$187654321<'));
    expect(found('TR355', [otherAanbieder, antwoord(prefix, 'AV-2026-0091', '2')])).toEqual([at('Antwoord')]);
  });

  it('near miss: an answer to a verzoek om wijziging (317) passes', () => {
    expect(found('TR355', [...verzoekOmWijziging, msg(prefix, '319')])).toEqual([]);
  });

  it('near miss: an answer to either AangevraagdProduct of a verzoek om toewijzing (315) passes', () => {
    expect(found('TR355', [msg(prefix, '315'), antwoord(prefix, 'AV-2026-0092', '1')])).toEqual([]);
  });
});
