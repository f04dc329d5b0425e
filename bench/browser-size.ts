/**
 * What a browser downloads: the browser build (`dist/browser/`, made by `npm run build`) measured file
 * by file, minified as shipped and gzipped (level 9), and the page (`web/dist`, `npm run build:web`).
 * The entry holds the library without the XSD validators; each message's validator is a chunk of its
 * own, fetched by `prepare()` for a message of that type. The README's table is this script's output.
 *
 *   npm run build && npm run build:web && npm run bench:browser
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Size {
  readonly minified: number;
  readonly gzipped: number;
}
export interface BrowserSizes {
  /** dist/browser/index.js: everything but the validators. */
  readonly entry: Size;
  /** Per message type, its validator chunk. */
  readonly messages: ReadonlyMap<string, Size>;
  /** An app that imports `validate` and `prepare` only, bundled (tree-shaken) by esbuild: its entry chunk. */
  readonly app: Size;
  /** The page's script (web/dist/assets/page-*.js), when built. */
  readonly page: Size | null;
}

const sizeOf = (bytes: Buffer): Size => ({ minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length });
const sum = (sizes: Iterable<Size>): Size => [...sizes].reduce((a, b) => ({ minified: a.minified + b.minified, gzipped: a.gzipped + b.gzipped }), { minified: 0, gzipped: 0 });

/** Bundles a two-line app against the package (by its name, through the `browser` condition) as a web bundler would. */
async function appSize(): Promise<Size> {
  const dir = mkdtempSync(join(tmpdir(), 'iwmo-ijw-app-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'iwmo-ijw'), 'dir');
    writeFileSync(join(dir, 'app.js'), "import { prepare, validate } from 'iwmo-ijw';\nexport async function check(bytes) {\n  await prepare(bytes);\n  return validate(bytes);\n}\n");
    const r = await build({ entryPoints: [join(dir, 'app.js')], bundle: true, platform: 'browser', format: 'esm', splitting: true, minify: true, outdir: join(dir, 'out'), write: false, absWorkingDir: dir, preserveSymlinks: true, logLevel: 'silent' });
    return sizeOf(Buffer.from(r.outputFiles.find((f) => f.path.endsWith('app.js'))!.contents));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function browserSizes(): Promise<BrowserSizes> {
  const dir = join(root, 'dist', 'browser');
  if (!existsSync(join(dir, 'index.js'))) throw new Error('dist/browser/index.js is missing: run npm run build first');
  const messages = new Map<string, Size>();
  for (const f of readdirSync(dir).sort()) {
    const m = /^((?:JW|WMO)\d{3})\.generated-[A-Z0-9]+\.js$/.exec(f);
    if (m) messages.set(m[1]!, sizeOf(readFileSync(join(dir, f))));
  }
  const assets = join(root, 'web', 'dist', 'assets');
  const page = existsSync(assets) ? readdirSync(assets).find((f) => /^page-.*\.js$/.test(f)) : undefined;
  return { entry: sizeOf(readFileSync(join(dir, 'index.js'))), messages, app: await appSize(), page: page ? sizeOf(readFileSync(join(assets, page))) : null };
}

/** Kilobytes (1,024 bytes), one decimal below 10 KB, whole above. */
export const kb = (n: number): string => (n < 10 * 1024 ? (n / 1024).toFixed(1) : Math.round(n / 1024).toLocaleString('en')) + ' KB';

/** The README's tables (markdown). */
export function sizesMarkdown(s: BrowserSizes): string {
  const row = (what: string, z: Size): string => `| ${what} | ${kb(z.minified)} | ${kb(z.gzipped)} |`;
  const jw301 = s.messages.get('JW301')!;
  const lines = [
    '| what a browser downloads | minified | gzipped |',
    '|---|---|---|',
    row('`dist/browser/index.js`: the library, without the XSD validators', s.entry),
    row('\\+ the XSD validator of one message type, on `prepare()` (here JW301)', jw301),
    row('an app that imports only `validate` and `prepare` (esbuild, tree-shaken) \\+ JW301', sum([s.app, jw301])),
    row('all 28 validators together (a page that meets every message type)', sum(s.messages.values())),
    ...(s.page ? [row('the page in `web/` (one script, every validator: nothing is fetched after load)', s.page)] : []),
    '',
    '| message type | iJw minified | iJw gzipped | iWmo minified | iWmo gzipped |',
    '|---|---|---|---|---|',
  ];
  for (const [b, jw] of s.messages) {
    if (!b.startsWith('JW')) continue;
    const wmo = s.messages.get(`WMO${b.slice(2)}`)!;
    lines.push(`| ${b.slice(2)} | ${kb(jw.minified)} | ${kb(jw.gzipped)} | ${kb(wmo.minified)} | ${kb(wmo.gzipped)} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(sizesMarkdown(await browserSizes()));
