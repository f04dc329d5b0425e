/**
 * The browser page: validates messages and runs conformance suites with the library's neutral entry,
 * entirely in the page. Files are read with the File API; nothing is sent anywhere.
 */
import * as lib from 'iwmo-ijw';
import {
  MemoryStore,
  MemorySuiteFiles,
  PROFIELEN,
  VARIANTS,
  describeCode,
  loadContract,
  maskReport,
  respond,
  runSuite,
  suiteHtml,
  suiteJunit,
  toHtml,
  toJunit,
  validate,
  type FileReport,
  type Issue,
  type SuiteResult,
  type VariantConfig,
} from 'iwmo-ijw';
import { TEXTS, type Lang, type Texts } from './texts.js';
import { readZip, ZipError } from './zip.js';
import './style.css';

interface Checked {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly report: FileReport;
  readonly retour: { readonly ok: true; readonly bericht: string; readonly xml: string } | { readonly ok: false; readonly reason: string };
}

/** A seam for the official Rapport format: offered when the library has it. */
type RapportWriter = (reports: readonly FileReport[], options: { lang: Lang }) => string;
const toRapport = (lib as unknown as { toRapport?: RapportWriter }).toRapport;

const state = {
  lang: (document.documentElement.lang === 'en' ? 'en' : 'nl') as Lang,
  showPersonal: false,
  exchange: true,
  variant: '' as string,
  profiel: 'sap' as string,
  contract: null as { name: string; config: VariantConfig; count: number } | null,
  contractErrors: null as string[] | null,
  inputs: [] as Array<{ file: string; bytes: Uint8Array }>,
  problems: [] as string[],
  checked: [] as Checked[],
  suite: null as SuiteResult | null,
  suiteProblems: [] as string[],
  mode: 'messages' as 'messages' | 'suite',
};

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const t = (): Texts => TEXTS[state.lang];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string | null | undefined>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Offers `text` as a file to save (a blob: URL in the page itself; nothing leaves the machine). */
function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------------------------------------
// Reading files

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

const isZip = (name: string, b: Uint8Array): boolean => /\.zip$/i.test(name) || (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04);

/** The XML messages among picked or dropped files; a zip contributes its .xml entries. */
async function messagesOf(files: readonly File[]): Promise<{ inputs: Array<{ file: string; bytes: Uint8Array }>; problems: string[] }> {
  const inputs: Array<{ file: string; bytes: Uint8Array }> = [];
  const problems: string[] = [];
  for (const f of files) {
    let b: Uint8Array;
    try {
      b = await bytesOf(f);
    } catch (e) {
      problems.push(t().readError(f.name, String(e)));
      continue;
    }
    if (isZip(f.name, b)) {
      try {
        for (const entry of await readZip(b)) if (/\.xml$/i.test(entry.path) && !/(^|\/)(__MACOSX|\.)/.test(entry.path)) inputs.push({ file: `${f.name}/${entry.path}`, bytes: entry.bytes });
      } catch (e) {
        problems.push(t().zipError(f.name, e instanceof ZipError ? e.message : String(e)));
      }
    } else inputs.push({ file: f.name, bytes: b });
  }
  return { inputs, problems };
}

// ---------------------------------------------------------------------------------------------
// Checking messages

const DAGTEKENING = /<(?:[A-Za-z_][\w.-]*:)?Dagtekening>\s*([^<\s]*)\s*</;
const head = new TextDecoder();

/** Dagtekening order (the header's, the first in a message), then by name, as the command line replays an exchange. */
function inDagtekeningOrder<T extends { file: string; bytes: Uint8Array }>(inputs: readonly T[]): T[] {
  const dag = (b: Uint8Array): string => DAGTEKENING.exec(head.decode(b.subarray(0, 4096)))?.[1] ?? '';
  return inputs
    .map((i) => ({ i, d: dag(i.bytes) }))
    .sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i.file < b.i.file ? -1 : a.i.file > b.i.file ? 1 : 0))
    .map((x) => x.i);
}

