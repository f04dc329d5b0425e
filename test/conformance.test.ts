/**
 * Differential test against the official verdicts: the corpus in ../shared/conformance holds
 * messages with the verdict of the official XSD (xmllint) and of the official validation
 * stylesheet (XSLTVersie 2.10.5). Where the corpus is absent (a user's clone) this says so and skips.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/pipeline/validate.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'conformance', 'cases');
const present = existsSync(corpus);

interface Case {
  id: string;
  level: string;
  xsd: { valid: boolean };
  rules: string[] | null;
}

const cases: Case[] = present
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')) as Case)
  : [];

const verdicts = new Map(
  cases.map((c) => {
    const report = validate(readFileSync(join(corpus, `${c.id}.xml`)));
    return [c.id, report] as const;
  }),
);

describe.skipIf(!present)('conformance corpus (official XSD and validation stylesheet)', () => {
  it('is there', () => {
    expect(cases.length).toBeGreaterThan(800);
  });

  it('level 1: the schema verdict equals the official XSD verdict on every case', () => {
    const disagree = cases
      .filter((c) => c.level !== 'robustness')
      .filter((c) => {
        const r = verdicts.get(c.id)!;
        const ours = !r.issues.some((i) => i.severity === 'error' && i.level === 'schema');
        return ours !== c.xsd.valid;
      })
      .map((c) => c.id);
    expect(disagree).toEqual([]);
  });

  it('robustness: every hostile input is rejected with a report', () => {
    const accepted = cases.filter((c) => c.level === 'robustness' && verdicts.get(c.id)!.valid).map((c) => c.id);
    expect(accepted).toEqual([]);
  });

  it('level 2: the rule codes equal the official stylesheet on every XSD-valid case', () => {
    const disagree = cases
      .filter((c) => c.level !== 'robustness' && c.xsd.valid)
      .map((c) => {
        const r = verdicts.get(c.id)!;
        const ours = [...new Set(r.issues.filter((i) => i.level === 'rule').map((i) => i.code))].sort().join(',');
        const official = [...(c.rules ?? [])].sort().join(',');
        return ours === official ? null : `${c.id}: official [${official}] ours [${ours}]`;
      })
      .filter((x) => x !== null);
    expect(disagree).toEqual([]);
  });
});

describe.skipIf(present)('conformance corpus absent', () => {
  it('is skipped: ../shared/conformance is not beside this clone', () => {
    expect(present).toBe(false);
  });
});
