import { describe, expect, it } from 'vitest';
import { OWN_HINTS } from '../../src/pipeline/codes.js';
import { escapeHtml } from '../../src/xml/escape.js';
import { toHtml } from '../../src/app/formats.js';
import { OWN_MESSAGES } from '../../src/report/messages.js';
import { allIssues, mixedReports } from './reports.js';

describe('toHtml', () => {
  const reports = mixedReports();
  const html = toHtml(reports, { lang: 'nl', generated: '2026-11-15 10:00' });

  it('is one self-contained page: no scripts, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|<iframe|<object|<embed|@import|url\(/i);
    expect(html).not.toMatch(/\b(?:src|href|action)\s*=\s*(?!["']?#)/i);
    // The only http text is in an escaped message (the supported namespaces), never a reference.
    for (const m of html.matchAll(/https?:/g)) expect(html.slice(Math.max(0, m.index - 6), m.index)).not.toMatch(/=["']?$/);
    expect(html).toContain('2026-11-15 10:00');
  });

  it('contains every finding: line:column, code and escaped message', () => {
    for (const i of allIssues(reports)) {
      expect(html).toContain(escapeHtml(i.message));
      expect(html).toContain(`${i.line}:${i.column} · <code>${escapeHtml(i.code)}</code>`);
    }
  });

  it('escapes user data: the <script> value in a message stays text', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&amp;&lt;/script&gt;');
    expect(html).toContain('weird dir/a&amp;b &lt;c&gt;.xml');
  });

  it('has a summary: files, valid and invalid messages, per level and most frequent codes', () => {
    const valid = reports.filter((r) => r.valid).length;
    expect(html).toContain(`<tr><th scope="row">Bestanden</th><td class="n">${reports.length}</td></tr>`);
    expect(html).toContain(`<tr><th scope="row">Geldige berichten</th><td class="n">${valid}</td></tr>`);
    expect(html).toContain(`<tr><th scope="row">Ongeldige berichten</th><td class="n">${reports.length - valid}</td></tr>`);
    expect(html).toContain('Bevindingen per niveau');
    const invalidValue = allIssues(reports).filter((i) => i.code === 'xsd.invalid-value').length;
    expect(html).toContain(`<tr><td><code>xsd.invalid-value</code></td><td class="n">${invalidValue}</td>`);
  });

  it('gives each file its verdict and a hint for xsd codes', () => {
    for (const r of reports) expect(html).toContain(`<h2>${escapeHtml(r.file)} <span class="badge ${r.valid ? 'ok' : 'bad'}">`);
    expect(html).toContain(escapeHtml(OWN_HINTS['xsd.invalid-value']!.nl));
    expect(html).toContain(escapeHtml(OWN_HINTS['xsd.missing-element']!.nl));
  });

  it('has a hint in both languages for every xsd code', () => {
    for (const code of Object.keys(OWN_MESSAGES).filter((c) => c.startsWith('xsd.'))) {
      expect(OWN_HINTS[code]?.nl, code).toBeTruthy();
      expect(OWN_HINTS[code]?.en, code).toBeTruthy();
    }
  });

  it('speaks English when asked', () => {
    const en = toHtml(mixedReports('en'), { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Most frequent codes');
    expect(en).toContain(escapeHtml(OWN_HINTS['xsd.invalid-value']!.en));
    expect(en).not.toContain('Gemaakt');
  });
});
