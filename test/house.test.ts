// The rooms of src/ import only downward (DESIGN.md): xml, catalogue, report → schema, rules →
// context, sources, variants → ports, pipeline → output, respond, conformance → app → adapters, cli,
// service. Every import and re-export of every source file under src/ (generated files too) is read
// and its target's room compared with its own. Rooms on one floor may use each other; no room may
// reach a floor above its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The floors, lowest first. Rooms DESIGN.md does not name sit where their imports put them. */
const FLOORS: readonly (readonly string[])[] = [
  // version.ts is a constant; types/ the generated message types.
  ['xml', 'catalogue', 'report', 'types', 'version.ts'],
  // build/ writes a message from typed data with the schema model.
  ['schema', 'rules', 'build'],
  ['context', 'sources', 'variants'],
  // parse.ts is level 1 as a function (the pipeline up to the schema, then the typed message).
  ['ports', 'pipeline', 'parse.ts'],
  // lookup/ reads the code registry of the pipeline, for people.
  ['output', 'respond', 'conformance', 'lookup'],
  ['app'],
  ['adapters', 'cli', 'service'],
  // The package's entries: everything may be exported from them, nothing imports them but node.ts.
  ['index.ts'],
  ['node.ts'],
];

const floorOf = new Map<string, number>(FLOORS.flatMap((rooms, n) => rooms.map((r) => [r, n] as const)));

/** The room of a path under src/: its first folder, or the file itself at the top. */
function roomOf(pathInSrc: string): string {
  const first = pathInSrc.split('/')[0]!;
  return first.endsWith('.js') ? `${first.slice(0, -3)}.ts` : first;
}

/** The relative module specifiers a file imports, re-exports or loads (static, side-effect and dynamic). */
export function specifiers(text: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ spec: m[1]!, line: text.slice(0, m.index).split('\n').length });
  return out;
}

/** Every import from a lower floor into a higher one, as `file:line → target`. */
export function upwardImports(files: readonly { path: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const from = roomOf(f.path);
    const floor = floorOf.get(from);
    if (floor === undefined) {
      out.push(`${f.path}: room '${from}' is on no floor (add it to FLOORS)`);
      continue;
    }
    for (const { spec, line } of specifiers(f.text)) {
      const target = posix.normalize(posix.join(posix.dirname(f.path), spec));
      if (target.startsWith('..')) continue; // outside src/ (a JSON schema, package.json)
      const to = roomOf(target);
      const toFloor = floorOf.get(to);
      if (toFloor === undefined) out.push(`${f.path}:${line}: imports ${spec}, room '${to}' is on no floor`);
      else if (toFloor > floor) out.push(`${f.path}:${line}: ${from} (floor ${floor}) imports ${target} from ${to} (floor ${toFloor})`);
    }
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|js|mts|mjs|cts|cjs)$/.test(e.name) ? [p] : [];
  });
}

describe('the house: imports run downward only', () => {
  it('no file in src/ imports from a room on a higher floor', () => {
    const src = join(root, 'src');
    const files = sources(src).map((p) => ({ path: relative(src, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path.endsWith('.generated.js'))).toBe(true);
    expect(upwardImports(files)).toEqual([]);
  });

  it('finds an upward import, a re-export, a dynamic import and an unknown room', () => {
    const found = upwardImports([
      { path: 'report/x.ts', text: "import { RULES } from '../rules/registry.js';\n" },
      { path: 'rules/y.ts', text: "const a = 1;\nexport { check } from '../pipeline/validate.js';\n" },
      { path: 'xml/z.ts', text: "const m = await import('../output/html.js');\n" },
      { path: 'schema/w.ts', text: "import '../respond/index.js';\n" },
      { path: 'attic/v.ts', text: '' },
      // Downward, sideways and outside src/: allowed.
      { path: 'pipeline/ok.ts', text: "import { x } from '../xml/scan.js';\nimport { y } from './header.js';\nimport { z } from '../ports/history.js';\nimport s from '../../schemas/contract.schema.json';\n" },
    ]);
    expect(found).toEqual([
      'report/x.ts:1: report (floor 0) imports rules/registry.js from rules (floor 1)',
      'rules/y.ts:2: rules (floor 1) imports pipeline/validate.js from pipeline (floor 3)',
      'xml/z.ts:1: xml (floor 0) imports output/html.js from output (floor 4)',
      'schema/w.ts:1: schema (floor 1) imports respond/index.js from respond (floor 4)',
      "attic/v.ts: room 'attic' is on no floor (add it to FLOORS)",
    ]);
  });

  it('the registries stay where the formats cannot reach them', () => {
    const output = sources(join(root, 'src', 'output')).map((p) => readFileSync(p, 'utf8'));
    expect(output.length).toBeGreaterThan(3);
    for (const text of output) {
      expect(specifiers(text).map((s) => s.spec).filter((s) => /registry|pipeline\/codes|variants\/messages/.test(s))).toEqual([]);
    }
  });
});
