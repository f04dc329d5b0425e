/**
 * Turns the schema model into JSON Schemas (draft-07) over the instance form that
 * `src/schema/instance.ts` builds from a parsed message:
 *
 * - an element without child elements and attributes is its text (a string);
 * - any other element is an object: `#` lists the child elements in order as `ns:Name,` tokens
 *   (`m` message namespace, `b` basisschema, `x` any other), each child name maps to the array of
 *   its occurrences, `@name` holds an attribute and `#text` non-blank text between child elements.
 *
 * The order, cardinality and namespace of children are one regular expression over `#`, so every
 * `xs:sequence` is checked exactly; simple types become anchored patterns, enumerations and lengths.
 */
import type { ComplexDecl, SchemaModel, SimpleDecl } from '../../src/schema/model.js';
import { WHITESPACE_ONLY } from '../../src/schema/xsd-regex.js';
import { facetChecks } from '../../src/schema/facets.js';

type Json = Record<string, unknown>;

/** `ijw:CDT_Adres` → file `ijw/basisschema.schema.json`, definition `CDT_Adres`. */
function location(key: string): { file: string; def: string } {
  const [ns, rest] = key.split(':') as [string, string];
  const def = rest.replace(/\//g, '.');
  if (ns === 'ijw' || ns === 'iwmo') return { file: `${ns}/basisschema.schema.json`, def };
  return { file: `${ns.startsWith('jw') ? 'ijw' : 'iwmo'}/${ns}.schema.json`, def };
}

function ref(fromFile: string, key: string): string {
  const { file, def } = location(key);
  return file === fromFile ? `#/definitions/${def}` : `${file.split('/')[1]}#/definitions/${def}`;
}

const quantifier = (min: number, max: number): string =>
  min === 1 && max === 1 ? '' : min === 0 && max === 1 ? '?' : max === -1 ? (min === 0 ? '*' : min === 1 ? '+' : `{${min},}`) : `{${min},${max}}`;

function complexSchema(t: ComplexDecl, file: string): Json {
  const seq = t.children.map((c) => `(?:${t.ns}:${c.name},)${quantifier(c.min, c.max)}`).join('');
  const emptyOk = t.children.every((c) => c.min === 0);
  const properties: Json = { '#': { type: 'string', pattern: `^${seq}$` } };
  for (const c of t.children) properties[c.name] = { type: 'array', items: { $ref: ref(file, c.type) } };
  properties['#text'] = false;
  return {
    type: emptyOk ? ['object', 'string'] : 'object',
    ...(emptyOk ? { pattern: WHITESPACE_ONLY } : {}),
    required: ['#'],
    properties,
    patternProperties: { '^@': false },
  };
}

function simpleSchema(t: SimpleDecl): Json {
  const parts = facetChecks(t).map((c) => ({ ...c }) as Json);
  return parts.length <= 1 ? { type: 'string', ...parts[0] } : { type: 'string', allOf: parts };
}

/** All JSON Schemas, keyed by their path below `schemas/`. */
export function toJsonSchemas(model: SchemaModel): Record<string, Json> {
  const files: Record<string, Json> = {};
  const fileFor = (file: string): Json =>
    (files[file] ??= { $schema: 'http://json-schema.org/draft-07/schema#', $id: file, definitions: {} as Json });
  for (const [key, t] of Object.entries(model.types)) {
    const { file, def } = location(key);
    (fileFor(file).definitions as Json)[def] = t.kind === 'complex' ? complexSchema(t, file) : simpleSchema(t);
  }
  for (const [bericht, rootType] of Object.entries(model.roots)) {
    const { file } = location(rootType);
    const f = fileFor(file);
    f.title = `${bericht} (iStandaarden 3.2), instance form of iwmo-ijw`;
    f.description = 'The root element Bericht; see scripts/lib/json-schema.ts for the instance form.';
    f.allOf = [{ $ref: ref(file, rootType) }];
  }
  return files;
}
