import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { refusedForSize, validate } from '../src/pipeline/validate.js';
import { OP179_MAX_BYTES } from '../src/xml/input.js';
import { hugeText, manyAttributes, manySiblingErrors } from '../bench/hostile.js';
import { jw323 } from '../bench/generate.js';
import { parse } from '../src/parse.js';
import { CATALOGUE } from '../src/catalogue/index.js';
import { golden } from './support/messages.js';
import { MemoryStore } from '../src/context/store.js';
import { respond } from '../src/respond/index.js';

const codes = (input: string | Uint8Array, options = {}) => validate(input, options).issues.map((i) => i.code);
const bytes = (s: string) => new TextEncoder().encode(s);
const jw319 = golden('JW319');

describe('input guards', () => {
  it('reports a UTF-8 byte-order mark (OP192) and still checks the rest', () => {
    const report = validate(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(jw319)]));
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.code)).toEqual(['input.bom']);
    expect(report.levels).toEqual(['schema']);
    expect(codes('\uFEFF' + jw319)).toEqual(['input.bom']);
  });

  it('rejects UTF-16, Latin-1 and other encodings with a clear reason', () => {
    const utf16 = new Uint8Array(Buffer.from('\uFEFF' + jw319.replace('UTF-8', 'UTF-16'), 'utf16le'));
    expect(codes(utf16)).toEqual(['xml.encoding']);
    const latin1 = new Uint8Array(Buffer.from(jw319.replace('UTF-8', 'ISO-8859-1').replace('VW-2026-0014', 'Ørebro'), 'latin1'));
    const r = validate(latin1);
    expect(r.issues.map((i) => i.code)).toEqual(['xml.encoding']);
    expect(r.issues[0]!.message).toMatch(/ISO-8859-1/);
    expect(codes(jw319.replace('UTF-8', 'windows-1252'))).toEqual(['xml.encoding']);
  });

  it('rejects input larger than the limit without reading it', () => {
    expect(codes(jw319, { maxBytes: 100 })).toEqual(['input.too-large']);
    expect(codes(bytes(jw319), { maxBytes: 100 })).toEqual(['input.too-large']);
  });

  it('refuses by size alone what validate() would refuse, so a caller can measure before reading', () => {
    expect(refusedForSize(jw319.length, { maxBytes: 100, lang: 'en' })).toEqual(validate(bytes(jw319), { maxBytes: 100, lang: 'en' }));
    expect(refusedForSize(5e9)?.issues.map((i) => i.code)).toEqual(['input.too-large']);
    expect(refusedForSize(100, { maxBytes: 100 })).toBeNull();
  });

  it('warns about a message above the 25 MB of OP179 (2^20-byte MB), and still judges it on every level', () => {
    // Padded with white space after the root element to exactly the limit, and one byte beyond it.
    const at = (size: number): string => jw319 + ' '.repeat(size - bytes(jw319).length);
    expect(validate(at(OP179_MAX_BYTES)).issues).toEqual([]);
    for (const input of [at(OP179_MAX_BYTES + 1), bytes(at(OP179_MAX_BYTES + 1))]) {
      const r = validate(input, { lang: 'en' });
      expect(r.valid).toBe(true);
      expect(r.levels).toEqual(['schema', 'rule']);
      expect(r.issues).toEqual([
        expect.objectContaining({ code: 'input.op179-too-large', level: 'schema', severity: 'warning', path: '/', line: 1, column: 1 }),
      ]);
      expect(r.issues[0]!.message).toBe(`The message is ${OP179_MAX_BYTES + 1} bytes, more than the 25 MB (26214400 bytes) OP179 names as the size of a file; split it if the receiver cannot process it.`);
    }
  });

  it('a 30 MB JW323 is no longer silently fine: the OP179 warning comes with the rule findings', () => {
    const big = jw323(43_000);
    expect(big.length).toBeGreaterThan(30e6);
    const r = validate(big);
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['input.op179-too-large']);
    const broken = validate(big.replace(/<jw323:Bsn>\d+</, '<jw323:Bsn>123456789<'));
    expect(broken.valid).toBe(false);
    expect(broken.issues.map((i) => i.code)).toEqual(['input.op179-too-large', 'CS002']);
  });

  it.each([
    ['an empty file', ''],
    ['random binary', new Uint8Array([0x00, 0xff, 0x13, 0x80, 0x7f])],
    ['plain text', 'dit is geen XML'],
    ['a truncated message', jw319.slice(0, 200)],
    ['an external DTD', jw319.replace('?>', '?>\n<!DOCTYPE Bericht SYSTEM "http://example.invalid/x.dtd">')],
    ['an external entity', jw319.replace('?>', '?>\n<!DOCTYPE Bericht [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace('VW-2026-0014', '&x;')],
    ['deep nesting', '<a>'.repeat(20_000) + '</a>'.repeat(20_000)],
  ])('%s gives a report with an error, never an exception', (_name, input) => {
    const report = validate(input);
    expect(report.valid).toBe(false);
    expect(report.issues.length).toBeGreaterThan(0);
    expect(report.issues.every((i) => i.level === 'schema' && i.severity === 'error')).toBe(true);
  });
});

/**
 * Hostile shapes: each is judged in time linear in its size, with a bounded number of issues. The
 * time bound is a safety net against quadratic work (the million-attribute message took over 150 s
 * before), not a benchmark: `npx tsx bench/hostile-run.ts` measures them.
 */