function variantConfig(): VariantConfig | undefined {
  if (state.contract) return state.contract.config;
  if (!state.variant) return undefined;
  return state.variant === 'taakgericht'
    ? ({ variant: 'taakgericht', taakgerichtProfiel: state.profiel } as VariantConfig)
    : ({ variant: state.variant } as VariantConfig);
}

function check(): void {
  const lang = state.lang;
  const variants = variantConfig();
  const store = state.exchange ? new MemoryStore() : undefined;
  const inputs = state.exchange ? inDagtekeningOrder(state.inputs) : state.inputs;
  state.checked = inputs.map(({ file, bytes }) => {
    const report = validate(bytes, { lang, ...(store ? { context: store } : {}), ...(variants ? { variants } : {}) });
    const r = respond(bytes, { lang, report, ...(variants ? { variants } : {}) });
    return { file, bytes, report: { ...report, file }, retour: r.ok ? { ok: true, bericht: r.bericht, xml: r.xml } : { ok: false, reason: r.reason } };
  });
  renderResults();
}

// ---------------------------------------------------------------------------------------------
// Rendering

const shown = (r: FileReport): FileReport => (state.showPersonal ? r : maskReport(r));
const anchor = (code: string): string => `uitleg-${code.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

function findingRow(i: Issue): HTMLTableRowElement {
  const w = t();
  return el(
    'tr',
    { class: i.severity },
    el('td', {}, el('code', {}, i.code), ' ', el('a', { href: `#${anchor(i.code)}`, 'aria-label': `${w.explain} ${i.code}` }, `(${w.explain})`)),
    el('td', {}, i.level),
    el('td', {}, i.severity === 'error' ? w.error : w.warning),
    el('td', {}, i.message),
    el('td', { class: 'path' }, i.path),
    el('td', { class: 'num' }, String(i.line)),
    el('td', {}, i.retourcode ?? ''),
  );
}

