import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { toSarif, artifactUri } from '../../src/app/formats.js';
import { RULES } from '../../src/rules/registry.js';
import { VERSION } from '../../src/version.js';
import { ROOT, allIssues, mixedReports } from './reports.js';

// The official SARIF 2.1.0 JSON Schema (draft-04), as shipped in @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

function validator(): (data: unknown) => string[] {
  const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is no valid u-flag regex;
  ajv.addFormat('uri', (s: string) => {
    try {
      return new URL(s).protocol.length > 1;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri-reference', (s: string) => {
    try {
      new URL(s, 'http://example.invalid/base/');
      return !/[\s\\]/.test(s);
    } catch {
      return false;
    }
  });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}

describe('toSarif', () => {
  const reports = mixedReports();
  const log = toSarif(reports, { lang: 'nl', toolVersion: VERSION, root: ROOT });
  const run = log.runs[0]!;
  const issues = allIssues(reports);

  it('is valid against the SARIF 2.1.0 schema (also after a JSON round trip, in both languages)', () => {
    const check = validator();
    expect(check(JSON.parse(JSON.stringify(log)))).toEqual([]);
    expect(check(toSarif(mixedReports('en'), { lang: 'en', toolVersion: VERSION }))).toEqual([]);
    expect(check(toSarif([], { lang: 'en', toolVersion: VERSION }))).toEqual([]);
  });

  it('the schema check does catch a broken log', () => {
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validator()(broken).length).toBeGreaterThan(0);
  });

  it('has one run with the iwmo-ijw driver and one rule per code that occurs', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('iwmo-ijw');
    expect(run.tool.driver.version).toBe(VERSION);
    const codes = [...new Set(issues.map((i) => i.code))];
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual(codes.sort());
  });

  it('describes official rules with their description from RULES and own codes from the message tables', () => {
    const cs089 = run.tool.driver.rules.find((r) => r.id === 'CS089')!;
    const rule = RULES.find((r) => r.id === 'CS089')!;
    expect(cs089.shortDescription.text).toBe(rule.description.nl);
    expect(cs089.fullDescription.text).toBe(rule.description.nl);
    expect(cs089.properties).toEqual({ retourcode: '0001', level: 'rule', official: true });
    const xsd = run.tool.driver.rules.find((r) => r.id === 'xsd.invalid-value')!;
    expect(xsd.shortDescription.text).toBe("Waarde '{value}' van {element} is ongeldig: {reason_nl}.");
    expect(xsd.properties.level).toBe('schema');
    expect(xsd.help?.text).toBeTruthy();
    const variant = run.tool.driver.rules.find((r) => r.id === 'variant.taakgericht-omvang')!;
    expect(variant.properties.level).toBe('variant');
    expect(variant.defaultConfiguration.level).toBe('warning');
  });

  it('has one result per issue with the right rule, level, message, file, line, column and path', () => {
    expect(run.results).toHaveLength(issues.length);
    let k = 0;
    reports.forEach((r, fileIndex) => {
      for (const i of r.issues) {
        const res = run.results[k++]!;
        expect(res.ruleId).toBe(i.code);
        expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(i.code);
        expect(res.level).toBe(i.severity);
        expect(res.message.text).toBe(i.message);
        const loc = res.locations[0]!;
        expect(loc.physicalLocation.region).toEqual({ startLine: i.line, startColumn: i.column });
        expect(loc.physicalLocation.artifactLocation.index).toBe(fileIndex);
        expect(run.artifacts[fileIndex]!.location.uri).toBe(loc.physicalLocation.artifactLocation.uri);
        expect(loc.logicalLocations).toEqual([{ fullyQualifiedName: i.path, kind: 'element' }]);
        expect(res.properties.level).toBe(i.level);
        expect(res.properties.retourcode).toBe(i.retourcode);
      }
    });
  });

  it('lists every location of an issue that has several', () => {
    const multi = issues.filter((i) => i.locations && i.locations.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const i of multi) {
      const res = run.results.find((r) => r.message.text === i.message && r.locations[0]!.logicalLocations[0]!.fullyQualifiedName === i.path)!;
      expect(res.locations).toHaveLength(i.locations!.length);
      const got = res.locations.map((l) => `${l.logicalLocations[0]!.fullyQualifiedName}@${l.physicalLocation.region.startLine}:${l.physicalLocation.region.startColumn}`).sort();
      expect(got).toEqual(i.locations!.map((l) => `${l.path}@${l.line}:${l.column}`).sort());
    }
  });

  it('writes file names as relative URIs with forward slashes', () => {
    expect(run.artifacts.map((a) => a.location.uri)).toContain('fixtures/ijw/JW301/golden.xml');
    expect(run.artifacts.map((a) => a.location.uri)).toContain('weird%20dir/a%26b%20%3Cc%3E.xml');
    expect(artifactUri('a\\b\\c.xml')).toBe('a/b/c.xml');
    expect(artifactUri(join(ROOT, 'fixtures', 'x.xml'), ROOT)).toBe('fixtures/x.xml');
    expect(artifactUri('/elsewhere/x.xml', ROOT)).toBe('file:///elsewhere/x.xml');
    expect(artifactUri('-')).toBe('-');
    expect(artifactUri('/a dir/x.xml')).toBe('file:///a%20dir/x.xml');
    expect(artifactUri('C:\\berichten\\x.xml', 'C:\\berichten')).toBe('x.xml');
    expect(artifactUri('D:\\x.xml', 'C:\\berichten')).toBe('file:///D:/x.xml');
  });
});
