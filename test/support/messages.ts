/**
 * Golden messages and one-field mutations of them, for tests.
 *
 *   golden('JW301')                                   the valid golden message (fixtures/ijw/JW301/golden.xml)
 *   edit(golden('JW301'), set('Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum', '2026-01-01'))
 *   edit(xml, remove('Client/Communicatie'), insertAfter('Client/Geslacht', '<Communicatie><b:Vorm>1</b:Vorm></Communicatie>'))
 *
 * Paths are local names below the root `Bericht`, with 1-based [n] among same-name siblings.
 * In fragments, unprefixed elements are placed in the message's namespace and `b:`-prefixed ones
 * in the basisschema namespace (the golden's own prefixes are substituted).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueEntry, type BerichtType } from '../../src/catalogue/index.js';
import { qualifiedName, scanXml, type XmlElement } from '../../src/xml/scan.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function goldenPath(bericht: BerichtType | string): string {
  const entry = catalogueEntry(bericht);
  if (!entry) throw new Error(`unknown bericht ${bericht}`);
  return join(root, 'fixtures', entry.standaard.toLowerCase(), entry.bericht, 'golden.xml');
}

export function golden(bericht: BerichtType | string): string {
  return readFileSync(goldenPath(bericht), 'utf8');
}

export type Edit = (xml: string) => string;

interface Doc {
  root: XmlElement;
  mPrefix: string;
  bPrefix: string;
  /** The qualified name of an element as written. */
  name: (el: XmlElement) => string;
  /** Character offsets of the start and end of every element in the text (the scanner counts bytes). */
  start: (el: XmlElement) => number;
  end: (el: XmlElement) => number;
}

function load(xml: string): Doc {
  const scanned = scanXml(xml, { ends: true });
  if (!scanned.ok) throw new Error(`edit: input is not well-formed: ${scanned.error.detail}`);
  const { root: r, source, declarations, ends } = scanned.document;
  const name = (el: XmlElement): string => qualifiedName(el, source);
  const mPrefix = name(r).includes(':') ? name(r).split(':')[0]! : '';
  const entry = [...(declarations.get(r) ?? [])].find(([, uri]) => uri.includes('/basisschema/'));
  const chars = (byte: number): number => Buffer.from(source.subarray(0, byte)).toString('utf8').length;
  return { root: r, mPrefix, bPrefix: entry ? entry[0] : '', name, start: (el) => chars(el.offset), end: (el) => chars(ends!.get(el)!) };
}

function find(doc: Doc, path: string): XmlElement {
  let el = doc.root;
  for (const step of path.split('/').filter(Boolean)) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) throw new Error(`edit: bad path step '${step}'`);
    const candidates = el.children.filter((c) => c.local === m[1]);
    const next = candidates[m[2] ? Number(m[2]) - 1 : 0];
    if (!next) throw new Error(`edit: no element at '${path}' (step '${step}')`);
    el = next;
  }
  return el;
}

function qualify(doc: Doc, fragment: string): string {
  const q = (prefix: string, name: string): string => (prefix ? `${prefix}:${name}` : name);
  return fragment.replace(/<(\/?)(b:)?([A-Za-z][A-Za-z0-9]*)/g, (_m, slash: string, b: string | undefined, name: string) => `<${slash}${q(b ? doc.bPrefix : doc.mPrefix, name)}`);
}

/** Replaces the text of the element at `path`. */
export const set = (path: string, text: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  return xml.slice(0, doc.start(el)) + `<${doc.name(el)}>${text}</${doc.name(el)}>` + xml.slice(doc.end(el));
};

/** Removes the element at `path`. */
export const remove = (path: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  let start = doc.start(el);
  while (start > 0 && /[ \t\n]/.test(xml[start - 1]!)) start--;
  return xml.slice(0, start) + xml.slice(doc.end(el));
};

/** Inserts a fragment right after the element at `path`. */
export const insertAfter = (path: string, fragment: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  return xml.slice(0, doc.end(el)) + qualify(doc, fragment) + xml.slice(doc.end(el));
};

/** Inserts a fragment right before the element at `path`. */
export const insertBefore = (path: string, fragment: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  return xml.slice(0, doc.start(el)) + qualify(doc, fragment) + xml.slice(doc.start(el));
};

/** Appends a fragment as the last child of the element at `path`. */
export const append = (path: string, fragment: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  const close = xml.lastIndexOf('</', doc.end(el) - 1);
  return xml.slice(0, close) + qualify(doc, fragment) + xml.slice(close);
};

/** Replaces the element at `path` (with everything in it) by a fragment. */
export const replace = (path: string, fragment: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  return xml.slice(0, doc.start(el)) + qualify(doc, fragment) + xml.slice(doc.end(el));
};

/** Repeats the element at `path` right after itself. */
export const duplicate = (path: string): Edit => (xml) => {
  const doc = load(xml);
  const el = find(doc, path);
  return xml.slice(0, doc.end(el)) + xml.slice(doc.start(el), doc.end(el)) + xml.slice(doc.end(el));
};

export function edit(xml: string, ...edits: Edit[]): string {
  return edits.reduce((acc, e) => e(acc), xml);
}
