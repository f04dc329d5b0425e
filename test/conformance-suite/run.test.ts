import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { suiteExitCode, suiteJunit, suiteText, type SuiteResult } from '../../src/conformance/index.js';
import { runScenarioDir as runScenario, runSuiteDir as runSuite } from '../../src/adapters/suite-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = join(root, 'conformance');

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'iwmo-ijw-suite-'));
  temps.push(d);
  return d;
}
/** A copy of one bundled scenario in a temporary suite folder. */
function copyScenario(name: string): { suite: string; dir: string } {
  const suite = tempDir();
  const dir = join(suite, name);
  cpSync(join(SUITE, name), dir, { recursive: true });
  return { suite, dir };
}

describe('the bundled suite', () => {
  const result = runSuite(SUITE);

  it('passes completely against the library', () => {
    expect(result.usable).toBe(true);
    const failures = result.scenarios.flatMap((s) => (s.broken ? [`${s.id}: ${s.reason}`] : s.steps.filter((st) => st.status === 'fail').map((st) => `${s.id} ${st.bericht}: ${st.reason}`)));
    expect(failures).toEqual([]);
    expect(result.totals.scenariosFailed).toBe(0);
    expect(result.totals.stepsFailed).toBe(0);
    expect(suiteExitCode(result)).toBe(0);
  });

  it('covers every variant, both taakgericht profiles, the woonplaatsbeginsel check and a P×Q onderaannemer', () => {
    const ids = result.scenarios.map((s) => s.id);
    for (const id of ['inspanningsgericht-casus-16-generiek-budget', 'inspanningsgericht-iwmo', 'outputgericht-casus-6-traject', 'outputgericht-casus-11-verblijf', 'taakgericht-sap', 'taakgericht-istandaard-casus-8', 'woonplaatsbeginsel-casus-15', 'woonplaatsbeginsel-taakgericht', 'onderaannemer-taakgericht']) {
      expect(ids).toContain(id);
    }
    const codes = new Set(result.scenarios.flatMap((s) => s.steps.flatMap((st) => [...st.verwacht.codes, ...st.verwacht.waarschuwingen])));
    for (const c of ['variant.declaratie-taakgericht', 'variant.toewijzing-taakgericht', 'variant.woonplaatsbeginsel-gemeente', 'variant.woonplaatsbeginsel-iwmo', 'variant.eenheid-outputgericht', 'variant.eenheid-inspanningsgericht', 'variant.product-niet-gecontracteerd', 'variant.taakgericht-specifiek']) {
      expect(codes).toContain(c);
    }
    // Both standaarden are in the suite.
    const berichten = new Set(result.scenarios.flatMap((s) => s.steps.map((st) => st.gevonden?.bericht?.replace(/[0-9]+$/, ''))));
    expect(berichten).toEqual(new Set(['JW', 'WMO']));
  });

  it('has in every scenario steps that must pass and steps that must fail with a documented code', () => {
    for (const s of result.scenarios) {
      expect(s.bron, s.id).toBeTruthy();
      expect(s.steps.some((st) => st.verwacht.geldig), s.id).toBe(true);
      const failing = s.steps.filter((st) => !st.verwacht.geldig);
      expect(failing.length, s.id).toBeGreaterThan(0);
      for (const st of failing) expect(st.verwacht.codes.length, `${s.id} ${st.bericht}`).toBeGreaterThan(0);
    }
  });

  it('checks retour expectations against the retourbericht respond() builds', () => {
    const withRetour = result.scenarios.flatMap((s) => s.steps.filter((st) => st.retour));
    expect(withRetour.length).toBeGreaterThan(0);
    expect(result.totals.retourChecked).toBe(withRetour.length);
    expect(result.totals.retourFailed).toBe(0);
    for (const st of withRetour) expect(st.retour?.status).toBe('pass');
    const en = runSuite(SUITE, { lang: 'en' });
    const text = suiteText(en, 'en');
    expect(text).toMatch(/PASS {2}step 3 {2}retour \(JW325: header 0200; \/Bericht\/DeclaratieAntwoord 8001\)/);
    expect(text).toMatch(/retour expectations: \d+ passed, 0 failed/);
  });

  it('fails a step whose retourbericht says something else, with the codes found', () => {
    const { suite, dir } = copyScenario('outputgericht-casus-6-traject');
    const json = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as { stappen: Array<{ retour?: { klassen?: Array<{ retourcodes: string[] }> } }> };
    const withRetour = json.stappen.find((s) => s.retour?.klassen)!;
    withRetour.retour!.klassen![0]!.retourcodes = ['0200'];
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(json));
    const r = runSuite(suite, { lang: 'en' });
    expect(r.totals.retourFailed).toBe(1);
    expect(suiteExitCode(r)).toBe(1);
    expect(suiteText(r, 'en')).toMatch(/\/Bericht\/DeclaratieAntwoord: retourcodes 8001, expected 0200/);
  });

  it('every message file of the suite is used by a step (as its message or its supplied retourbericht), and every step file exists', () => {
    for (const s of result.scenarios) {
      const files = readdirSync(s.dir).filter((f) => f.endsWith('.xml')).sort();
      const used = new Set(s.steps.flatMap((st) => [st.bericht, ...(st.retour?.verwacht.bestand !== undefined ? [st.retour.verwacht.bestand] : [])]));
      expect([...used].sort(), s.id).toEqual(files);
    }
  });

  it('checks supplied retourberichten: correct answers pass, wrong ones are caught with their codes', () => {
    const sc = result.scenarios.find((s) => s.id === 'retourbericht-controle')!;
    expect(sc.status).toBe('pass');
    const supplied = sc.steps.filter((st) => st.retour?.verwacht.bestand !== undefined);
    expect(supplied.length).toBe(6);
    expect(supplied.filter((st) => st.retour!.verwacht.juist === false).flatMap((st) => st.retour!.verwacht.codes)).toEqual(
      expect.arrayContaining(['retour.code-without-finding', 'retour.body-after-0001', 'retour.total-mismatch']),
    );
  });
});