describe('hostile shapes: bounded time, bounded issues', () => {
  // Processor time of this test process, not wall time: other work on a busy machine does not count.
  const BOUND_MS = 10_000;
  const timed = (input: Uint8Array) => {
    const start = process.cpuUsage();
    const report = validate(input);
    const used = process.cpuUsage(start);
    return { report, ms: (used.user + used.system) / 1000 };
  };

  it('one element with a million attributes (16.8 MB)', () => {
    const { report, ms } = timed(manyAttributes(1_000_000));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(1001);
    expect(report.issues.slice(0, 1000).every((i) => i.code === 'xsd.unexpected-attribute')).toBe(true);
    expect(report.issues[999]!.column).toBeGreaterThan(10_000);
    expect(report.issues[1000]).toMatchObject({ code: 'report.truncated', severity: 'error', level: 'schema' });
    expect(report.issues[1000]!.message).toMatch(/^Nog 999000 bevindingen zijn niet gemeld \(waarvan 999000 fouten\)/);
  });

  it('a million sibling elements that each fail the schema (30 MB)', () => {
    const { report, ms } = timed(manySiblingErrors(1_000_000));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.valid).toBe(false);
    expect(report.issues).toHaveLength(1001);
    expect(report.issues[0]!.code).toBe('input.op179-too-large');
    expect(report.issues.slice(1, 1000).every((i) => i.code === 'xsd.invalid-value')).toBe(true);
    expect(report.issues[999]!.line).toBeGreaterThan(999);
    expect(report.issues[1000]!.message).toMatch(/^Nog 999001 bevindingen zijn niet gemeld \(waarvan 999001 fouten\)/);
  });

  it('a text node of 100 MB: one finding, its value shown cut short', () => {
    const { report, ms } = timed(hugeText(100_000_000));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.code)).toEqual(['input.op179-too-large', 'xsd.invalid-value']);
    expect(report.issues[1]!.message).toMatch(/^Waarde 'a{100}…' van Achternaam is ongeldig/);
    expect(report.issues[1]!.message.length).toBeLessThan(300);
  });
});

/** Random damage to valid messages: validate() never throws and always answers with a report. */
describe('property: never throws, always a report', () => {
  const goldens = CATALOGUE.map((e) => golden(e.bericht));
  const damage = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('<', '>', '&', '&amp;', ']]>', '<!--', '<x>', '</x>', '<![CDATA[', '&#0;', '\u0000', '"', 'xmlns:p=""', '<!DOCTYPE x>', '\uFEFF', '\uD800') }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat(), len: fc.integer({ min: 1, max: 80 }) }),
  );
  type Damage = { kind: 'delete' | 'duplicate' | 'truncate' | 'swap' | 'insert'; at: number; len?: number; text?: string; other?: number };
  const apply = (s: string, d: Damage): string => {
    const at = d.at % (s.length + 1);
    switch (d.kind) {
      case 'delete':
        return s.slice(0, at) + s.slice(at + d.len!);
      case 'duplicate':
        return s.slice(0, at + d.len!) + s.slice(at, at + d.len!) + s.slice(at + d.len!);
      case 'insert':
        return s.slice(0, at) + d.text! + s.slice(at);
      case 'truncate':
        return s.slice(0, at);
      case 'swap': {
        const o = d.other! % (s.length + 1);
        const [a, b] = at < o ? [at, o] : [o, at];
        return s.slice(0, a) + s.slice(b, b + d.len!) + s.slice(a + d.len!, b) + s.slice(a, a + d.len!) + s.slice(b + d.len!);
      }
    }
  };
  it('on random damage to every golden message', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: goldens.length - 1 }), fc.array(damage, { minLength: 1, maxLength: 4 }), fc.boolean(), (i, ds, asBytes) => {
        const xml = ds.reduce((acc, d) => apply(acc, d as Damage), goldens[i]!);
        const report = validate(asBytes ? bytes(xml) : xml);
        expect(typeof report.valid).toBe('boolean');
        expect(report.valid).toBe(!report.issues.some((x) => x.severity === 'error'));
        expect(report.issues.every((x) => x.code.length > 0 && x.message.length > 0 && x.line >= 1 && x.column >= 1)).toBe(true);
        const parsed = parse(xml);
        expect(parsed.ok).toBe(report.levels.includes('schema') && !report.issues.some((x) => x.level === 'schema'));
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('with every level on (contract variant, conversation store) and when answering', () => {
    const store = new MemoryStore();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: goldens.length - 1 }), fc.array(damage, { minLength: 0, maxLength: 3 }), fc.constantFrom('inspanningsgericht', 'outputgericht', 'taakgericht'), (i, ds, variant) => {
        const xml = ds.reduce((acc, d) => apply(acc, d as Damage), goldens[i]!);
        const report = validate(xml, { variants: { variant: variant as 'taakgericht' }, context: store, today: '2026-11-23' });
        expect(report.issues.some((x) => x.code === 'internal.error')).toBe(false);
        expect(report.valid).toBe(!report.issues.some((x) => x.severity === 'error'));
        const answer = respond(xml, { context: store, record: false, today: '2026-11-23' });
        if (answer.ok) expect(validate(answer.xml, { upTo: 'schema' }).valid).toBe(true);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
