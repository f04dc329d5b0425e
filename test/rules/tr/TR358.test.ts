import { describe, expect, it } from 'vitest';
import { edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const t = 'Declaratie/TotaalIngediendBedrag';
const ib = (c: number): string => `Declaratie/Clienten/Client[${c}]/Prestaties/Prestatie/IngediendBedrag`;
const all = [[`/Bericht/${t}/TotaalBedrag`, `/Bericht/${t}/DebetCredit`, `/Bericht/${ib(1)}`, `/Bericht/${ib(2)}`].join(' + ')];

// Golden: 130050 D + 57700 D = 187750 D.
describe.each(['JW323', 'WMO323'])('TR358 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['total one cent off', [set(`${t}/TotaalBedrag`, '187751')], all],
    ['total with a leading zero (compared as text)', [set(`${t}/TotaalBedrag`, '0187750')], all],
    ['credit subtracted', [set(`${ib(2)}/DebetCredit`, 'C'), set(`${t}/TotaalBedrag`, '72350')], []],
    ['credit not subtracted', [set(`${ib(2)}/DebetCredit`, 'C')], all],
    ['negative sum written as credit', [set(`${ib(1)}/DebetCredit`, 'C'), set(`${t}/TotaalBedrag`, '72350'), set(`${t}/DebetCredit`, 'C')], []],
    ['negative sum written as debet', [set(`${ib(1)}/DebetCredit`, 'C'), set(`${t}/TotaalBedrag`, '72350')], all],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR358', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
