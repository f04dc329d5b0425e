/**
 * Controleniveau 1: the XSD of the message, through the ajv validators compiled ahead of time
 * from `schemas/`, one module per message (`#validators`: all at hand in Node, loaded per message
 * in the browser build). ajv decides the verdict and which element fails; the schema model turns each
 * failure into an issue a person can act on (which element, what was expected, why a value fails).
 */
import type { CatalogueEntry } from '../catalogue/index.js';
import type { Findings } from '../report/findings.js';
import { isWhitespace, type XmlElement } from '../xml/scan.js';
import { schemaValidFast } from './fast.js';
import { ignoredAttribute, toInstance } from './instance.js';
import { matchSequence } from './sequence.js';
import { MODEL } from './model.generated.js';
import type { ComplexDecl, SimpleDecl, TypeDecl } from './model.js';
import { equal, ucs2length } from './runtime.js';
import { factoryOf, loadFactory, type AjvError, type CompiledValidator } from '#validators';

const built = new Map<string, CompiledValidator>();

/**
 * A message's compiled validator is not at hand: the build loads validators per message (the browser
 * build) and nobody waited for `prepare()` (or `loadValidator`) before validating a message of this type.
 */
export class ValidatorNotLoaded extends Error {
  constructor(readonly bericht: string) {
    super(`the XSD validator of ${bericht} is not loaded`);
    this.name = 'ValidatorNotLoaded';
  }
}

/**
 * The compiled validator of a message, built the first time a message of that type needs it (a
 * schema-invalid one: valid messages never get here). Each message's validator is a function that is
 * only parsed, not run, until then: its regular expressions and schema literals are made on first
 * use. No code is evaluated from text, so a page with a strict Content-Security-Policy can use it.
 */
function validatorOf(bericht: string): CompiledValidator {
  let v = built.get(bericht);
  if (!v) {
    const factory = factoryOf(bericht);
    if (factory === undefined) throw new ValidatorNotLoaded(bericht);
    v = factory(ucs2length, equal);
    built.set(bericht, v);
  }
  return v;
}

/**
 * Makes the validator of a message type available to the synchronous `validate()`: a no-op where all
 * validators are at hand (Node), a load of that message's module where they come per message (the
 * browser build). Rejects when the module cannot be loaded.
 */
export async function loadValidator(bericht: string): Promise<void> {
  if (factoryOf(bericht) !== undefined) return;
  if ((await loadFactory(bericht)) === undefined) throw new Error(`no XSD validator for ${bericht}`);
}

/** Whether the validator of a message type is at hand now. */
export const validatorAtHand = (bericht: string): boolean => factoryOf(bericht) !== undefined;

/**
 * Validates the message against its XSD; returns true when it is schema-valid. The fast verdict
 * (fast.ts) clears a valid message without building the validators' instance; a message it rejects
 * goes through the compiled validators, which give the reference verdict and the errors.
 */
export function validateSchema(root: XmlElement, entry: CatalogueEntry, findings: Findings): boolean {
  if (schemaValidFast(root, entry)) return true;
  return validateSchemaReference(root, entry, findings);
}

/** The reference path: the compiled ajv validators on the instance form, every error explained. */
export function validateSchemaReference(root: XmlElement, entry: CatalogueEntry, findings: Findings): boolean {
  const validator = validatorOf(entry.bericht);
  if (validator(toInstance(root, entry))) return true;
  for (const err of validator.errors ?? []) explain(err, root, entry, findings);
  if (!findings.hasErrors) throw new Error(`schema validation of ${entry.bericht} failed without an explainable error`);
  return false;
}

