/**
 * Generates the schema model and the JSON Schemas from the official XSDs.
 *
 *   npm run generate:schemas -- <xsd folder> [<xsd folder> …]
 *
 * Each folder holds message schemas (jw301.xsd, wmo325.xsd, …) that import their basisschema.
 * Writes `schemas/<standaard>/<bericht>.schema.json`, `schemas/<standaard>/basisschema.schema.json`
 * and `src/schema/model.generated.ts`, then compiles the validators (scripts/compile-validators.ts).
 * Fails loudly on any XSD construct outside the subset iStandaarden 3.2 uses, so a future release
 * cannot be translated silently wrong.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { scanXml, type XmlElement } from '../src/xml/scan.js';
import { CATALOGUE, byNamespaceUri, type CatalogueEntry } from '../src/catalogue/index.js';
import type { ChildDecl, FacetStep, SchemaModel, SimpleDecl, TypeDecl, Builtin } from '../src/schema/model.js';
import { toJsonSchemas } from './lib/json-schema.js';
import { compileValidators } from './compile-validators.js';
import { typeDeclarations } from './lib/typescript.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

interface SchemaDoc {
  file: string;
  targetNamespace: string;
  el: XmlElement;
}

const docs = new Map<string, SchemaDoc>();
/** Namespace declarations per element of every loaded schema document (for QName values). */
const declarations = new Map<XmlElement, ReadonlyArray<readonly [string, string]>>();

function load(file: string): SchemaDoc {
  const abs = resolve(file);
  const known = docs.get(abs);
  if (known) return known;
  const scanned = scanXml(readFileSync(abs, 'utf8'));
  if (!scanned.ok) throw new Error(`${abs}: ${scanned.error.detail}`);
  const el = scanned.document.root;
  for (const [e, d] of scanned.document.declarations) declarations.set(e, d);
  const tns = el.attributes?.find((a) => a.local === 'targetNamespace')?.value ?? '';
  const doc = { file: abs, targetNamespace: tns, el };
  docs.set(abs, doc);
  for (const imp of xsChildren(el, 'import')) {
    const loc = attr(imp, 'schemaLocation');
    if (!loc) throw new Error(`${abs}: xs:import without schemaLocation`);
    load(join(dirname(abs), loc));
  }
  return doc;
}

const attr = (el: XmlElement, name: string): string | undefined => el.attributes?.find((a) => a.ns === '' && a.local === name)?.value;
const xsChildren = (el: XmlElement, local?: string): XmlElement[] =>
  el.children.filter((c) => c.ns === XS && (local === undefined || c.local === local) && c.local !== 'annotation');

/** Resolves a QName attribute value against the namespace declarations in scope at `el`. */
function resolveQName(el: XmlElement, qname: string): { ns: string; local: string } {
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const local = colon === -1 ? qname : qname.slice(colon + 1);
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const decl = declarations.get(e)?.find(([p]) => p === prefix);
    if (decl) return { ns: decl[1], local };
  }
  if (prefix === '') return { ns: '', local };
  throw new Error(`undeclared prefix in QName '${qname}'`);
}

/** Short key of a namespace in type names: `ijw`, `iwmo`, `jw301`, `wmo325`. */
function nsKey(ns: string): string {
  const entry = byNamespaceUri(ns);
  if (entry) return entry.bericht.toLowerCase();
  const basis = CATALOGUE.find((e) => e.basisNamespace === ns);
  if (basis) return basis.standaard === 'iJw' ? 'ijw' : 'iwmo';
  throw new Error(`namespace outside the catalogue: ${ns}`);
}

function docOf(el: XmlElement): SchemaDoc {
  let top = el;
  while (top.parent) top = top.parent;
  for (const d of docs.values()) if (d.el === top) return d;
  throw new Error('element outside a loaded schema');
}

const types: Record<string, TypeDecl> = {};

