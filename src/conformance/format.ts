/**
 * Formatters of a suite result: text for people (PASS/FAIL per scenario and step, a summary) and
 * JUnit XML for CI (one testsuite per scenario, one testcase per step).
 */
import type { Lang } from '../report/types.js';
import { texts } from './texts.js';
import type { ScenarioResult, StepResult, SuiteResult } from './types.js';

const indent = (text: string, pad: string): string =>
  text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');

function stepLine(s: StepResult, lang: Lang): string {
  const t = texts(lang);
  const what = s.gevonden ? ` (${s.gevonden.bericht ?? '?'}, ${s.gevonden.geldig ? t.valid : t.invalid})` : '';
  const head = `  ${s.status === 'pass' ? 'PASS' : 'FAIL'}  ${t.step} ${s.stap}  ${s.bericht}${what}${s.beschrijving ? ` — ${s.beschrijving}` : ''}`;
  const lines = [head];
  if (s.reason) lines.push(indent(s.reason, '        '));
  if (s.retour) {
    lines.push(`  ${s.retour.status === 'pass' ? 'PASS' : 'FAIL'}  ${t.step} ${s.stap}  ${t.retour} (${t.retourExpectation(s.retour.verwacht)})`);
    if (s.retour.reason) lines.push(indent(s.retour.reason, '        '));
  }
  return lines.join('\n');
}

function scenarioBlock(sc: ScenarioResult, lang: Lang): string {
  const t = texts(lang);
  const head = `${sc.status === 'pass' ? 'PASS' : 'FAIL'}  ${sc.id}${sc.naam !== sc.id ? ` — ${sc.naam}` : ''}${sc.bron ? ` [${sc.bron}]` : ''}`;
  if (sc.broken) return [head, `  FAIL  ${t.brokenScenario}`, indent(sc.reason ?? '', '        ')].join('\n');
  return [head, ...sc.steps.map((s) => stepLine(s, lang))].join('\n');
}

/** The result as text: per scenario and step a PASS/FAIL line (with the reason of a failure), then a summary. */
export function suiteText(result: SuiteResult, lang: Lang = result.lang): string {
  const t = texts(lang);
  if (!result.usable) return `${t.unusable(result.problem ?? '')}\n`;
  return [t.suiteHeader(result.dir, result.scenarios.length), '', ...result.scenarios.map((s) => `${scenarioBlock(s, lang)}\n`), t.summary(result.totals), ''].join('\n');
}

const esc = (s: string): string =>
  s
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const secs = (ms: number): string => (ms / 1000).toFixed(3);
const firstLine = (s: string): string => s.split('\n')[0] ?? '';

/**
 * The result as JUnit XML: one testsuite per scenario (named after its folder), one testcase per step;
 * a step with a retour expectation adds a testcase "… retour"; a scenario that cannot run is one
 * testcase "scenario.json" with an error.
 */
