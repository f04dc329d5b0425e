/**
 * The fast schema verdict: walks the scanned tree against the schema model and answers "valid or
 * not" without building the JSON-shaped instance the ajv validators need. It applies the same checks
 * (the content models of the model, the facet checks of facets.ts), so its verdict must equal the
 * validators'; a message it rejects is explained by the validators (validate.ts), which remain the
 * reference. test/schema-fast.test.ts compares the two on the corpus, the fixtures and random damage.
 */
import type { CatalogueEntry } from '../catalogue/index.js';
import { canonical, isWhitespace, type XmlElement } from '../xml/scan.js';
import { facetChecks } from './facets.js';
import { ignoredAttribute } from './instance.js';
import { ucs2length } from './runtime.js';
import { matchSequence } from './sequence.js';
import { MODEL } from './model.generated.js';
import type { ChildDecl, SimpleDecl } from './model.js';

type ValueCheck = (text: string) => boolean;

const checks = new Map<string, ValueCheck>();

/** The compiled value check of a simple type (built on first use). */
function valueCheck(key: string, decl: SimpleDecl): ValueCheck {
  let check = checks.get(key);
  if (check) return check;
  const parts = facetChecks(decl).map((c) => ({
    re: c.pattern !== undefined ? new RegExp(c.pattern, 'u') : undefined,
    values: c.enum !== undefined ? new Set(c.enum) : undefined,
    min: c.minLength,
    max: c.maxLength,
  }));
  check = (text) => {
    for (const p of parts) {
      if (p.values && !p.values.has(text)) return false;
      if (p.min !== undefined || p.max !== undefined) {
        const n = ucs2length(text);
        if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) return false;
      }
      if (p.re && !p.re.test(text)) return false;
    }
    return true;
  };
  checks.set(key, check);
  return check;
}

function attributesAllowed(el: XmlElement): boolean {
  return el.attributes === undefined || el.attributes.every(ignoredAttribute);
}

/** A type of one message, compiled: child declarations carry their compiled type, namespaces are resolved. */
type Compiled = CompiledComplex | CompiledSimple;
interface CompiledComplex {
  readonly complex: true;
  /** Namespace URI of the child elements. */
  ns: string;
  decls: CompiledChild[];
}
interface CompiledSimple {
  readonly complex: false;
  readonly check: ValueCheck;
}
interface CompiledChild extends ChildDecl {
  readonly compiled: Compiled;
}

/** The compiled root type per message type (built on first use). */
const roots = new Map<CatalogueEntry, Compiled>();

function compile(entry: CatalogueEntry): Compiled {
  const done = new Map<string, Compiled>();
  const build = (key: string): Compiled => {
    const known = done.get(key);
    if (known) return known;
    const decl = MODEL.types[key]!;
    if (decl.kind !== 'complex') {
      const simple: CompiledSimple = { complex: false, check: valueCheck(key, decl) };
      done.set(key, simple);
      return simple;
    }
    // Registered before its children are built, so a recursive type refers to itself.
    const complex: CompiledComplex = { complex: true, ns: canonical(decl.ns === 'm' ? entry.namespace : entry.basisNamespace), decls: [] };
    done.set(key, complex);
    complex.decls = decl.children.map((d) => ({ ...d, compiled: build(d.type) }));
    return complex;
  };
  return build(MODEL.roots[entry.bericht]!);
}

/** Called by the sequence matcher for every child that fits a declaration. */
const visitChild = (child: XmlElement, decl: ChildDecl): boolean => valid(child, (decl as CompiledChild).compiled);

function valid(el: XmlElement, type: Compiled): boolean {
  if (!attributesAllowed(el)) return false;
  if (!type.complex) return el.children.length === 0 && type.check(el.text);
  return (el.text === '' || isWhitespace(el.text)) && matchSequence(el.children, type.decls, type.ns, visitChild).ok;
}

/** The schema verdict of a message whose root is `Bericht` in the namespace of `entry`. */
export function schemaValidFast(root: XmlElement, entry: CatalogueEntry): boolean {
  let type = roots.get(entry);
  if (type === undefined) roots.set(entry, (type = compile(entry)));
  return valid(root, type);
}
