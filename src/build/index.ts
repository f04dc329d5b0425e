/**
 * Typed message builders: a message object (the shape parse() returns, typed per message) written
 * as XML in the official element order and namespaces, with the project's one XML writer. The order
 * and the namespace of every element come from the schema model, so a builder cannot drift from the XSD.
 *
 *   const xml = build('JW305', { Header: {…}, Client: {…} });
 *   parse(xml).message.data   // deep-equals the object given
 */
import { catalogueEntry, type BerichtType } from '../catalogue/index.js';
import { MODEL } from '../schema/model.generated.js';
import type { MessageTypes } from '../types/messages.generated.js';
import { XmlWriter } from '../xml/escape.js';

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
  const out = new XmlWriter({ indent: options.prettyPrint ?? true });
  out.open(`${m}:Bericht`, { [`xmlns:${m}`]: entry.namespace, [`xmlns:${b}`]: entry.basisNamespace });
  write(MODEL.roots[entry.bericht]!, data as unknown as Value, 'Bericht');
  out.close(`${m}:Bericht`);
  return out.toString();

  function write(typeKey: string, value: Value, where: string): void {
    const decl = MODEL.types[typeKey]!;
    if (decl.kind === 'simple' || typeof value !== 'object' || value === null) throw new TypeError(`${where}: expected an object`);
    const known = new Set(decl.children.map((c) => c.name));
    for (const key of Object.keys(value)) if (!known.has(key)) throw new TypeError(`${where}: ${key} is not an element of ${where}`);
    const prefix = decl.ns === 'm' ? m : b;
    for (const c of decl.children) {
      const v = (value as { readonly [key: string]: Value | readonly Value[] | undefined })[c.name];
      if (v === undefined) continue;
      const items = Array.isArray(v) ? (v as readonly Value[]) : [v as Value];
      const name = `${prefix}:${c.name}`;
      const path = `${where}/${c.name}`;
      for (const item of items) {
        if (MODEL.types[c.type]!.kind === 'simple') {
          if (typeof item !== 'string') throw new TypeError(`${path}: expected a text value`);
          out.leaf(name, {}, item === '' ? undefined : item);
        } else {
          out.open(name);
          write(c.type, item, path);
          out.close(name);
        }
      }
    }
  }
}
