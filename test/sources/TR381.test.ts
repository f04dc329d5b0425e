import { describe, expect, it } from 'vitest';
import { edit, golden, set } from '../support/messages.js';
import { sourceFindings, sourcePaths } from '../support/sources.js';
import { loadContract, type Contract } from '../../src/variants/index.js';
import { nationalProductcodes, sourcesSnapshot } from '../../src/sources/index.js';

const tp = 'Client/ToegewezenProducten/ToegewezenProduct[1]/Product';
const prestatie = 'Declaratie/Clienten/Client[1]/Prestaties/Prestatie';

/** JW301 with the first product set to a category and code. */
const toewijzing = (categorie: string, code: string): string => edit(golden('JW301'), set(`${tp}/Categorie`, categorie), set(`${tp}/Code`, code));

describe('TR381 with the national iJw list', () => {
  it.each([
    ['a code of the list in its own category (45A07 in 45)', '45', '45A07', []],
    ['a code the list does not know, judged by its prefix (55A11 in 55)', '55', '55A11', []],
    ['a code of the list in another category (45A07 in 43)', '43', '45A07', [`/Bericht/${tp}/Categorie + /Bericht/${tp}/Code`]],
    ['an unknown code whose prefix names another category (55A11 in 45)', '45', '55A11', [`/Bericht/${tp}/Categorie + /Bericht/${tp}/Code`]],
    ['a code without a category prefix the list does not know (YS1U in 45)', '45', 'YS1U', []],
    ['a code of the list whose category it does not state (L0001 in 55)', '55', 'L0001', []],
  ])('%s', (_name, categorie, code, expected) => {
    expect(sourcePaths('TR381', toewijzing(categorie, code))).toEqual(expected);
  });

  it('answers with retourcode S329, on the ProductCode', () => {
    const [f] = sourceFindings('TR381', toewijzing('43', '45A07'));
    expect(f).toMatchObject({ level: 'external', retourcode: 'S329', path: `/Bericht/${tp}/Code` });
  });

  it('ships the national list: 55A11 is not in it, 45A07 is', () => {
    expect(nationalProductcodes().iJw.get('45A07')).toBe('45');
    expect(nationalProductcodes().iJw.has('55A11')).toBe(false);
  });
});

describe('TR381 on a Prestatie and the other product classes', () => {
  it('judges ProductCategorie and ProductCode of a declaratie', () => {
    const xml = golden('JW323');
    expect(sourcePaths('TR381', xml)).toEqual([]);
    // The first prestatie claims 54002 (jeugd-ggz) under category 45.
    const wrong = edit(xml, set(`${prestatie}/ProductCode`, '54002'));
    expect(sourcePaths('TR381', wrong)).toEqual([`/Bericht/${prestatie}/ProductCategorie + /Bericht/${prestatie}/ProductCode`]);
  });

  it.each([
    ['JW305', 'Client/StartProducten/StartProduct[1]/Product'],
    ['JW315', 'Client/AangevraagdeProducten/AangevraagdProduct[1]/Product'],
  ])('judges the Product of %s', (bericht, path) => {
    expect(sourcePaths('TR381', golden(bericht))).toEqual([]);
    expect(sourcePaths('TR381', edit(golden(bericht), set(`${path}/Code`, '43A01')))).toEqual([`/Bericht/${path}/Categorie + /Bericht/${path}/Code`]);
  });
});

describe('TR381 with a regional list from the contract', () => {
  const contract = (extra: object): Contract => {
    const loaded = loadContract({ contracten: [{ standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'inspanningsgericht', ...extra }] });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return loaded.contract;
  };

  it('lets the contract place a code in another category than its prefix says', () => {
    const c = contract({ productcodes: [{ categorie: '43', code: '45Z99' }] });
    const xml = toewijzing('43', '45Z99');
    expect(sourcePaths('TR381', xml)).toEqual([`/Bericht/${tp}/Categorie + /Bericht/${tp}/Code`]);
    expect(sourcePaths('TR381', xml, { sources: sourcesSnapshot({ contract: c }) })).toEqual([]);
    // The same contract through `variants`, with sources: true.
    expect(sourcePaths('TR381', xml, { variants: { contract: c } })).toEqual([]);
  });

  it('overrides the national list for its gemeente only', () => {
    const c = contract({ productcodes: [{ categorie: '43', code: '45A07' }] });
    expect(sourcePaths('TR381', toewijzing('43', '45A07'), { sources: sourcesSnapshot({ contract: c }) })).toEqual([]);
    const elsewhere = edit(toewijzing('43', '45A07'), set('Header/Afzender', '0363'));
    expect(sourcePaths('TR381', elsewhere, { sources: sourcesSnapshot({ contract: c }) })).toEqual([`/Bericht/${tp}/Categorie + /Bericht/${tp}/Code`]);
  });

  it('counts the coded products of the contract as regional codes', () => {
    const c = contract({ producten: [{ categorie: '43', code: '45Z98' }] });
    expect(sourcePaths('TR381', toewijzing('43', '45Z98'), { sources: sourcesSnapshot({ contract: c }) })).toEqual([]);
  });
});

describe('TR381 in iWmo', () => {
  it('uses the national indeling of hulpmiddelen and the prefix of regional codes', () => {
    const wmo = (categorie: string, code: string): string => edit(golden('WMO301'), set(`${tp}/Categorie`, categorie), set(`${tp}/Code`, code));
    expect(sourcePaths('TR381', golden('WMO301'))).toEqual([]);
    expect(sourcePaths('TR381', wmo('11', '11X01'))).toEqual([]);
    expect(sourcePaths('TR381', wmo('12', '11X01'))).toHaveLength(1);
    expect(sourcePaths('TR381', wmo('04', 'ABC12'))).toEqual([]);
  });
});
