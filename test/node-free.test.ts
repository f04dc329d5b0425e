// The core must run in a browser: no `node:` import and no Node global in src/ outside the rooms that
// are Node's by design (adapters/, cli/, service/ and src/node.ts). Generated files are checked too.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeUses } from './support/node-free.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_ROOMS = ['src/adapters/', 'src/cli/', 'src/service/'];
const NODE_FILES = ['src/node.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|js|mts|mjs|cts|cjs)$/.test(e.name) ? [p] : [];
  });
}

describe('no Node outside its rooms', () => {
  it('src/ imports no node: module and uses no Node global outside adapters/, cli/, service/ and node.ts', () => {
    const files = sources(join(root, 'src')).filter((f) => {
      const rel = relative(root, f).split('\\').join('/');
      return !NODE_ROOMS.some((r) => rel.startsWith(r)) && !NODE_FILES.includes(rel);
    });
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith('JW301.generated.js'))).toBe(true);
    const uses = nodeUses(files).map((u) => `${relative(root, u.file)}:${u.line}: ${u.what}`);
    expect(uses).toEqual([]);
  });

  it('the check finds imports of Node modules and Node globals, and not a local name or a comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-nodefree-'));
    try {
      const bad = join(dir, 'bad.ts');
      const badJs = join(dir, 'bad.js');
      const good = join(dir, 'good.ts');
      writeFileSync(bad, "import { readFileSync } from 'node:fs';\nimport * as p from 'path';\nexport const b = Buffer.from('x');\nexport const e = process.env.X;\nexport const d = __dirname;\nexport const g = globalThis.process;\nexport type T = import('node:url').URL;\nexport const r = readFileSync;\nexport const q = p;\n");
      writeFileSync(badJs, "const fs = require('fs');\nexport const m = import('node:worker_threads');\nexport const x = fs;\n");
      writeFileSync(good, "const Buffer = { from: (s: string) => s };\n// process.exit(1); Buffer.from('x')\nexport const a = Buffer.from('x');\nexport const o = { process: 1, require: 2 };\nexport const t = o.process;\nexport const u = new TextDecoder().decode(new Uint8Array(1));\n");
      const found = nodeUses([bad, badJs, good]).map((u) => `${relative(dir, u.file)}:${u.line}: ${u.what}`);
      expect(found).toEqual([
        "bad.ts:1: import 'node:fs'",
        "bad.ts:2: import 'path'",
        "bad.ts:3: Node global 'Buffer'",
        "bad.ts:4: Node global 'process'",
        "bad.ts:5: Node global '__dirname'",
        "bad.ts:6: Node global 'process'",
        "bad.ts:7: import('node:url') type",
        "bad.js:1: require('fs')",
        "bad.js:1: Node global 'require'",
        "bad.js:2: import('node:worker_threads')",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
