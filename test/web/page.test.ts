// The browser page (web/, built by `npm run build:web` into web/dist) in Debian's Chromium through
// playwright-core: served by a static server on 127.0.0.1, it must give the verdicts and codes the
// library and the CLI give, run the bundled conformance suite as the CLI does, work from file://,
// and make no request after it has loaded. Without Chromium the test is skipped, except in CI
// (CI=true), where a missing browser fails it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/pipeline/validate.js';
import { respond } from '../../src/respond/index.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import { replayExchange } from '../../src/app/index.js';
import { runSuiteDir } from '../../src/adapters/suite-files.js';
import type { Report } from '../../src/report/types.js';
import { writeZip } from '../support/zip.js';

/** The little of the DOM the functions run in the page use (the test's own types have no DOM). */
declare const document: { querySelectorAll(s: string): { length: number }; querySelector(s: string): { textContent: string | null } | null; documentElement: { scrollWidth: number; clientWidth: number } };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'web', 'dist');
const CHROMIUM = '/usr/bin/chromium';
const inCi = process.env.CI === 'true';
const haveChromium = existsSync(CHROMIUM);
if (inCi && !haveChromium) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);

const SAMPLES = join(root, 'fixtures', 'samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xml')).sort();
const INVALID = join(root, 'fixtures', 'ijw', 'JW305', 'invalid-unknown-element.xml');
/** A message cut short: not well-formed. */
const brokenBytes = readFileSync(join(SAMPLES, 'jw301.xml')).subarray(0, 700);
/** A BSN that is not nine digits: its finding quotes the value, which the page masks. */
const BAD_BSN = '12345678X';
const bsnBytes = Buffer.from(readFileSync(join(SAMPLES, 'jw301.xml'), 'utf8').replace(/<jw301:Bsn>\d+</, `<jw301:Bsn>${BAD_BSN}<`));

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Codes of a report in order of first appearance (as the page lists them). */
const codesOf = (r: Report): string => [...new Set(r.issues.map((i) => i.code))].join(' ');

interface Shown {
  file: string;
  valid: boolean;
  bericht: string;
  codes: string;
}
const shownResults = (page: Page): Promise<Shown[]> =>
  page.$$eval('section.result', (els) => els.map((e) => ({ file: e.getAttribute('data-file')!, valid: e.getAttribute('data-valid') === 'true', bericht: e.getAttribute('data-bericht')!, codes: e.getAttribute('data-codes')! })));