describe('a supplied retourbericht in a copy of a scenario', () => {
  it('fails the retour of its step when the answer differs from the expectation, and the scenario when juist is missing', () => {
    const { suite, dir } = copyScenario('retourbericht-controle');
    const file = join(dir, '01-jw302-goedgekeurd.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<jw302:Afzender>)[^<]+/, '$19999'));
    const sc = runSuite(suite, { lang: 'en' }).scenarios[0]!;
    expect(sc.status).toBe('fail');
    const failed = sc.steps.filter((st) => st.retour?.status === 'fail');
    expect(failed.map((st) => st.stap)).toEqual([1]);
    expect(failed[0]!.retour!.reason).toContain('01-jw302-goedgekeurd.xml: not a correct answer, expected a correct answer; unexpected: retour.not-paired');
    const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as { stappen: Array<{ retour?: Record<string, unknown> }> };
    delete scenario.stappen[0]!.retour!.juist;
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario));
    const broken = runSuite(suite, { lang: 'en' }).scenarios[0]!;
    expect(broken.broken).toBe(true);
    expect(broken.reason).toContain('stappen[0].retour.juist');
  });
});

describe('a deliberately broken message in a copy of a scenario', () => {
  it('fails exactly that step, naming the file, the step and the codes found', () => {
    const { suite, dir } = copyScenario('taakgericht-sap');
    const file = join(dir, '03-jw305-start.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</jw305:Begindatum>', '</jw305:Begindatum'));
    const result = runSuite(suite);
    const sc = result.scenarios[0]!;
    expect(sc.status).toBe('fail');
    expect(sc.broken).toBe(false);
    const failed = sc.steps.filter((s) => s.status === 'fail');
    expect(failed.map((s) => [s.stap, s.bericht])).toEqual([[3, '03-jw305-start.xml']]);
    expect(failed[0]!.gevonden?.codes).toEqual(['xml.not-well-formed']);
    expect(failed[0]!.reason).toContain('verwacht geldig; gevonden ongeldig met fouten xml.not-well-formed');
    expect(failed[0]!.reason).toContain('onverwachte fouten:');
    expect(result.totals).toMatchObject({ scenarios: 1, scenariosFailed: 1, stepsFailed: 1, stepsPassed: sc.steps.length - 1 });
    expect(suiteExitCode(result)).toBe(1);
    const text = suiteText(result);
    expect(text).toContain('FAIL  stap 3  03-jw305-start.xml');
    expect(text).toContain('xml.not-well-formed');
  });

  it('names the missing and the unexpected codes when a message breaks a different rule', () => {
    const { suite, dir } = copyScenario('woonplaatsbeginsel-taakgericht');
    // A step that must fail on reden 8 in iWmo is given reden 5 instead: the expected codes are missing.
    const file = join(dir, '08-wmo319-reden-8.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<wmo319:RedenAfwijzingVerzoek>8<', '<wmo319:RedenAfwijzingVerzoek>5<'));
    // A step that must pass gets a specific product: an unexpected code with its location.
    const f2 = join(dir, '01-jw315-aspecifiek.xml');
    writeFileSync(f2, readFileSync(f2, 'utf8').replace('<ijw:Categorie>43</ijw:Categorie>', '<ijw:Categorie>43</ijw:Categorie><ijw:Code>43A35</ijw:Code>'));
    const result = runSuite(suite, { lang: 'en' });
    const steps = result.scenarios[0]!.steps;
    expect(steps.filter((s) => s.status === 'fail').map((s) => s.stap)).toEqual([1, 8]);
    expect(steps[7]!.reason).toContain('expected errors not found: variant.antwoord-taakgericht, variant.woonplaatsbeginsel-iwmo');
    expect(steps[7]!.reason).toContain('found valid');
    // Code without Omvang breaks CD041 too; both are named with their path.
    expect(steps[0]!.reason).toMatch(/unexpected errors:\n {2}CD041 \/Bericht\/Client\/AangevraagdeProducten\/AangevraagdProduct\/Product\/Code 36:44: /);
    expect(steps[0]!.reason).toMatch(/variant\.verzoek-taakgericht \/Bericht\//);
  });

  it('reports a missing message file as a failed step', () => {
    const { suite, dir } = copyScenario('outputgericht-casus-6-traject');
    rmSync(join(dir, '02-jw305-start.xml'));
    const sc = runSuite(suite).scenarios[0]!;
    const failed = sc.steps.filter((s) => s.status === 'fail');
    expect(failed.map((s) => s.stap)).toEqual([2]);
    expect(failed[0]!.reason).toBe('het bericht 02-jw305-start.xml ontbreekt');
    expect(failed[0]!.gevonden).toBeUndefined();
  });

  it('says so when an expected code is not a code of iwmo-ijw', () => {
    const { suite, dir } = copyScenario('taakgericht-sap');
    const json = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as { stappen: { verwacht: { codes?: string[] } }[] };
    json.stappen[7]!.verwacht.codes = ['variant.declaratie-taakgerigt'];
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(json));
    const st = runSuite(suite).scenarios[0]!.steps[7]!;
    expect(st.status).toBe('fail');
    expect(st.reason).toContain('variant.declaratie-taakgerigt (variant.declaratie-taakgerigt is geen code van iwmo-ijw)');
  });

  it('compares warnings as an exact set too', () => {
    const { suite, dir } = copyScenario('taakgericht-sap');
    const json = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as { stappen: { verwacht: { waarschuwingen?: string[] } }[] };
    delete json.stappen[3]!.verwacht.waarschuwingen;
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(json));
    const st = runSuite(suite).scenarios[0]!.steps[3]!;
    expect(st.status).toBe('fail');
    expect(st.reason).toContain('onverwachte waarschuwingen:');
    expect(st.reason).toContain('variant.taakgericht-specifiek');
  });
});