function resultSection(c: Checked, n: number): HTMLElement {
  const w = t();
  const r = shown(c.report);
  const codes = [...new Set(r.issues.map((i) => i.code))];
  const verdict = r.valid ? w.valid : w.invalid;
  const section = el('section', { class: `result ${r.valid ? 'valid' : 'invalid'}`, 'data-file': c.file, 'data-valid': String(r.valid), 'data-bericht': r.bericht ?? '', 'data-codes': codes.join(' '), 'aria-labelledby': `result-${n}` });
  section.append(
    el('h3', { id: `result-${n}` }, el('span', { class: 'verdict' }, verdict), ' ', el('span', {}, r.bericht ?? w.unknownBericht), ' — ', el('span', { class: 'file' }, c.file)),
    el('p', { class: 'levels' }, `${w.levels}: ${r.levels.join(' + ') || '—'}${r.standaard ? ` · ${r.standaard} ${r.release ?? ''}` : ''}`),
  );
  if (r.issues.length === 0) section.append(el('p', {}, w.noFindings));
  else {
    const table = el('table', {}, el('caption', { class: 'visually-hidden' }, `${verdict} ${c.file}`));
    table.append(el('thead', {}, el('tr', {}, ...[w.code, w.level, w.severity, w.message, w.path, w.line, w.retourcode].map((h) => el('th', { scope: 'col' }, h)))));
    table.append(el('tbody', {}, ...r.issues.map(findingRow)));
    section.append(el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': `${w.message}: ${c.file}` }, table));
  }
  const retour = el('details', { class: 'retour' });
  if (c.retour.ok) {
    const name = `${c.file.replace(/^.*\//, '').replace(/\.xml$/i, '')}-${c.retour.bericht}.xml`;
    const button = el('button', { type: 'button' }, `${w.download} ${c.retour.bericht}`);
    const xml = c.retour.xml;
    button.addEventListener('click', () => save(name, xml, 'application/xml'));
    retour.append(el('summary', {}, `${w.retour}: ${c.retour.bericht}`), button, state.showPersonal ? el('pre', { tabindex: '0' }, xml) : el('p', { class: 'note' }, w.retourHidden));
  } else retour.append(el('summary', {}, w.retourNone), el('p', {}, c.retour.reason));
  section.append(retour);
  return section;
}

function explanations(): HTMLElement | null {
  const codes = [...new Map(state.checked.flatMap((c) => c.report.issues.map((i) => [i.code, i.level] as const))).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (!codes.length) return null;
  const w = t();
  const list = el('dl', {});
  for (const [code, level] of codes) {
    const d = describeCode(code, state.lang, level);
    list.append(
      el('dt', { id: anchor(code) }, el('code', {}, code), ` — ${d.title.replace(/\{\w+\}/g, '…')} `, el('span', { class: 'tag' }, d.official ? w.official : w.own)),
      el('dd', {}, d.description !== d.title ? d.description : '', d.hint && d.hint !== d.description ? el('p', {}, `${w.fix}: ${d.hint}`) : null),
    );
  }
  return el('section', { class: 'rules', 'aria-labelledby': 'rules-h' }, el('h2', { id: 'rules-h' }, w.rules), list);
}

function renderResults(): void {
  const w = t();
  const out = $('results');
  out.replaceChildren();
  for (const p of state.problems) out.append(el('p', { class: 'problem', role: 'alert' }, p));
  if (!state.checked.length) {
    out.append(el('p', {}, w.none));
    $('downloads').hidden = true;
    return;
  }
  const ok = state.checked.filter((c) => c.report.valid).length;
  out.append(el('p', { class: 'summary', role: 'status' }, w.summary(state.checked.length, ok), state.showPersonal ? '' : ` ${w.maskedNote}`));
  state.checked.forEach((c, n) => out.append(resultSection(c, n + 1)));
  const rules = explanations();
  if (rules) out.append(rules);
  $('downloads').hidden = false;
  $('download-rapport').hidden = !toRapport;
}

function reportsForDownload(): FileReport[] {
  return state.checked.map((c) => shown(c.report));
}

// ---------------------------------------------------------------------------------------------
// Conformance suites

async function suiteFromFolder(files: readonly File[]): Promise<MemorySuiteFiles> {
  const entries: Array<[string, Uint8Array]> = [];
  for (const f of files) entries.push([(f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name, await bytesOf(f)]);
  // A picked folder's paths start with its own name: the suite is that folder.
  const top = entries.length && entries.every(([p]) => p.includes('/') && p.split('/')[0] === entries[0]![0].split('/')[0]) ? entries[0]![0].split('/')[0]! : '';
  return new MemorySuiteFiles(top ? entries.map(([p, b]) => [p.slice(top.length + 1), b]) : entries, top || 'suite');
}

async function suiteFromZip(file: File): Promise<MemorySuiteFiles> {
  const entries = (await readZip(await bytesOf(file))).filter((e) => !/(^|\/)__MACOSX\//.test(e.path));
  // A zip of one folder: the suite is that folder.
  const firsts = new Set(entries.map((e) => e.path.split('/')[0]));
  const top = firsts.size === 1 && entries.every((e) => e.path.includes('/')) ? [...firsts][0]! : '';
  return new MemorySuiteFiles(entries.map((e) => [top ? e.path.slice(top.length + 1) : e.path, e.bytes]), top || file.name.replace(/\.zip$/i, ''));
}

let lastSuite: MemorySuiteFiles | null = null;

function runLoadedSuite(): void {
  if (!lastSuite) return;
  state.suite = runSuite(lastSuite, { lang: state.lang });
  renderSuite();
}

function renderSuite(): void {
  const w = t();
  const out = $('suite-results');
  out.replaceChildren();
  for (const p of state.suiteProblems) out.append(el('p', { class: 'problem', role: 'alert' }, p));
  const s = state.suite;
  $('suite-downloads').hidden = !s;
  if (!s) {
    out.append(el('p', {}, w.suiteNone));
    return;
  }
  const tt = s.totals;
  out.append(el('p', { class: 'summary', role: 'status', 'data-usable': String(s.usable), 'data-failed': String(tt.scenariosFailed) }, s.usable ? `${s.dir}: ${tt.scenariosPassed}/${tt.scenarios} scenario's PASS, ${tt.stepsPassed}/${tt.steps} ${w.suiteStep.toLowerCase()}s PASS` : (s.problem ?? '')));
  for (const sc of s.scenarios) {
    const status = sc.status === 'pass' ? 'PASS' : 'FAIL';
    const section = el('section', { class: `scenario ${sc.status}`, 'data-scenario': sc.id, 'data-status': status }, el('h3', {}, el('span', { class: 'verdict' }, status), ` ${sc.id}`), el('p', {}, sc.naam));
    if (sc.reason) section.append(el('pre', { class: 'reason' }, sc.reason));
    if (sc.steps.length) {
      const table = el('table', {}, el('thead', {}, el('tr', {}, ...[w.suiteStep, w.file, w.suiteStatus, w.suiteReason].map((h) => el('th', { scope: 'col' }, h)))));
      table.append(
        el(
          'tbody',
          {},
          ...sc.steps.map((st) => {
            const ok = st.status === 'pass' && st.retour?.status !== 'fail';
            const reason = [st.reason, st.retour?.status === 'fail' ? st.retour.reason : undefined].filter(Boolean).join('\n');
            return el('tr', { class: ok ? 'pass' : 'fail', 'data-step': String(st.stap), 'data-status': ok ? 'PASS' : 'FAIL' }, el('td', { class: 'num' }, String(st.stap)), el('td', {}, st.bericht), el('td', {}, ok ? 'PASS' : 'FAIL'), el('td', {}, reason ? el('pre', {}, reason) : ''));
          }),
        ),
      );
      section.append(el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': sc.id }, table));
    }
    out.append(section);
  }
}

// ---------------------------------------------------------------------------------------------
// The page's words and controls

function renderTexts(): void {
  const w = t();
  document.documentElement.lang = state.lang;
  document.title = w.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const v = w[node.dataset.t as keyof Texts];
    if (typeof v === 'string') node.textContent = v;
  }
  $('lang').setAttribute('aria-label', w.switchLangLabel);
  const select = $<HTMLSelectElement>('variant');
  select.options[0]!.textContent = w.variantNone;
  renderContract();
}

function renderContract(): void {
  const w = t();
  const box = $('contract-status');
  box.replaceChildren();
  if (state.contract) box.append(el('p', {}, `${state.contract.name}: ${w.contractLoaded(state.contract.count)}`));
  if (state.contractErrors) box.append(el('p', { class: 'problem', role: 'alert' }, w.contractBad), el('ul', {}, ...state.contractErrors.map((e) => el('li', {}, e))));
  $('clear-contract').hidden = !state.contract;
  $<HTMLSelectElement>('variant').disabled = !!state.contract;
  $<HTMLSelectElement>('profiel').disabled = !!state.contract || state.variant !== 'taakgericht';
}

async function takeFiles(files: readonly File[]): Promise<void> {
  $('results').setAttribute('aria-busy', 'true');
  const { inputs, problems } = await messagesOf(files);
  state.inputs = inputs;
  state.problems = problems;
  check();
  $('results').setAttribute('aria-busy', 'false');
}

function setMode(mode: 'messages' | 'suite'): void {
  state.mode = mode;
  for (const [tab, panel] of [['tab-messages', 'panel-messages'], ['tab-suite', 'panel-suite']] as const) {
    const on = panel === `panel-${mode}`;
    $(tab).setAttribute('aria-selected', String(on));
    $(tab).tabIndex = on ? 0 : -1;
    $(panel).hidden = !on;
  }
}

function init(): void {
  const variant = $<HTMLSelectElement>('variant');
  variant.append(el('option', { value: '' }, ''), ...VARIANTS.map((v) => el('option', { value: v }, v)));
  $<HTMLSelectElement>('profiel').append(...PROFIELEN.map((p) => el('option', { value: p }, p)));

  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'nl' ? 'en' : 'nl';
    renderTexts();
    if (state.inputs.length) check();
    else renderResults();
    if (lastSuite) runLoadedSuite();
    else renderSuite();
  });
  for (const mode of ['messages', 'suite'] as const) $(`tab-${mode}`).addEventListener('click', () => setMode(mode));
  $('tabs').addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      setMode(state.mode === 'messages' ? 'suite' : 'messages');
      $(`tab-${state.mode}`).focus();
    }
  });

  const input = $<HTMLInputElement>('files');
  input.addEventListener('change', () => void takeFiles([...(input.files ?? [])]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void takeFiles([...(e.dataTransfer?.files ?? [])]);
  });

  variant.addEventListener('change', () => {
    state.variant = variant.value;
    renderContract();
    if (state.inputs.length) check();
  });
  $<HTMLSelectElement>('profiel').addEventListener('change', (e) => {
    state.profiel = (e.target as HTMLSelectElement).value;
    if (state.inputs.length) check();
  });
  const contract = $<HTMLInputElement>('contract');
  contract.addEventListener('change', async () => {
    const f = contract.files?.[0];
    if (!f) return;
    const loaded = loadContract(await f.text());
    if (loaded.ok) {
      state.contract = { name: f.name, config: { contract: loaded.contract }, count: loaded.contract.contracten.length };
      state.contractErrors = null;
    } else {
      state.contract = null;
      state.contractErrors = loaded.errors.map((e) => `${e.path}: ${e.message}`);
    }
    renderContract();
    if (state.inputs.length) check();
  });
  $('clear-contract').addEventListener('click', () => {
    state.contract = null;
    state.contractErrors = null;
    contract.value = '';
    renderContract();
    if (state.inputs.length) check();
  });
  const exchange = $<HTMLInputElement>('exchange');
  exchange.checked = state.exchange;
  exchange.addEventListener('change', () => {
    state.exchange = exchange.checked;
    if (state.inputs.length) check();
  });
  const personal = $<HTMLInputElement>('personal');
  personal.checked = state.showPersonal;
  personal.addEventListener('change', () => {
    state.showPersonal = personal.checked;
    renderResults();
  });

  $('download-html').addEventListener('click', () => save('iwmo-ijw-rapport.html', toHtml(reportsForDownload(), { lang: state.lang, generated: new Date().toISOString().slice(0, 19).replace('T', ' ') }), 'text/html'));
  $('download-junit').addEventListener('click', () => save('iwmo-ijw-junit.xml', toJunit(reportsForDownload(), { lang: state.lang }), 'application/xml'));
  $('download-rapport').addEventListener('click', () => toRapport && save('iwmo-ijw-rapport.xml', toRapport(reportsForDownload(), { lang: state.lang }), 'application/xml'));

  const folder = $<HTMLInputElement>('suite-folder');
  folder.addEventListener('change', async () => {
    state.suiteProblems = [];
    lastSuite = await suiteFromFolder([...(folder.files ?? [])]);
    runLoadedSuite();
  });
  const zip = $<HTMLInputElement>('suite-zip');
  zip.addEventListener('change', async () => {
    const f = zip.files?.[0];
    if (!f) return;
    state.suiteProblems = [];
    try {
      lastSuite = await suiteFromZip(f);
      runLoadedSuite();
    } catch (e) {
      lastSuite = null;
      state.suite = null;
      state.suiteProblems = [t().zipError(f.name, e instanceof Error ? e.message : String(e))];
      renderSuite();
    }
  });
  $('suite-download-html').addEventListener('click', () => state.suite && save('iwmo-ijw-suite.html', suiteHtml(state.suite, state.lang), 'text/html'));
  $('suite-download-junit').addEventListener('click', () => state.suite && save('iwmo-ijw-suite-junit.xml', suiteJunit(state.suite), 'application/xml'));

  setMode('messages');
  renderTexts();
  renderResults();
  renderSuite();
  document.body.dataset.ready = 'true';
}

init();
