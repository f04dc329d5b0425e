import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/index.js';
import { validate } from '../src/pipeline/validate.js';
import { MODEL } from '../src/schema/model.generated.js';
import { edit, golden, goldenPath, insertAfter, remove, set, replace, append } from './support/messages.js';

const schemaIssues = (xml: string | Uint8Array, lang: 'nl' | 'en' = 'nl') => validate(xml, { upTo: 'schema', lang }).issues.filter((i) => i.level === 'schema');
const codesAndPaths = (xml: string) => schemaIssues(xml).map((i) => `${i.code} ${i.path}`);

describe('golden messages', () => {
  it.each(CATALOGUE.map((e) => e.bericht))('%s is schema-valid and identified', (bericht) => {
    const report = validate(golden(bericht), { upTo: 'schema' });
    expect(report.issues).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.bericht).toBe(bericht);
    expect(report.release).toBe('3.2');
  });
});

describe('invalid fixtures produce the code their name promises', () => {
  const expected: Record<string, string> = {
    'missing-ontvanger': 'xsd.unexpected-element',
    'missing-dagtekening': 'xsd.missing-element',
    'unknown-element': 'xsd.unexpected-element',
    'invalid-date': 'xsd.invalid-value',
    'duplicated-element': 'xsd.unexpected-element',
    'wrong-berichtcode': 'xsd.invalid-value',
  };
  const cases = CATALOGUE.flatMap((e) => {
    const dir = join(goldenPath(e.bericht), '..');
    return readdirSync(dir)
      .filter((f) => f.startsWith('invalid-'))
      .map((f) => [e.bericht, f, join(dir, f)] as const);
  });
  it('there are several for every message', () => {
    for (const e of CATALOGUE) expect(cases.filter(([b]) => b === e.bericht).length).toBeGreaterThanOrEqual(5);
  });
  it.each(cases)('%s %s', (_b, file, path) => {
    const code = expected[file.replace(/^invalid-|\.xml$/g, '')]!;
    const issues = schemaIssues(readFileSync(path));
    expect(issues.map((i) => i.code)).toContain(code);
    expect(validate(readFileSync(path)).valid).toBe(false);
  });
});