export function suiteJunit(result: SuiteResult): string {
  const t = texts(result.lang);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const tt = result.totals;
  if (!result.usable) {
    out.push(`<testsuites name="iwmo-ijw conformance" tests="1" failures="0" errors="1" skipped="0">`);
    out.push(`  <testsuite name="${esc(result.dir)}" tests="1" failures="0" errors="1" skipped="0">`);
    out.push(`    <testcase classname="${esc(result.dir)}" name="suite"><error message="${esc(result.problem ?? '')}"/></testcase>`);
    out.push('  </testsuite>', '</testsuites>', '');
    return out.join('\n');
  }
  const errors = tt.scenariosBroken;
  const tests = tt.steps + tt.retourChecked + errors;
  out.push(`<testsuites name="iwmo-ijw conformance" tests="${tests}" failures="${tt.stepsFailed + tt.retourFailed}" errors="${errors}" skipped="0">`);
  for (const sc of result.scenarios) {
    const name = esc(sc.id);
    if (sc.broken) {
      out.push(`  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0">`);
      out.push(`    <testcase classname="${name}" name="scenario.json"><error message="${esc(firstLine(sc.reason ?? ''))}">${esc(sc.reason ?? '')}</error></testcase>`);
      out.push('  </testsuite>');
      continue;
    }
    const failures = sc.steps.filter((s) => s.status === 'fail').length + sc.steps.filter((s) => s.retour?.status === 'fail').length;
    const retours = sc.steps.filter((s) => s.retour).length;
    const time = secs(sc.steps.reduce((a, s) => a + s.ms, 0));
    out.push(`  <testsuite name="${name}" tests="${sc.steps.length + retours}" failures="${failures}" errors="0" skipped="0" time="${time}">`);
    if (sc.naam !== sc.id || sc.bron) {
      out.push('    <properties>');
      out.push(`      <property name="naam" value="${esc(sc.naam)}"/>`);
      if (sc.bron) out.push(`      <property name="bron" value="${esc(sc.bron)}"/>`);
      out.push('    </properties>');
    }
    for (const s of sc.steps) {
      const cname = esc(`${t.step} ${s.stap}: ${s.bericht}`);
      if (s.status === 'pass') out.push(`    <testcase classname="${name}" name="${cname}" time="${secs(s.ms)}"/>`);
      else out.push(`    <testcase classname="${name}" name="${cname}" time="${secs(s.ms)}"><failure message="${esc(firstLine(s.reason ?? ''))}">${esc(s.reason ?? '')}</failure></testcase>`);
      if (s.retour) {
        const rname = esc(`${t.step} ${s.stap}: ${s.bericht} ${t.retour}`);
        if (s.retour.status === 'pass') out.push(`    <testcase classname="${name}" name="${rname}"/>`);
        else out.push(`    <testcase classname="${name}" name="${rname}"><failure message="${esc(firstLine(s.retour.reason ?? ''))}">${esc(`${s.retour.reason ?? ''}\n(${t.retourExpectation(s.retour.verwacht)})`)}</failure></testcase>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

const html = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PAGE_CSS = [
  'body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1b1b1b}',
  'h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}',
  'table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}',
  '.pass{color:#1a7f37;font-weight:600}.fail{color:#b42318;font-weight:600}pre{white-space:pre-wrap;margin:.2rem 0;font-size:.85rem}',
].join('');

/** The result as one self-contained HTML page (no scripts, no external resources): summary, then per scenario its steps. */
export function suiteHtml(result: SuiteResult, lang: Lang = result.lang): string {
  const t = texts(lang);
  const verdict = (ok: boolean): string => `<span class="${ok ? 'pass' : 'fail'}">${ok ? 'PASS' : 'FAIL'}</span>`;
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${html(t.suiteHeader(result.dir, result.scenarios.length))}</title><style>${PAGE_CSS}</style></head><body>`,
    `<h1>${html(t.suiteHeader(result.dir, result.scenarios.length))}</h1>`,
  ];
  if (!result.usable) {
    parts.push(`<p class="fail">${html(t.unusable(result.problem ?? ''))}</p></body></html>`);
    return parts.join('\n');
  }
  parts.push(`<p>${html(t.summary(result.totals))}</p>`);
  for (const sc of result.scenarios) {
    parts.push(`<h2>${verdict(sc.status === 'pass')} ${html(sc.id)}${sc.naam !== sc.id ? ` — ${html(sc.naam)}` : ''}</h2>`);
    if (sc.bron) parts.push(`<p>${html(sc.bron)}</p>`);
    if (sc.broken) {
      parts.push(`<pre>${html(sc.reason ?? '')}</pre>`);
      continue;
    }
    parts.push(`<table><tr><th>${html(t.step)}</th><th></th><th></th><th></th></tr>`);
    for (const s of sc.steps) {
      const what = s.gevonden ? `${s.gevonden.bericht ?? '?'}, ${s.gevonden.geldig ? t.valid : t.invalid}` : '';
      parts.push(`<tr><td>${s.stap}</td><td>${verdict(s.status === 'pass')}</td><td>${html(s.bericht)}${what ? ` (${html(what)})` : ''}${s.beschrijving ? `<br>${html(s.beschrijving)}` : ''}</td><td>${s.reason ? `<pre>${html(s.reason)}</pre>` : ''}</td></tr>`);
      if (s.retour) {
        parts.push(`<tr><td></td><td>${verdict(s.retour.status === 'pass')}</td><td>${html(t.retour)}: ${html(t.retourExpectation(s.retour.verwacht))}</td><td>${s.retour.reason ? `<pre>${html(s.retour.reason)}</pre>` : ''}</td></tr>`);
      }
    }
    parts.push('</table>');
  }
  parts.push('</body></html>', '');
  return parts.join('\n');
}
