import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codesMarkdown, rulesMarkdown } from '../scripts/generate-docs.js';
import { validatorSources } from '../scripts/compile-validators.js';
import { VERSION } from '../src/version.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

describe('generated files are up to date with their source', () => {
  it('docs/rules.md (from the rule registry)', () => {
    expect(read('docs/rules.md')).toBe(rulesMarkdown());
  });
  it('docs/codes.md (from the message table)', () => {
    expect(read('docs/codes.md')).toBe(codesMarkdown());
  });
  it('the compiled validators, one module per message (from schemas/)', () => {
    const expected = validatorSources();
    const dir = join(root, 'src', 'schema', 'validators');
    expect(readdirSync(dir).filter((f) => f.endsWith('.generated.js')).sort()).toEqual([...expected.keys()].sort());
    for (const [name, source] of expected) expect(read(`src/schema/validators/${name}`), name).toBe(source);
  });
  it('the version (from package.json)', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });
});
