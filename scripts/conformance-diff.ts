/**
 * Compares the library's verdicts with the official ones in a conformance corpus, case by case,
 * including the locations of every rule finding. A development aid beside the scorer of the corpus.
 *
 *   npx tsx scripts/conformance-diff.ts <corpus folder> [--rule TR101] [--bericht JW323] [--locations]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../src/pipeline/validate.js';

interface Case {
  id: string;
  bericht: string;
  level: string;
  xsd: { valid: boolean };
  rules: string[] | null;
  fouten: Array<{ code: string; locaties: string[] }>;
  description: string;
}

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--rule' && args[args.indexOf(a) - 1] !== '--bericht');
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlyRule = opt('--rule');
const onlyBericht = opt('--bericht')?.toUpperCase();
const withLocations = args.includes('--locations');
if (!corpus || !existsSync(join(corpus, 'cases'))) {
  console.error('usage: conformance-diff <corpus folder> [--rule CODE] [--bericht JW323] [--locations]');
  process.exit(2);
}

const dir = join(corpus, 'cases');
let total = 0;
let agree = 0;
const lines: string[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const c = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case;
  if (c.level === 'robustness' || !c.xsd.valid) continue;
  if (onlyBericht && c.bericht !== onlyBericht) continue;
  const report = validate(readFileSync(join(dir, f.replace(/\.json$/, '.xml'))), { today: '2026-11-23' });
  const ruleIssues = report.issues.filter((i) => i.level === 'rule');
  const ours = [...new Set(ruleIssues.map((i) => i.code))].sort();
  const official = [...(c.rules ?? [])].sort();
  const relevant = (code: string): boolean => !onlyRule || code === onlyRule;
  const o = official.filter(relevant);
  const u = ours.filter(relevant);
  if (onlyRule && !o.length && !u.length) continue;
  total++;
  let same = o.join() === u.join() && report.valid === (official.length === 0) === true ? true : o.join() === u.join();
  if (report.levels.indexOf('rule') === -1) same = false;
  let locDiff = '';
  if (same && withLocations) {
    for (const code of o) {
      const off = c.fouten.filter((x) => x.code === code).map((x) => [...x.locaties].sort().join(' + ')).sort();
      const mine = ruleIssues
        .filter((i) => i.code === code)
        .map((i) => (i.locations ? i.locations.map((l) => l.path) : [i.path]).sort().join(' + '))
        .sort();
      if (off.join('\n') !== mine.join('\n')) locDiff += `\n    ${code} official: ${off.join(' | ')}\n    ${code} ours:     ${mine.join(' | ')}`;
    }
  }
  if (same && !locDiff) agree++;
  else {
    const schemaIssues = report.issues.filter((i) => i.level === 'schema').map((i) => `${i.code} ${i.path}`);
    lines.push(`${c.id}: official [${o}] ours [${u}]${schemaIssues.length ? ` schema: ${schemaIssues.join('; ')}` : ''}${locDiff}\n    ${c.description}`);
  }
}
console.log(lines.join('\n'));
console.log(`\n${agree}/${total} XSD-valid cases agree${onlyRule ? ` on ${onlyRule}` : ''}${withLocations ? ' (including locations)' : ''}`);
