import { describe, expect, it } from 'vitest';
import { antwoord, basis301, basisClienten, BSN2, declaratie, etmaalPrestatie, hits, STANDAARDEN, type Pr } from './scenario.js';

const P = '/Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie';

describe.each(STANDAARDEN)('TR367: a prestatie of a declaratie-antwoord repeats the declared values (%s)', (s) => {
  const start = [...basis301(s), declaratie(s, 'D1', '2026-10', basisClienten(s))];
  const met = (extra: Partial<Pr>) => hits([...start, antwoord(s, 'D1', basisClienten(s), [{ bsn: BSN2, prestaties: [etmaalPrestatie(s, extra)] }])], 'TR367');

  it('accepts an exact copy', () => {
    expect(met({})).toEqual([]);
  });

  it('reports another GeleverdVolume', () => {
    expect(met({ volume: 6, bedrag: 57700 })).toEqual([`9367 ${P}/GeleverdVolume`]);
  });

  it('reports another ProductPeriode, ToewijzingNummer and ProductTarief, each on its own element', () => {
    expect(met({ eind: '2026-10-17', tw: '4001', tarief: 11541, bedrag: 57700 })).toEqual([`9367 ${P}/ToewijzingNummer`, `9367 ${P}/ProductPeriode`, `9367 ${P}/ProductTarief`]);
  });

  it('reports another IngediendBedrag', () => {
    expect(met({ bedrag: 57701 })).toEqual([`9367 ${P}/IngediendBedrag`]);
  });
});
