import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../support/messages.js';
import { sourceFindings, sourcePaths } from '../support/sources.js';
import { loadContract, type Contract } from '../../src/variants/index.js';
import { sourcesSnapshot } from '../../src/sources/index.js';

// Golden JW323: gemeente 0344, aanbieder 56781234; the first prestatie is 45A07, 17 × 04 (uur) at 7650 = 130050, from 2026-10-01.
const p = 'Declaratie/Clienten/Client[1]/Prestaties/Prestatie';
const at = `/Bericht/${p}`;

function contract(tarieven: object[], product: object = { categorie: '45', code: '45A07' }, gemeente = '0344'): Contract {
  const loaded = loadContract({ contracten: [{ standaard: 'iJw', gemeente, aanbieder: '56781234', variant: 'inspanningsgericht', producten: [{ ...product, tarieven }] }] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.contract;
}
const withContract = (c: Contract) => ({ sources: sourcesSnapshot({ contract: c }) });

/** The first prestatie of the golden 323 with other values. */
const prestatie = (values: { volume?: string; eenheid?: string; tarief?: string; bedrag?: string }): string => {
  let xml = golden('JW323');
  if (values.volume) xml = edit(xml, set(`${p}/GeleverdVolume`, values.volume));
  if (values.eenheid) xml = edit(xml, set(`${p}/Eenheid`, values.eenheid));
  if (values.tarief) xml = edit(xml, set(`${p}/ProductTarief`, values.tarief));
  // The total of the declaratie follows the amount (TR358, level 2): 187750 with 130050 for this prestatie.
  if (values.bedrag) xml = edit(xml, set(`${p}/IngediendBedrag/Bedrag`, values.bedrag), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', String(187750 - 130050 + Number(values.bedrag))));
  return xml;
};

describe('TR418: the contractual tarief', () => {
  it('is silent without a contract tarief (the shipped lists have none)', () => {
    expect(sourcePaths('TR418', golden('JW323'))).toEqual([]);
  });

  it.each([
    ['the tarief the contract agrees', [{ bedrag: 7650, eenheid: '04' }], []],
    ['another tarief', [{ bedrag: 7500, eenheid: '04' }], [`${at}/ProductTarief`]],
    ['the tarief of the period the prestatie begins in', [{ bedrag: 7500, eenheid: '04', einddatum: '2026-09-30' }, { bedrag: 7650, eenheid: '04', begindatum: '2026-10-01' }], []],
    ['the tarief of an earlier period only', [{ bedrag: 7650, eenheid: '04', einddatum: '2026-09-30' }, { bedrag: 7800, eenheid: '04', begindatum: '2026-10-01' }], [`${at}/ProductTarief`]],
    ['a tarief in another eenheid only', [{ bedrag: 7650, eenheid: '14' }], [`${at}/ProductTarief`]],
    ['no tarief valid on the date (contract tarief from 2027)', [{ bedrag: 9999, eenheid: '04', begindatum: '2027-01-01' }], []],
  ])('%s', (_name, tarieven, expected) => {
    expect(sourcePaths('TR418', golden('JW323'), withContract(contract(tarieven)))).toEqual(expected);
  });

  it('fires with retourcode 0611 on a mismatch', () => {
    const [f] = sourceFindings('TR418', golden('JW323'), withContract(contract([{ bedrag: 7500, eenheid: '04' }])));
    expect(f).toMatchObject({ code: 'TR418', level: 'external', severity: 'error', retourcode: '0611', path: `${at}/ProductTarief` });
  });

  it('takes a category-wide tarief for a code without one of its own, and the code\'s own first', () => {
    expect(sourcePaths('TR418', golden('JW323'), withContract(contract([{ bedrag: 7650, eenheid: '04' }], { categorie: '45' })))).toEqual([]);
    expect(sourcePaths('TR418', golden('JW323'), withContract(contract([{ bedrag: 1, eenheid: '04' }], { categorie: '45' })))).toEqual([`${at}/ProductTarief`]);
  });

  it('reads only the contract of this gemeente and aanbieder', () => {
    expect(sourcePaths('TR418', golden('JW323'), withContract(contract([{ bedrag: 1, eenheid: '04' }], undefined, '0363')))).toEqual([]);
  });

  it('takes an hourly tarief declared in minutes as the tarief per minute, rounded half up (IV081)', () => {
    // 7650 per hour is 127.5 cents per minute: 128.
    const c = contract([{ bedrag: 7650, eenheid: '04' }]);
    const minuten = (tarief: string): string => prestatie({ volume: '60', eenheid: '01', tarief, bedrag: '7650' });
    expect(sourcePaths('TR418', minuten('128'), withContract(c))).toEqual([]);
    expect(sourcePaths('TR418', minuten('127'), withContract(c))).toEqual([`${at}/ProductTarief`]);
  });

  it('reads the tarieven of the contract given as variants, with sources: true', () => {
    expect(sourcePaths('TR418', golden('JW323'), { variants: { contract: contract([{ bedrag: 7500, eenheid: '04' }]) } })).toEqual([`${at}/ProductTarief`]);
  });
});

describe('TR346: IngediendBedrag against the contract', () => {
  const c = contract([{ bedrag: 7650, eenheid: '04' }]);

  it('is silent without a contract tarief, even when the amount is off', () => {
    expect(sourcePaths('TR346', prestatie({ bedrag: '130000' }))).toEqual([]);
  });

  it('wants GeleverdVolume × ProductTarief', () => {
    expect(sourcePaths('TR346', golden('JW323'), withContract(c))).toEqual([]);
    const [f] = sourceFindings('TR346', prestatie({ bedrag: '130000' }), withContract(c));
    expect(f).toMatchObject({ path: `${at}/IngediendBedrag/Bedrag`, retourcode: '9346', level: 'external' });
  });

  it('wants hourly tarief × minutes / 60, rounded half up, for an hourly tarief declared in minutes', () => {
    // 7650 × 45 / 60 = 5737.5 → 5738; 45 × the rounded minute tarief 128 would be 5760.
    const minuten = (bedrag: string): string => prestatie({ volume: '45', eenheid: '01', tarief: '128', bedrag });
    expect(sourcePaths('TR346', minuten('5738'), withContract(c))).toEqual([]);
    expect(sourcePaths('TR346', minuten('5760'), withContract(c))).toEqual([`${at}/IngediendBedrag/Bedrag`]);
    expect(sourcePaths('TR346', minuten('5737'), withContract(c))).toEqual([`${at}/IngediendBedrag/Bedrag`]);
  });
});
