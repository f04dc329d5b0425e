/**
 * Shared predicates for rules: element navigation, dates, the BSN 11-proef.
 * Messages reach level 2 only when they are XSD-valid, so rules may rely on the schema's
 * structure and lexical forms (dates are YYYY-MM-DD and compare correctly as strings).
 */
import type { BerichtNummer, BerichtType } from '../catalogue/index.js';
import type { XmlElement } from '../xml/scan.js';

/** First child element with this local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.local === name) return c;
  return undefined;
}

/** All child elements with this local name. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === name) : [];
}

const steps = new Map<string, readonly string[]>();

/** The element at a relative path of local names (`Omvang/Eenheid`). */
export function at(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let parts = steps.get(path);
  if (parts === undefined) steps.set(path, (parts = path.split('/')));
  let cur = el;
  for (const step of parts) cur = child(cur, step);
  return cur;
}

/** Whitespace-collapsed text of the element at `path` (or of `el` itself); undefined when absent. */
export function value(el: XmlElement | undefined, path?: string): string | undefined {
  const target = path === undefined ? el : at(el, path);
  return target ? target.text.trim() : undefined;
}

/** True when an element at `path` exists. */
export function has(el: XmlElement | undefined, path: string): boolean {
  return at(el, path) !== undefined;
}

/** The nearest ancestor with this local name. */
export function ancestor(el: XmlElement, name: string): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.local === name) return p;
  return undefined;
}

/** The root element of the message. */
export function rootOf(el: XmlElement): XmlElement {
  let r = el;
  while (r.parent) r = r.parent;
  return r;
}

/** The BSN 11-proef: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. */
export function elfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (bsn.charCodeAt(i) - 48);
  sum -= bsn.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** The iJw and the iWmo message of each number: `both('301')` = JW301 and WMO301. */
export function both(...nummers: BerichtNummer[]): BerichtType[] {
  return nummers.flatMap((n) => [`JW${n}`, `WMO${n}`] as BerichtType[]);
}

/** The elements that are present, in document order (by start offset). */
export function inDocumentOrder(els: ReadonlyArray<XmlElement | undefined>): XmlElement[] {
  const out = els.filter((e): e is XmlElement => e !== undefined);
  out.sort((a, b) => a.offset - b.offset);
  return out;
}