function globalDef(ns: string, local: string, kind: 'complexType' | 'simpleType'): XmlElement | undefined {
  for (const d of docs.values()) {
    if (d.targetNamespace !== ns) continue;
    const def = xsChildren(d.el, kind).find((c) => attr(c, 'name') === local);
    if (def) return def;
  }
  return undefined;
}

/** Returns the model key of the type named `qname` at `ctx`, defining it on first use. */
function namedType(ctx: XmlElement, qname: string): string {
  const { ns, local } = resolveQName(ctx, qname);
  if (ns === XS) throw new Error(`element typed directly with built-in xs:${local} is outside the supported subset`);
  const key = `${nsKey(ns)}:${local}`;
  if (types[key]) return key;
  const complex = globalDef(ns, local, 'complexType');
  if (complex) {
    types[key] = { kind: 'complex', ns: 'm', children: [] }; // placeholder against recursion
    types[key] = complexType(complex);
    return key;
  }
  const simple = globalDef(ns, local, 'simpleType');
  if (simple) {
    types[key] = simpleType(simple);
    return key;
  }
  throw new Error(`type ${qname} not found`);
}

function complexType(def: XmlElement): TypeDecl {
  const parts = xsChildren(def);
  if (parts.length !== 1 || parts[0]!.local !== 'sequence') {
    throw new Error(`complexType ${attr(def, 'name') ?? '(anonymous)'}: only a single xs:sequence is supported, found ${parts.map((p) => p.local).join(', ')}`);
  }
  const doc = docOf(def);
  if (def.attributes?.some((a) => a.local === 'mixed' && a.value === 'true')) throw new Error('mixed content is not supported');
  const basis = CATALOGUE.some((e) => e.basisNamespace === doc.targetNamespace);
  const children: ChildDecl[] = xsChildren(parts[0]!).map((el) => {
    if (el.local !== 'element') throw new Error(`xs:${el.local} inside xs:sequence is not supported`);
    const name = attr(el, 'name');
    if (!name || attr(el, 'ref')) throw new Error('only named local elements are supported');
    const form = attr(el, 'form');
    if (form === 'unqualified') throw new Error('unqualified local elements are not supported');
    const min = Number(attr(el, 'minOccurs') ?? '1');
    const maxRaw = attr(el, 'maxOccurs') ?? '1';
    const max = maxRaw === 'unbounded' ? -1 : Number(maxRaw);
    const typeName = attr(el, 'type');
    let type: string;
    if (typeName) type = namedType(el, typeName);
    else {
      const inline = xsChildren(el, 'simpleType')[0];
      if (!inline) throw new Error(`element ${name} has neither a type nor an inline simpleType`);
      const owner = attr(def, 'name') ?? 'anon';
      type = `${nsKey(doc.targetNamespace)}:${owner}/${name}`;
      types[type] = simpleType(inline);
    }
    return { name, type, min, max };
  });
  return { kind: 'complex', ns: basis ? 'b' : 'm', children };
}

const BUILTINS: Record<string, Builtin> = { string: 'string', integer: 'integer', date: 'date', time: 'time' };

function simpleType(def: XmlElement): SimpleDecl {
  const restriction = xsChildren(def, 'restriction')[0];
  if (!restriction || xsChildren(def).length !== 1) throw new Error(`simpleType ${attr(def, 'name') ?? '(anonymous)'}: only xs:restriction is supported`);
  const baseName = attr(restriction, 'base');
  if (!baseName) throw new Error('xs:restriction without base');
  const base = resolveQName(restriction, baseName);
  let builtin: Builtin;
  let steps: FacetStep[];
  if (base.ns === XS) {
    const b = BUILTINS[base.local];
    if (!b) throw new Error(`built-in base type xs:${base.local} is not supported`);
    builtin = b;
    steps = [];
  } else {
    const baseDecl = types[namedType(restriction, baseName)];
    if (!baseDecl || baseDecl.kind !== 'simple') throw new Error(`base ${baseName} is not a simple type`);
    builtin = baseDecl.builtin;
    steps = [...baseDecl.steps];
  }
  const step: { -readonly [K in keyof FacetStep]: FacetStep[K] } = {};
  const patterns: string[] = [];
  const enumeration: string[] = [];
  for (const f of xsChildren(restriction)) {
    const value = attr(f, 'value');
    if (value === undefined) throw new Error(`facet xs:${f.local} without value`);
    switch (f.local) {
      case 'pattern':
        patterns.push(value);
        break;
      case 'enumeration':
        enumeration.push(value);
        break;
      case 'minLength':
      case 'maxLength':
        step[f.local] = Number(value);
        break;
      case 'minInclusive':
      case 'maxInclusive':
        step[f.local] = value;
        break;
      default:
        throw new Error(`facet xs:${f.local} is not supported`);
    }
  }
  if (patterns.length) step.patterns = patterns;
  if (enumeration.length) step.enumeration = enumeration;
  if (Object.keys(step).length) steps.push(step);
  return { kind: 'simple', builtin, steps };
}

