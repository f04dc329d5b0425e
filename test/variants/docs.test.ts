import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractValidatorSource } from '../../scripts/compile-contract-validator.js';
import { FIELD_RULES, MESSAGE_USE, VARIANT_CODES, WORKED_EXAMPLES, variantsMarkdown, variantsTable } from '../../src/variants/index.js';
import { SCENARIOS } from './scenarios.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

describe('generated variant files', () => {
  it('docs/variants.md equals variantsMarkdown()', () => {
    expect(read('docs/variants.md')).toBe(variantsMarkdown());
  });
  it('the compiled contract validator equals its schema', () => {
    expect(read('src/variants/contract-validator.generated.js')).toBe(contractValidatorSource());
  });
});

describe('one source of truth', () => {
  it('every code is used by the rule data or the resolution, and every used code is documented', () => {
    const used = new Set<string>(['variant.geen-contract', 'variant.product-niet-gecontracteerd']);
    for (const r of FIELD_RULES) used.add(r.code);
    for (const u of MESSAGE_USE) if (u.code) used.add(u.code);
    expect([...used].sort()).toEqual(VARIANT_CODES.map((c) => c.code).sort());
  });
  it('the variants table names every rule code of its standaard, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const both = variantsTable(undefined, lang);
      for (const r of FIELD_RULES) expect(both).toContain(r.code);
      expect(variantsTable('iWmo', lang)).not.toContain('variant.woonplaatsbeginsel-gemeente');
      expect(variantsTable('iJw', lang)).not.toContain('variant.woonplaatsbeginsel-iwmo');
    }
    expect(variantsTable('iJw', 'en')).toContain('taakgericht (istandaard)');
  });
  it('each worked example gives exactly the codes its fixture expects', () => {
    for (const ex of WORKED_EXAMPLES) {
      const m = SCENARIOS.find((s) => s.name === ex.scenario)?.messages[ex.file];
      expect(m, `${ex.scenario}/${ex.file}`).toBeDefined();
      expect(m!.expected.map((e) => e.code)).toEqual(ex.codes);
    }
  });
});
