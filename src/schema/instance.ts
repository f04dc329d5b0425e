/**
 * Builds the instance form that the JSON Schemas in `schemas/` describe (see
 * scripts/lib/json-schema.ts) from a scanned element tree.
 */
import type { CatalogueEntry } from '../catalogue/index.js';
import { XSI_NS, isWhitespace, type XmlAttribute, type XmlElement } from '../xml/scan.js';

export type Instance = string | InstanceObject;
export interface InstanceObject {
  [key: string]: Instance | Instance[];
}

/** xsi attributes that XML Schema allows on any element and that carry no content. */
const IGNORED_XSI = new Set(['schemaLocation', 'noNamespaceSchemaLocation']);

/** True for an attribute the schema level ignores (xsi:schemaLocation, xsi:noNamespaceSchemaLocation). */
export const ignoredAttribute = (a: XmlAttribute): boolean => a.ns === XSI_NS && IGNORED_XSI.has(a.local);

/** The sequence token of a child (`m:Header,`), made once per namespace and name. */
const tokens = new Map<string, Map<string, string>>();
function token(entry: CatalogueEntry, child: XmlElement): string {
  let byLocal = tokens.get(child.ns);
  if (!byLocal) tokens.set(child.ns, (byLocal = new Map()));
  let t = byLocal.get(child.local);
  if (t === undefined) {
    const ns = child.ns === entry.namespace ? 'm' : child.ns === entry.basisNamespace ? 'b' : 'x';
    byLocal.set(child.local, (t = `${ns}:${child.local},`));
  }
  return t;
}

export function toInstance(el: XmlElement, entry: CatalogueEntry): Instance {
  const { children, attributes } = el;
  if (children.length === 0 && attributes === undefined) return el.text;
  // Plain objects get fast hidden classes; the one name that would touch the prototype is defined explicitly.
  const o: InstanceObject = {};
  let seq = '';
  for (const child of children) {
    seq += token(entry, child);
    const value = toInstance(child, entry);
    const existing = Object.hasOwn(o, child.local) ? (o[child.local] as Instance[]) : undefined;
    if (existing) existing.push(value);
    else if (child.local === '__proto__') Object.defineProperty(o, '__proto__', { value: [value], enumerable: true, writable: true, configurable: true });
    else o[child.local] = [value];
  }
  o['#'] = seq;
  if (attributes !== undefined) {
    // No type of the standard declares an attribute (the schemas reject every '@' member), so one
    // member stands for all of an element's attributes: the explanation names each of them, and a
    // start tag with a million attributes is one failing member, not a million.
    if (!attributes.every(ignoredAttribute)) o['@'] = '';
    else if (children.length === 0) return el.text;
  }
  if (!isWhitespace(el.text)) o['#text'] = el.text;
  return o;
}
