/** Renders the scenarios to fixture files, and runs checkVariant on a message (shared by the tests). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueEntry } from '../../src/catalogue/index.js';
import { Findings } from '../../src/report/findings.js';
import type { Issue, Lang } from '../../src/report/types.js';
import { check } from '../../src/pipeline/validate.js';
import { checkVariant } from '../../src/variants/check.js';
import type { VariantConfig } from '../../src/variants/types.js';
import { SCENARIOS, type Expected } from './scenarios.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'variants');

/** The files of every scenario folder: name → content. */
export function renderFixtures(): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of SCENARIOS) {
    files.set(`${s.name}/contract.json`, JSON.stringify(s.contract, null, 2) + '\n');
    const expected: Record<string, readonly Expected[]> = {};
    for (const [file, msg] of Object.entries(s.messages)) {
      files.set(`${s.name}/${file}`, msg.xml);
      expected[file] = msg.expected;
    }
    files.set(`${s.name}/expected.json`, JSON.stringify({ description: s.description, findings: expected }, null, 2) + '\n');
  }
  return files;
}

export function committedFixtures(): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(FIXTURES)) return files;
  for (const dir of readdirSync(FIXTURES)) for (const f of readdirSync(join(FIXTURES, dir))) files.set(`${dir}/${f}`, readFileSync(join(FIXTURES, dir, f), 'utf8'));
  return files;
}

export interface VariantRun {
  readonly issues: Issue[];
  /** Level 1 and 2 issues of the message itself. */
  readonly before: readonly Issue[];
}

/** Validates the message (levels 1–2), then runs checkVariant on it with a fresh Findings. */
export function runVariant(xml: string, config: VariantConfig, lang: Lang = 'nl'): VariantRun {
  const { report, root } = check(xml, { lang });
  const entry = report.bericht ? catalogueEntry(report.bericht) : undefined;
  if (!root || !entry) throw new Error(`not a message: ${JSON.stringify(report.issues)}`);
  const findings = new Findings(lang, xml);
  checkVariant(root, entry, findings, config);
  return { issues: findings.issues, before: report.issues };
}

export const brief = (issues: readonly Issue[]): Expected[] => issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path }));