describe('a broken scenario', () => {
  function suiteWith(mutate: (dir: string) => void): SuiteResult {
    const { suite, dir } = copyScenario('taakgericht-istandaard-casus-8');
    cpSync(join(SUITE, 'taakgericht-sap'), join(suite, 'taakgericht-sap'), { recursive: true });
    mutate(dir);
    return runSuite(suite);
  }

  it('with scenario.json that is not JSON fails that scenario without throwing; the others run', () => {
    const result = suiteWith((dir) => writeFileSync(join(dir, 'scenario.json'), '{ "naam": "kapot", '));
    const [broken, ok] = result.scenarios;
    expect(broken).toMatchObject({ id: 'taakgericht-istandaard-casus-8', status: 'fail', broken: true, steps: [] });
    expect(broken!.reason).toMatch(/^scenario\.json is geen geldige JSON: /);
    expect(ok).toMatchObject({ id: 'taakgericht-sap', status: 'pass' });
    expect(result.totals).toMatchObject({ scenarios: 2, scenariosPassed: 1, scenariosFailed: 1, scenariosBroken: 1 });
    expect(suiteExitCode(result)).toBe(1);
    const text = suiteText(result);
    expect(text).toContain('FAIL  taakgericht-istandaard-casus-8');
    expect(text).toContain('scenario kan niet draaien');
  });

  it('with mistakes in scenario.json names every field', () => {
    const result = suiteWith((dir) => {
      const json = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as Record<string, unknown> & { stappen: Record<string, unknown>[] };
      delete json.bron;
      json.variant = { variant: 'taakgerigt' };
      json.stappen[0]!.verwacht = { geldig: 'ja' };
      json.stappen[1]!.verwacht = { geldig: false };
      json.stappen[2]!.bericht = '../../etc/passwd';
      json.stappen[3]!.verwachting = {};
      json.stappen[4]!.retour = { retourcodes: ['200'] };
      writeFileSync(join(dir, 'scenario.json'), JSON.stringify(json));
    });
    const broken = result.scenarios[0]!;
    expect(broken.broken).toBe(true);
    const lines = broken.reason!.split('\n');
    expect(lines[0]).toBe('scenario.json is ongeldig');
    expect(lines.slice(1).map((l) => l.trim())).toEqual(
      expect.arrayContaining([
        'bron: ontbreekt',
        'contract: geef "contract" of "variant", niet allebei',
        'stappen[0].verwacht.geldig: moet true of false zijn',
        'stappen[1].verwacht.codes: een ongeldig bericht vraagt de verwachte foutcodes in "codes"',
        'stappen[2].bericht: moet een pad binnen de scenariomap zijn',
        expect.stringMatching(/^stappen\[3\]\.verwachting: onbekend veld/),
        "stappen[4].retour.retourcodes: '200' is geen retourcode (vier tekens, zoals 0200 of 9338)",
      ]),
    );
  });

  it('with a missing or invalid contract fails that scenario with the reason', () => {
    const missing = suiteWith((dir) => rmSync(join(dir, 'contract.json')));
    expect(missing.scenarios[0]).toMatchObject({ broken: true, reason: 'het contract contract.json ontbreekt' });
    const bad = suiteWith((dir) => writeFileSync(join(dir, 'contract.json'), JSON.stringify({ contracten: [{ standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', variant: 'taakgerigt' }] })));
    expect(bad.scenarios[0]!.broken).toBe(true);
    expect(bad.scenarios[0]!.reason).toMatch(/^het contract contract\.json is ongeldig\n {2}contract\.json: contracten\[0\]\.variant: /);
  });

  it('without scenario.json in a subfolder is a failed scenario', () => {
    const result = suiteWith(() => undefined);
    mkdirSync(join(result.dir, 'leeg'));
    const again = runSuite(result.dir);
    const leeg = again.scenarios.find((s) => s.id === 'leeg');
    expect(leeg).toMatchObject({ status: 'fail', broken: true, reason: 'scenario.json ontbreekt in deze map' });
  });
});

describe('an unusable suite', () => {
  it('is reported, with exit status 2, when the folder does not exist or holds no scenarios', () => {
    const none = runSuite(join(tempDir(), 'bestaat-niet'));
    expect(none).toMatchObject({ usable: false, scenarios: [] });
    expect(none.problem).toMatch(/bestaat niet$/);
    expect(suiteExitCode(none)).toBe(2);
    const empty = runSuite(tempDir(), { lang: 'en' });
    expect(empty.usable).toBe(false);
    expect(suiteText(empty)).toMatch(/^Unusable suite: the folder .* holds no scenarios/);
    expect(suiteExitCode(empty)).toBe(2);
    expect(XMLValidator.validate(suiteJunit(empty))).toBe(true);
  });

  it('runs a folder that is itself a scenario as a suite of one', () => {
    const result = runSuite(join(SUITE, 'woonplaatsbeginsel-casus-15'));
    expect(result.scenarios.map((s) => [s.id, s.status])).toEqual([['woonplaatsbeginsel-casus-15', 'pass']]);
    expect(runScenario(join(SUITE, 'woonplaatsbeginsel-casus-15')).status).toBe('pass');
  });
});

describe('suiteJunit', () => {
  it('writes one testsuite per scenario and one testcase per step and per retour, with failures and errors', () => {
    const { suite, dir } = copyScenario('outputgericht-casus-6-traject');
    const file = join(dir, '06-jw307-stop.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<jw307:RedenBeeindiging>31<', '<jw307:RedenBeeindiging>99<'));
    mkdirSync(join(suite, 'zz-kapot'));
    writeFileSync(join(suite, 'zz-kapot', 'scenario.json'), '[]');
    const result = runSuite(suite);
    const xml = suiteJunit(result);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testsuite' || n === 'testcase' }).parse(xml) as {
      testsuites: { tests: string; failures: string; errors: string; skipped: string; testsuite: { name: string; testcase: { name: string; failure?: { message: string }; skipped?: unknown; error?: unknown }[] }[] };
    };
    const ts = doc.testsuites;
    expect(ts.testsuite.map((s) => s.name)).toEqual(['outputgericht-casus-6-traject', 'zz-kapot']);
    const cases = ts.testsuite[0]!.testcase;
    expect(cases.filter((c) => !c.name.endsWith(' retour')).map((c) => c.name)).toEqual(result.scenarios[0]!.steps.map((s) => `stap ${s.stap}: ${s.bericht}`));
    const failed = cases.filter((c) => c.failure);
    expect(failed.map((c) => c.name)).toEqual(['stap 6: 06-jw307-stop.xml']);
    expect(failed[0]!.failure!.message).toMatch(/^verwacht geldig; gevonden ongeldig met fouten xsd\.invalid-value/);
    expect(cases.filter((c) => c.name.endsWith(' retour')).map((c) => [c.name, c.failure === undefined])).toEqual([['stap 3: 03-jw323-eerste-termijn.xml retour', true], ['stap 7: 07-jw323-tweede-termijn.xml retour', true]]);
    expect(ts.testsuite[1]!.testcase.map((c) => [c.name, c.error !== undefined])).toEqual([['scenario.json', true]]);
    expect(ts).toMatchObject({ failures: '1', errors: '1', skipped: '0', tests: String(7 + 2 + 1) });
  });
});

describe('docs/conformance-suite.md', () => {
  it('describes every scenario of the bundled suite', () => {
    const doc = readFileSync(join(root, 'docs', 'conformance-suite.md'), 'utf8');
    for (const s of runSuite(SUITE).scenarios) expect(doc).toContain(`| \`${s.id}\``);
  });
});
