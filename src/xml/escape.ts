/**
 * Escaping for the XML and HTML report formats. Every piece of report content (file names,
 * messages, paths) passes through here: messages quote values from the input, so they are user data.
 */

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF;
 * unpaired surrogates). They cannot even be written as character references, so they become U+FFFD.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

/** Character data: `&`, `<` and `>` (the last so that `]]>` never appears), CR kept as a reference. */
export function escapeText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** A double-quoted attribute value: also `"`, `'` and the white-space characters attribute normalisation would eat. */
export function escapeAttr(s: string): string {
  return xmlSafe(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]!);
}

const ATTR: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** HTML text and attribute values (double-quoted): the five significant characters. */
export function escapeHtml(s: string): string {
  return xmlSafe(s).replace(/[&<>"']/g, (c) => ATTR[c]!);
}

/**
 * The project's one XML writer: elements with attributes and escaped text, indented two spaces a
 * level (or on one line with `indent: false`). Used by the message builder and the XML report formats.
 */
export class XmlWriter {
  private readonly out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;
  private readonly pad: (depth: number) => string;

  constructor(options: { readonly indent?: boolean } = {}) {
    this.pad = options.indent === false ? () => '' : (depth) => '  '.repeat(depth);
    this.separator = options.indent === false ? '' : '\n';
  }
  private readonly separator: string;

  private static attrs(attributes: Readonly<Record<string, string | number>>): string {
    return Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
      .join('');
  }

  open(name: string, attributes: Readonly<Record<string, string | number>> = {}): this {
    this.out.push(`${this.pad(this.depth)}<${name}${XmlWriter.attrs(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.out.push(`${this.pad(this.depth)}</${name}>`);
    return this;
  }

  /** An element with text content (or an empty element when `text` is undefined). */
  leaf(name: string, attributes: Readonly<Record<string, string | number>>, text?: string): this {
    const indent = this.pad(this.depth);
    this.out.push(text === undefined ? `${indent}<${name}${XmlWriter.attrs(attributes)}/>` : `${indent}<${name}${XmlWriter.attrs(attributes)}>${escapeText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return this.out.join(this.separator) + this.separator;
  }
}
