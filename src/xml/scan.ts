/**
 * A strict, non-validating XML 1.0 scanner for the subset iStandaarden messages use:
 * elements, character data, CDATA, comments, processing instructions, namespace declarations,
 * character references and the five predefined entities.
 *
 * It never expands a declared entity and never reads a DTD: a DOCTYPE is rejected outright.
 * It is iterative (no recursion), so nesting depth is bounded by `maxDepth`, not by the stack.
 * Every element keeps the offset of its start tag; `LineIndex` turns offsets into line/column.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export interface XmlAttribute {
  /** Qualified name as written. */
  readonly name: string;
  readonly local: string;
  /** Namespace URI ('' for an unprefixed attribute). */
  readonly ns: string;
  readonly value: string;
  readonly offset: number;
}

export interface XmlElement {
  /** Qualified name as written, e.g. `jw301:Client`. */
  readonly name: string;
  readonly local: string;
  /** Namespace URI ('' when the element is in no namespace). */
  readonly ns: string;
  readonly parent: XmlElement | null;
  /** Child elements in document order (a leaf shares one frozen empty array). */
  children: readonly XmlElement[];
  /** All character data directly inside this element, references decoded, line ends normalised. */
  text: string;
  /** Attributes other than namespace declarations; null when there are none. */
  attributes: XmlAttribute[] | null;
  /** Offset of the `<` of the start tag in the (normalised) source. */
  readonly offset: number;
  /** Offset just after the end tag (or the `/>` of an empty-element tag). */
  end: number;
  /** Namespace declarations made on this element (prefix '' = default namespace); null when none. */
  readonly declarations: ReadonlyArray<readonly [prefix: string, uri: string]> | null;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** The source text the offsets refer to (line ends normalised to LF). */
  readonly source: string;
}

export type XmlErrorCode =
  | 'xml.not-well-formed'
  | 'xml.doctype'
  | 'xml.entity'
  | 'xml.depth'
  | 'xml.empty'
  | 'xml.encoding'
  | 'xml.namespace';

export interface XmlError {
  readonly code: XmlErrorCode;
  /** English description of the fault; the report layer supplies the localised text. */
  readonly detail: string;
  readonly offset: number;
}

export type ScanResult = { ok: true; document: XmlDocument } | { ok: false; error: XmlError; source: string };

export interface ScanOptions {
  /** Maximum element nesting depth (root = 1). */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 256;

const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_REST = NAME_START + '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040';
// XML Name (with ':' allowed anywhere, as in XML 1.0); astral characters as surrogate pairs.
const NAME_RE = new RegExp(`(?:[:${NAME_START}]|[\\uD800-\\uDB7F][\\uDC00-\\uDFFF])(?:[:${NAME_REST}]|[\\uD800-\\uDB7F][\\uDC00-\\uDFFF])*`, 'y');
// Characters XML 1.0 forbids anywhere in a document (lone surrogates only occur in string input).
const ILLEGAL_CHAR_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WS_ONLY_RE = /^[ \t\n\r]*$/;
const XML_DECL_RE = /^<\?xml([ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0'))(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;

/** The children of every leaf: one shared, frozen empty array instead of one per element. */
const NO_CHILDREN: readonly XmlElement[] = Object.freeze([]);

class ScanFault extends Error {
  constructor(
    readonly code: XmlErrorCode,
    readonly detail: string,
    readonly offset: number,
  ) {
    super(detail);
  }
}

const fail = (code: XmlErrorCode, detail: string, offset: number): never => {
  throw new ScanFault(code, detail, offset);
};

type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS, '': '' });

/** Decodes character and predefined entity references in `raw` (which starts at `offset`). */
function decodeReferences(raw: string, offset: number): string {
  let out = '';
  let last = 0;
  let amp = raw.indexOf('&');
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1) fail('xml.not-well-formed', "'&' is not the start of a reference (escape it as &amp;)", offset + amp);
    const ref = raw.slice(amp + 1, semi);
    let ch: string;
    if (ref === 'lt') ch = '<';
    else if (ref === 'gt') ch = '>';
    else if (ref === 'amp') ch = '&';
    else if (ref === 'apos') ch = "'";
    else if (ref === 'quot') ch = '"';
    else if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits) || digits.length > 8) {
        fail('xml.not-well-formed', `malformed character reference '&${ref};'`, offset + amp);
      }
      const cp = parseInt(digits, hex ? 16 : 10);
      const legal =
        cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
      if (!legal) fail('xml.not-well-formed', `character reference '&${ref};' is not a legal XML character`, offset + amp);
      ch = String.fromCodePoint(cp);
    } else if (ref !== '' && readName(ref, 0) === ref) {
      fail('xml.entity', `reference to entity '${ref}' that is not declared (entities are never expanded)`, offset + amp);
    } else {
      fail('xml.not-well-formed', "'&' is not the start of a reference (escape it as &amp;)", offset + amp);
    }
    out += raw.slice(last, amp) + ch!;
    last = semi + 1;
    amp = raw.indexOf('&', last);
  }
  return last === 0 ? raw : out + raw.slice(last);
}

