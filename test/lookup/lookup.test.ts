import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RETOURCODES, retourcode, retourcodeText, rulesTable } from '../../src/lookup/index.js';
import { mergeRetourcodes, parseCsv, retourcodesFromCsv, retourcodesModule } from '../../scripts/generate-retourcodes.js';
import { OWN_MESSAGES } from '../../src/report/messages.js';
import { RULES as LEVEL2 } from '../../src/rules/registry.js';
import { CONTEXT_RULES } from '../../src/context/rules/registry.js';
import { SOURCE_RULES } from '../../src/sources/rules/registry.js';

/** The rules of levels 2, 3 and 4, as the look-up lists them. */
const RULES = [...LEVEL2, ...CONTEXT_RULES, ...SOURCE_RULES];
import { VARIANT_CODES } from '../../src/variants/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CSV_IJW = join(root, '..', 'shared', 'reference', 'ijw-3.2', 'codelists', 'codelists-from-xsd-ijw-3.2.csv');
const CSV_IWMO = join(root, '..', 'shared', 'reference', 'iwmo-3.2', 'codelists', 'codelists-from-xsd-iwmo-3.2.csv');

/** The codes at the start of the entry lines of a table. */
const codesIn = (text: string): string[] => text.split('\n').filter((l) => /^\S+ {2}/.test(l)).map((l) => l.split(' ')[0]!);

describe('rulesTable', () => {
  it('lists every rule of levels 2 to 4 when no filter is given, with retourcode, level, messages and our description', () => {
    const r = rulesTable();
    expect(r.ok).toBe(true);
    expect(codesIn(r.text)).toEqual(RULES.map((x) => x.id));
    const cd085 = RULES.find((x) => x.id === 'CD085')!;
    expect(r.text).toContain(`CD085  retourcode 0001  niveau 2 (regel)  fout  berichten iJw 319; iWmo 319\n    ${cd085.description.nl}`);
  });

  it('narrows to the rules checked on one message', () => {
    const r = rulesTable({ bericht: 'jw319', lang: 'en' });
    expect(r.ok).toBe(true);
    expect(r.text.split('\n')[0]).toBe(`Rules of levels 2 to 4 for JW319 (${RULES.filter((x) => x.berichten.includes('JW319')).length}):`);
    expect(codesIn(r.text)).toEqual(RULES.filter((x) => x.berichten.includes('JW319')).map((x) => x.id));
    expect(codesIn(r.text)).toContain('TR377');
    // A number names the message in both standaarden.
    const both = rulesTable({ bericht: '319' });
    expect(both.text.split('\n')[0]).toMatch(/voor JW319, WMO319 \(/);
    expect(codesIn(both.text)).toEqual(RULES.filter((x) => x.berichten.includes('JW319') || x.berichten.includes('WMO319')).map((x) => x.id));
  });

  it('finds one rule by its id, case-insensitively', () => {
    const r = rulesTable({ code: 'tr101', lang: 'en' });
    expect(r.ok).toBe(true);
    expect(codesIn(r.text)).toEqual(['TR101']);
    expect(r.text).toContain(RULES.find((x) => x.id === 'TR101')!.description.en);
    expect(r.text).toContain('level 2 (rule)');
  });

  it('lists own codes with their level: schema codes, variant codes with severity and source', () => {
    const xsd = rulesTable({ code: 'xsd.missing-element' });
    expect(xsd.ok).toBe(true);
    expect(xsd.text).toContain("Eigen codes van iwmo-ijw bij 'xsd.missing-element' (1):\nxsd.missing-element  niveau 1 (schema)  fout\n    Element {element} mist verplicht element {expected}.");
    const variant = rulesTable({ code: 'variant.', lang: 'en' });
    expect(codesIn(variant.text)).toEqual(VARIANT_CODES.map((c) => c.code));
    const info = VARIANT_CODES.find((c) => c.code === 'variant.taakgericht-specifiek')!;
    expect(variant.text).toContain(`variant.taakgericht-specifiek  level variant  warning  source ${info.source}\n    ${info.title.en}`);
    expect(rulesTable({ code: 'internal.error', lang: 'en' }).text).toContain('internal.error  any level  error');
    // A prefix matches rules and own codes alike.
    expect(codesIn(rulesTable({ code: 'TR3' }).text)).toEqual(RULES.filter((x) => x.id.startsWith('TR3')).map((x) => x.id));
    expect(codesIn(rulesTable({ code: 'x' }).text)).toEqual(Object.keys(OWN_MESSAGES).filter((c) => c.startsWith('x')));
  });

  it('fails clearly on an unknown message or code', () => {
    const bericht = rulesTable({ bericht: 'JW304' });
    expect(bericht).toMatchObject({ ok: false });
    expect(bericht.text).toMatch(/^Onbekend bericht 'JW304'\. .*Bekend: JW301, /);
    const code = rulesTable({ code: 'TR999', lang: 'en' });
    expect(code).toMatchObject({ ok: false });
    expect(code.text).toMatch(/^No rule or code 'TR999' is known\./);
  });

  it('lists the level-4 rules with their level and retourcode, and the own AGB code without one', () => {
    const r = rulesTable({ code: 'TR378' });
    expect(r.text).toContain('TR378  retourcode S300  niveau 4 (externe bron)  fout  berichten iJw 301, 305, 307, 315, 317, 319, 323, 325; iWmo 301, 305, 307, 315, 317, 319, 323, 325');
    expect(rulesTable({ code: 'bron.agb-onbekend', lang: 'en' }).text).toMatch(/^Rules of levels 2 to 4 matching 'bron\.agb-onbekend' \(1\):\nbron\.agb-onbekend {2}level 4 \(external source\) {2}error {2}messages/);
    expect(retourcodeText('0611', 'en').text).toContain('TR418');
  });

  it('says that a known rule does not apply to the message asked for', () => {
    const r = rulesTable({ bericht: 'JW301', code: 'TR377' });
    expect(r).toEqual({ ok: true, text: "Geen regels van controleniveau 2 tot en met 4 voor JW301 bij 'TR377'.\n" });
  });
});

describe('retourcodeText', () => {
  it('gives the meaning from the code list and the rules that carry the code', () => {
    const r = retourcodeText('0001');
    expect(r.ok).toBe(true);
    expect(r.text).toContain(`Betekenis: ${retourcode('0001')!.omschrijving}`);
    const listed = r.text.split('\n').slice(r.text.split('\n').findIndex((l) => l.startsWith('Regels van iwmo-ijw'))).join(' ');
    for (const rule of LEVEL2) expect(listed).toContain(rule.id);
  });

  it('names the level-3 rule that answers with its own retourcode', () => {
    const r = retourcodeText('9019', 'en');
    expect(r.ok).toBe(true);
    expect(r.text.split('\n')[0]).toBe('Retourcode 9019 (code list LDT_RetourCode, iJw/iWmo 3.2)');
    expect(r.text).toContain(retourcode('9019')!.omschrijving);
    expect(r.text).toContain('Rules of iwmo-ijw with this retourcode (1):\n  TR019');
  });

  it('says when none of our rules gives a code', () => {
    const r = retourcodeText('0233', 'en');
    expect(r.ok).toBe(true);
    expect(r.text).toContain('No rule of iwmo-ijw gives this retourcode.');
  });

  it('accepts codes without leading zeros and in lower case', () => {
    expect(retourcode('200')?.code).toBe('0200');
    expect(retourcode(' 1 ')?.code).toBe('0001');
    expect(retourcode('s300')?.code).toBe('S300');
  });

  it('shows both wordings where iJw and iWmo differ', () => {
    const differs = RETOURCODES.find((r) => r.omschrijvingIwmo !== undefined && r.omschrijvingIwmo !== r.omschrijving);
    expect(differs).toBeDefined();
    const text = retourcodeText(differs!.code).text;
    expect(text).toContain(`Betekenis (iJw): ${differs!.omschrijving}`);
    expect(text).toContain(`Betekenis (iWmo): ${differs!.omschrijvingIwmo}`);
  });

  it('fails clearly on an unknown code', () => {
    const r = retourcodeText('1234');
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/^Onbekende retourcode '1234'\. De codelijst LDT_RetourCode van iJw\/iWmo 3\.2 kent: 0001, 0200, /);
    expect(retourcodeText('', 'en').ok).toBe(false);
  });
});

