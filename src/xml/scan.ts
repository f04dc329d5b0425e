/**
 * A strict, non-validating XML 1.0 scanner for the subset iStandaarden messages use:
 * elements, character data, CDATA, comments, processing instructions, namespace declarations,
 * character references and the five predefined entities.
 *
 * It reads the UTF-8 bytes themselves: the message is never decoded into one large string, only
 * the character data of its elements is (which keeps the peak memory of a large message low).
 * It never expands a declared entity and never reads a DTD: a DOCTYPE is rejected outright.
 * It is iterative (no recursion), so nesting depth is bounded by `maxDepth`, not by the stack.
 * Every element keeps the byte offset of its start tag; `LineIndex` turns offsets into line/column.
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
  /** Byte offset of the attribute name. */
  readonly offset: number;
}

/** The children of every leaf: one shared, frozen empty array instead of one per element. */
const NO_CHILDREN: readonly XmlElement[] = Object.freeze([]);

/**
 * An element of a scanned message. Kept small on purpose (a 10 MB declaration has a quarter of a
 * million of them): names are shared strings, character data is only kept where it can matter, and
 * the qualified name as written is not stored (`qualifiedName` reads it back from the source).
 */
export interface XmlElement {
  readonly local: string;
  /** Namespace URI ('' when the element is in no namespace). */
  readonly ns: string;
  readonly parent: XmlElement | null;
  /** Child elements in document order (a leaf shares one frozen empty array). */
  children: readonly XmlElement[];
  /**
   * The character data directly inside this element, references decoded, line ends normalised.
   * White space between child elements is not kept (an element with children has text only when
   * it has mixed content, which the schema then reports).
   */
  text: string;
  /**
   * Attributes other than namespace declarations; absent when there are none (nearly always: the
   * property only exists on elements that have attributes, which keeps every other element smaller).
   */
  readonly attributes?: readonly XmlAttribute[];
  /** Byte offset of the `<` of the start tag. */
  readonly offset: number;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** The UTF-8 bytes the offsets refer to. */
  readonly source: Uint8Array;
  /** The namespace declarations made on elements (prefix '' = default namespace), per element. */
  readonly declarations: ReadonlyMap<XmlElement, ReadonlyArray<readonly [prefix: string, uri: string]>>;
  /** With `ScanOptions.ends`: the byte offset just after each element's end tag (or `/>`). */
  readonly ends: ReadonlyMap<XmlElement, number> | null;
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
  /** Byte offset of the fault. */
  readonly offset: number;
}

export type ScanResult = { ok: true; document: XmlDocument } | { ok: false; error: XmlError; source: Uint8Array };

export interface ScanOptions {
  /** Maximum element nesting depth (root = 1). */
  maxDepth?: number;
  /** Record where every element ends (`XmlDocument.ends`), for tools that edit messages. */
  ends?: boolean;
}

export const DEFAULT_MAX_DEPTH = 256;

const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_REST = NAME_START + '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040';
// XML Name (with ':' allowed anywhere, as in XML 1.0); astral characters as surrogate pairs.
const NAME_RE = new RegExp(`^(?:[:${NAME_START}]|[\\uD800-\\uDB7F][\\uDC00-\\uDFFF])(?:[:${NAME_REST}]|[\\uD800-\\uDB7F][\\uDC00-\\uDFFF])*`);
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WS_ONLY_RE = /^[ \t\n\r]*$/;
const XML_DECL_RE = /^<\?xml([ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0'))(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;

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

// Character classes of a byte, for the loops over character data.
const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const RBRACKET = 93;
const DASH = 45;
const CR = 13;

/** ASCII name characters: 2 = may start a name (letters, '_', ':'), 1 = may follow (digits, '-', '.'). */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_:.\-]/.test(ch)) ASCII_NAME[c] = /[A-Za-z_:]/.test(ch) ? 2 : 1;
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** True when `text` is XML white space only (or empty). */
export function isWhitespace(text: string): boolean {
  return WS_ONLY_RE.test(text);
}

/** Flags gathered while reading character data, so that most of it needs no second look. */
const NON_WS = 1;
/** Contains '&', a carriage return or a non-ASCII byte: decode the slow way. */
const SPECIAL = 2;

/** A qualified name as it appears in the bytes, interned so that elements of one name share strings. */
interface QName {
  readonly bytes: Uint8Array;
  readonly hash: number;
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** The last scope this name was resolved in, and its namespace there (elements of one name come in runs). */
  scope: Scope | null;
  ns: string;
  next: QName | null;
  /** The name that followed this one's start tag, and its end tag, last time (a guess for the next tag). */
  afterStart: QName | null;
  afterEnd: QName | null;
}

/**
 * Qualified names seen by earlier scans, so a stream of messages of the same types interns its names
 * once. Bounded: names beyond the limit are interned per scan only (hostile input cannot grow it).
 */
