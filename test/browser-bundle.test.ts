// The browser entry, bundled as a web bundler would (esbuild, platform browser): no Node built-in may
// reach it, and the bundle must work where only the web platform's globals exist.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/pipeline/validate.js';
import { CATALOGUE } from '../src/catalogue/index.js';

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
    // The validators come per message: before prepare() a schema-invalid JW305 is never judged valid…
    const early = lib.validate(broken);
    expect(early.valid).toBe(false);
    expect(early.issues.map((i) => i.code)).toEqual(['internal.not-loaded']);
    // … and after it, the report is Node's.
    await lib.prepare(broken);
    const report = lib.validate(broken);
    expect(report.valid).toBe(false);
    expect(JSON.stringify(report)).toBe(JSON.stringify(validate(broken)));
    expect(report.issues.map((i) => [i.code, i.line, i.column])).toEqual(validate(broken).issues.map((i) => [i.code, i.line, i.column]));
    // A suite in memory runs through the bundle too.
    const files = new lib.MemorySuiteFiles([['s/scenario.json', readFileSync(join(root, 'conformance', 'woonplaatsbeginsel-casus-15', 'scenario.json'))]], 'x');
    expect(lib.runSuite(files).usable).toBe(true);
  });

  it('keeps each message’s validator in a chunk of its own, loaded only for a message of that type', async () => {
    const r = await build(options(join(root, 'src', 'index.ts'), { format: 'esm', splitting: true, outdir: join(root, 'bundle-check'), chunkNames: '[name]-[hash]' }));
    const outputs = r.outputFiles!;
    const entry = outputs.find((f) => f.path.endsWith(`${sep}index.js`))!;
    const chunks = outputs.filter((f) => /\.generated-[A-Z0-9]+\.js$/.test(f.path));
    expect(chunks.map((f) => f.path.split(sep).pop()!.replace(/\.generated-.*/, '')).sort()).toEqual(CATALOGUE.map((e) => e.bericht).sort());
    // The entry names each chunk in an import() and holds no validator code itself (each validator checks a message's child sequence).
    for (const c of chunks) expect(entry.text).toContain(`import("./${c.path.split(sep).pop()}")`);
    const validatorCode = '(?:m:Header,)';
    expect(entry.text.includes(validatorCode)).toBe(false);
    for (const c of chunks) expect(c.text.includes(validatorCode)).toBe(true);
    const s = sizes(entry.text);
    console.log(`browser entry without validators: ${kb(s.minified)} minified, ${kb(s.gzipped)} gzipped; per message ${chunks.map((c) => `${c.path.split(sep).pop()!.replace(/\.generated-.*/, '')} ${kb(sizes(c.text).gzipped)}`).join(', ')}`);
  });

  it('`import … from "iwmo-ijw"` resolves to the browser build in a bundler (exports map, condition browser), its validators in chunks', async () => {
    if (!existsSync(join(root, 'dist', 'browser', 'index.js'))) throw new Error('dist/browser/index.js is missing: run npm run build first');
    const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-consumer-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules', 'iwmo-ijw'), 'dir');
      writeFileSync(join(dir, 'app.js'), "import { validate, VERSION } from 'iwmo-ijw';\nconsole.log(VERSION, validate('<Bericht/>').valid);\n");
      const r = await build(options(join(dir, 'app.js'), { format: 'esm', preserveSymlinks: true, absWorkingDir: dir, splitting: true, outdir: join(dir, 'out') }));
      expect(r.errors).toEqual([]);
      expect(nodeInputs(r.metafile!)).toEqual([]);
      expect(Object.keys(r.metafile!.inputs).some((f) => f.endsWith('node_modules/iwmo-ijw/dist/browser/index.js'))).toBe(true);
      // The app's bundler keeps the package's per-message validators as chunks of their own.
      expect(r.outputFiles!.filter((f) => /JW301\.generated/.test(f.path))).toHaveLength(1);
      expect(r.outputFiles!.length).toBeGreaterThanOrEqual(1 + CATALOGUE.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the built browser module (dist/browser/index.js) in a real ES module loader', () => {
  it('loads a message type’s validator on prepare() and then reports as Node does; a valid message needs none', async () => {
    const path = join(root, 'dist', 'browser', 'index.js');
    if (!existsSync(path)) throw new Error('dist/browser/index.js is missing: run npm run build first');
    const lib = (await import(pathToFileURL(path).href)) as typeof import('../src/index.js');
    const good = new Uint8Array(readFileSync(join(root, 'fixtures', 'samples', 'jw301.xml')));
    expect(JSON.stringify(lib.validate(good))).toBe(JSON.stringify(validate(good)));
    const bad = new Uint8Array(readFileSync(join(root, 'fixtures', 'ijw', 'JW305', 'invalid-unknown-element.xml')));
    const before = lib.validate(bad);
    expect([before.valid, before.issues.map((i) => i.code)]).toEqual([false, ['internal.not-loaded']]);
    expect(before.issues[0]!.message).toMatch(/JW305.*prepare\(\)/);
    await lib.prepare([good, bad]);
    expect(JSON.stringify(lib.validate(bad))).toBe(JSON.stringify(validate(bad)));
    // validateAsync prepares by itself: a WMO message nobody prepared for.
    const wmo = new Uint8Array(readFileSync(join(root, 'fixtures', 'iwmo', 'WMO305', 'invalid-unknown-element.xml')));
    expect(lib.validate(wmo).issues.map((i) => i.code)).toEqual(['internal.not-loaded']);
    expect(JSON.stringify(await lib.validateAsync(wmo))).toBe(JSON.stringify(validate(wmo)));
  });
});

describe('a validator that cannot be fetched', () => {
  it('makes prepare() reject naming the message type, and validate() still never says valid', async () => {
    const built = join(root, 'dist', 'browser');
    if (!existsSync(join(built, 'index.js'))) throw new Error('dist/browser/index.js is missing: run npm run build first');
    // A copy of the browser build with JW305's chunk gone, as a web server that lost a file would serve it.
    const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-lost-chunk-'));
    try {
      cpSync(built, dir, { recursive: true });
      const lost = readdirSync(dir).find((f) => f.startsWith('JW305.generated-'))!;
      rmSync(join(dir, lost));
      const lib = (await import(pathToFileURL(join(dir, 'index.js')).href)) as typeof import('../src/index.js');
      const bad = new Uint8Array(readFileSync(join(root, 'fixtures', 'ijw', 'JW305', 'invalid-unknown-element.xml')));
      await expect(lib.prepare(bad)).rejects.toThrow(/XSD validator of JW305 could not be loaded/);
      const report = lib.validate(bad);
      expect([report.valid, report.issues.map((i) => i.code)]).toEqual([false, ['internal.not-loaded']]);
      // The async pipeline does not reject: the missing validator is in its report.
      const viaAsync = await lib.validateAsync(bad);
      expect([viaAsync.valid, viaAsync.issues.map((i) => i.code)]).toEqual([false, ['internal.not-loaded']]);
      // Other message types are unaffected.
      await lib.prepare('JW301');
      const other = new Uint8Array(readFileSync(join(root, 'fixtures', 'ijw', 'JW301', 'invalid-unknown-element.xml')));
      expect(JSON.stringify(lib.validate(other))).toBe(JSON.stringify(validate(other)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the README’s browser sizes', () => {
  it('are within 10% of what the build gives (bench/browser-size.ts writes them)', async () => {
    const { browserSizes, sizesMarkdown } = await import('../bench/browser-size.js');
    const readme = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
    const cells = (line: string): string[] => line.split('|').slice(1, -1).map((c) => c.trim());
    const kbOf = (cell: string): number => Number(cell.replace(/,/g, '').replace(/ KB$/, ''));
    const rows = sizesMarkdown(await browserSizes())
      .split('\n')
      .filter((l) => / KB \|$/.test(l));
    expect(rows.length).toBe(4 + 14 + (existsSync(join(root, 'web', 'dist')) ? 1 : 0));
    for (const row of rows) {
      const [label, ...measured] = cells(row);
      const line = readme.find((l) => l.startsWith('|') && cells(l)[0] === label);
      expect(line, `README row "${label}"`).toBeDefined();
      const written = cells(line!).slice(1);
      measured.forEach((m, i) => expect(Math.abs(kbOf(written[i]!) - kbOf(m)), `${label}: README ${written[i]}, build ${m}`).toBeLessThanOrEqual(Math.max(0.1 * kbOf(m), 0.6)));
    }
  });
});
