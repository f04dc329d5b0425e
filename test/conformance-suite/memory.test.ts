// The runner reads a suite only through its SuiteFiles port: the bundled suite held in memory (as the
// browser page holds a picked folder or a zip) gets the same results as from disk.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemorySuiteFiles, normalizeRelative, runSuite, suiteText } from '../../src/conformance/index.js';
import { runSuiteDir } from '../../src/adapters/suite-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = join(root, 'conformance');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Results without timings, which differ from run to run. */
const comparable = (r: ReturnType<typeof runSuite>): unknown => JSON.parse(JSON.stringify(r, (k, v) => (k === 'ms' || k === 'dir' ? undefined : v)));

describe('a suite in memory', () => {
  it('the bundled suite from a Map of path → bytes gets the results it gets from disk', () => {
    const files = new MemorySuiteFiles(filesUnder(SUITE).map((f) => [relative(SUITE, f).split('\\').join('/'), new Uint8Array(readFileSync(f))] as const), 'conformance');
    const memory = runSuite(files, { lang: 'en' });
    const disk = runSuiteDir(SUITE, { lang: 'en' });
    expect(memory.usable).toBe(true);
    expect(memory.totals.scenariosFailed).toBe(0);
    expect(comparable(memory)).toEqual(comparable(disk));
    expect(memory.scenarios.map((s) => s.dir)).toEqual(disk.scenarios.map((s) => `conformance/${s.id}`));
    expect(suiteText(memory, 'en').replace(/\d+ ms/g, '')).toContain('conformance');
  });

  it('one scenario at the root, a missing message, text content and an empty suite', () => {
    const scenario = readFileSync(join(SUITE, 'woonplaatsbeginsel-casus-15', 'scenario.json'), 'utf8');
    const one = runSuite(new MemorySuiteFiles([['scenario.json', scenario]], 'casus-15'));
    expect(one.usable).toBe(true);
    expect(one.scenarios.map((s) => s.id)).toEqual(['casus-15']);
    expect(one.scenarios[0]!.steps.every((s) => s.status === 'fail' && /JW319|xml/i.test(s.reason ?? ''))).toBe(true);
    const empty = runSuite(new MemorySuiteFiles([], 'leeg'), { lang: 'en' });
    expect(empty.usable).toBe(false);
    expect(empty.problem).toMatch(/leeg/);
  });

  it('paths in a scenario stay inside it', () => {
    expect(['a.xml', './a.xml', 'sub/../a.xml', 'sub//a.xml'].map(normalizeRelative)).toEqual(['a.xml', 'a.xml', 'a.xml', 'sub/a.xml']);
    expect(['', '.', '..', '../a.xml', 'sub/../../a.xml', '/a.xml', 'C:a.xml', 'a\\b.xml', 'a\0.xml'].map(normalizeRelative)).toEqual(Array(9).fill(null));
  });
});
