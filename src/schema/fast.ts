/**
 * The fast schema verdict: walks the scanned tree against the schema model and answers "valid or
 * not" without building the JSON-shaped instance the ajv validators need. It applies the same checks
 * (the content models of the model, the facet checks of facets.ts), so its verdict must equal the
 * validators'; a message it rejects is explained by the validators (validate.ts), which remain the
 * reference. test/schema-fast.test.ts compares the two on the corpus, the fixtures and random damage.
 */
import type { CatalogueEntry } from '../catalogue/index.js';
import { XSI_NS, type XmlElement } from '../xml/scan.js';
import { facetChecks } from './facets.js';
import { MODEL } from './model.generated.js';
import type { ComplexDecl, SimpleDecl } from './model.js';

type ValueCheck = (text: string) => boolean;

const checks = new Map<string, ValueCheck>();

/** Code points, as XML Schema counts the length of a string. */
function length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

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
        const n = length(text);
        if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) return false;
      }
      if (p.re && !p.re.test(text)) return false;
    }
    return true;
  };
  checks.set(key, check);
  return check;
}

const IGNORED_XSI = new Set(['schemaLocation', 'noNamespaceSchemaLocation']);

function attributesAllowed(el: XmlElement): boolean {
  if (el.attributes === null) return true;
  return el.attributes.every((a) => a.ns === XSI_NS && IGNORED_XSI.has(a.local));
}

const WS = /^[ \t\n\r]*$/;

/** True when `el` satisfies the complex type `decl` (its own content model and, recursively, its children). */
function complexValid(el: XmlElement, decl: ComplexDecl, entry: CatalogueEntry): boolean {
  if (!attributesAllowed(el) || !WS.test(el.text)) return false;
  const ns = decl.ns === 'm' ? entry.namespace : entry.basisNamespace;
  const decls = decl.children;
  let i = 0;
  let count = 0;
  for (const child of el.children) {
    for (;;) {
      const d = decls[i];
      if (d && child.local === d.name && child.ns === ns && (d.max === -1 || count < d.max)) {
        count++;
        break;
      }
      if (d && count >= d.min) {
        i++;
        count = 0;
        continue;
      }
      return false;
    }
    if (!elementValid(child, decls[i]!.type, entry)) return false;
  }
  for (let j = i; j < decls.length; j++) if ((j === i ? count : 0) < decls[j]!.min) return false;
  return true;
}

function elementValid(el: XmlElement, typeKey: string, entry: CatalogueEntry): boolean {
  const decl = MODEL.types[typeKey]!;
  if (decl.kind === 'complex') return complexValid(el, decl, entry);
  return el.children.length === 0 && attributesAllowed(el) && valueCheck(typeKey, decl)(el.text);
}

/** The schema verdict of a message whose root is `Bericht` in the namespace of `entry`. */
export function schemaValidFast(root: XmlElement, entry: CatalogueEntry): boolean {
  return elementValid(root, MODEL.roots[entry.bericht]!, entry);
}
