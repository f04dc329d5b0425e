import { describe, expect, it } from 'vitest';
import { validate } from '../src/pipeline/validate.js';
import { Findings } from '../src/report/findings.js';
import { scanXml, type XmlElement } from '../src/xml/scan.js';
import { jw323 } from '../bench/generate.js';
import { edit, golden, set } from './support/messages.js';

describe('validate(): levels run in order', () => {
  it('runs schema and rule levels on a valid message, and the variant level when asked', () => {
    expect(validate(golden('JW323')).levels).toEqual(['schema', 'rule']);
    const r = validate(golden('JW323'), { variants: { variant: 'outputgericht' } });
    expect(r.levels).toEqual(['schema', 'rule', 'variant']);
    expect(r.issues.map((i) => i.code)).toEqual(['variant.eenheid-outputgericht', 'variant.eenheid-outputgericht']);
  });

  it('judges neither rules nor variant when the schema fails; the variant also after a rule failure', () => {
    const schemaBad = validate(edit(golden('JW323'), set('Declaratie/DeclaratieNummer', 'D-1')), { variants: { variant: 'taakgericht' } });
    expect(schemaBad.levels).toEqual(['schema']);
    expect(schemaBad.issues.map((i) => i.level)).toEqual(['schema']);
    const ruleBad = validate(edit(golden('JW323'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '1')), { variants: { variant: 'taakgericht' } });
    expect(ruleBad.levels).toEqual(['schema', 'rule', 'variant']);
    expect(ruleBad.issues.map((i) => i.code)).toEqual(['TR358', 'variant.declaratie-taakgericht', 'variant.declaratie-taakgericht']);
  });

  it('stops where asked', () => {
    expect(validate(golden('JW301'), { upTo: 'schema' }).levels).toEqual(['schema']);
    expect(validate(golden('JW301'), { upTo: 'rule', variants: { variant: 'taakgericht' } }).levels).toEqual(['schema', 'rule']);
  });
});

describe('validate(): at most maxIssues issues per message, on every level, then one closing issue', () => {
  const withAttributes = (n: number): string =>
    golden('JW301').replace('<jw301:Client>', `<jw301:Client${Array.from({ length: n }, (_, i) => ` a${i}="${i}"`).join('')}>`);

  it('schema: keeps the first issues in order and says how many more there were, where the first left out is', () => {
    const all = validate(withAttributes(10), { lang: 'en' });
    expect(all.issues.map((i) => i.code)).toEqual(Array(10).fill('xsd.unexpected-attribute'));
    const capped = validate(withAttributes(10), { lang: 'en', maxIssues: 3 });
    expect(capped.valid).toBe(false);
    expect(capped.issues).toHaveLength(4);
    expect(capped.issues.slice(0, 3)).toEqual(all.issues.slice(0, 3));
    const closing = capped.issues[3]!;
    expect(closing).toMatchObject({ code: 'report.truncated', level: 'schema', severity: 'error', path: all.issues[3]!.path, line: all.issues[3]!.line, column: all.issues[3]!.column });
    expect(closing.message).toBe('7 more issues were not reported (7 of them errors): a message reports at most 3. This location is that of the first one not reported.');
    expect(validate(withAttributes(10), { maxIssues: Infinity }).issues).toHaveLength(10);
    expect(validate(withAttributes(10), { maxIssues: 10 }).issues.map((i) => i.code)).not.toContain('report.truncated');
  });

  it('defaults to 1000', () => {
    const r = validate(withAttributes(1500));
    expect(r.issues).toHaveLength(1001);
    expect(r.issues[1000]!.message).toMatch(/^Nog 500 bevindingen zijn niet gemeld \(waarvan 500 fouten\): een bericht meldt er ten hoogste 1000\./);
  });

  it('rule: the same cap on controleniveau 2 (a finding on two elements counts once)', () => {
    const xml = jw323(20).replace(/<jw323:Bsn>\d+</g, '<jw323:Bsn>123456789<');
    const all = validate(xml);
    // In the stylesheet's order: the findings inside an element before the element's own (TR101 on the Clienten).
    expect(all.issues.map((i) => i.code)).toEqual([...Array(20).fill('CS002'), 'TR101']);
    const capped = validate(xml, { maxIssues: 5 });
    expect(capped.issues.slice(0, 5)).toEqual(all.issues.slice(0, 5));
    expect(capped.issues[5]).toMatchObject({ code: 'report.truncated', level: 'rule', severity: 'error', path: all.issues[5]!.path });
    expect(capped.issues[5]!.message).toMatch(/^Nog 16 bevindingen/);
    expect(capped.valid).toBe(false);
  });

  it('variant: the same cap on the variant level', () => {
    const capped = validate(jw323(20), { variants: { variant: 'taakgericht' }, maxIssues: 2 });
    expect(capped.issues.map((i) => i.code)).toEqual(['variant.declaratie-taakgericht', 'variant.declaratie-taakgericht', 'report.truncated']);
    expect(capped.issues[2]).toMatchObject({ level: 'variant', severity: 'error' });
  });
});

describe('Findings: the cap itself', () => {
  const doc = (): { root: XmlElement; source: Uint8Array } => {
    const r = scanXml('<r><a/><b/><c/></r>');
    if (!r.ok) throw new Error(r.error.detail);
    return { root: r.document.root, source: r.document.source };
  };

  it('keeps a report invalid when only errors were left out, and valid-looking when only warnings were', () => {
    const { root, source } = doc();
    const [a, b, c] = root.children;
    const f = new Findings('en', source, 1);
    f.add('w', 'variant', a!, {}, { severity: 'warning', message: 'w' });
    expect(f.hasErrors).toBe(false);
    f.add('e', 'variant', b!, {}, { message: 'e' });
    expect(f.hasErrors).toBe(true);
    expect(f.issues.map((i) => [i.code, i.severity])).toEqual([['w', 'warning'], ['report.truncated', 'error']]);

    const g = new Findings('en', source, 1);
    g.add('e', 'schema', a!, {}, { message: 'e' });
    g.add('w', 'variant', b!, {}, { severity: 'warning', message: 'w' });
    g.add('w', 'variant', c!, {}, { severity: 'warning', message: 'w' });
    expect(g.issues.map((i) => [i.code, i.severity, i.level])).toEqual([['e', 'error', 'schema'], ['report.truncated', 'warning', 'variant']]);
    expect(g.issues[1]!.message).toMatch(/^2 more issues were not reported \(0 of them errors\)/);
  });

  it('counts a finding left out once, as it reports one once; always keeps an internal error', () => {
    const { root, source } = doc();
    const [a, b] = root.children;
    const f = new Findings('en', source, 1);
    f.add('x', 'schema', a!);
    f.add('x', 'schema', b!);
    f.add('x', 'schema', b!);
    f.add('x', 'schema', b!, {}, { offset: b!.offset });
    f.add('x', 'schema', b!, {}, { distinct: 'other check' });
    // Out of document order, twice.
    f.add('x', 'schema', a!, {}, { offset: a!.offset + 1 });
    f.add('x', 'schema', a!, {}, { offset: a!.offset + 1 });
    f.add('x', 'schema', a!);
    f.add('internal.error', 'schema', null, { detail: 'boom' });
    expect(f.issues.map((i) => i.code)).toEqual(['x', 'internal.error', 'report.truncated']);
    expect(f.issues[2]!.message).toMatch(/^3 more issues were not reported/);
  });
});
