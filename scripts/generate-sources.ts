/**
 * Generates the shipped data of controleniveau 4 (externe bron) from the reference folder:
 *
 * - src/sources/cbs-gemeenten.generated.ts: every CBS gemeentecode with the period it was valid,
 *   from the CBS division per year 1990–2025 (`cbs-gemeentelijke-indeling-1990-2025.xml`) and the
 *   division of 1 January 2026 (`md/CBS_Gemeentecodes.md`);
 * - src/sources/productcodes.generated.ts: the national iJw productcodelijst (JZ021, `jz021-productcodes-ijw.json`)
 *   and the national iWmo indeling of hulpmiddelen (`md/20220105-indeling-categorien-hulpmiddelen-iWmo.md`),
 *   as codes per ProductCategorie.
 *
 *   npm run generate:sources  [-- <reference folder>]   (default ../shared/reference)
 *
 * Only facts are kept (codes, names, dates), in our own compact format; the runtime never reads the
 * reference files. See docs/sources.md for the update procedure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanXml, type XmlElement } from '../src/xml/scan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reference = resolve(root, process.argv[2] ?? '../shared/reference');

/** A code with one period of validity: begin inclusive, einde exclusive ('' = still valid). */
interface Period {
  code: string;
  naam: string;
  begin: string;
  einde: string;
}

const pad4 = (code: string): string => code.padStart(4, '0');

function walk(el: XmlElement, visit: (el: XmlElement) => void): void {
  visit(el);
  for (const c of el.children) walk(c, visit);
}

/** Every gemeentecode with its periods, from the divisions per year and the division of the year after. */
export function gemeentePeriods(xml: string, latest: { jaar: number; gemeenten: ReadonlyMap<string, string> }): Period[] {
  const scanned = scanXml(xml);
  if (!scanned.ok) throw new Error(`the CBS division is not well-formed: ${scanned.error.detail}`);
  // code → period begin → { naam, einde, last year seen }
  const seen = new Map<string, Map<string, { naam: string; einde: string; jaar: number }>>();
  let lastYear = 0;
  for (const indeling of scanned.document.root.children) {
    if (indeling.local !== 'indeling') continue;
    const jaar = Number((indeling.attributes ?? []).find((a) => a.local === 'jaar')?.value);
    if (!Number.isInteger(jaar)) throw new Error('an indeling without jaar');
    lastYear = Math.max(lastYear, jaar);
    walk(indeling, (g) => {
      if (g.local !== 'gemeente') return;
      const attr = (n: string): string => (g.attributes ?? []).find((a) => a.local === n)?.value ?? '';
      const code = pad4(attr('code'));
      const begin = attr('begindatum');
      if (!/^\d{4}$/.test(code) || !/^\d{4}-\d{2}-\d{2}$/.test(begin)) throw new Error(`unreadable gemeente ${code} ${begin}`);
      const periods = seen.get(code) ?? new Map();
      const p = periods.get(begin);
      const einde = attr('einddatum') || p?.einde || '';
      periods.set(begin, { naam: attr('naam'), einde, jaar: Math.max(jaar, p?.jaar ?? 0) });
      seen.set(code, periods);
    });
  }
  if (latest.jaar !== lastYear + 1) throw new Error(`the latest division (${latest.jaar}) must follow the last year of the series (${lastYear})`);
  const out: Period[] = [];
  for (const [code, periods] of seen) {
    const list = [...periods.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    list.forEach(([begin, p], i) => {
      let einde = p.einde;
      // Still valid at the end of the series, but gone from the latest division: dissolved on 1 January.
      if (!einde && i === list.length - 1 && p.jaar === lastYear && !latest.gemeenten.has(code)) einde = `${latest.jaar}-01-01`;
      if (!einde && i < list.length - 1) einde = list[i + 1]![0];
      if (!einde && p.jaar < lastYear) einde = `${p.jaar + 1}-01-01`;
      const naam = i === list.length - 1 && !einde ? (latest.gemeenten.get(code) ?? p.naam) : p.naam;
      const prev = out[out.length - 1];
      // Contiguous periods of one code (re-founded in a herindeling under the same code) merge.
      if (prev && prev.code === code && prev.einde === begin) {
        prev.einde = einde;
        prev.naam = naam;
      } else out.push({ code, naam, begin, einde });
    });
  }
  for (const [code, naam] of latest.gemeenten) {
    if (!seen.has(code)) out.push({ code, naam, begin: `${latest.jaar}-01-01`, einde: '' });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.begin < b.begin ? -1 : 1));
}

/** The rows `| 0123 | Naam | …` of a Markdown table of gemeentecodes. */
export function latestDivision(md: string): { jaar: number; gemeenten: Map<string, string> } {
  const jaar = Number(/Gemeentelijke indeling (\d{4})/.exec(md)?.[1]);
  if (!Number.isInteger(jaar)) throw new Error('the year of the latest division is not stated');
  const gemeenten = new Map<string, string>();
  for (const m of md.matchAll(/^\|\s*(\d{4})\s*\|\s*([^|]+?)\s*\|/gm)) gemeenten.set(m[1]!, m[2]!);
  if (gemeenten.size < 300) throw new Error(`only ${gemeenten.size} gemeenten in the latest division`);
  return { jaar, gemeenten };
}

