/**
 * The example messages of the reference folder (14 iJw, 7 official iWmo) get the same schema verdict
 * from iwmo-ijw as from libxml2 with the official XSDs. Skipped, saying so, where the reference is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/pipeline/validate.js';
import { referencePresent, referenceDir, xmllint } from './support/xsd.js';

const examples = referencePresent
  ? [join(referenceDir, 'ijw-3.2', 'examples'), join(referenceDir, 'iwmo-3.2', 'examples')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /^(JW|WMO)3\d\d\.xml$/.test(f))
        .map((f) => [f.replace('.xml', ''), join(dir, f)] as const),
    )
  : [];

describe.skipIf(!referencePresent)('reference example messages: same schema verdict as libxml2', () => {
  it('are all there (14 iJw, 7 iWmo)', () => {
    expect(examples.filter(([b]) => b.startsWith('JW'))).toHaveLength(14);
    expect(examples.filter(([b]) => b.startsWith('WMO'))).toHaveLength(7);
  });

  it.each(examples)('%s', async (bericht, path) => {
    const xml = readFileSync(path, 'utf8');
    const ours = validate(xml, { upTo: 'schema' });
    const official = await xmllint(bericht, xml);
    expect({ bericht: ours.bericht, valid: ours.valid }).toEqual({ bericht, valid: official.valid });
  });
});

describe.skipIf(referencePresent)('reference example messages absent', () => {
  it('are skipped: ../shared/reference is not beside this clone', () => {
    expect(referencePresent).toBe(false);
  });
});
