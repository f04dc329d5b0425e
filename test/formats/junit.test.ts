import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/output/format.js';
import { toJunit } from '../../src/output/junit.js';
import { scanXml, type XmlElement } from '../../src/xml/scan.js';
import { mixedReports } from './reports.js';

function parse(xml: string): XmlElement {
  const scanned = scanXml(xml);
  if (!scanned.ok) throw new Error(`not well-formed: ${scanned.error.detail} at ${scanned.error.offset}`);
  return scanned.document.root;
}

const attr = (el: XmlElement, name: string): string | undefined => el.attributes?.find((a) => a.name === name)?.value;
const kids = (el: XmlElement, local: string): XmlElement[] => el.children.filter((c) => c.local === local);

describe('toJunit', () => {
  const reports = mixedReports();
  const xml = toJunit(reports, { lang: 'nl' });
  const root = parse(xml);

  it('is well-formed XML with totals on <testsuites>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.local).toBe('testsuites');
    expect(attr(root, 'tests')).toBe(String(reports.length));
    expect(attr(root, 'failures')).toBe(String(reports.filter((r) => !r.valid).length));
    expect(attr(root, 'errors')).toBe('0');
  });

  it('has one testsuite per file with one testcase per message, a failure per error and warnings in system-out', () => {
    const suites = kids(root, 'testsuite');
    expect(suites).toHaveLength(reports.length);
    suites.forEach((suite, n) => {
      const r = reports[n]!;
      const errors = r.issues.filter((i) => i.severity === 'error');
      const warnings = r.issues.filter((i) => i.severity === 'warning');
      expect(attr(suite, 'name')).toBe(r.file);
      expect(attr(suite, 'tests')).toBe('1');
      expect(attr(suite, 'failures')).toBe(errors.length ? '1' : '0');
      const cases = kids(suite, 'testcase');
      expect(cases).toHaveLength(1);
      const tc = cases[0]!;
      expect(attr(tc, 'name')).toBe(r.bericht ?? 'onbekend bericht');
      expect(attr(tc, 'classname')).toBe(r.file);
      const failures = kids(tc, 'failure');
      expect(failures).toHaveLength(errors.length);
      failures.forEach((f, k) => {
        const i = errors[k]!;
        expect(attr(f, 'message')).toBe(`${i.code}: ${i.message}`);
        expect(attr(f, 'type')).toBe(i.code);
        const body = f.text.split('\n');
        expect(body[0]).toBe(`${i.line}:${i.column}`);
        expect(f.text).toContain(i.path);
        expect(f.text).toContain(`niveau: ${i.level}`);
        if (i.retourcode) expect(f.text).toContain(`retourcode: ${i.retourcode}`);
      });
      const out = kids(tc, 'system-out');
      expect(out).toHaveLength(warnings.length ? 1 : 0);
      if (warnings.length) {
        const lines = out[0]!.text.split('\n');
        expect(lines).toHaveLength(warnings.length);
        warnings.forEach((i, k) => expect(lines[k]).toContain(`${i.line}:${i.column} ${i.code}`));
      }
    });
  });

  it('covers the mix: valid files, schema, rule and variant errors, warnings and non-XML input', () => {
    const levels = new Set(reports.flatMap((r) => r.issues.map((i) => i.level)));
    expect([...levels].sort()).toEqual(['rule', 'schema', 'variant']);
    expect(reports.some((r) => r.valid && r.issues.length === 0)).toBe(true);
    expect(reports.some((r) => r.valid && r.issues.some((i) => i.severity === 'warning'))).toBe(true);
    expect(reports.some((r) => r.bericht === null)).toBe(true);
    expect(xml).toContain('name="onbekend bericht"');
  });

  it('escapes markup, quotes and control characters in every attribute and text', () => {
    const nasty = 'a&b <c> "d" \'e\' ]]> \u0001\u0000 \r\n\tf';
    const report: FileReport = {
      file: nasty,
      standaard: 'iJw',
      bericht: 'JW301',
      release: '3.2',
      levels: ['schema'],
      valid: false,
      issues: [
        { code: 'xsd.invalid-value', level: 'schema', severity: 'error', path: '/Bericht/Client/Bsn', line: 3, column: 5, message: nasty },
        { code: 'variant.x', level: 'variant', severity: 'warning', path: '/Bericht', line: 1, column: 1, message: nasty },
      ],
    };
    const out = toJunit([report], { lang: 'en' });
    expect(out).not.toContain(']]>');
    expect(out).not.toMatch(/[\u0000\u0001]/);
    const r = parse(out);
    const tc = kids(kids(r, 'testsuite')[0]!, 'testcase')[0]!;
    const cleaned = nasty.replace(/[\u0000\u0001]/g, '\uFFFD');
    // White space in attributes is written as character references, which XML keeps as is.
    expect(out).toContain('&#13;&#10;&#9;f');
    expect(attr(tc, 'classname')).toBe(cleaned);
    expect(attr(kids(tc, 'failure')[0]!, 'message')).toBe(`xsd.invalid-value: ${cleaned}`);
    expect(kids(tc, 'system-out')[0]!.text).toContain(cleaned);
  });

  it('writes an empty but valid document for no input', () => {
    const r = parse(toJunit([], { lang: 'en' }));
    expect(attr(r, 'tests')).toBe('0');
    expect(r.children).toHaveLength(0);
  });
});
