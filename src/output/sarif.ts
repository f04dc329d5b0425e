/**
 * SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format) for code-scanning tools:
 * one run; the driver lists one rule (reportingDescriptor) per code that occurs; one result per issue,
 * located in its file by line/column and, logically, by its XPath-like path.
 */
import type { FileReport } from './format.js';
import type { DescribeCode } from '../report/describe.js';
import type { Issue, Lang, Level, Location } from '../report/types.js';

export interface SarifOptions {
  readonly lang: Lang;
  /** Version of iwmo-ijw that produced the findings. */
  readonly toolVersion: string;
  /**
   * Directory that relative artifact URIs are relative to (the command line passes its working folder).
   * An absolute file name inside it becomes relative; one outside it (or any, without a root) a file: URI.
   */
  readonly root?: string;
  /** What to say about a code (the code registry's `describeCode`). */
  readonly describe: DescribeCode;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The parts of SARIF 2.1.0 this format writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifDriver };
  readonly artifacts: readonly { readonly location: { readonly uri: string } }[];
  readonly results: readonly SarifResult[];
  readonly columnKind: 'utf16CodeUnits';
}

export interface SarifDriver {
  readonly name: string;
  readonly version: string;
  readonly semanticVersion: string;
  readonly rules: readonly SarifRule[];
}

export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help?: { readonly text: string };
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' };
  readonly properties: { readonly retourcode?: string; readonly level: Level; readonly official: boolean };
}

export interface SarifLocation {
  readonly id?: number;
  readonly physicalLocation: {
    readonly artifactLocation: { readonly uri: string; readonly index: number };
    readonly region: { readonly startLine: number; readonly startColumn: number };
  };
  readonly logicalLocations: readonly { readonly fullyQualifiedName: string; readonly kind: 'element' }[];
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning';
  readonly message: { readonly text: string };
  readonly locations: readonly SarifLocation[];
  readonly properties: { readonly level: Level; readonly retourcode?: string };
}

const encodePath = (path: string): string => path.split('/').map((segment) => encodeURIComponent(segment)).join('/');

/**
 * The artifact URI of a file name: relative to `root` (the working folder, given by the caller) with
 * forward slashes and each segment percent-encoded; a file outside `root` becomes a file: URL.
 * Plain string work, so the report formats run in a browser too.
 */
export function artifactUri(file: string, root?: string): string {
  const name = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(name);
  if (!name.startsWith('/') && !drive) return encodePath(name);
  const base = root?.replace(/\\/g, '/').replace(/\/+$/, '');
  if (base && name.startsWith(`${base}/`)) return encodePath(name.slice(base.length + 1));
  return `file://${drive ? '/' : ''}${encodePath(name).replace(/^([A-Za-z])%3A/, '$1:')}`;
}

/** SARIF lines and columns start at 1. */
const atLeastOne = (n: number): number => (Number.isInteger(n) && n >= 1 ? n : 1);

export function toSarif(reports: readonly FileReport[], options: SarifOptions): SarifLog {
  const { lang, toolVersion, describe: describeCode } = options;
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();

  const ruleFor = (i: Issue): number => {
    const known = ruleIndex.get(i.code);
    if (known !== undefined) return known;
    const d = describeCode(i.code, lang, i.level);
    const index = rules.length;
    rules.push({
      id: i.code,
      shortDescription: { text: d.title },
      fullDescription: { text: d.description },
      ...(d.hint && d.hint !== d.description ? { help: { text: d.hint } } : {}),
      defaultConfiguration: { level: i.severity },
      properties: { ...(i.retourcode ? { retourcode: i.retourcode } : {}), level: i.level, official: d.official },
    });
    ruleIndex.set(i.code, index);
    return index;
  };

  const artifacts = reports.map((r) => ({ location: { uri: artifactUri(r.file, options.root) } }));
  const results: SarifResult[] = [];
  reports.forEach((r, fileIndex) => {
    const uri = artifacts[fileIndex]!.location.uri;
    const at = (l: Location, id?: number): SarifLocation => ({
      ...(id !== undefined ? { id } : {}),
      physicalLocation: { artifactLocation: { uri, index: fileIndex }, region: { startLine: atLeastOne(l.line), startColumn: atLeastOne(l.column) } },
      logicalLocations: [{ fullyQualifiedName: l.path, kind: 'element' }],
    });
    for (const i of r.issues) {
      const first: Location = { path: i.path, line: i.line, column: i.column };
      const same = (l: Location): boolean => l.path === first.path && l.line === first.line && l.column === first.column;
      const others = (i.locations ?? []).filter((l) => !same(l));
      const locations = others.length ? [first, ...others].map((l, n) => at(l, n)) : [at(first)];
      results.push({
        ruleId: i.code,
        ruleIndex: ruleFor(i),
        level: i.severity,
        message: { text: i.message },
        locations,
        properties: { level: i.level, ...(i.retourcode ? { retourcode: i.retourcode } : {}) },
      });
    }
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'iwmo-ijw', version: toolVersion, semanticVersion: toolVersion, rules } },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