/** ASCII name characters: letters, digits, '_', ':', '-', '.' (bit set by char code). */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_:.\-]/.test(ch)) ASCII_NAME[c] = /[A-Za-z_:]/.test(ch) ? 2 : 1;
}

function readName(src: string, pos: number): string {
  // Fast path for ASCII names, which is every name in an iStandaarden message.
  const first = src.charCodeAt(pos);
  if (first < 128 && ASCII_NAME[first] === 2) {
    let end = pos + 1;
    for (;;) {
      const c = src.charCodeAt(end);
      if (c < 128 && ASCII_NAME[c] !== 0) end++;
      else if (c >= 128) break;
      else return src.slice(pos, end);
    }
  }
  NAME_RE.lastIndex = pos;
  const m = NAME_RE.exec(src);
  NAME_RE.lastIndex = 0;
  return m ? m[0] : '';
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function splitQName(qname: string, offset: number): [prefix: string, local: string] {
  const colon = qname.indexOf(':');
  if (colon === -1) return ['', qname];
  if (colon === 0 || colon === qname.length - 1 || qname.indexOf(':', colon + 1) !== -1) {
    fail('xml.namespace', `'${qname}' is not a valid qualified name`, offset);
  }
  return [qname.slice(0, colon), qname.slice(colon + 1)];
}

/**
 * Scans `input` (already decoded text) into an element tree.
 * Never throws: faults come back as `{ ok: false, error }`.
 */
export function scanXml(input: string, options: ScanOptions = {}): ScanResult {
  const source = input.indexOf('\r') === -1 ? input : input.replace(/\r\n?/g, '\n');
  try {
    return { ok: true, document: { root: scan(source, options.maxDepth ?? DEFAULT_MAX_DEPTH), source } };
  } catch (e) {
    if (e instanceof ScanFault) return { ok: false, error: { code: e.code, detail: e.detail, offset: e.offset }, source };
    if (e instanceof RangeError) return { ok: false, error: { code: 'xml.depth', detail: `input too complex to scan: ${e.message}`, offset: 0 }, source };
    throw e;
  }
}

function scan(src: string, maxDepth: number): XmlElement {
  const illegal = ILLEGAL_CHAR_RE.exec(src);
  if (illegal) {
    fail('xml.not-well-formed', `character U+${illegal[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, illegal.index);
  }
  const len = src.length;
  let pos = 0;
  if (src.startsWith('<?xml') && (len === 5 || isWs(src.charCodeAt(5)) || src.charCodeAt(5) === 63)) {
    const m = XML_DECL_RE.exec(src);
    if (!m) fail('xml.not-well-formed', 'malformed XML declaration', 0);
    const enc = m![2] ?? m![3];
    if (enc !== undefined && enc.toUpperCase() !== 'UTF-8') {
      fail('xml.encoding', `the XML declaration says encoding="${enc}"; iStandaarden messages must be UTF-8 (OP192)`, 0);
    }
    pos = m![0].length;
  }

  let root: XmlElement | null = null;
  let current: XmlElement | null = null;
  const stack: Scope[] = [];
  let scope: Scope = ROOT_SCOPE;
  let depth = 0;
  /** Prefix and local part per qualified name, so the many elements of one name share strings. */
  const qnames = new Map<string, [name: string, prefix: string, local: string]>();

  while (pos < len) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > pos) {
      const raw = src.slice(pos, textEnd);
      if (current === null) {
        if (!WS_ONLY_RE.test(raw)) {
          fail('xml.not-well-formed', root ? 'content after the root element' : 'text before the root element', pos + raw.search(/[^ \t\n\r]/));
        }
      } else {
        const bad = raw.indexOf(']]>');
        if (bad !== -1) fail('xml.not-well-formed', "']]>' is not allowed in character data", pos + bad);
        // Only the text of leaves matters; in element-only content white space is dropped as it is
        // read (non-blank text is kept, so mixed content is still seen and reported by the schema).
        if (current.children.length === 0 || !WS_ONLY_RE.test(raw)) {
          current.text += raw.indexOf('&') === -1 ? raw : decodeReferences(raw, pos);
        }
      }
    }
    if (lt === -1) break;
    pos = lt;
    const c1 = src.charCodeAt(lt + 1);

    if (c1 === 47 /* / */) {
      // end tag
      const name = readName(src, lt + 2);
      if (current === null || name !== current.name) {
        fail(
          'xml.not-well-formed',
          current === null ? `end tag '</${name}>' without a start tag` : `end tag '</${name}>' does not match start tag '<${current.name}>'`,
          lt,
        );
      }
      let p = lt + 2 + name.length;
      while (p < len && isWs(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 62) fail('xml.not-well-formed', `end tag '</${name}' is not closed with '>'`, lt);
      pos = p + 1;
      current!.end = pos;
      current = current!.parent;
      scope = stack.pop()!;
      depth--;
      continue;
    }

    if (c1 === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        const end = src.indexOf('-->', lt + 4);
        if (end === -1) fail('xml.not-well-formed', 'comment is not closed', lt);
        const dd = src.indexOf('--', lt + 4);
        if (dd < end) fail('xml.not-well-formed', "'--' is not allowed inside a comment", dd);
        pos = end + 3;
        continue;
      }
      if (src.startsWith('<![CDATA[', lt)) {
        if (current === null) fail('xml.not-well-formed', 'CDATA section outside the root element', lt);
        const end = src.indexOf(']]>', lt + 9);
        if (end === -1) fail('xml.not-well-formed', 'CDATA section is not closed', lt);
        current!.text += src.slice(lt + 9, end);
        pos = end + 3;
        continue;
      }
      if (src.startsWith('<!DOCTYPE', lt)) {
        fail('xml.doctype', 'a document type declaration (DOCTYPE) is not allowed; DTDs and entities are never processed', lt);
      }
      fail('xml.not-well-formed', "markup declaration '<!' is not allowed here", lt);
    }

    if (c1 === 63 /* ? */) {
      const target = readName(src, lt + 2);
      if (!target) fail('xml.not-well-formed', 'processing instruction without a target', lt);
      if (target.toLowerCase() === 'xml') {
        fail('xml.not-well-formed', lt === 0 ? 'malformed XML declaration' : 'the XML declaration is only allowed at the very start of the document', lt);
      }
      const end = src.indexOf('?>', lt + 2 + target.length);
      if (end === -1) fail('xml.not-well-formed', 'processing instruction is not closed', lt);
      const after = src.charCodeAt(lt + 2 + target.length);
      if (end !== lt + 2 + target.length && !isWs(after)) fail('xml.not-well-formed', 'malformed processing instruction', lt);
      pos = end + 2;
      continue;
    }

    // start tag
    if (current === null && root !== null) fail('xml.not-well-formed', 'a document has exactly one root element', lt);
    const qname = readName(src, lt + 1);
    if (!qname) fail('xml.not-well-formed', "'<' must start a tag (escape it as &lt;)", lt);
    let p = lt + 1 + qname.length;
    let nsDecls: Array<[string, string]> | null = null;
    let rawAttrs: Array<[string, string, number]> | null = null;
    let selfClosing = false;
    for (;;) {
      const wsStart = p;
      while (p < len && isWs(src.charCodeAt(p))) p++;
      const c = src.charCodeAt(p);
      if (c === 62 /* > */) {
        p++;
        break;
      }
      if (c === 47 /* / */ && src.charCodeAt(p + 1) === 62) {
        selfClosing = true;
        p += 2;
        break;
      }
      if (p >= len) fail('xml.not-well-formed', `start tag '<${qname}' is not closed`, lt);
      if (p === wsStart) fail('xml.not-well-formed', `white space is required between attributes in '<${qname}'`, p);
      const aname = readName(src, p);
      if (!aname) fail('xml.not-well-formed', `malformed attribute in '<${qname}'`, p);
      const aOffset = p;
      p += aname.length;
      while (p < len && isWs(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 61 /* = */) fail('xml.not-well-formed', `attribute '${aname}' has no value`, aOffset);
      p++;
      while (p < len && isWs(src.charCodeAt(p))) p++;
      const quote = src.charCodeAt(p);
      if (quote !== 34 && quote !== 39) fail('xml.not-well-formed', `the value of attribute '${aname}' must be quoted`, aOffset);
      const close = src.indexOf(quote === 34 ? '"' : "'", p + 1);
      if (close === -1) fail('xml.not-well-formed', `the value of attribute '${aname}' is not closed`, aOffset);
      const rawValue = src.slice(p + 1, close);
      if (rawValue.indexOf('<') !== -1) fail('xml.not-well-formed', `'<' is not allowed in the value of attribute '${aname}'`, aOffset);
      // Attribute-value normalisation (XML 1.0 §3.3.3): literal white space becomes a space; a character
      // reference to it (&#9; &#10; &#13;) is kept, so references are decoded after normalising.
      const normalised = rawValue.replace(/[\t\n\r]/g, ' ');
      const value = normalised.indexOf('&') === -1 ? normalised : decodeReferences(normalised, p + 1);
      p = close + 1;
      if (aname === 'xmlns' || aname.startsWith('xmlns:')) {
        (nsDecls ??= []).push([aname === 'xmlns' ? '' : aname.slice(6), value]);
      } else {
        (rawAttrs ??= []).push([aname, value, aOffset]);
      }
    }

    const parentScope = scope;
    if (nsDecls !== null) {
      scope = Object.create(scope) as Scope;
      const seen = new Set<string>();
      for (const [prefix, uri] of nsDecls) {
        if (seen.has(prefix)) fail('xml.not-well-formed', `namespace declaration for '${prefix || 'xmlns'}' appears twice`, lt);
        seen.add(prefix);
        if (prefix !== '') {
          if (prefix.indexOf(':') !== -1) fail('xml.namespace', `'xmlns:${prefix}' is not a valid namespace declaration`, lt);
          if (uri === '') fail('xml.namespace', `prefix '${prefix}' cannot be bound to the empty namespace`, lt);
          if (prefix === 'xmlns' || (prefix === 'xml') !== (uri === XML_NS)) fail('xml.namespace', `prefix '${prefix}' cannot be bound to '${uri}'`, lt);
        }
        scope[prefix] = uri;
      }
    }
    let split = qnames.get(qname);
    if (split === undefined) {
      split = [qname, ...splitQName(qname, lt)];
      qnames.set(qname, split);
    }
    const [name, prefix, local] = split;
    const ns = scope[prefix];
    if (ns === undefined) fail('xml.namespace', `namespace prefix '${prefix}' of element '${qname}' is not declared`, lt);

    let attributes: XmlAttribute[] | null = null;
    if (rawAttrs !== null) {
      attributes = [];
      const seen = new Set<string>();
      for (const [aname, value, aOffset] of rawAttrs) {
        const [aprefix, alocal] = splitQName(aname, aOffset);
        const ans = aprefix === '' ? '' : scope[aprefix];
        if (ans === undefined) fail('xml.namespace', `namespace prefix '${aprefix}' of attribute '${aname}' is not declared`, aOffset);
        const key = `{${ans}}${alocal}`;
        if (seen.has(key)) fail('xml.not-well-formed', `attribute '${aname}' appears twice in '<${qname}>'`, aOffset);
        seen.add(key);
        attributes.push({ name: aname, local: alocal, ns: ans!, value, offset: aOffset });
      }
    }

    const el: XmlElement = { name, local, ns: ns!, parent: current, children: NO_CHILDREN, text: '', attributes, offset: lt, end: -1, declarations: nsDecls };
    if (current === null) root = el;
    else {
      if (current.children.length === 0 && current.text !== '' && WS_ONLY_RE.test(current.text)) current.text = '';
      if (current.children === NO_CHILDREN) current.children = [el];
      else (current.children as XmlElement[]).push(el);
    }
    pos = p;
    if (selfClosing) {
      el.end = p;
      scope = parentScope;
      continue;
    }
    if (++depth > maxDepth) fail('xml.depth', `elements are nested deeper than ${maxDepth} levels`, lt);
    stack.push(parentScope);
    current = el;
  }

  if (current !== null) fail('xml.not-well-formed', `the document ends before element '<${current.name}>' is closed`, len);
  if (root === null) fail('xml.empty', 'the document has no root element', 0);
  return root!;
}

/** True when `text` is XML white space only (or empty). */
export function isWhitespace(text: string): boolean {
  return WS_ONLY_RE.test(text);
}

/** Maps offsets in a source text to 1-based line and column numbers; built on first use. */
export class LineIndex {
  private starts: number[] | null = null;
  constructor(private readonly source: string) {}

  position(offset: number): { line: number; column: number } {
    if (this.starts === null) {
      const starts = [0];
      let i = this.source.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = this.source.indexOf('\n', i + 1);
      }
      this.starts = starts;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
