/**
 * Runs the JavaScript examples of the README against the built package (imported by its own name,
 * as a user would) and compares what they print with the `// →` lines below each statement.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README', () => {
  it('has JavaScript examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b, i) => [i + 1, b]))('example %i prints what the README says', (i, code) => {
    const expected = [...(code as string).matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);
    const dir = join(root, 'test', '.readme');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `example-${i}.mjs`);
    writeFileSync(file, code as string);
    try {
      const r = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim().split('\n')).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run sample\nnpm test\n');
  });
});