const SHARED_NAMES = new Map<number, QName>();
const SHARED_LIMIT = 4096;

function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = e - s;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
  return h;
}

function sameBytes(b: Uint8Array, s: number, e: number, q: Uint8Array): boolean {
  if (q.length !== e - s) return false;
  for (let i = 0; i < q.length; i++) if (b[s + i] !== q[i]) return false;
  return true;
}

/**
 * The engine's canonical copy of a string. Names and namespaces are compared with string literals
 * all the time (`el.local === 'Prestatie'`); canonical strings compare by identity, strings cut
 * from the input compare character by character.
 */
export function canonical(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

const FCC = String.fromCharCode;
/**
 * UTF-8 text of byte ranges. The bytes are checked to be UTF-8 before they are scanned, so this never
 * meets a bad sequence; `ignoreBOM`: a U+FEFF at the start of a range is character data, not a mark.
 */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const ENCODER = new TextEncoder();

/** The text of the UTF-8 bytes b[s..e). */
function utf8(b: Uint8Array, s: number, e: number): string {
  return UTF8.decode(b.subarray(s, e));
}

/** The number of bytes `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: two code units, four bytes
      i++;
    } else n += 2; // a lone surrogate is written as U+FFFD, three bytes
  }
  return n;
}
/** Character data up to this many bytes is looked up in the scanner's cache of short values. */
const SHORT_TEXT = 16;
const TEXT_CACHE_SIZE = 4096;

/**
 * The string of ASCII bytes b[s..e). Character data in messages is mostly short (codes, dates,
 * amounts); building those from char codes avoids a call into the runtime per value.
 */
function ascii(b: Uint8Array, s: number, e: number): string {
  switch (e - s) {
    case 0: return '';
    case 1: return FCC(b[s]!);
    case 2: return FCC(b[s]!, b[s + 1]!);
    case 3: return FCC(b[s]!, b[s + 1]!, b[s + 2]!);
    case 4: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!);
    case 5: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!);
    case 6: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!);
    case 7: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!);
    case 8: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!);
    case 9: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!);
    case 10: return FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!);
    // Up to the cache's limit still from char codes (a call into the decoder costs more than this).
    default: return e - s <= SHORT_TEXT ? FCC(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!) + ascii(b, s + 8, e) : utf8(b, s, e);
  }
}

/** XML Name at the start of `text` ('' when there is none). */
function nameAt(text: string): string {
  return NAME_RE.exec(text)?.[0] ?? '';
}

/**
 * Decodes character data or an attribute value that contains references, carriage returns or
 * non-ASCII characters. Line ends are normalised in the literal text only (XML 1.0 §2.11), so a
 * character reference to a carriage return survives; in an attribute value literal white space
 * becomes a space (§3.3.3), references to it are kept.
 */
function decodeSpecial(b: Uint8Array, s: number, e: number, attribute: boolean): string {
  const raw = utf8(b, s, e);
  const literal = (t: string): string => {
    const lines = t.indexOf('\r') === -1 ? t : t.replace(/\r\n?/g, '\n');
    return attribute ? lines.replace(/[\t\n]/g, ' ') : lines;
  };
  let out = '';
  let last = 0;
  let amp = raw.indexOf('&');
  const at = (i: number): number => s + utf8Length(raw.slice(0, i));
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1) fail('xml.not-well-formed', "'&' is not the start of a reference (escape it as &amp;)", at(amp));
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
        fail('xml.not-well-formed', `malformed character reference '&${ref};'`, at(amp));
      }
      const cp = parseInt(digits, hex ? 16 : 10);
      const legal =
        cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
      if (!legal) fail('xml.not-well-formed', `character reference '&${ref};' is not a legal XML character`, at(amp));
      ch = String.fromCodePoint(cp);
    } else if (ref !== '' && nameAt(ref) === ref) {
      fail('xml.entity', `reference to entity '${ref}' that is not declared (entities are never expanded)`, at(amp));
    } else {
      fail('xml.not-well-formed', "'&' is not the start of a reference (escape it as &amp;)", at(amp));
    }
    out += literal(raw.slice(last, amp)) + ch!;
    last = semi + 1;
    amp = raw.indexOf('&', last);
  }
  return out + literal(raw.slice(last));
}

/** Offset of the first character XML 1.0 forbids (control characters, U+FFFE, U+FFFF), or -1. */
function firstIllegal(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 32 ? !isWs(c) : c === 0xef && b[i + 1] === 0xbf && (b[i + 2] === 0xbe || b[i + 2] === 0xbf)) return i;
  }
  return -1;
}

