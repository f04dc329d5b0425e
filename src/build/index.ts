/**
 * Typed message builders: a message object (the shape parse() returns, typed per message) written
 * as XML in the official element order and namespaces, with xmlbuilder2. The order and the
 * namespace of every element come from the schema model, so a builder cannot drift from the XSD.
 *
 *   const xml = build('JW305', { Header: {…}, Client: {…} });
 *   parse(xml).message.data   // deep-equals the object given
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { catalogueEntry, type BerichtType } from '../catalogue/index.js';
import { MODEL } from '../schema/model.generated.js';
import type { MessageTypes } from '../types/messages.generated.js';

const XMLNS = 'http://www.w3.org/2000/xmlns/';

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
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(entry.namespace, `${m}:Bericht`).att(XMLNS, `xmlns:${b}`, entry.basisNamespace);
  write(root, MODEL.roots[entry.bericht]!, data as unknown as Value, 'Bericht');
  function write(node: XMLBuilder, typeKey: string, value: Value, where: string): void {
    const decl = MODEL.types[typeKey]!;
    if (decl.kind === 'simple') {
      if (typeof value !== 'string') throw new TypeError(`${where}: expected a text value`);
      node.txt(value);
      return;
    }
    if (typeof value !== 'object' || value === null) throw new TypeError(`${where}: expected an object`);
    const known = new Set(decl.children.map((c) => c.name));
    for (const key of Object.keys(value)) if (!known.has(key)) throw new TypeError(`${where}: ${key} is not an element of ${where}`);
    const [ns, prefix] = decl.ns === 'm' ? [entry!.namespace, m] : [entry!.basisNamespace, b];
    for (const c of decl.children) {
      const v = (value as { readonly [key: string]: Value | readonly Value[] | undefined })[c.name];
      if (v === undefined) continue;
      const items = Array.isArray(v) ? (v as readonly Value[]) : [v as Value];
      for (const item of items) write(node.ele(ns, `${prefix}:${c.name}`), c.type, item, `${where}/${c.name}`);
    }
  }
  return root.end({ prettyPrint: options.prettyPrint ?? true });
}
