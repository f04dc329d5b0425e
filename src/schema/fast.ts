/**
 * The fast schema verdict: walks the scanned tree against the schema model and answers "valid or
 * not" without building the JSON-shaped instance the ajv validators need. It applies the same checks
 * (the content models of the model, the facet checks of facets.ts), so its verdict must equal the
 * validators'; a message it rejects is explained by the validators (validate.ts), which remain the
 * reference. test/schema-fast.test.ts compares the two on the corpus, the fixtures and random damage.
 */
import type { CatalogueEntry } from '../catalogue/index.js';
import { isWhitespace, type XmlElement } from '../xml/scan.js';
import { facetChecks } from './facets.js';
import { ignoredAttribute } from './instance.js';
import { ucs2length } from './runtime.js';
import { matchSequence } from './sequence.js';
import { MODEL } from './model.generated.js';
import type { ComplexDecl, SimpleDecl } from './model.js';

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
  return el.attributes === null || el.attributes.every(ignoredAttribute);
}

/** True when `el` satisfies the complex type `decl` (its own content model and, recursively, its children). */
function complexValid(el: XmlElement, decl: ComplexDecl, entry: CatalogueEntry): boolean {
  if (!attributesAllowed(el) || !isWhitespace(el.text)) return false;
  const ns = decl.ns === 'm' ? entry.namespace : entry.basisNamespace;
  return matchSequence(el.children, decl.children, ns, (child, d) => elementValid(child, d.type, entry)).ok;
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
