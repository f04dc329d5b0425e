import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import fc from 'fast-check';
import { validateXML } from 'xmllint-wasm';
import { qualifiedName, scanXml, LineIndex, type XmlElement } from '../src/xml/scan.js';
import { golden } from './support/messages.js';
import { CATALOGUE } from '../src/catalogue/index.js';

const scanError = (xml: string): { code: string; detail: string; offset: number } => {
  const r = scanXml(xml);
  if (r.ok) throw new Error('expected a scan error');
  return r.error;
};

describe('scanner: well-formed input', () => {
  it('resolves namespaces, prefixes and the default namespace', () => {
    const r = scanXml('<a:Bericht xmlns:a="urn:a" xmlns="urn:d"><Kind/><a:Kind2 xmlns:a="urn:b"/></a:Bericht>');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [kind, kind2] = r.document.root.children;
    expect(r.document.root.ns).toBe('urn:a');
    expect(kind!.ns).toBe('urn:d');
    expect(kind2!.ns).toBe('urn:b');
  });

  it('decodes character references, predefined entities and CDATA; normalises line ends', () => {
    const r = scanXml('<r>&lt;a&gt; &amp; &#65;&#x42; <![CDATA[<x>&]]>\r\nz</r>');
    expect(r.ok && r.document.root.text).toBe('<a> & AB <x>&\nz');
  });

  it('normalises literal white space in attribute values but keeps character references to it', () => {
    const r = scanXml('<r a="x\ty&#9;z&#10;"/>');
    expect(r.ok && r.document.root.attributes?.[0]?.value).toBe('x y\tz\n');
  });

  it('ignores comments and processing instructions', () => {
    const r = scanXml('<?xml version="1.0" encoding="UTF-8"?><!-- c --><?pi data?><r>a<!-- inner -->b</r><!-- after -->');
    expect(r.ok && r.document.root.text).toBe('ab');
  });
});