function unescapePointer(s: string): string {
  return s.indexOf('~') === -1 ? s : s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The children of an element by local name, in document order, built once per element: an
 * instance path names the n-th child of a name, and a million failing siblings must not each be
 * looked for from the first child on.
 */
const byName = new WeakMap<XmlElement, Map<string, XmlElement[]>>();
function childrenNamed(el: XmlElement, name: string): readonly XmlElement[] {
  let m = byName.get(el);
  if (!m) {
    m = new Map();
    for (const c of el.children) {
      const list = m.get(c.local);
      if (list) list.push(c);
      else m.set(c.local, [c]);
    }
    byName.set(el, m);
  }
  return m.get(name) ?? [];
}

/** Finds the element an instance path points at, and the special member after it (`#`, `#text`, `@x`). */
function resolve(root: XmlElement, instancePath: string): { el: XmlElement; member: string | null } {
  const segments = instancePath === '' ? [] : instancePath.slice(1).split('/').map(unescapePointer);
  let el = root;
  for (let i = 0; i < segments.length; i += 2) {
    const name = segments[i]!;
    if (name.startsWith('#') || name.startsWith('@')) return { el, member: name };
    const next = childrenNamed(el, name)[Number(segments[i + 1] ?? 0)];
    if (!next) return { el, member: null };
    el = next;
  }
  return { el, member: null };
}

/** The declared type of an element, following the model from the root; undefined when undeclared. */
function typeOf(el: XmlElement, entry: CatalogueEntry): TypeDecl | undefined {
  if (!el.parent) return MODEL.types[MODEL.roots[entry.bericht]!];
  const parent = typeOf(el.parent, entry);
  if (!parent || parent.kind !== 'complex') return undefined;
  const decl = parent.children.find((c) => c.name === el.local);
  return decl ? MODEL.types[decl.type] : undefined;
}

function explain(err: AjvError, root: XmlElement, entry: CatalogueEntry, findings: Findings): void {
  const { el, member } = resolve(root, err.instancePath);
  if (member === '#') return explainSequence(el, entry, findings);
  if (member === '#text') return findings.add('xsd.unexpected-text', 'schema', el, { element: el.local });
  if (member?.startsWith('@')) return unexpectedAttributes(el, findings);
  const decl = typeOf(el, entry);
  if (!decl) return;
  if (decl.kind === 'complex') {
    // Only a string instance fails a complex type here: no child elements, perhaps text.
    if (!isWhitespace(el.text)) findings.add('xsd.unexpected-text', 'schema', el, { element: el.local });
    return explainSequence(el, entry, findings);
  }
  if (err.keyword === 'type') {
    if (el.children.length) findings.add('xsd.unexpected-content', 'schema', el, { element: el.local });
    return unexpectedAttributes(el, findings);
  }
  // Beyond the cap a finding is only counted: its text is not made.
  if (findings.full) return findings.add('xsd.invalid-value', 'schema', el);
  const [nl, en] = reason(err, decl);
  findings.add('xsd.invalid-value', 'schema', el, { value: shown(el.text), element: el.local, reason_nl: nl, reason_en: en });
}

/** Values longer than this are shown cut short in a message (a text node can be 100 MB). */
const SHOWN_VALUE = 100;

function shown(value: string): string {
  if (value.length <= SHOWN_VALUE) return value;
  const cut = value.charCodeAt(SHOWN_VALUE - 1) >= 0xd800 && value.charCodeAt(SHOWN_VALUE - 1) <= 0xdbff ? SHOWN_VALUE - 1 : SHOWN_VALUE;
  return `${value.slice(0, cut)}…`;
}

/** Every attribute of the element (the instance has one '@' member for all of them), in document order. */
function unexpectedAttributes(el: XmlElement, findings: Findings): void {
  for (const a of el.attributes ?? []) {
    if (!ignoredAttribute(a)) findings.add('xsd.unexpected-attribute', 'schema', el, { attribute: a.name, element: el.local }, { offset: a.offset });
  }
}

function reason(err: AjvError, decl: SimpleDecl): [string, string] {
  switch (err.keyword) {
    case 'enum': {
      const allowed = (err.params.allowedValues as string[]) ?? [];
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      return [`geen geldige code (toegestaan: ${shown})`, `not a valid code (allowed: ${shown})`];
    }
    case 'maxLength':
      return [`langer dan ${err.params.limit} tekens`, `longer than ${err.params.limit} characters`];
    case 'minLength':
      return [`korter dan ${err.params.limit} ${err.params.limit === 1 ? 'teken (leeg)' : 'tekens'}`, `shorter than ${err.params.limit} character${err.params.limit === 1 ? ' (empty)' : 's'}`];
  }
  if (decl.builtin === 'date') return ['geen geldige datum JJJJ-MM-DD zonder tijdzone', 'not a valid date YYYY-MM-DD without a time zone'];
  if (decl.builtin === 'time') return ['geen geldige tijd uu:mm:ss zonder tijdzone', 'not a valid time hh:mm:ss without a time zone'];
  const patterns = decl.steps.flatMap((s) => s.patterns ?? []);
  if (decl.builtin === 'integer') {
    const min = decl.steps.find((s) => s.minInclusive !== undefined)?.minInclusive;
    const max = decl.steps.find((s) => s.maxInclusive !== undefined)?.maxInclusive;
    const range = min !== undefined && max !== undefined ? ` van ${min} tot en met ${max}` : '';
    const rangeEn = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : '';
    const fixed = patterns.length ? ` (${patterns.join(' en ')})` : '';
    return [`geen geheel getal${range}${fixed}`, `not an integer${rangeEn}${patterns.length ? ` (${patterns.join(' and ')})` : ''}`];
  }
  return [`voldoet niet aan het patroon ${patterns.join(' en ')}`, `does not match the pattern ${patterns.join(' and ')}`];
}

const display = (el: XmlElement, decl: ComplexDecl, entry: CatalogueEntry): string => {
  const expected = decl.ns === 'm' ? entry.namespace : entry.basisNamespace;
  return el.ns === expected ? el.local : `${el.local} (namespace ${el.ns || '-'})`;
};

/** Replays the xs:sequence of `el` over its children and reports the first deviation, as an XSD validator does. */
function explainSequence(el: XmlElement, entry: CatalogueEntry, findings: Findings): void {
  const decl = typeOf(el, entry);
  if (!decl || decl.kind !== 'complex') return;
  const r = matchSequence(el.children, decl.children, decl.ns === 'm' ? entry.namespace : entry.basisNamespace);
  if ('unexpected' in r) {
    findings.add('xsd.unexpected-element', 'schema', r.unexpected, { element: display(r.unexpected, decl, entry), expected: r.expected.join(', ') });
  } else if ('missing' in r) {
    findings.add('xsd.missing-element', 'schema', el, { element: el.local, expected: r.missing });
  }
}