// ---------------------------------------------------------------------------------------------

const folders = process.argv.slice(2);
if (!folders.length) {
  console.error('usage: generate-schemas <xsd folder> [<xsd folder> …]');
  process.exit(2);
}

const roots: Record<string, string> = {};
const found = new Map<string, string>();
for (const folder of folders) {
  for (const f of readdirSync(folder).filter((n) => /^(jw|wmo)3\d\d\.xsd$/i.test(n)).sort()) {
    const doc = load(join(folder, f));
    const entry: CatalogueEntry | undefined = byNamespaceUri(doc.targetNamespace);
    if (!entry) throw new Error(`${f}: target namespace ${doc.targetNamespace} is not in the catalogue`);
    const earlier = found.get(entry.bericht);
    if (earlier) throw new Error(`${entry.bericht}: schema in two folders (${earlier} and ${join(folder, f)}); name each message's XSD once`);
    const rootEl = xsChildren(doc.el, 'element').find((e) => attr(e, 'name') === 'Bericht');
    const rootType = rootEl && attr(rootEl, 'type');
    if (!rootEl || !rootType) throw new Error(`${f}: no global element Bericht with a type`);
    roots[entry.bericht] = namedType(rootEl, rootType);
    found.set(entry.bericht, join(folder, f));
  }
}
const missing = CATALOGUE.filter((e) => !roots[e.bericht]).map((e) => e.bericht);
if (missing.length) console.warn(`warning: no schema for ${missing.join(', ')}`);

const sortedTypes = Object.fromEntries(Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1)));
const model: SchemaModel = { types: sortedTypes, roots: Object.fromEntries(CATALOGUE.filter((e) => roots[e.bericht]).map((e) => [e.bericht, roots[e.bericht]!])) };

const sources = [...found.entries()].map(([b, f]) => `${b}: ${basename(f)}${CATALOGUE.find((e) => e.bericht === b)!.officieelSchema ? '' : ' (reconstructed, not official)'}`);
writeFileSync(
  join(root, 'src/schema/model.generated.ts'),
  `// Generated by scripts/generate-schemas.ts from the iJw/iWmo 3.2 XSDs. Do not edit by hand.\n` +
    `// Sources: ${sources.join('; ')}\n` +
    `import type { SchemaModel } from './model.js';\n\n` +
    `export const MODEL: SchemaModel = {\n  types: {\n` +
    Object.entries(model.types).map(([k, t]) => `    ${JSON.stringify(k)}: ${JSON.stringify(t)},\n`).join('') +
    `  },\n  roots: ${JSON.stringify(model.roots)},\n};\n`,
);

writeFileSync(join(root, 'src/types/messages.generated.ts'), typeDeclarations(model));

const schemas = toJsonSchemas(model);
for (const [file, schema] of Object.entries(schemas)) {
  const out = join(root, 'schemas', file);
  if (!existsSync(dirname(out))) mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
}
console.log(`${Object.keys(model.roots).length} messages, ${Object.keys(types).length} types, ${Object.keys(schemas).length} JSON Schemas written`);
compileValidators();
