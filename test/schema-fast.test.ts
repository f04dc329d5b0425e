/**
 * Differential test of the fast schema verdict against the compiled validators (the reference path),
 * on the conformance corpus, every fixture and random damage to the golden messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/index.js';
import { Findings } from '../src/report/findings.js';
import { schemaValidFast } from '../src/schema/fast.js';
import { validateSchemaReference } from '../src/schema/validate.js';
import { identify } from '../src/pipeline/validate.js';
import { golden } from './support/messages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Both verdicts of one input, or null when it is not an identified, well-formed message. */
function verdicts(input: string | Uint8Array): { fast: boolean; reference: boolean } | null {
  const id = identify(input);
  if (id.entry === null || !id.root) return null;
  return { fast: schemaValidFast(id.root, id.entry), reference: validateSchemaReference(id.root, id.entry, new Findings('nl', '')) };
}

function xmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? xmlFiles(join(dir, d.name)) : d.name.endsWith('.xml') ? [join(dir, d.name)] : []));
}

describe('fast schema verdict equals the compiled validators', () => {
  const files = [...xmlFiles(join(root, 'fixtures')), ...xmlFiles(join(root, 'conformance')), ...xmlFiles(join(root, '..', 'shared', 'conformance', 'cases'))];

  it('on every fixture and every case of the conformance corpus', () => {
    let compared = 0;
    const differ: string[] = [];
    for (const f of files) {
      const v = verdicts(readFileSync(f));
      if (!v) continue;
      compared++;
      if (v.fast !== v.reference) differ.push(`${f}: fast ${v.fast}, reference ${v.reference}`);
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });

  it('on random damage to every golden message', () => {
    const goldens = CATALOGUE.map((e) => golden(e.bericht));
    const edits = fc.oneof(
      fc.record({ at: fc.nat(), del: fc.integer({ min: 0, max: 30 }), ins: fc.constantFrom('', ' ', 'x', '0', '<x/>', '-', '99', 'Z', '\n', '&#10;', ':00', '2026-02-29') }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: goldens.length - 1 }), fc.array(edits, { minLength: 1, maxLength: 3 }), (i, es) => {
        const xml = es.reduce((s, e) => {
          const at = e.at % (s.length + 1);
          return s.slice(0, at) + e.ins + s.slice(at + e.del);
        }, goldens[i]!);
        const v = verdicts(xml);
        if (v) expect(v.fast).toBe(v.reference);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });
});
