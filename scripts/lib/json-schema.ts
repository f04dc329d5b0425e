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
import type { ComplexDecl, FacetStep, SchemaModel, SimpleDecl } from '../../src/schema/model.js';
import { XS_DATE, XS_TIME, collapsed, collapsedFacet, preservedFacet, xsIntegerRange, xsdPatternToJs, WHITESPACE_ONLY } from './xsd-regex.js';

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

function stepSchema(step: FacetStep, builtin: SimpleDecl['builtin']): Json {
  const s: Json = {};
  const facet = builtin === 'string' ? preservedFacet : collapsedFacet;
  if (step.patterns) s.pattern = facet(step.patterns.map(xsdPatternToJs).join('|'));
  if (step.enumeration) {
    if (builtin !== 'string') throw new Error('enumerations are only supported on xs:string types');
    s.enum = [...step.enumeration];
  }
  if (step.minLength !== undefined || step.maxLength !== undefined) {
    if (builtin !== 'string') throw new Error('length facets are only supported on xs:string types');
    if (step.minLength !== undefined) s.minLength = step.minLength;
    if (step.maxLength !== undefined) s.maxLength = step.maxLength;
  }
  return s;
}

function simpleSchema(t: SimpleDecl): Json {
  const parts: Json[] = [];
  if (t.builtin === 'integer') {
    const mins = t.steps.map((s) => s.minInclusive).filter((v) => v !== undefined);
    const maxs = t.steps.map((s) => s.maxInclusive).filter((v) => v !== undefined);
    if (mins.length > 1 || maxs.length > 1) throw new Error('repeated range facets are not supported');
    parts.push({ pattern: collapsed(xsIntegerRange(mins[0], maxs[0])) });
  } else {
    if (t.steps.some((s) => s.minInclusive !== undefined || s.maxInclusive !== undefined)) {
      throw new Error(`range facets on xs:${t.builtin} are not supported`);
    }
    if (t.builtin === 'date') parts.push({ pattern: collapsed(XS_DATE) });
    if (t.builtin === 'time') parts.push({ pattern: collapsed(XS_TIME) });
  }
  for (const step of t.steps) {
    const s = stepSchema(step, t.builtin);
    if (Object.keys(s).length) parts.push(s);
  }
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
