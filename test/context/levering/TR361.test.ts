import { describe, expect, it } from 'vitest';
import { STANDAARDEN, at, found, msg, retourcodes, set } from './support.js';

const NIEUW = 'Client/Verzoek/NieuweProducten/NieuwProduct';

describe.each(STANDAARDEN)('TR361 ($standaard)', ({ prefix }) => {
  const [categorie, code] = prefix === 'JW' ? ['45', '45A07'] : ['04', '04A07'];
  const toewijzing = msg(prefix, '301');
  /** A NieuwProduct of the product of toewijzing 4001 (changed in the 317, until 2027-04-30), from `begin`. */
  const nieuw = (begin: string, eind: string, productCode = code) =>
    msg(prefix, '317', set(`${NIEUW}/Product/Categorie`, categorie), set(`${NIEUW}/Product/Code`, productCode), set(`${NIEUW}/GewensteIngangsdatum`, begin), set(`${NIEUW}/Einddatum`, eind));

  it('a NieuwProduct overlapping a changed toewijzing of the same product fails with 9361', () => {
    expect(found('TR361', [toewijzing, nieuw('2026-12-01', '2027-05-31')])).toEqual([at('Client/Verzoek')]);
    expect(retourcodes('TR361', [toewijzing, nieuw('2026-12-01', '2027-05-31')])).toEqual(['9361']);
  });

  it('near miss: the same product after the changed toewijzing ends', () => {
    expect(found('TR361', [toewijzing, nieuw('2027-05-01', '2027-05-31')])).toEqual([]);
  });

  it('near miss: another product code in the same period', () => {
    expect(found('TR361', [toewijzing, nieuw('2026-12-01', '2027-05-31', `${categorie}A03`)])).toEqual([]);
  });
});
