// The scanner's bytes without Buffer: its UTF-8 check and byte counts against Node's own (the test
// may use node:buffer; the scanner may not), and the text it decodes.
import { Buffer, isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, scanXml, utf8Length } from '../src/xml/scan.js';
import { validate } from '../src/pipeline/validate.js';
import { golden } from './support/messages.js';

/** Bytes that are mostly ASCII with UTF-8 sequences, valid and broken, spliced in. */
const pieces = [
  [0x41], [0x20], [0x3c], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], // valid: A, ' ', <, é, €, 😀
  [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8], [0x80], [0xc3], [0xe2, 0x82], [0xff], // broken
];
const bytesArb = fc
  .tuple(fc.array(fc.oneof({ weight: 8, arbitrary: fc.constant(pieces[0]!) }, { weight: 6, arbitrary: fc.constantFrom(...pieces) }), { maxLength: 300 }), fc.nat(7), fc.nat(300))
  .map(([ps, offset, asciiRun]) => {
    // An ASCII run long enough for the four-bytes-at-a-time path, at an unaligned offset in its buffer.
    const body = [...Array(asciiRun).fill(0x61), ...ps.flat()];
    const buf = new Uint8Array(offset + body.length);
    buf.set(body, offset);
    return buf.subarray(offset);
  });

describe('UTF-8 without Buffer', () => {
  it('firstInvalidUtf8 judges as Node’s isUtf8 and TextDecoder (fatal) do, and finds the first bad byte', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(bytesArb, (b) => {
        const at = firstInvalidUtf8(b);
        expect(at === b.length).toBe(isUtf8(b));
        let decodes = true;
        try {
          fatal.decode(b);
        } catch {
          decodes = false;
        }
        expect(at === b.length).toBe(decodes);
        // Everything before the reported byte is UTF-8, and the byte starts no valid sequence.
        if (at < b.length) {
          expect(isUtf8(b.subarray(0, at))).toBe(true);
          expect([1, 2, 3, 4].some((k) => at + k <= b.length && isUtf8(b.subarray(at, at + k)) && firstInvalidUtf8(b.subarray(at)) !== 0)).toBe(false);
        }
      }),
      { numRuns: 2000, seed: 17 },
    );
  });

  it('a bad byte after a long ASCII run, at every alignment, is found where it is', () => {
    for (let offset = 0; offset < 8; offset++)
      for (const pos of [64, 65, 66, 67, 200, 203]) {
        const buf = new Uint8Array(offset + 260).fill(0x61);
        buf[offset + pos] = 0xff;
        expect(firstInvalidUtf8(buf.subarray(offset))).toBe(pos);
      }
  });

  it('utf8Length counts as Buffer.byteLength does (surrogate pairs, lone surrogates)', () => {
    for (const s of ['', 'abc', 'é', '€uro', '😀', 'a😀b', '\ud800', 'x\udc00y', '\ud83d\ud83d\ude00']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8')), { numRuns: 1000, seed: 3 });
  });
});

describe('the scanner decodes text without Buffer', () => {
  it('keeps a U+FEFF at the start of character data and attribute values (not a byte-order mark there)', () => {
    const r = scanXml(new TextEncoder().encode('<r a="\ufeffx">\ufeffé<k/>\ufeff</r>'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.root.attributes![0]!.value).toBe('\ufeffx');
    expect(r.document.root.text).toBe('\ufeffé\ufeff');
  });

  it('long ASCII, long non-ASCII text and CDATA come out as written', () => {
    const long = 'Abcdefghij0123456789'.repeat(30);
    const r = scanXml(new TextEncoder().encode(`<r><a>${long}</a><b>${long}ë€😀</b><c><![CDATA[${long}]]></c><d><![CDATA[ë\r\n${long}]]></d><e>abcdefghijklm</e></r>`));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.root.children.map((c) => c.text)).toEqual([long, `${long}ë€😀`, long, `ë\n${long}`, 'abcdefghijklm']);
  });

  it('the same report from bytes in a Node Buffer, a plain Uint8Array at an odd offset and a string', () => {
    const xml = golden('JW301');
    const bytes = new TextEncoder().encode(xml);
    const odd = new Uint8Array(bytes.length + 3);
    odd.set(bytes, 3);
    const reports = [validate(Buffer.from(xml)), validate(odd.subarray(3)), validate(xml)].map((r) => JSON.stringify(r));
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
    const broken = new TextEncoder().encode(xml.replace('</jw301:Header>', '</jw301:Header>\u00e9\u0001'));
    const r = validate(broken);
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['xml.not-well-formed', 17, 19]]); // the column counts é as one character
  });
});