function illegalFault(b: Uint8Array, i: number): ScanFault {
  const cp = b[i]! < 32 ? b[i]! : utf8(b, i, i + 3).charCodeAt(0);
  return new ScanFault('xml.not-well-formed', `character U+${cp.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, i);
}

/**
 * Offset of the first byte that breaks UTF-8, or the length when all of it is UTF-8 (RFC 3629: no
 * overlong forms, surrogates or code points above U+10FFFF). Runs of ASCII are skipped four bytes at
 * a time. (TextDecoder's fatal mode would decode the whole message into one string only to check it,
 * which the scanner exists to avoid, and measured several times slower.)
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const len = b.length;
  // The bytes as whole 32-bit words, from the first one aligned in their buffer.
  const lead = (4 - (b.byteOffset & 3)) & 3;
  const words = len - lead >= 64 ? new Uint32Array(b.buffer, b.byteOffset + lead, (len - lead) >>> 2) : null;
  const wordsEnd = words === null ? 0 : lead + words.length * 4;
  let i = 0;
  while (i < len) {
    if (words !== null && i >= lead && i < wordsEnd && ((i - lead) & 3) === 0) {
      let k = (i - lead) >>> 2;
      const m = words.length - 3;
      while (k < m && ((words[k]! | words[k + 1]! | words[k + 2]! | words[k + 3]!) & 0x80808080) === 0) k += 4;
      while (k < words.length && (words[k]! & 0x80808080) === 0) k++;
      i = lead + k * 4;
      if (i >= len) break;
    }
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points above U+10FFFF.
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return i;
    i += n + 1;
  }
  return i;
}

/**
 * Scans a message into an element tree. Text input is encoded as UTF-8 first (offsets are byte
 * offsets either way); bytes must be UTF-8. Never throws: faults come back as `{ ok: false, error }`.
 */
export function scanXml(input: string | Uint8Array, options: ScanOptions = {}): ScanResult {
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    const lone = LONE_SURROGATE_RE.exec(input);
    if (lone) {
      const source = ENCODER.encode(input.slice(0, lone.index));
      return { ok: false, error: { code: 'xml.not-well-formed', detail: `character U+${lone[0].charCodeAt(0).toString(16).toUpperCase()} is not allowed in XML`, offset: source.length }, source };
    }
    bytes = ENCODER.encode(input);
  } else {
    // One kind of array for the scanner's loops (a Node Buffer is a subclass): a view, not a copy.
    bytes = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const at = firstInvalidUtf8(bytes);
    if (at < bytes.length) {
      // Bad sequences decode as U+FFFD, which the ASCII pattern never matches (as Latin-1 letters did not).
      const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(utf8(bytes, 0, 200))?.[1];
      const detail =
        declared && declared.toUpperCase() !== 'UTF-8' ? `the XML declaration says encoding="${declared}"` : `byte ${at} is not part of a valid UTF-8 sequence`;
      return { ok: false, error: { code: 'xml.encoding', detail, offset: at }, source: bytes };
    }
  }
  try {
    return { ok: true, document: new Scanner(bytes, options.maxDepth ?? DEFAULT_MAX_DEPTH, options.ends === true).run() };
  } catch (e) {
    if (e instanceof ScanFault) {
      // A character XML forbids is reported first, wherever it is, whatever else is wrong.
      const illegal = firstIllegal(bytes);
      const fault = illegal === -1 ? e : illegalFault(bytes, illegal);
      return { ok: false, error: { code: fault.code, detail: fault.detail, offset: fault.offset }, source: bytes };
    }
    if (e instanceof RangeError) return { ok: false, error: { code: 'xml.depth', detail: `input too complex to scan: ${e.message}`, offset: 0 }, source: bytes };
    throw e;
  }
}

class Scanner {
  private readonly len: number;
  private pos = 0;
  private root: XmlElement | null = null;
  private current: XmlElement | null = null;
  private scope: Scope = ROOT_SCOPE;
  private depth = 0;
  /** Open elements' children, on one stack: those of the current element start at `mark`. */
  private readonly kids: XmlElement[] = [];
  private top = 0;
  private mark = 0;
  private readonly marks: number[] = [];
  private readonly scopes: Scope[] = [];
  /** The name of the last start or end tag, to guess the next one. */
  private last: QName | null = null;
  private lastWasStart = false;
  /** Qualified names of the open elements, innermost last (to match end tags). */
  private readonly open: QName[] = [];
  /** Character data of the current element not decoded yet (it may turn out to be white space between children). */
  private pendStart = -1;
  private pendEnd = -1;
  private pendFlags = 0;
  private readonly names = new Map<number, QName>();
  private readonly texts: Array<string | undefined> = new Array<string | undefined>(TEXT_CACHE_SIZE).fill(undefined);
  private readonly declarations = new Map<XmlElement, Array<[string, string]>>();
  private readonly ends: Map<XmlElement, number> | null;

  constructor(
    private readonly b: Uint8Array,
    private readonly maxDepth: number,
    ends: boolean,
  ) {
    this.len = b.length;
    this.ends = ends ? new Map() : null;
  }

  run(): XmlDocument {
    const b = this.b;
    const len = this.len;
    this.declaration();
    while (this.pos < len) {
      this.text();
      const lt = this.pos;
      if (lt >= len) break;
      const c1 = b[lt + 1];
      if (c1 === SLASH) this.endTag(lt);
      else if (c1 === BANG) this.bang(lt);
      else if (c1 === QUESTION) this.processingInstruction(lt);
      else this.startTag(lt);
    }
    if (this.current !== null) fail('xml.not-well-formed', `the document ends before element '<${this.open[this.open.length - 1]!.name}>' is closed`, len);
    if (this.root === null) fail('xml.empty', 'the document has no root element', 0);
    return { root: this.root!, source: this.b, declarations: this.declarations, ends: this.ends };
  }

  /** The XML declaration, when the document starts with one: version 1.0 and, if given, encoding UTF-8. */
  private declaration(): void {
    const b = this.b;
    if (!(b[0] === LT && b[1] === QUESTION && b[2] === 0x78 && b[3] === 0x6d && b[4] === 0x6c)) return; // '<?xml'
    if (!(this.len === 5 || isWs(b[5]!) || b[5] === QUESTION)) return; // a PI whose target starts with 'xml'
    let end = 5;
    while (end < this.len && !(b[end] === QUESTION && b[end + 1] === GT)) end++;
    const m = end < this.len ? XML_DECL_RE.exec(utf8(b, 0, end + 2)) : null;
    if (!m) fail('xml.not-well-formed', 'malformed XML declaration', 0);
    const enc = m![2] ?? m![3];
    if (enc !== undefined && enc.toUpperCase() !== 'UTF-8') {
      fail('xml.encoding', `the XML declaration says encoding="${enc}"; iStandaarden messages must be UTF-8 (OP192)`, 0);
    }
    this.pos = end + 2;
  }

  /** Character data up to the next '<' (or the end). */
  private text(): void {
    const b = this.b;
    const len = this.len;
    const s = this.pos;
    let p = s;
    let flags = 0;
    while (p < len) {
      const c = b[p]!;
      if (c > 32 && c < 127) {
        if (c === LT) break;
        flags |= NON_WS;
        if (c === AMP) flags |= SPECIAL;
        else if (c === RBRACKET && b[p + 1] === RBRACKET && b[p + 2] === GT) fail('xml.not-well-formed', "']]>' is not allowed in character data", p);
      } else if (c >= 128) {
        flags |= NON_WS | SPECIAL;
        if (c === 0xef && b[p + 1] === 0xbf && (b[p + 2] === 0xbe || b[p + 2] === 0xbf)) throw illegalFault(b, p);
      } else if (c === CR) {
        flags |= SPECIAL;
      } else if (c === 127) {
        flags |= NON_WS;
      } else if (c !== 32 && c !== 10 && c !== 9) {
        throw illegalFault(b, p);
      }
      p++;
    }
    this.pos = p;
    if (p === s) return;
    const current = this.current;
    if (current === null) {
      if (flags & NON_WS) {
        let q = s;
        while (isWs(b[q]!)) q++;
        fail('xml.not-well-formed', this.root ? 'content after the root element' : 'text before the root element', q);
      }
    } else if (this.top > this.mark) {
      // Between children: white space is dropped as it is read; other text (mixed content) is kept
      // so that the schema sees and reports it.
      if (flags & NON_WS) current.text += this.decode(s, p, flags);
    } else if (this.pendStart === -1 && current.text === '') {
      this.pendStart = s;
      this.pendEnd = p;
      this.pendFlags = flags;
    } else {
      this.flush(current);
      current.text += this.decode(s, p, flags);
    }
  }

  private decode(s: number, e: number, flags: number): string {
    if (flags & SPECIAL) return decodeSpecial(this.b, s, e, false);
    return e - s <= SHORT_TEXT ? this.shortText(s, e) : utf8(this.b, s, e);
  }

  /**
   * Short ASCII character data, shared between elements with the same value. Codes, dates, amounts
   * and indicators repeat throughout a message; one string per distinct value instead of one per
   * element keeps a large message's tree small. A direct-mapped cache: a miss just replaces the slot.
   */
  private shortText(s: number, e: number): string {
    const b = this.b;
    let h = e - s;
    for (let i = s; i < e; i++) h = (Math.imul(h, 31) + b[i]!) | 0;
    const slot = h & (TEXT_CACHE_SIZE - 1);
    const cached = this.texts[slot];
    if (cached !== undefined && cached.length === e - s) {
      let i = 0;
      while (i < cached.length && cached.charCodeAt(i) === b[s + i]) i++;
      if (i === cached.length) return cached;
    }
    const text = ascii(b, s, e);
    this.texts[slot] = text;
    return text;
  }

  /** Moves the pending character data into the current element's text. */
  private flush(current: XmlElement): void {
    if (this.pendStart === -1) return;
    current.text += this.decode(this.pendStart, this.pendEnd, this.pendFlags);
    this.pendStart = -1;
  }

  /** Reads a Name at `p` and interns it; null when there is none. */
  private qname(p: number): QName | null {
    const b = this.b;
    const e = this.nameEnd(p);
    if (e === p) return null;
    const hash = hashBytes(b, p, e);
    for (let q = SHARED_NAMES.get(hash) ?? null; q; q = q.next) if (sameBytes(b, p, e, q.bytes)) return q;
    for (let q = this.names.get(hash) ?? null; q; q = q.next) if (sameBytes(b, p, e, q.bytes)) return q;
    const name = canonical(utf8(b, p, e));
    const colon = name.indexOf(':');
    const shared = SHARED_NAMES.size < SHARED_LIMIT;
    const table = shared ? SHARED_NAMES : this.names;
    const q: QName = {
      bytes: Uint8Array.prototype.slice.call(b, p, e),
      hash,
      name,
      prefix: colon === -1 ? '' : canonical(name.slice(0, colon)),
      local: colon === -1 ? name : canonical(name.slice(colon + 1)),
      scope: null,
      ns: '',
      afterStart: null,
      afterEnd: null,
      next: table.get(hash) ?? null,
    };
    table.set(hash, q);
    return q;
  }

  /** End of the Name that starts at `p` (`p` itself when there is none). */
  private nameEnd(p: number): number {
    const b = this.b;
    let e = p;
    let c = b[e]!;
    if (c < 128 && ASCII_NAME[c] === 2) {
      e++;
      while (e < this.len && (c = b[e]!) < 128 && ASCII_NAME[c] !== 0) e++;
      if (e < this.len && c >= 128) e = this.nonAsciiNameEnd(p);
    } else if (c >= 128) {
      e = this.nonAsciiNameEnd(p);
    }
    return e;
  }

  /**
   * The name of an attribute in b[p..e): the interned string when the name is among the shared
   * names, otherwise a string of its own. Attribute names are not added to the tables: a start tag
   * with a million attributes of different names would fill them for nothing.
   */
  private attributeName(p: number, e: number): string {
    const b = this.b;
    const hash = hashBytes(b, p, e);
    for (let q = SHARED_NAMES.get(hash) ?? null; q; q = q.next) if (sameBytes(b, p, e, q.bytes)) return q.name;
    for (let i = p; i < e; i++) if (b[i]! >= 128) return utf8(b, p, e);
    return ascii(b, p, e);
  }

  /**
   * The name of a start tag. Messages repeat one structure, so the name is usually the one that
   * followed the previous tag last time: that guess is checked against the bytes (one comparison)
   * before the name is looked up the long way.
   */
  private startName(p: number): QName | null {
    const last = this.last;
    const guess = last === null ? null : this.lastWasStart ? last.afterStart : last.afterEnd;
    const b = this.b;
    if (guess !== null && sameBytes(b, p, p + guess.bytes.length, guess.bytes) && !isNameByte(b[p + guess.bytes.length])) return guess;
    const q = this.qname(p);
    if (last !== null && q !== null) {
      if (this.lastWasStart) last.afterStart = q;
      else last.afterEnd = q;
    }
    return q;
  }

  /** End of a Name with non-ASCII characters starting at `p` (rare: iStandaarden names are ASCII). */
  private nonAsciiNameEnd(p: number): number {
    const b = this.b;
    let e = p;
    while (e < this.len && (b[e]! >= 128 || ASCII_NAME[b[e]!] !== 0)) e++;
    return p + utf8Length(nameAt(utf8(b, p, e)));
  }

  private startTag(lt: number): void {
    const b = this.b;
    const len = this.len;
    if (this.current === null && this.root !== null) fail('xml.not-well-formed', 'a document has exactly one root element', lt);
    const q = this.startName(lt + 1);
    if (q === null) fail('xml.not-well-formed', "'<' must start a tag (escape it as &lt;)", lt);
    const qname = q!.name;
    let p = lt + 1 + q!.bytes.length;
    let nsDecls: Array<[string, string]> | null = null;
    let rawAttrs: Array<{ name: string; local: string; ns: string; value: string; offset: number }> | null = null;
    let selfClosing = false;
    for (;;) {
      const wsStart = p;
      while (p < len && isWs(b[p]!)) p++;
      const c = b[p];
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH && b[p + 1] === GT) {
        selfClosing = true;
        p += 2;
        break;
      }
      if (p >= len) fail('xml.not-well-formed', `start tag '<${qname}' is not closed`, lt);
      if (p === wsStart) fail('xml.not-well-formed', `white space is required between attributes in '<${qname}'`, p);
      const aOffset = p;
      p = this.nameEnd(p);
      if (p === aOffset) fail('xml.not-well-formed', `malformed attribute in '<${qname}'`, aOffset);
      const aname = this.attributeName(aOffset, p);
      while (p < len && isWs(b[p]!)) p++;
      if (b[p] !== 61 /* = */) fail('xml.not-well-formed', `attribute '${aname}' has no value`, aOffset);
      p++;
      while (p < len && isWs(b[p]!)) p++;
      const quote = b[p];
      if (quote !== 34 && quote !== 39) fail('xml.not-well-formed', `the value of attribute '${aname}' must be quoted`, aOffset);
      const vs = p + 1;
      let ve = vs;
      let special = false;
      for (;;) {
        if (ve >= len) fail('xml.not-well-formed', `the value of attribute '${aname}' is not closed`, aOffset);
        const c = b[ve]!;
        if (c === quote) break;
        if (c === LT) fail('xml.not-well-formed', `'<' is not allowed in the value of attribute '${aname}'`, aOffset);
        // References, non-ASCII characters and white space other than a space take the slow way.
        if (c < 32 || c >= 128 || c === AMP) {
          this.legal(ve);
          special = true;
        }
        ve++;
      }
      const value = special ? decodeSpecial(b, vs, ve, true) : ve - vs <= SHORT_TEXT ? this.shortText(vs, ve) : ascii(b, vs, ve);
      p = ve + 1;
      if (aname === 'xmlns' || aname.startsWith('xmlns:')) {
        (nsDecls ??= []).push([aname === 'xmlns' ? '' : aname.slice(6), value]);
      } else {
        (rawAttrs ??= []).push({ name: aname, local: aname, ns: '', value, offset: aOffset });
      }
    }

    const parentScope = this.scope;
    if (nsDecls !== null) this.scope = declare(parentScope, nsDecls, lt);
    const scope = this.scope;
    if (q!.scope !== scope) {
      splitQName(qname, lt);
      const ns = scope[q!.prefix];
      if (ns === undefined) fail('xml.namespace', `namespace prefix '${q!.prefix}' of element '${qname}' is not declared`, lt);
      q!.scope = scope;
      q!.ns = ns!;
    }

    const current = this.current;
    // Two literal shapes, one with attributes (V8 allocates each kind of object in bulk).
    const el: XmlElement =
      rawAttrs === null
        ? { local: q!.local, ns: q!.ns, parent: current, children: NO_CHILDREN, text: '', offset: lt }
        : { local: q!.local, ns: q!.ns, parent: current, children: NO_CHILDREN, text: '', offset: lt, attributes: attributes(rawAttrs, scope, qname) };
    if (nsDecls !== null) this.declarations.set(el, nsDecls);
    if (current === null) this.root = el;
    else {
      if (this.top === this.mark) {
        // The first child: what came before it was white space to drop, or mixed content to keep.
        if (this.pendStart !== -1) {
          if (this.pendFlags & NON_WS) this.flush(current);
          this.pendStart = -1;
        } else if (current.text !== '' && isWhitespace(current.text)) current.text = '';
      }
      this.kids[this.top++] = el;
    }
    this.pos = p;
    this.last = q;
    this.lastWasStart = !selfClosing;
    if (selfClosing) {
      this.ends?.set(el, p);
      this.scope = parentScope;
      return;
    }
    if (++this.depth > this.maxDepth) fail('xml.depth', `elements are nested deeper than ${this.maxDepth} levels`, lt);
    this.scopes.push(parentScope);
    this.open.push(q!);
    this.marks.push(this.mark);
    this.mark = this.top;
    this.current = el;
  }

  private endTag(lt: number): void {
    const b = this.b;
    const current = this.current;
    const q = current === null ? null : this.open[this.open.length - 1]!;
    let p = lt + 2;
    if (q === null || !sameBytes(b, p, p + q.bytes.length, q.bytes) || isNameByte(b[p + q.bytes.length])) {
      const found = this.qname(p)?.name ?? '';
      fail(
        'xml.not-well-formed',
        q === null ? `end tag '</${found}>' without a start tag` : `end tag '</${found}>' does not match start tag '<${q.name}>'`,
        lt,
      );
    }
    p += q!.bytes.length;
    while (p < this.len && isWs(b[p]!)) p++;
    if (b[p] !== GT) fail('xml.not-well-formed', `end tag '</${q!.name}' is not closed with '>'`, lt);
    this.pos = p + 1;
    const el = current!;
    if (this.pendStart !== -1) this.flush(el);
    if (this.top > this.mark) {
      el.children = this.kids.slice(this.mark, this.top);
      this.top = this.mark;
    }
    this.ends?.set(el, this.pos);
    this.last = q;
    this.lastWasStart = false;
    this.open.pop();
    this.mark = this.marks.pop()!;
    this.current = el.parent;
    this.scope = this.scopes.pop()!;
    this.depth--;
  }

  /** Comments, CDATA sections; a DOCTYPE or any other declaration is rejected. */
  private bang(lt: number): void {
    const b = this.b;
    const len = this.len;
    if (b[lt + 2] === DASH && b[lt + 3] === DASH) {
      let p = lt + 4;
      for (;;) {
        if (p >= len) fail('xml.not-well-formed', 'comment is not closed', lt);
        const c = b[p]!;
        if (c === DASH && b[p + 1] === DASH) {
          if (b[p + 2] !== GT) fail('xml.not-well-formed', "'--' is not allowed inside a comment", p);
          this.pos = p + 3;
          return;
        }
        this.legal(p);
        p++;
      }
    }
    if (startsWith(b, lt, '<![CDATA[')) {
      const current = this.current;
      if (current === null) fail('xml.not-well-formed', 'CDATA section outside the root element', lt);
      let p = lt + 9;
      let flags = 0;
      for (;;) {
        if (p >= len) fail('xml.not-well-formed', 'CDATA section is not closed', lt);
        const c = b[p]!;
        if (c === RBRACKET && b[p + 1] === RBRACKET && b[p + 2] === GT) break;
        if (c >= 128 || c === CR) flags |= SPECIAL;
        this.legal(p);
        p++;
      }
      this.flush(current!);
      const body = flags & SPECIAL ? utf8(b, lt + 9, p).replace(/\r\n?/g, '\n') : utf8(b, lt + 9, p);
      current!.text += body;
      this.pos = p + 3;
      return;
    }
    if (startsWith(b, lt, '<!DOCTYPE')) {
      fail('xml.doctype', 'a document type declaration (DOCTYPE) is not allowed; DTDs and entities are never processed', lt);
    }
    fail('xml.not-well-formed', "markup declaration '<!' is not allowed here", lt);
  }

  private processingInstruction(lt: number): void {
    const b = this.b;
    const q = this.qname(lt + 2);
    if (q === null) fail('xml.not-well-formed', 'processing instruction without a target', lt);
    const target = q!.name;
    if (target.toLowerCase() === 'xml') {
      fail('xml.not-well-formed', lt === 0 ? 'malformed XML declaration' : 'the XML declaration is only allowed at the very start of the document', lt);
    }
    const afterTarget = lt + 2 + q!.bytes.length;
    let p = afterTarget;
    for (;;) {
      if (p >= this.len) fail('xml.not-well-formed', 'processing instruction is not closed', lt);
      if (b[p] === QUESTION && b[p + 1] === GT) break;
      this.legal(p);
      p++;
    }
    if (p !== afterTarget && !isWs(b[afterTarget]!)) fail('xml.not-well-formed', 'malformed processing instruction', lt);
    this.pos = p + 2;
  }

  /** Stops at a character XML forbids (in comments, CDATA and processing instructions). */
  private legal(p: number): void {
    const b = this.b;
    const c = b[p]!;
    if (c < 32 ? !isWs(c) : c === 0xef && b[p + 1] === 0xbf && (b[p + 2] === 0xbe || b[p + 2] === 0xbf)) throw illegalFault(b, p);
  }
}

/** A new scope with the namespace declarations of one start tag, after checking them. */
function declare(parent: Scope, decls: ReadonlyArray<readonly [string, string]>, offset: number): Scope {
  const scope = Object.create(parent) as Scope;
  const seen = new Set<string>();
  for (const [prefix, uri] of decls) {
    if (seen.has(prefix)) fail('xml.not-well-formed', `namespace declaration for '${prefix || 'xmlns'}' appears twice`, offset);
    seen.add(prefix);
    if (prefix !== '') {
      if (prefix.indexOf(':') !== -1) fail('xml.namespace', `'xmlns:${prefix}' is not a valid namespace declaration`, offset);
      if (uri === '') fail('xml.namespace', `prefix '${prefix}' cannot be bound to the empty namespace`, offset);
      if (prefix === 'xmlns' || (prefix === 'xml') !== (uri === XML_NS)) fail('xml.namespace', `prefix '${prefix}' cannot be bound to '${uri}'`, offset);
    }
    scope[prefix] = canonical(uri);
  }
  return scope;
}

/** Prefix and local part of a qualified name (Namespaces in XML: at most one colon, not at either end). */
function splitQName(name: string, offset: number): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  if (colon === -1) return ['', name];
  if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1) {
    fail('xml.namespace', `'${name}' is not a valid qualified name`, offset);
  }
  return [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * The attributes of a start tag with their namespaces, each (namespace, local name) once. The
 * attributes come in with their qualified name as local name and no namespace, and are completed
 * in place. A few are compared pairwise; many (a hostile start tag) through a set.
 */
function attributes(attrs: Array<{ name: string; local: string; ns: string; value: string; offset: number }>, scope: Scope, element: string): XmlAttribute[] {
  const seen = attrs.length > 8 ? new Set<string>() : null;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    if (a.name.indexOf(':') !== -1) {
      const [aprefix, alocal] = splitQName(a.name, a.offset);
      const ans = scope[aprefix];
      if (ans === undefined) fail('xml.namespace', `namespace prefix '${aprefix}' of attribute '${a.name}' is not declared`, a.offset);
      a.local = alocal;
      a.ns = ans!;
    }
    if (seen === null) {
      for (let k = 0; k < i; k++) if (attrs[k]!.local === a.local && attrs[k]!.ns === a.ns) fail('xml.not-well-formed', `attribute '${a.name}' appears twice in '<${element}>'`, a.offset);
    } else {
      // A local name has no '{', so an unprefixed name is its own key.
      const key = a.ns === '' ? a.local : `{${a.ns}}${a.local}`;
      if (seen.has(key)) fail('xml.not-well-formed', `attribute '${a.name}' appears twice in '<${element}>'`, a.offset);
      seen.add(key);
    }
  }
  return attrs;
}

/** True when byte `c` can continue a Name (so a name compared so far has not ended). */
function isNameByte(c: number | undefined): boolean {
  return c !== undefined && (c >= 128 || ASCII_NAME[c] !== 0);
}

/** The qualified name of an element as written in `source` (read back from its start tag). */
export function qualifiedName(el: XmlElement, source: Uint8Array): string {
  let e = el.offset + 1;
  while (isNameByte(source[e])) e++;
  return nameAt(utf8(source, el.offset + 1, e));
}

function startsWith(b: Uint8Array, p: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (b[p + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Bytes between two checkpoints of a `LineIndex` (about; a checkpoint never splits a character). */
const CHECKPOINT = 256;

/**
 * Maps byte offsets in a UTF-8 source to 1-based line and column (in characters, as UTF-16 code
 * units of the decoded line); built on first use, in one pass over the source.
 *
 * The pass records the line starts and, every `CHECKPOINT` bytes (at a character boundary), how many
 * characters came before. A column is then the characters up to the offset less those up to its
 * line start, each counted from the nearest checkpoint: a lookup reads at most a checkpoint's worth
 * of bytes, however long the line (a start tag with a million attributes is one line of 17 MB).
 */
export class LineIndex {
  private starts: number[] | null = null;
  /** Byte offset of each checkpoint (the first is 0) and the characters before it. */
  private marks: Int32Array | Float64Array = new Int32Array(0);
  private units: Int32Array | Float64Array = new Int32Array(0);
  private readonly bytes: Uint8Array;

  constructor(source: Uint8Array | string) {
    this.bytes = typeof source === 'string' ? ENCODER.encode(source) : source;
  }

  private build(): number[] {
    const b = this.bytes;
    const n = b.length;
    // A line ends at LF, CR LF or a lone CR (XML 1.0 §2.11).
    const starts = [0];
    const room = Math.floor(n / CHECKPOINT) + 2;
    const marks = n < 0x7fffffff ? new Int32Array(room) : new Float64Array(room);
    const units = n < 0x7fffffff ? new Int32Array(room) : new Float64Array(room);
    let k = 1;
    let before = 0;
    let from = 0;
    while (from < n) {
      let to = Math.min(n, from + CHECKPOINT);
      // A checkpoint starts a character: never between a lead byte and its continuation bytes.
      while (to < n && (b[to]! & 0xc0) === 0x80) to++;
      let ascii = true;
      for (let i = from; i < to; i++) {
        const c = b[i]!;
        if (c >= 128) ascii = false;
        else if (c === 10 || (c === CR && b[i + 1] !== 10)) starts.push(i + 1);
      }
      before += ascii ? to - from : utf8(b, from, to).length;
      marks[k] = to;
      units[k] = before;
      k++;
      from = to;
    }
    this.marks = marks.subarray(0, k);
    this.units = units.subarray(0, k);
    this.starts = starts;
    return starts;
  }

  /** Characters (UTF-16 code units) in the decoded bytes [0, offset). */
  private unitsBefore(offset: number): number {
    const marks = this.marks;
    let lo = 0;
    let hi = marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (marks[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const b = this.bytes;
    const from = marks[lo]!;
    for (let i = from; i < offset; i++) if (b[i]! >= 128) return this.units[lo]! + utf8(b, from, offset).length;
    return this.units[lo]! + (offset - from);
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.starts ?? this.build();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo]!;
    const end = Math.min(Math.max(offset, start), this.bytes.length);
    return { line: lo + 1, column: this.unitsBefore(end) - this.unitsBefore(start) + 1 + Math.max(0, offset - end) };
  }
}
