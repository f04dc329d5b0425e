/**
 * parse(): a message as a typed object. Only a schema-valid message becomes an object (otherwise
 * its types would lie); the report explains why when it does not.
 */
import type { BerichtType, Standaard } from './catalogue/index.js';
import type { Report } from './report/types.js';
import { MODEL } from './schema/model.generated.js';
import type { MessageTypes } from './types/messages.generated.js';
import { check, type ValidateOptions } from './pipeline/validate.js';
import type { XmlElement } from './xml/scan.js';

export interface ParsedMessage<B extends BerichtType = BerichtType> {
  readonly standaard: Standaard;
  readonly bericht: B;
  readonly release: string;
  /** The root element `Bericht` as a typed object (values as written, integers and dates trimmed). */
  readonly data: B extends keyof MessageTypes ? MessageTypes[B] : never;
}

export type ParseResult = { ok: true; message: ParsedMessage; report: Report } | { ok: false; message: null; report: Report };

type Typed = string | { [key: string]: Typed | Typed[] };

/** Converts a schema-valid element to its typed object, following the schema model. */
export function toTyped(el: XmlElement, typeKey: string): Typed {
  const decl = MODEL.types[typeKey]!;
  if (decl.kind === 'simple') return decl.builtin === 'string' ? el.text : el.text.trim();
  const out: { [key: string]: Typed | Typed[] } = {};
  for (const c of decl.children) {
    const found = el.children.filter((x) => x.local === c.name);
    if (c.max === 1) {
      if (found[0]) out[c.name] = toTyped(found[0], c.type);
    } else {
      out[c.name] = found.map((x) => toTyped(x, c.type));
    }
  }
  return out;
}

/** Parses and schema-validates a message; never throws. */
export function parse(input: string | Uint8Array, options: ValidateOptions = {}): ParseResult {
  const { report, root } = check(input, { ...options, upTo: 'schema' });
  if (!report.valid || !root || !report.bericht || !report.standaard || !report.release) return { ok: false, message: null, report };
  const data = toTyped(root, MODEL.roots[report.bericht]!) as unknown as ParsedMessage['data'];
  return { ok: true, message: { standaard: report.standaard, bericht: report.bericht, release: report.release, data }, report };
}
