// prepare(): which message types an input names, and that it readies validate() without touching
// the verdict. In Node every validator is at hand, so prepare() must return without reading the input.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { berichtenIn, prepare } from '../../src/pipeline/prepare.js';
import { validate } from '../../src/pipeline/validate.js';
import { validatorAtHand } from '../../src/schema/validate.js';
import { CATALOGUE } from '../../src/catalogue/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sample = (f: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'fixtures', 'samples', f)));

describe('berichtenIn', () => {
  it('finds the message type of a message by its namespace, as bytes or as text', () => {
    expect([...berichtenIn(sample('jw301.xml'))]).toEqual(['JW301']);
    expect([...berichtenIn(new TextDecoder().decode(sample('jw323.xml')))]).toEqual(['JW323']);
  });
  it('takes a message type by its name, in either case', () => {
    expect([...berichtenIn('wmo325')]).toEqual(['WMO325']);
    expect([...berichtenIn('JW301')]).toEqual(['JW301']);
  });
  it('names nothing for a foreign, an older-release or an empty input (nothing to load: such input fails before level 1)', () => {
    expect(berichtenIn('<Bericht xmlns="http://www.istandaarden.nl/ijw/3_1/jw301/schema"/>').size).toBe(0);
    expect(berichtenIn('<x/>').size).toBe(0);
    expect(berichtenIn(new Uint8Array()).size).toBe(0);
    expect(berichtenIn('JW303').size).toBe(0);
  });
  it('names every 3.2 namespace an input holds (a comment may name another: loading one more is harmless)', () => {
    const text = '<!-- http://www.istandaarden.nl/iwmo/3_2/wmo305/schema --><Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw305/schema"/>';
    expect([...berichtenIn(text)].sort()).toEqual(['JW305', 'WMO305']);
  });
});

describe('berichtenIn on a long prolog', () => {
  const ns = 'http://www.istandaarden.nl/iwmo/3_2/wmo317/schema';
  it('reads past the first 64 KB when they name no message type, also where the namespace straddles the cut', () => {
    // The namespace begins at 44 + pad: after the cut, and twice across it.
    for (const pad of [70_000, 64 * 1024 - 70, 64 * 1024 - 60]) {
      const text = `<?xml version="1.0"?><!--${'x'.repeat(pad)}--><Bericht xmlns="${ns}"/>`;
      expect([...berichtenIn(text)], String(pad)).toEqual(['WMO317']);
      expect([...berichtenIn(new TextEncoder().encode(text))], String(pad)).toEqual(['WMO317']);
    }
  });
});

describe('prepare in Node', () => {
  it('has every validator at hand already, resolves for any input, and changes no verdict', async () => {
    expect(CATALOGUE.every((e) => validatorAtHand(e.bericht))).toBe(true);
    const bad = new Uint8Array(readFileSync(join(root, 'fixtures', 'ijw', 'JW305', 'invalid-unknown-element.xml')));
    const before = JSON.stringify(validate(bad));
    await expect(prepare([bad, sample('jw301.xml'), 'WMO325', '<not xml'])).resolves.toBeUndefined();
    expect(JSON.stringify(validate(bad))).toBe(before);
    expect(validate(bad).issues.some((i) => i.code === 'internal.not-loaded')).toBe(false);
  });
});

describe('prepare with what it does not take', () => {
  it('rejects with a TypeError that says what it takes (in Node too, where nothing needs loading)', async () => {
    for (const bad of [undefined, null, 42, {}, [42], ['JW301', null]]) {
      await expect(prepare(bad as never), String(bad)).rejects.toThrow(/prepare\(\) takes a message/);
    }
  });
  it('takes an ArrayBuffer and other views of bytes', async () => {
    const bytes = sample('jw301.xml');
    await expect(prepare(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as never)).resolves.toBeUndefined();
    await expect(prepare(new DataView(bytes.buffer) as never)).resolves.toBeUndefined();
    await expect(prepare(new Set([bytes, 'WMO301']))).resolves.toBeUndefined();
  });
});