describe.skipIf(!haveChromium)('the page in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let url: string;
  const tmp = mkdtempSync(join(tmpdir(), 'iwmo-ijw-web-'));

  beforeAll(async () => {
    // The quick start's `npm test` after `npm ci` builds the page itself when it is not built yet.
    if (!existsSync(join(dist, 'index.html'))) execFileSync('npm', ['run', '-s', 'build:web'], { cwd: root, stdio: 'ignore' });
    server = await serve(dist);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    rmSync(tmp, { recursive: true, force: true });
  });

  /** A fresh page at `at`, recording every request, and whether it came after the page had loaded. */
  async function open(at: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; before: string[]; after: string[] }> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const before: string[] = [];
    const after: string[] = [];
    let loaded = false;
    page.on('request', (r) => (loaded ? after : before).push(r.url()));
    await page.goto(at, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready=true]');
    loaded = true;
    return { page, before, after };
  }

  it('validates the samples, an invalid and a broken message with the verdicts and codes of validate() and the CLI; no request after load', async () => {
    const { page, before, after } = await open(url);
    // Every request while loading went to the local server; none to any other host.
    expect(before.length).toBeGreaterThan(0);
    for (const u of before) expect(new URL(u).hostname).toBe('127.0.0.1');

    await page.uncheck('#exchange'); // one by one, as `iwmo-ijw validate` without --context
    const files = [...samples.map((f) => join(SAMPLES, f)), INVALID];
    const picked = files.map((f) => ({ name: f.split(sep).pop()!, mimeType: 'text/xml', buffer: readFileSync(f) }));
    await page.setInputFiles('#files', [...picked, { name: 'broken.xml', mimeType: 'text/xml', buffer: brokenBytes }, { name: 'bsn.xml', mimeType: 'text/xml', buffer: bsnBytes }]);
    await page.waitForFunction((n) => document.querySelectorAll('section.result').length === n, files.length + 2);
    const shown = await shownResults(page);

    const expected = [...files.map((f) => ({ name: f.split(sep).pop()!, report: validate(readFileSync(f)) })), { name: 'broken.xml', report: validate(brokenBytes) }, { name: 'bsn.xml', report: validate(bsnBytes) }];
    expect(shown).toEqual(expected.map(({ name, report }) => ({ file: name, valid: report.valid, bericht: report.bericht ?? '', codes: codesOf(report) })));
    expect(shown.filter((s) => s.valid).map((s) => s.file)).toEqual(samples);
    expect(shown.find((s) => s.file === 'broken.xml')!.codes).toMatch(/^xml\./);

    // The CLI says the same (verdict and codes per file).
    let lines: string;
    try {
      lines = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'validate', ...files, '--format', 'jsonl'], { encoding: 'utf8' });
    } catch (e) {
      lines = (e as { stdout: string }).stdout; // exit status 1: an invalid message
    }
    const fromCli = lines.trim().split('\n').map((l) => JSON.parse(l) as Report & { file: string; type?: string }).filter((l) => l.type === undefined); // not the closing summary
    expect(fromCli.map((r) => ({ file: r.file.split(sep).pop(), valid: r.valid, codes: codesOf(r) }))).toEqual(shown.slice(0, files.length).map((s) => ({ file: s.file, valid: s.valid, codes: s.codes })));

    // Lines and retourcodes of the invalid message, as validate() has them.
    const inv = validate(readFileSync(INVALID));
    const rows = await page.$$eval('section.result[data-file="invalid-unknown-element.xml"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows.map((r) => [r[0]!.split(' ')[0], r[5], r[6]])).toEqual(inv.issues.map((i) => [i.code, String(i.line), i.retourcode ?? '']));
    // Each code links to its explanation on the page.
    const target = await page.getAttribute('section.result[data-file="invalid-unknown-element.xml"] tbody tr a', 'href');
    expect(await page.locator(`[id="${target!.slice(1)}"]`).count()).toBe(1);

    // Personal data is masked by default; the toggle shows it, and the retourbericht's text.
    const bsn = BAD_BSN;
    expect(await page.textContent('section.result[data-file="bsn.xml"]')).toContain('*****678X');
    expect(await page.textContent('body')).not.toContain(bsn);
    expect(await page.locator('details.retour pre').count()).toBe(0);
    await page.check('#personal');
    expect(await page.textContent('section.result[data-file="bsn.xml"]')).toContain(bsn);
    await page.click('section.result[data-file="jw301.xml"] details.retour summary');
    expect(await page.textContent('section.result[data-file="jw301.xml"] details.retour pre')).toBe(respond(readFileSync(join(SAMPLES, 'jw301.xml'))).ok && (respond(readFileSync(join(SAMPLES, 'jw301.xml'))) as { xml: string }).xml);
    await page.uncheck('#personal');
    expect(await page.textContent('body')).not.toContain(bsn);

    // English: the findings in English, as validate(…, { lang: 'en' }) words them.
    await page.click('#lang');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const en = validate(readFileSync(INVALID), { lang: 'en' });
    expect(await page.textContent('section.result[data-file="invalid-unknown-element.xml"] tbody tr td:nth-child(4)')).toBe(en.issues[0]!.message);
    await page.click('#lang');

    // Nothing left the page after it had loaded.
    expect(after).toEqual([]);

    // Downloads are made in the page (blob: URLs), not fetched.
    const [html] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
    const htmlText = readFileSync((await html.path())!, 'utf8');
    expect(htmlText).toContain('invalid-unknown-element.xml');
    expect(htmlText).not.toContain(bsn);
    const [junit] = await Promise.all([page.waitForEvent('download'), page.click('#download-junit')]);
    expect(readFileSync((await junit.path())!, 'utf8')).toMatch(/<testsuites[\s>]/);
    await page.click('section.result[data-file="jw301.xml"] details.retour summary');
    const [retour] = await Promise.all([page.waitForEvent('download'), page.click('section.result[data-file="jw301.xml"] details.retour button')]);
    expect(retour.suggestedFilename()).toBe('jw301-JW302.xml');
    expect(readFileSync((await retour.path())!, 'utf8')).toContain('<?xml');
    for (const u of after) expect(u.startsWith('blob:')).toBe(true);
    await page.context().close();
  });

  it('checks an exchange in Dagtekening order from a zip (level 3), as the CLI replays a folder', async () => {
    const { page, after } = await open(url);
    const dir = join(root, 'conformance', 'berichtoverstijgend-start-stop');
    const xmls = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
    const zip = writeZip(xmls.map((f) => [`uitwisseling/${f}`, readFileSync(join(dir, f))] as const));
    await page.setInputFiles('#files', { name: 'uitwisseling.zip', mimeType: 'application/zip', buffer: zip });
    await page.waitForFunction((n) => document.querySelectorAll('section.result').length === n, xmls.length);
    const shown = await shownResults(page);
    const { results: expected } = await replayExchange(xmls.map((f) => ({ name: join(dir, f), bytes: readFileSync(join(dir, f)) })), { history: new MemoryHistory() });
    expect(shown).toEqual(expected.map((e) => ({ file: `uitwisseling.zip/uitwisseling/${e.name.split(sep).pop()}`, valid: e.judgement.report.valid, bericht: e.judgement.report.bericht ?? '', codes: codesOf(e.judgement.report) })));
    expect(shown.some((s) => s.codes.split(' ').some((c) => /^TR\d+$/.test(c)))).toBe(true); // level 3 ran
    expect(after).toEqual([]);
    await page.context().close();
  });

  it('runs the bundled conformance suite (a picked folder and a zip) with the CLI’s PASS/FAIL per scenario and step', async () => {
    const { page, after } = await open(url);
    const cli = runSuiteDir(join(root, 'conformance'));
    expect(cli.totals.scenariosFailed).toBe(0);
    const expected = cli.scenarios.map((s) => ({ id: s.id, status: s.status.toUpperCase(), steps: s.steps.map((st) => (st.status === 'pass' && st.retour?.status !== 'fail' ? 'PASS' : 'FAIL')) }));
    const shownSuite = (): Promise<typeof expected> =>
      page.$$eval('section.scenario', (els) =>
        els.map((e) => ({ id: e.getAttribute('data-scenario')!, status: e.getAttribute('data-status')!, steps: [...e.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-status')!) })),
      );

    await page.keyboard.press('Tab'); // keyboard: the tabs are reachable and switch with the arrow keys
    await page.focus('#tab-messages');
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('#panel-suite')).toBe(true);

    await page.setInputFiles('#suite-folder', join(root, 'conformance'));
    await page.waitForSelector('#suite-results .summary');
    expect(await shownSuite()).toEqual(expected);

    const files: Array<readonly [string, Uint8Array]> = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : files.push([relative(root, join(d, e.name)).split(sep).join('/'), readFileSync(join(d, e.name))]);
    };
    walk(join(root, 'conformance'));
    await page.setInputFiles('#suite-zip', { name: 'conformance.zip', mimeType: 'application/zip', buffer: writeZip(files) });
    await page.waitForFunction(() => document.querySelector('#suite-results .summary')?.textContent?.startsWith('conformance:'));
    expect(await shownSuite()).toEqual(expected);

    const [report] = await Promise.all([page.waitForEvent('download'), page.click('#suite-download-junit')]);
    expect(readFileSync((await report.path())!, 'utf8')).toContain('<testsuites');
    for (const u of after) expect(u.startsWith('blob:')).toBe(true);
    await page.context().close();
  });

  it('works from file:// and reads at 200% zoom (640 CSS pixels wide) without sideways scrolling; screenshot for the README', async () => {
    const { page } = await open(pathToFileURL(join(dist, 'index.html')).href, { width: 640, height: 900 });
    await page.uncheck('#exchange');
    await page.setInputFiles('#files', [join(SAMPLES, 'jw301.xml'), INVALID]);
    await page.waitForFunction(() => document.querySelectorAll('section.result').length === 2);
    expect((await shownResults(page)).map((s) => s.valid)).toEqual([true, false]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();

    const shot = await open(url, { width: 1100, height: 1000 });
    await shot.page.uncheck('#exchange');
    await shot.page.setInputFiles('#files', [join(SAMPLES, 'jw301.xml'), INVALID]);
    await shot.page.waitForFunction(() => document.querySelectorAll('section.result').length === 2);
    writeFileSync(join(root, 'docs', 'web-screenshot.png'), await shot.page.screenshot({ fullPage: true }));
    expect(shot.after).toEqual([]);
    await shot.page.context().close();
  });
});
