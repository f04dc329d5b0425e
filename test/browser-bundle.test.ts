// The browser entry, bundled as a web bundler would (esbuild, platform browser): no Node built-in may
// reach it, and the bundle must work where only the web platform's globals exist.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/pipeline/validate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const options = (entry: string, extra: BuildOptions = {}): BuildOptions => ({
  entryPoints: [entry],
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
  ...extra,
});

/** Imports the bundler could not resolve or left outside the bundle, and Node built-ins among the inputs. */
function nodeInputs(meta: Metafile): string[] {
  const out: string[] = [];
  for (const [file, input] of Object.entries(meta.inputs)) {
    for (const imp of input.imports) if (imp.external || imp.path.startsWith('node:')) out.push(`${file} → ${imp.path}`);
  }
  return out;
}

const sizes = (code: string): { minified: number; gzipped: number } => ({ minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length });
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

describe('the browser entry', () => {
  it('bundles for the browser with no node: import or Node built-in (src/index.ts)', async () => {
    // esbuild refuses a Node built-in for platform 'browser' ("Could not resolve"): the build itself fails.
    const r = await build(options(join(root, 'src', 'index.ts'), { format: 'esm' }));
    expect(r.errors).toEqual([]);
    expect(nodeInputs(r.metafile!)).toEqual([]);
    const code = r.outputFiles![0]!.text;
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(["']/);
    const s = sizes(code);
    console.log(`browser bundle of src/index.ts: ${kb(s.minified)} minified, ${kb(s.gzipped)} gzipped`);
  });

  it('fails, as it must, when a Node built-in is imported (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-bundle-'));
    try {
      writeFileSync(join(dir, 'entry.ts'), "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n");
      await expect(build(options(join(dir, 'entry.ts')))).rejects.toThrow(/node:fs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works with only the web platform’s globals: same report as validate() in Node, no Buffer, process or require', async () => {
    const r = await build(options(join(root, 'src', 'index.ts'), { format: 'iife', globalName: 'iwmo' }));
    const code = r.outputFiles![0]!.text;
    // A sandbox with what browsers have (and nothing of Node's): any use of Buffer, process or require throws.
    const sandbox: Record<string, unknown> = { TextDecoder, TextEncoder, URL, crypto: globalThis.crypto, performance: globalThis.performance, console, structuredClone };
    runInNewContext(`${code}\nthis.iwmo = iwmo;`, sandbox);
    const lib = sandbox.iwmo as typeof import('../src/index.js');
    for (const sample of ['jw301.xml', 'jw323.xml']) {
      const bytes = new Uint8Array(readFileSync(join(root, 'fixtures', 'samples', sample)));
      expect(JSON.stringify(lib.validate(bytes))).toBe(JSON.stringify(validate(bytes)));
    }
    const broken = new TextEncoder().encode(readFileSync(join(root, 'fixtures', 'ijw', 'JW305', 'invalid-unknown-element.xml'), 'utf8'));
    const report = lib.validate(broken);
    expect(report.valid).toBe(false);
    expect(JSON.stringify(report)).toBe(JSON.stringify(validate(broken)));
    expect(report.issues.map((i) => [i.code, i.line, i.column])).toEqual(validate(broken).issues.map((i) => [i.code, i.line, i.column]));
    // A suite in memory runs through the bundle too.
    const files = new lib.MemorySuiteFiles([['s/scenario.json', readFileSync(join(root, 'conformance', 'woonplaatsbeginsel-casus-15', 'scenario.json'))]], 'x');
    expect(lib.runSuite(files).usable).toBe(true);
  });

  it('`import … from "iwmo-ijw"` resolves to the browser build in a bundler (exports map, condition browser)', async () => {
    if (!existsSync(join(root, 'dist', 'browser.js'))) throw new Error('dist/browser.js is missing: run npm run build first');
    const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-consumer-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules', 'iwmo-ijw'), 'dir');
      writeFileSync(join(dir, 'app.js'), "import { validate, VERSION } from 'iwmo-ijw';\nconsole.log(VERSION, validate('<Bericht/>').valid);\n");
      const r = await build(options(join(dir, 'app.js'), { format: 'esm', preserveSymlinks: true, absWorkingDir: dir }));
      expect(r.errors).toEqual([]);
      expect(nodeInputs(r.metafile!)).toEqual([]);
      expect(Object.keys(r.metafile!.inputs).some((f) => f.endsWith('node_modules/iwmo-ijw/dist/browser.js'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