describe('scanner: rejects what is not well-formed, with the offset of the fault', () => {
  it.each([
    ['<r><a></r>', 'xml.not-well-formed', 6],
    ['<r>', 'xml.not-well-formed', 3],
    ['<r/><r/>', 'xml.not-well-formed', 4],
    ['text<r/>', 'xml.not-well-formed', 0],
    ['<r a="1" a="2"/>', 'xml.not-well-formed', 9],
    ['<r a=1/>', 'xml.not-well-formed', 3],
    ['<r>a & b</r>', 'xml.not-well-formed', 5],
    ['<r>&#0;</r>', 'xml.not-well-formed', 3],
    ['<r>]]></r>', 'xml.not-well-formed', 3],
    ['<r><!-- a -- b --></r>', 'xml.not-well-formed', 10],
    ['<r>\u0001</r>', 'xml.not-well-formed', 3],
    ['<p:r/>', 'xml.namespace', 0],
    ['<r xmlns:p=""/>', 'xml.namespace', 0],
    ['<r>&ent;</r>', 'xml.entity', 3],
    ['<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', 'xml.doctype', 0],
    ['', 'xml.empty', 0],
    ['<?xml version="1.0" encoding="ISO-8859-1"?><r/>', 'xml.encoding', 0],
  ])('%j → %s at %i', (xml, code, offset) => {
    const e = scanError(xml);
    expect(e.code).toBe(code);
    expect(e.offset).toBe(offset);
  });

  it('stops at the depth limit instead of exhausting the stack', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(scanError(deep).code).toBe('xml.depth');
    expect(scanXml('<a>'.repeat(50) + '</a>'.repeat(50), { maxDepth: 50 }).ok).toBe(true);
    expect(scanXml('<a>'.repeat(51) + '</a>'.repeat(51), { maxDepth: 50 }).ok).toBe(false);
  });

  it('never expands entities (billion laughs)', () => {
    const xml = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>`;
    expect(scanError(xml).code).toBe('xml.doctype');
  });
});

describe('line index', () => {
  it('maps offsets to 1-based line and column', () => {
    const idx = new LineIndex('ab\ncd\n\nef');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 2 });
    expect(idx.position(7)).toEqual({ line: 4, column: 1 });
  });

  /** The definition: decode the line up to the offset and count its UTF-16 code units. */
  const byDecoding = (b: Buffer, offset: number): { line: number; column: number } => {
    let line = 1;
    let start = 0;
    for (let i = 0; i < Math.min(offset, b.length); i++) {
      if (b[i] === 10 || (b[i] === 13 && b[i + 1] !== 10)) {
        line++;
        start = i + 1;
      }
    }
    const end = Math.min(offset, b.length);
    return { line, column: b.toString('utf8', start, end).length + 1 + (offset - end) };
  };

  it('counts columns as the decoded line does, across checkpoints, multi-byte characters and broken UTF-8', () => {
    const piece = fc.constantFrom('a', 'é', '€', '😀', '\n', '\r', '\r\n', '\t', 'x'.repeat(300), 'ü'.repeat(200), '\xff', '\x80', '\xe2\x82', '\xf0\x9f');
    const broken = new Set(['\xff', '\x80', '\xe2\x82', '\xf0\x9f']);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (pieces, picks) => {
        // The broken pieces are taken byte for byte (a stray byte, truncated sequences); the others are UTF-8.
        const b = Buffer.concat(pieces.map((p) => Buffer.from(p, broken.has(p) ? 'latin1' : 'utf8')));
        const idx = new LineIndex(b);
        for (const pick of picks) {
          const offset = pick % (b.length + 3);
          expect(idx.position(offset), `offset ${offset}`).toEqual(byDecoding(b, offset));
        }
      }),
      { numRuns: 300, seed: 20260816 },
    );
  });

  it('gives the column of offsets far along one long line without reading the line from its start each time', () => {
    // 200,000 offsets on one 2.2 MB line: counting from the line start each time would read 220 GB.
    const b = Buffer.from('<r' + ' a="é"'.repeat(200_000) + '/>', 'utf8');
    const idx = new LineIndex(b);
    let last = 0;
    for (let i = 0; i < 200_000; i++) last = idx.position(2 + 7 * i + 1).column;
    expect(last).toBe(3 + 6 * 199_999 + 1);
  });
});

/** Differential: the scanner and fast-xml-parser agree on the element tree of every golden message. */
describe('scanner agrees with fast-xml-parser on the golden messages', () => {
  const fxp = new XMLParser({ preserveOrder: true, ignoreAttributes: false, removeNSPrefix: false, trimValues: true, parseTagValue: false });
  type Node = Record<string, unknown>;
  const fromFxp = (nodes: Node[]): string[] =>
    nodes.flatMap((n) => {
      const name = Object.keys(n).find((k) => k !== ':@');
      if (!name || name === '?xml') return [];
      if (name === '#text') return [`text:${String(n[name]).trim()}`];
      return [`<${name}>`, ...fromFxp(n[name] as Node[]), `</${name}>`];
    });
  const fromScan = (el: XmlElement, source: Uint8Array): string[] => [
    `<${qualifiedName(el, source)}>`,
    ...(el.children.length === 0 && el.text.trim() ? [`text:${el.text.trim()}`] : []),
    ...el.children.flatMap((c) => fromScan(c, source)),
    `</${qualifiedName(el, source)}>`,
  ];
  it.each(CATALOGUE.map((e) => e.bericht))('%s', (bericht) => {
    const xml = golden(bericht);
    const r = scanXml(xml);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(fromScan(r.document.root, r.document.source)).toEqual(fromFxp(fxp.parse(xml) as Node[]));
  });
});

describe('scanner: bytes, offsets and names', () => {
  const ok = (input: string | Uint8Array) => {
    const r = scanXml(input);
    if (!r.ok) throw new Error(r.error.detail);
    return r.document;
  };

  it('gives byte offsets and counts line and column in characters (CR LF and a lone CR end a line)', () => {
    const doc = ok('<r>\r\n  <é>ü</é>\r  <b/></r>');
    const [e, b] = doc.root.children;
    expect(e!.offset).toBe(7);
    expect(b!.offset).toBe(21);
    const lines = new LineIndex(doc.source);
    expect(lines.position(e!.offset)).toEqual({ line: 2, column: 3 });
    expect(lines.position(b!.offset)).toEqual({ line: 3, column: 3 });
    expect(e!.text).toBe('ü');
  });

  it('reads text and bytes alike, and rejects bytes that are not UTF-8', () => {
    const xml = '<r a="ä">Ørebro &amp; Ålesund</r>';
    expect(ok(new TextEncoder().encode(xml)).root.text).toBe('Ørebro & Ålesund');
    expect(ok(xml).root.attributes?.[0]?.value).toBe('ä');
    const r = scanXml(new Uint8Array([0x3c, 0x72, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x72, 0x3e]));
    expect(r.ok || r.error).toMatchObject({ code: 'xml.encoding', offset: 3 });
  });

  it('rejects U+FFFE/U+FFFF and lone surrogates wherever they are, before other faults', () => {
    for (const xml of ['<r>a\uFFFEb</r>', '<r a="\uFFFF"/>', '<r><!-- \uFFFE --></r>', '<r><![CDATA[\uFFFF]]></r>', '<r>\uD800</r>', '<r><a></b>\u0002</r>']) {
      const r = scanXml(xml);
      expect(r.ok ? 'accepted' : r.error.detail, xml).toMatch(/is not allowed in XML/);
    }
  });

  it('reads back qualified names, namespace declarations and, on request, where elements end', () => {
    const xml = '<p:r xmlns:p="urn:p" xmlns="urn:d"><p:a>x</p:a><b/></p:r>';
    const r = scanXml(xml, { ends: true });
    if (!r.ok) throw new Error(r.error.detail);
    const { root, source, declarations, ends } = r.document;
    expect(root.children.map((c) => qualifiedName(c, source))).toEqual(['p:a', 'b']);
    expect(declarations.get(root)).toEqual([['p', 'urn:p'], ['', 'urn:d']]);
    expect(root.children.map((c) => xml.slice(c.offset, ends!.get(c)))).toEqual(['<p:a>x</p:a>', '<b/>']);
    expect(scanXml(xml).ok && (scanXml(xml) as { document: { ends: unknown } }).document.ends).toBeNull();
  });

  it('never trusts a guessed name: names that share a prefix, and a change of structure between messages', () => {
    // The scanner guesses the next start tag from the previous messages; the guess is checked.
    for (let i = 0; i < 3; i++) ok('<r><ab/><abc/><ab/></r>');
    expect(ok('<r><abc/><ab/><abd/></r>').root.children.map((c) => c.local)).toEqual(['abc', 'ab', 'abd']);
    const r = scanXml('<r><ab></abc></r>');
    expect(r.ok || r.error.detail).toBe("end tag '</abc>' does not match start tag '<ab>'");
  });

  it('shares repeated short values between elements without mixing them up', () => {
    const values = ['D', 'C', '01', '10', '2026-01-01', '2026-01-02', '1', '1'];
    const doc = ok(`<r>${values.map((v) => `<v>${v}</v>`).join('')}</r>`);
    expect(doc.root.children.map((c) => c.text)).toEqual(values);
  });

  it('keeps attributes only on elements that have them', () => {
    const doc = ok('<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="false"><a/></r>');
    expect(doc.root.attributes?.map((a) => [a.local, a.ns])).toEqual([['nil', 'http://www.w3.org/2001/XMLSchema-instance']]);
    expect('attributes' in doc.root.children[0]!).toBe(false);
  });
});

/**
 * Differential: on random damage to the golden messages the scanner and libxml2 agree on whether the
 * input is well-formed. Namespace faults are the one deliberate difference: libxml2 only warns about an
 * undeclared prefix, the scanner rejects it (a message must resolve every name).
 */
describe('scanner agrees with libxml2 on well-formedness under random damage', () => {
  const goldens = CATALOGUE.map((e) => golden(e.bericht));
  const pieces = ['<', '>', '&', '&amp;', '&#x1;', '&#65;', ']]>', '<!--', '-->', '<x>', '</x>', '<![CDATA[', '\u0000', '\u0001', '"', "'", '\r', '\r\n', 'é', '\uFFFE', '<?pi x?>', '<?xml version="1.0"?>', ' a="1"', '/>', '=', '\u00A0', '<a:b/>', 'xmlns:q="urn:q"'];
  const damage = fc.record({ g: fc.nat(goldens.length - 1), at: fc.nat(), del: fc.nat(30), ins: fc.constantFrom(...pieces) });

  it('150 damaged messages', async () => {
    for (const d of fc.sample(damage, { numRuns: 150, seed: 7 })) {
      const g = goldens[d.g]!;
      const at = d.at % g.length;
      const xml = g.slice(0, at) + d.ins + g.slice(at + d.del);
      const ours = scanXml(xml);
      if (!ours.ok && ours.error.code === 'xml.namespace') continue;
      const libxml2 = await validateXML({ xml: [{ fileName: 'message.xml', contents: xml }], normalization: 'format' });
      const why = `ours: ${ours.ok ? 'well-formed' : ours.error.detail}; libxml2: ${libxml2.valid ? 'well-formed' : libxml2.errors[0]?.message}`;
      expect(ours.ok, why).toBe(libxml2.valid);
    }
  }, 60_000);
});