describe('the retourcode generator', () => {
  it('parses quoted CSV fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('type,code,documentation\r\nLDT_RetourCode,9346,"a, ""b"" c"\r\nLDT_X,1,y\n')).toEqual([
      ['type', 'code', 'documentation'],
      ['LDT_RetourCode', '9346', 'a, "b" c'],
      ['LDT_X', '1', 'y'],
    ]);
  });

  it('keeps only LDT_RetourCode rows and merges the iWmo wording where it differs', () => {
    const ijw = retourcodesFromCsv('type,code,documentation\nLDT_RetourCode,0001,Technisch  afgekeurd.\nLDT_RetourCode,9360,Al een antwoord\nLDT_Eenheid,01,Minuut\n');
    const iwmo = retourcodesFromCsv('type,code,documentation\nLDT_RetourCode,0001,Technisch afgekeurd.\nLDT_RetourCode,9360,Al een antwoord in onderzoek\nLDT_RetourCode,9999,Alleen iWmo\n');
    expect(mergeRetourcodes(ijw, iwmo)).toEqual([
      { code: '0001', omschrijving: 'Technisch afgekeurd.' },
      { code: '9360', omschrijving: 'Al een antwoord', omschrijvingIwmo: 'Al een antwoord in onderzoek' },
      { code: '9999', omschrijving: 'Alleen iWmo', omschrijvingIwmo: 'Alleen iWmo' },
    ]);
    expect(() => retourcodesModule('type,code,documentation\nLDT_Eenheid,01,Minuut\n')).toThrow(/no LDT_RetourCode rows/);
  });

  it.skipIf(!existsSync(CSV_IJW) || !existsSync(CSV_IWMO))('generated retourcodes.generated.ts from the reference code lists (skipped where they are absent)', () => {
    const expected = retourcodesModule(readFileSync(CSV_IJW, 'utf8'), readFileSync(CSV_IWMO, 'utf8'), ['codelists-from-xsd-ijw-3.2.csv', 'codelists-from-xsd-iwmo-3.2.csv']);
    expect(readFileSync(join(root, 'src', 'lookup', 'retourcodes.generated.ts'), 'utf8')).toBe(expected);
    const rows = parseCsv(readFileSync(CSV_IJW, 'utf8')).filter((r) => r[0] === 'LDT_RetourCode');
    expect(new Set(RETOURCODES.map((r) => r.code))).toEqual(new Set(rows.map((r) => r[1])));
  });
});