describe('one-field mutations report the exact code and path', () => {
  const jw301 = golden('JW301');
  const P2 = 'Client/ToegewezenProducten/ToegewezenProduct[2]';
  it.each([
    ['date that does not exist', set(`${P2}/Einddatum`, '2027-02-29'), `xsd.invalid-value /Bericht/${P2}/Einddatum`],
    ['date with a time zone', set(`${P2}/Einddatum`, '2027-02-28+01:00'), `xsd.invalid-value /Bericht/${P2}/Einddatum`],
    ['time with a zone', set(`${P2}/Toewijzingstijd`, '10:15:00Z'), `xsd.invalid-value /Bericht/${P2}/Toewijzingstijd`],
    ['code outside the list', set(`${P2}/Omvang/Eenheid`, '4'), `xsd.invalid-value /Bericht/${P2}/Omvang/Eenheid`],
    ['BSN of eight digits', set('Client/Bsn', '12345678'), 'xsd.invalid-value /Bericht/Client/Bsn'],
    ['integer out of range', set(`${P2}/Omvang/Volume`, '1000000000'), `xsd.invalid-value /Bericht/${P2}/Omvang/Volume`],
    ['decimal where an integer is due', set(`${P2}/Omvang/Volume`, '1.5'), `xsd.invalid-value /Bericht/${P2}/Omvang/Volume`],
    ['string too long', set('Client/Naam/Voorletters', 'ABCDEFG'), 'xsd.invalid-value /Bericht/Client/Naam/Voorletters'],
    ['white space only', set('Client/Naam/Geslachtsnaam/Achternaam', '   '), 'xsd.invalid-value /Bericht/Client/Naam/Geslachtsnaam/Achternaam'],
    ['empty required value', set('Client/Bsn', ''), 'xsd.invalid-value /Bericht/Client/Bsn'],
    ['required element removed', remove('Client/Geslacht'), 'xsd.unexpected-element /Bericht/Client/Naam'],
    ['last required child removed', remove('Client/ToegewezenProducten'), 'xsd.missing-element /Bericht/Client'],
    ['elements swapped', (x: string) => edit(x, replace('Client/Bsn', '<Geboortedatum><b:Datum>2014-05-17</b:Datum></Geboortedatum>'), replace('Client/Geboortedatum[2]', '<Bsn>123456782</Bsn>')), 'xsd.unexpected-element /Bericht/Client/Geboortedatum'],
    ['element repeated', replace('Client/Geslacht', '<Geslacht>2</Geslacht><Bsn>123456782</Bsn>'), 'xsd.unexpected-element /Bericht/Client/Bsn[2]'],
    ['basisschema element in the message namespace', replace('Client/Geboortedatum', '<Geboortedatum><Datum>2014-05-17</Datum></Geboortedatum>'), 'xsd.unexpected-element /Bericht/Client/Geboortedatum/Datum'],
    ['text in an element-only element', append('Client/Naam', 'tekst'), 'xsd.unexpected-text /Bericht/Client/Naam'],
    ['child element in a value', replace('Client/Bsn', '<Bsn><b:Datum>1</b:Datum></Bsn>'), 'xsd.unexpected-content /Bericht/Client/Bsn'],
    ['iWmo-only code', set(`${P2}/Product/Categorie`, '04'), `xsd.invalid-value /Bericht/${P2}/Product/Categorie`],
  ])('%s', (_name, mutation, expected) => {
    expect(codesAndPaths(edit(jw301, mutation))).toEqual([expected]);
  });

  it('an attribute the schema does not declare', () => {
    const xml = jw301.replace('<jw301:Bsn>', '<jw301:Bsn id="x">');
    expect(codesAndPaths(xml)).toEqual(['xsd.unexpected-attribute /Bericht/Client/Bsn']);
  });

  it('xsi:schemaLocation is allowed, as in any XML Schema validator', () => {
    const xml = jw301.replace('<jw301:Bericht ', '<jw301:Bericht xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x y" ');
    expect(codesAndPaths(xml)).toEqual([]);
  });

  it('collapses white space for integers and dates but not for strings', () => {
    expect(codesAndPaths(edit(jw301, set(`${P2}/Omvang/Volume`, ' 10 ')))).toEqual([]);
    expect(codesAndPaths(edit(jw301, set(`${P2}/Einddatum`, '\n 2027-10-31 ')))).toEqual([]);
    expect(codesAndPaths(edit(jw301, set('Client/Bsn', ' 123456782')))).toEqual(['xsd.invalid-value /Bericht/Client/Bsn']);
  });

  it('accepts leap days and rejects the same day in a common year', () => {
    expect(codesAndPaths(edit(jw301, set(`${P2}/Einddatum`, '2028-02-29')))).toEqual([]);
    expect(codesAndPaths(edit(jw301, set(`${P2}/Einddatum`, '2100-02-29')))).toEqual([`xsd.invalid-value /Bericht/${P2}/Einddatum`]);
    expect(codesAndPaths(edit(jw301, set(`${P2}/Einddatum`, '2000-02-29')))).toEqual([]);
  });

  it('reports every problem, not only the first', () => {
    const xml = edit(jw301, set('Client/Bsn', 'x'), set(`${P2}/Omvang/Eenheid`, '99'), insertAfter('Header/BerichtSubversie', '<Extra/>'));
    expect(codesAndPaths(xml).sort()).toEqual(
      ['xsd.invalid-value /Bericht/Client/Bsn', `xsd.invalid-value /Bericht/${P2}/Omvang/Eenheid`, 'xsd.unexpected-element /Bericht/Header/Extra'].sort(),
    );
  });

  it('gives line and column of the element', () => {
    const xml = edit(jw301, set('Client/Bsn', 'x'));
    const [issue] = schemaIssues(xml);
    const line = xml.split('\n').findIndex((l) => l.includes('<jw301:Bsn>')) + 1;
    expect(issue!.line).toBe(line);
    expect(issue!.column).toBe(xml.split('\n')[line - 1]!.indexOf('<jw301:Bsn>') + 1);
  });

  it('speaks Dutch by default and English on request', () => {
    const xml = edit(jw301, set('Client/Geslacht', '7'));
    expect(schemaIssues(xml)[0]!.message).toMatch(/is ongeldig: geen geldige code/);
    expect(schemaIssues(xml, 'en')[0]!.message).toMatch(/is invalid: not a valid code \(allowed: 0, 1, 2\)/);
  });
});

describe('identification', () => {
  const jw305 = golden('JW305');
  it.each([
    ['release 3.1', jw305.replaceAll('/3_2/', '/3_1/'), 'message.unsupported-release', /release 3\.1/],
    ['another iStandaard', jw305.replaceAll('ijw/3_2/jw305', 'iwlz/2_4/wlz305'), 'message.unsupported-standaard', /iwlz/],
    ['a message number that does not exist', jw305.replaceAll('jw305/schema', 'jw303/schema'), 'message.unknown-bericht', /jw303/],
    ['no namespace', '<Bericht><Header/></Bericht>', 'message.unknown', /zonder namespace/],
    ['another root element', jw305.replace(/jw305:Bericht/g, 'jw305:Message'), 'message.unknown', /Message/],
  ])('%s', (_name, xml, code, text) => {
    const report = validate(xml);
    expect(report.valid).toBe(false);
    expect(report.bericht).toBeNull();
    expect(report.issues.map((i) => i.code)).toEqual([code]);
    expect(report.issues[0]!.message).toMatch(text);
  });
});

describe('schema model', () => {
  it('knows the root of all 28 messages', () => {
    expect(Object.keys(MODEL.roots).sort()).toEqual(CATALOGUE.map((e) => e.bericht).sort());
  });
  it('the catalogue BerichtCode is the one the schema fixes', () => {
    for (const e of CATALOGUE) {
      const header = MODEL.types[`${e.bericht.toLowerCase()}:Header/BerichtCode`];
      expect(header?.kind === 'simple' && header.steps.flatMap((s) => s.patterns ?? [])).toContain(e.berichtCode);
    }
  });
});
