import { describe, expect, it } from 'vitest';
import { duplicate, edit, golden, set, type Edit } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct';
const start = 'Client/StartProducten/StartProduct';
const stop = 'Client/StopProducten/StopProduct';
const ap = 'Client/AangevraagdeProducten/AangevraagdProduct';
const np = 'Client/Verzoek/NieuweProducten/NieuwProduct';
const op = 'Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct';
const pr = (c: number): string => `Declaratie/Clienten/Client[${c}]/Prestaties/Prestatie`;
const apr = 'DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie';
const pair = (path: string): string => `/Bericht/${path}[1] + /Bericht/${path}[2]`;

type Row = [string, string, Edit[], string[]];

const rows = (nummer: string): Row[] => {
  switch (nummer) {
    case '301':
      return [
        ['identical ToegewezenProduct', nummer, [duplicate(`${tp}[1]`)], [pair(tp)]],
        ['same ToewijzingNummer, other dates', nummer, [set(`${tp}[2]/ToewijzingNummer`, '4001')], [pair(tp)]],
        ['other ToewijzingNummer', nummer, [duplicate(`${tp}[1]`), set(`${tp}[2]/ToewijzingNummer`, '4003')], []],
        ['same Relatie Nummer', nummer, [duplicate('Client/Relaties/Relatie'), set('Client/Relaties/Relatie[2]/Soort', '04')], [pair('Client/Relaties/Relatie')]],
        [
          'three ToegewezenProducten with one key: one finding naming all three',
          nummer,
          [duplicate(`${tp}[1]`), duplicate(`${tp}[1]`)],
          [`/Bericht/${tp}[1] + /Bericht/${tp}[2] + /Bericht/${tp}[3]`],
        ],
      ];
    case '305':
      return [
        ['same key, other StatusAanlevering', nummer, [duplicate(`${start}[1]`), set(`${start}[2]/StatusAanlevering`, '3')], [pair(start)]],
        ['other Begindatum', nummer, [duplicate(`${start}[1]`), set(`${start}[2]/Begindatum`, '2026-11-02')], []],
      ];
    case '307':
      return [
        ['identical StopProduct', nummer, [duplicate(stop)], [pair(stop)]],
        ['other RedenBeeindiging', nummer, [duplicate(stop), set(`${stop}[2]/RedenBeeindiging`, '20')], []],
      ];
    case '315':
      return [
        ['same ReferentieAanbieder', nummer, [set(`${ap}[2]/ReferentieAanbieder`, 'AV-2026-0091')], [pair(ap)]],
        ['golden', nummer, [], []],
      ];
    case '317':
      return [
        ['identical NieuwProduct', nummer, [duplicate(np)], [pair(np)]],
        ['NieuwProduct with other GewensteIngangsdatum', nummer, [duplicate(np), set(`${np}[2]/GewensteIngangsdatum`, '2026-12-02')], []],
        ['identical OngewijzigdProduct', nummer, [duplicate(op)], [pair(op)]],
      ];
    case '323':
      return [
        ['identical Prestatie', nummer, [duplicate(pr(1))], [pair(pr(1))]],
        ['same ReferentieNummer, other content', nummer, [duplicate(pr(1)), set(`${pr(1)}[2]/ToewijzingNummer`, '3909')], [pair(pr(1))]],
        ['same ReferentieNummer under other clients', nummer, [set(`${pr(2)}/ProductReferentie/ReferentieNummer`, 'PR-0001')], []],
        ['same Bsn for two clients', nummer, [set('Declaratie/Clienten/Client[2]/Bsn', '123456782')], [pair('Declaratie/Clienten/Client')]],
      ];
    default:
      return [
        ['identical Prestatie', nummer, [duplicate(apr)], [pair(apr)]],
        ['golden', nummer, [], []],
      ];
  }
};

describe.each(['JW', 'WMO'])('TR101 in %s', (std) => {
  it.each(['301', '305', '307', '315', '317', '323', '325'].flatMap(rows))('%s (%s)', (_name, nummer, edits, expected) => {
    expect(paths('TR101', edit(golden(`${std}${nummer}`), ...edits))).toEqual(expected);
  });
});
