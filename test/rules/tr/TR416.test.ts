import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, insertAfter, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const p = 'Declaratie/Clienten/Client[1]/Prestaties/Prestatie';
const q = 'Declaratie/Clienten/Client[2]/Prestaties/Prestatie';
const twice: Edit[] = [duplicate(p), set(`${p}[2]/ProductReferentie/ReferentieNummer`, 'PR-0009')];

describe.each(['JW323', 'WMO323'])('TR416 in %s', (bericht) => {
  const wmo = bericht.startsWith('WMO');
  // Client[2] gets a debet Prestatie equal to the one of Client[1] in every compared field.
  const sameForClient2: Edit[] = [
    set(`${q}/ToewijzingNummer`, '3901'),
    set(`${q}/ProductCategorie`, wmo ? '04' : '45'),
    set(`${q}/ProductCode`, wmo ? '04A07' : '45A07'),
    set(`${q}/ProductPeriode/Begindatum`, '2026-10-01'),
    set(`${q}/ProductPeriode/Einddatum`, '2026-10-31'),
  ];
  it.each<[string, Edit[], string[]]>([
    ['two debet Prestaties for the same period, product and toewijzing', twice, [`/Bericht/${p}[1] + /Bericht/${p}[2]`]],
    ['other ProductPeriode', [...twice, set(`${p}[2]/ProductPeriode/Begindatum`, '2026-10-02')], []],
    ['other ToewijzingNummer', [...twice, set(`${p}[2]/ToewijzingNummer`, '3909')], []],
    [
      'the second one is a credit',
      [...twice, set(`${p}[2]/IngediendBedrag/DebetCredit`, 'C'), insertAfter(`${p}[2]/ProductReferentie/ReferentieNummer`, '<b:VorigReferentieNummer>PR-0777</b:VorigReferentieNummer>')],
      [],
    ],
    ['the same debet for another client', sameForClient2, []],
    ['golden', [], []],
  ])('%s', (_name, edits, expected) => {
    expect(paths('TR416', edit(golden(bericht), ...edits))).toEqual(expected);
  });
});
