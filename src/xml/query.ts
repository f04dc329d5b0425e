/**
 * Element queries on the scanned tree: children by local name, relative paths, the text of an
 * element, ancestors and document order. Generic: the rules of every level, the variants and the
 * retourberichten read messages through them.
 */
import type { XmlElement } from './scan.js';

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

/** A relative path of local names, split into its steps once (`path('Omvang/Eenheid')`). */
export type Path = readonly string[];

/** Splits a path once, so a rule that follows it on every element does not split it per call. */
export function path(p: string): Path {
  return p.split('/');
}

const steps = new Map<string, Path>();

/** The element at a relative path of local names (`Omvang/Eenheid`, or a path split beforehand). */
export function at(el: XmlElement | undefined, p: string | Path): XmlElement | undefined {
  let parts: Path | undefined;
  if (typeof p !== 'string') parts = p;
  else if ((parts = steps.get(p)) === undefined) steps.set(p, (parts = path(p)));
  let cur = el;
  for (let i = 0; i < parts.length && cur; i++) cur = child(cur, parts[i]!);
  return cur;
}

/** Whitespace-collapsed text of the element at `path` (or of `el` itself); undefined when absent. */
export function value(el: XmlElement | undefined, p?: string | Path): string | undefined {
  const target = p === undefined ? el : at(el, p);
  return target ? target.text.trim() : undefined;
}

/** True when an element at `path` exists. */
export function has(el: XmlElement | undefined, p: string | Path): boolean {
  return at(el, p) !== undefined;
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

/** The elements that are present, in document order (by start offset). */
export function inDocumentOrder(els: ReadonlyArray<XmlElement | undefined>): XmlElement[] {
  const out = els.filter((e): e is XmlElement => e !== undefined);
  // Rules mostly pass two elements: order them without a sort call and its comparator.
  if (out.length === 2) return out[0]!.offset <= out[1]!.offset ? out : [out[1]!, out[0]!];
  out.sort((a, b) => a.offset - b.offset);
  return out;
}
