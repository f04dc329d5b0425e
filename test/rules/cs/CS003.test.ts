import { describe, expect, it } from 'vitest';
import { edit, golden, remove, set, append } from '../../support/messages.js';
import { paths } from '../../support/rules.js';

const TP = 'Client/ToegewezenProducten/ToegewezenProduct';
const AP = 'Client/AangevraagdeProducten/AangevraagdProduct';

describe('CS003 einddatum not before the start of the period', () => {
  it.each([
    ['JW301', `${TP}[1]/Einddatum`, '2026-10-31', `/Bericht/${TP}[1]/Ingangsdatum + /Bericht/${TP}[1]/Einddatum`],
    ['WMO301', `${TP}[2]/Einddatum`, '2026-10-31', `/Bericht/${TP}[2]/Ingangsdatum + /Bericht/${TP}[2]/Einddatum`],
    ['JW315', `${AP}[2]/ToewijzingEinddatum`, '2026-11-30', `/Bericht/${AP}[2]/ToewijzingIngangsdatum + /Bericht/${AP}[2]/ToewijzingEinddatum`],
    ['WMO315', `${AP}[1]/ToewijzingEinddatum`, '2026-11-30', `/Bericht/${AP}[1]/ToewijzingIngangsdatum + /Bericht/${AP}[1]/ToewijzingEinddatum`],
    [
      'JW317',
      'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum',
      '2026-11-30',
      '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/GewensteIngangsdatum + /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum',
    ],
    [
      'WMO317',
      'Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum',
      '2026-11-30',
      '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum + /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum',
    ],
  ])('%s: %s one day before the start', (bericht, path, date, expected) => {
    expect(paths('CS003', edit(golden(bericht), set(path, date)))).toEqual([expected]);
  });

  it.each([
    ['JW301', `${TP}[1]/Einddatum`, '2026-11-01'],
    ['WMO301', `${TP}[2]/Einddatum`, '2026-11-01'],
    ['JW315', `${AP}[2]/ToewijzingEinddatum`, '2026-12-01'],
    ['JW317', 'Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum', '2026-12-01'],
    ['WMO317', 'Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum', '2026-12-01'],
  ])('%s: %s equal to the start passes', (bericht, path, date) => {
    expect(paths('CS003', edit(golden(bericht), set(path, date)))).toEqual([]);
  });

  const contact = 'Client/Contactgegevens/Contact';
  const periode = (begin: string, eind: string): string => `<Periode><b:Begindatum>${begin}</b:Begindatum><b:Einddatum>${eind}</b:Einddatum></Periode>`;

  it.each(['JW301', 'WMO301'])('%s: Contact/Periode ending before it begins', (bericht) => {
    const xml = edit(golden(bericht), set(`${contact}/Soort`, '04'), append(contact, periode('2026-12-01', '2026-11-30')));
    expect(paths('CS003', xml)).toEqual([`/Bericht/${contact}/Periode/Begindatum + /Bericht/${contact}/Periode/Einddatum`]);
  });

  it('JW301: Contact/Periode of one day passes', () => {
    const xml = edit(golden('JW301'), set(`${contact}/Soort`, '04'), append(contact, periode('2026-12-01', '2026-12-01')));
    expect(paths('CS003', xml)).toEqual([]);
  });

  it('JW301: Contact/Periode with an Einddatum but no Begindatum counts as a violation', () => {
    const xml = edit(golden('JW301'), set(`${contact}/Soort`, '04'), append(contact, '<Periode><b:Einddatum>2026-12-31</b:Einddatum></Periode>'));
    expect(paths('CS003', xml)).toEqual([`/Bericht/${contact}/Periode/Einddatum`]);
  });

  it('JW301: no Einddatum, nothing to check', () => {
    expect(paths('CS003', edit(golden('JW301'), remove(`${TP}[1]/Einddatum`)))).toEqual([]);
  });
});
