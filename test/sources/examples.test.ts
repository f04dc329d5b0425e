/**
 * Level 4 against the official material: every official example message passes TR381 and TR378 with
 * the shipped lists (product codes such as 55A11 that the 2021 national list lacks included), and on
 * the conformance corpus level 4 finds nothing but a dagtekening after "today".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Findings } from '../../src/report/findings.js';
import { runSources, shippedSources } from '../../src/sources/index.js';
import { identify, validate } from '../../src/pipeline/validate.js';
import { referenceDir, referencePresent } from '../support/xsd.js';
import { TODAY } from '../support/rules.js';

function xmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) xmlFiles(p, out);
    else if (name.endsWith('.xml')) out.push(p);
  }
  return out;
}

const examples = referencePresent ? ['ijw-3.2', 'iwmo-3.2'].flatMap((s) => xmlFiles(join(referenceDir, s, 'examples'))) : [];

describe.skipIf(!referencePresent)('level 4 on the official examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(21);
    expect(examples.some((f) => readFileSync(f, 'utf8').includes('55A11'))).toBe(true);
  });

  it.each(examples.map((f) => [f.slice(referenceDir.length + 1), f]))('%s passes TR381 and TR378', (_name, file) => {
    // Straight to level 4, whatever levels 1 and 2 say, so every example is judged.
    const id = identify(readFileSync(file));
    expect(id.entry).not.toBeNull();
    if (id.entry === null) return;
    const findings = new Findings('nl', '');
    runSources(id.root, id.entry, findings, { sources: shippedSources(), today: TODAY });
    expect(findings.issues.filter((i) => i.code === 'TR381' || i.code === 'TR378')).toEqual([]);
  });
});

const corpus = join(referenceDir, '..', 'conformance', 'cases');

describe.skipIf(!referencePresent)('level 4 on the conformance corpus', () => {
  it('finds only dagtekeningen after today, and leaves levels 1 and 2 as they were', () => {
    let reached = 0;
    for (const file of xmlFiles(corpus)) {
      const bytes = readFileSync(file);
      const plain = validate(bytes, { today: TODAY });
      const withSources = validate(bytes, { today: TODAY, sources: true });
      const below = (r: typeof plain): string[] => r.issues.filter((i) => i.level !== 'external').map((i) => `${i.code}@${i.path}`);
      expect(below(withSources)).toEqual(below(plain));
      expect(plain.levels).not.toContain('external');
      if (!withSources.levels.includes('external')) continue;
      reached++;
      for (const i of withSources.issues.filter((x) => x.level === 'external')) {
        expect(i.code).toBe('TR135');
        const dagtekening = /Dagtekening>([^<]*)</.exec(bytes.toString('utf8'))![1]!;
        expect(dagtekening > TODAY).toBe(true);
      }
    }
    expect(reached).toBeGreaterThan(200);
  });
});
