/**
 * Typed message builders: a message object (the shape parse() returns, typed per message) written
 * as XML in the official element order and namespaces, by a small string writer. The order and the
 * namespace of every element come from the schema model, so a builder cannot drift from the XSD.
 *
 *   const xml = build('JW305', { Header: {…}, Client: {…} });
 *   parse(xml).message.data   // deep-equals the object given
 */
import { catalogueEntry, type BerichtType } from '../catalogue/index.js';
import { MODEL } from '../schema/model.generated.js';
import type { MessageTypes } from '../types/messages.generated.js';
import { escapeAttr, escapeText } from '../report/formats/escape.js';

type Value = string | { readonly [key: string]: Value | readonly Value[] | undefined };

export interface BuildOptions {
  /** Indent the output (default true). */
  readonly prettyPrint?: boolean;
}

/**
 * Writes a message as XML. Elements follow the schema's order whatever the order of the object's
 * keys; keys the schema does not know are an error (a typo must not disappear silently).
 */
export function build<B extends BerichtType>(bericht: B, data: B extends keyof MessageTypes ? MessageTypes[B] : never, options: BuildOptions = {}): string {
  const entry = catalogueEntry(bericht);
  if (!entry) throw new Error(`unknown message ${bericht}`);
  const m = entry.bericht.toLowerCase();
  const b = entry.standaard === 'iJw' ? 'ijw' : 'iwmo';
  const pretty = options.prettyPrint ?? true;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const indent = (depth: number): string => (pretty ? '\n' + '  '.repeat(depth) : '');
  write(`${m}:Bericht`, MODEL.roots[entry.bericht]!, data as unknown as Value, 'Bericht', 0, ` xmlns:${m}="${escapeAttr(entry.namespace)}" xmlns:${b}="${escapeAttr(entry.basisNamespace)}"`);
  function write(name: string, typeKey: string, value: Value, where: string, depth: number, attrs = ''): void {
    const decl = MODEL.types[typeKey]!;
    if (decl.kind === 'simple') {
      if (typeof value !== 'string') throw new TypeError(`${where}: expected a text value`);
      out.push(value === '' && pretty ? `${indent(depth)}<${name}${attrs}/>` : `${indent(depth)}<${name}${attrs}>${escapeText(value)}</${name}>`);
      return;
    }
    if (typeof value !== 'object' || value === null) throw new TypeError(`${where}: expected an object`);
    const known = new Set(decl.children.map((c) => c.name));
    for (const key of Object.keys(value)) if (!known.has(key)) throw new TypeError(`${where}: ${key} is not an element of ${where}`);
    const prefix = decl.ns === 'm' ? m : b;
    const at = out.length;
    out.push(`${indent(depth)}<${name}${attrs}>`);
    for (const c of decl.children) {
      const v = (value as { readonly [key: string]: Value | readonly Value[] | undefined })[c.name];
      if (v === undefined) continue;
      const items = Array.isArray(v) ? (v as readonly Value[]) : [v as Value];
      for (const item of items) write(`${prefix}:${c.name}`, c.type, item, `${where}/${c.name}`, depth + 1);
    }
    if (out.length === at + 1 && pretty) out[at] = `${indent(depth)}<${name}${attrs}/>`;
    else out.push(`${out.length === at + 1 ? '' : indent(depth)}</${name}>`);
  }
  return out.join('');
}
