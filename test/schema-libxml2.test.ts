/**
 * Every fixture of the project (the golden message and the one-field mutations of all 28 messages)
 * gets the same schema verdict from iwmo-ijw as from libxml2 with the official XSD of its message,
 * the iWmo retour schemas (302, 306, 308, 316, 318, 320, 325) included, and that verdict is the one
 * its name promises. Skipped, saying so, where the reference is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/index.js';
import { validate } from '../src/pipeline/validate.js';
import { goldenPath } from './support/messages.js';
import { referencePresent, xmllintEach } from './support/xsd.js';

const fixtures = (bericht: string) => {
  const dir = join(goldenPath(bericht), '..');
  return readdirSync(dir)
    .filter((f) => f === 'golden.xml' || (f.startsWith('invalid-') && f.endsWith('.xml')))
    .sort()
    .map((name) => ({ name, xml: readFileSync(join(dir, name), 'utf8') }));
};

describe.skipIf(!referencePresent)('fixtures: same schema verdict as libxml2 with the official XSD', () => {
  it.each(CATALOGUE.map((e) => e.bericht))('%s: golden valid, every mutation invalid, for both', async (bericht) => {
    const files = fixtures(bericht);
    expect(files.map((f) => f.name)).toContain('golden.xml');
    expect(files.length).toBeGreaterThanOrEqual(6);
    const official = await xmllintEach(bericht, files);
    const promised = new Map(files.map((f) => [f.name, f.name === 'golden.xml']));
    expect(official).toEqual(promised);
    expect(new Map(files.map((f) => [f.name, validate(f.xml, { upTo: 'schema' }).valid]))).toEqual(promised);
  });
});

describe.skipIf(referencePresent)('fixtures against libxml2: reference absent', () => {
  it('are skipped: ../shared/reference is not beside this clone', () => {
    expect(referencePresent).toBe(false);
  });
});