/** Codes per category: the two leading digits where the code has them, '' where the list does not say. */
function byCategory(codes: Iterable<string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const code of codes) {
    const cat = /^\d{2}/.test(code) ? code.slice(0, 2) : '';
    (out[cat] ??= []).push(code);
  }
  for (const list of Object.values(out)) list.sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function ijwProductcodes(json: string): Record<string, string[]> {
  const list = JSON.parse(json) as Array<{ Code?: unknown }>;
  const codes = new Set<string>();
  for (const row of list) {
    if (typeof row.Code !== 'string' || !/^[0-9A-Za-z]{1,5}$/.test(row.Code)) throw new Error(`unreadable product code ${JSON.stringify(row)}`);
    codes.add(row.Code);
  }
  return byCategory(codes);
}

export function iwmoHulpmiddelen(md: string): Record<string, string[]> {
  const codes = new Set<string>();
  for (const m of md.matchAll(/^\s*\|\s*(\d{2}X[0-9A-Z]{2})\s*\|/gm)) codes.add(m[1]!);
  if (codes.size < 50) throw new Error(`only ${codes.size} hulpmiddelen codes`);
  return byCategory(codes);
}

const HEADER = (what: string, from: string): string =>
  `// Generated by scripts/generate-sources.ts from ${from}. Do not edit by hand.\n// ${what}\n`;

function cbsModule(periods: readonly Period[]): string {
  const rows = periods.map((p) => `  [${JSON.stringify(p.code)}, ${JSON.stringify(p.naam)}, ${JSON.stringify(p.begin)}, ${JSON.stringify(p.einde)}],`);
  return [
    HEADER('Every CBS gemeentecode with a period it was valid: [code, naam, begin (inclusive), einde (exclusive, "" = still valid)].', 'the CBS divisions 1990-2025 and the division of 2026'),
    'export const CBS_GEMEENTEN: ReadonlyArray<readonly [code: string, naam: string, begin: string, einde: string]> = [',
    ...rows,
    '];',
    '',
  ].join('\n');
}

function productModule(ijw: Record<string, string[]>, iwmo: Record<string, string[]>): string {
  const block = (name: string, doc: string, data: Record<string, string[]>): string[] => [
    `/** ${doc} Codes per ProductCategorie; '' lists codes whose category the list does not state. */`,
    `export const ${name}: Readonly<Record<string, string>> = {`,
    ...Object.entries(data).map(([cat, codes]) => `  ${JSON.stringify(cat)}: ${JSON.stringify(codes.join(' '))},`),
    '};',
  ];
  return [
    HEADER('The national product code lists, as space-separated codes per category.', 'jz021-productcodes-ijw.json (iJw) and the iWmo indeling of hulpmiddelen'),
    ...block('IJW_PRODUCTCODES', 'The national iJw productcodelijst (JZ021).', ijw),
    '',
    ...block('IWMO_PRODUCTCODES', 'The national iWmo indeling of hulpmiddelen (categories 11–13).', iwmo),
    '',
  ].join('\n');
}

/** The text of both generated modules, from a reference folder. */
export function sourcesModules(referenceDir = reference): { cbs: string; productcodes: string; summary: string } {
  const ijw = join(referenceDir, 'ijw-3.2', 'codelists');
  const latest = latestDivision(readFileSync(join(ijw, 'md', 'CBS_Gemeentecodes.md'), 'utf8'));
  const periods = gemeentePeriods(readFileSync(join(ijw, 'cbs-gemeentelijke-indeling-1990-2025.xml'), 'utf8'), latest);
  const codes = ijwProductcodes(readFileSync(join(ijw, 'jz021-productcodes-ijw.json'), 'utf8'));
  const hulp = iwmoHulpmiddelen(readFileSync(join(referenceDir, 'iwmo-3.2', 'codelists', 'md', '20220105-indeling-categorien-hulpmiddelen-iWmo.md'), 'utf8'));
  const count = (r: Record<string, string[]>): number => Object.values(r).reduce((n, l) => n + l.length, 0);
  return {
    cbs: cbsModule(periods),
    productcodes: productModule(codes, hulp),
    summary: `${periods.length} gemeente periods (${new Set(periods.map((p) => p.code)).size} codes), ${count(codes)} iJw and ${count(hulp)} iWmo product codes`,
  };
}

export const GENERATED = { cbs: join(root, 'src', 'sources', 'cbs-gemeenten.generated.ts'), productcodes: join(root, 'src', 'sources', 'productcodes.generated.ts') };

export function generateSources(): void {
  const out = sourcesModules();
  writeFileSync(GENERATED.cbs, out.cbs);
  writeFileSync(GENERATED.productcodes, out.productcodes);
  console.log(`${out.summary} written to src/sources/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) generateSources();
