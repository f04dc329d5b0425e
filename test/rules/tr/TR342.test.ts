import { describe, expect, it } from 'vitest';
import { edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const da = 'DeclaratieAntwoord';
const both = [`/Bericht/${da}/TotaalIngediendBedrag + /Bericht/${da}/TotaalToegekendBedrag`];
const prestatie = `${da}/Clienten/Client/Prestaties/Prestatie`;

// Golden: ingediend 187750 D, toegekend 130050 D, one rejected Prestatie of 57700 D.
describe.each(['JW325', 'WMO325'])('TR342 in %s', (bericht) => {
  it.each<[string, Edit[], string[]]>([
    ['toegekend one cent off', [set(`${da}/TotaalToegekendBedrag/TotaalBedrag`, '130051')], both],
    ['rejected credit Prestatie counts negative', [set(`${prestatie}/IngediendBedrag/DebetCredit`, 'C')], both],
    [
      'rejected credit Prestatie with matching totals',
      [set(`${prestatie}/IngediendBedrag/DebetCredit`, 'C'), set(`${da}/TotaalToegekendBedrag/TotaalBedrag`, '245450')],
      [],
    ],
    ['whole declaratie rejected, toegekend not 0', [set(`${da}/RetourCodes/RetourCode`, '8848')], [`/Bericht/${da}/TotaalToegekendBedrag`]],
    ['whole declaratie rejected, toegekend 0', [set(`${da}/RetourCodes/RetourCode`, '8848'), set(`${da}/TotaalToegekendBedrag/TotaalBedrag`, '0')], []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR342', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
