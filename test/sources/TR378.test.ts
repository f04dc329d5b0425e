import { describe, expect, it } from 'vitest';
import { edit, golden, insertAfter, set } from '../support/messages.js';
import { sourceFindings, sourcePaths } from '../support/sources.js';
import { shippedGemeenten } from '../../src/sources/index.js';

const dag = 'Header/BerichtIdentificatie/Dagtekening';

describe.each([
  ['JW301', 'Afzender'],
  ['WMO301', 'Afzender'],
  ['JW305', 'Ontvanger'],
  ['WMO307', 'Ontvanger'],
  ['JW315', 'Ontvanger'],
  ['JW319', 'Afzender'],
  ['WMO323', 'Ontvanger'],
  ['JW325', 'Afzender'],
])('TR378 in %s on Header/%s', (bericht, field) => {
  it.each([
    ['a current gemeente (Utrecht, golden)', '0344', []],
    ['a code CBS never gave', '0001', [`/Bericht/Header/${field}`]],
    ['a gemeente gone long before the message (Weesp, joined Amsterdam on 2022-03-24)', '0457', [`/Bericht/Header/${field}`]],
    ['a gemeente founded in a herindeling (Eemsdelta, 2021)', '1979', []],
  ])('%s', (_name, code, expected) => {
    expect(sourcePaths('TR378', edit(golden(bericht), set(`Header/${field}`, code)))).toEqual(expected);
  });
});

describe('TR378 and a herindeling', () => {
  // Appingedam (0003) merged into Eemsdelta on 2021-01-01.
  const appingedam = (ingangsdatum: string): string =>
    edit(
      golden('JW301'),
      set('Header/Afzender', '0003'),
      set('Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum', ingangsdatum),
      set('Client/ToegewezenProducten/ToegewezenProduct[2]/Ingangsdatum', ingangsdatum),
    );

  it('accepts a gemeente on a product that began while it existed', () => {
    expect(sourcePaths('TR378', appingedam('2020-12-31'))).toEqual([]);
  });

  it('rejects it for a product that began on the day of the herindeling or after', () => {
    expect(sourcePaths('TR378', appingedam('2021-01-01'))).toEqual(['/Bericht/Header/Afzender']);
    expect(sourcePaths('TR378', appingedam('2024-06-01'))).toEqual(['/Bericht/Header/Afzender']);
  });

  it('judges a message without product dates on its dagtekening', () => {
    const antwoord = (date: string): string => edit(golden('JW319'), set('Header/Afzender', '0003'), set(dag, date));
    expect(sourcePaths('TR378', antwoord('2020-12-15'))).toEqual([]);
    expect(sourcePaths('TR378', antwoord('2021-01-05'))).toEqual(['/Bericht/Header/Afzender']);
  });

  it('knows the periods of the shipped list', () => {
    const list = shippedGemeenten();
    expect([list.isCurrent('0003', '2020-12-31'), list.isCurrent('0003', '2021-01-01'), list.isCurrent('1979', '2021-01-01'), list.isCurrent('1979', '2020-12-31')]).toEqual([true, false, true, false]);
    // Vianen (0620): re-founded under its own code in 2002, joined Vijfheerenlanden in 2019.
    expect([list.isCurrent('0620', '1995-01-01'), list.isCurrent('0620', '2010-01-01'), list.isCurrent('0620', '2019-01-01')]).toEqual([true, true, false]);
    // Weesp (0457) ended in the middle of a year.
    expect([list.isCurrent('0457', '2022-03-23'), list.isCurrent('0457', '2022-03-24')]).toEqual([true, false]);
    expect(list.isCurrent('0363', '2026-11-23')).toBe(true);
  });
});

describe('TR378 on the woonplaatsbeginsel of an antwoordbericht', () => {
  const wpb = (code: string): string => edit(golden('JW319'), insertAfter('Antwoord/VerzoekAntwoord', `<Woonplaatsbeginsel><Gemeente>${code}</Gemeente></Woonplaatsbeginsel>`));

  it('judges the gemeente of the woonplaatsbeginsel with retourcode S300', () => {
    expect(sourcePaths('TR378', wpb('0363'))).toEqual([]);
    const [f] = sourceFindings('TR378', wpb('0457'));
    expect(f).toMatchObject({ path: '/Bericht/Antwoord/Woonplaatsbeginsel/Gemeente', retourcode: 'S300', level: 'external' });
  });
});

describe('TR378 leaves the aanbieder alone', () => {
  it('does not judge the AGB code in the Header', () => {
    expect(sourcePaths('TR378', edit(golden('JW301'), set('Header/Ontvanger', '00000001')))).toEqual([]);
  });
});
