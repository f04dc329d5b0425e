/**
 * The validation Rapport: the same Fout elements as the official stylesheet (Code, Retourcode,
 * Locatie, order) on every XSD-valid case of the public conformance corpus, and every Rapport valid
 * against rapport.xsd (libxml2 compiled to WebAssembly).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { validate } from '../../src/pipeline/validate.js';
import { RAPPORT_RETOURCODE, toRapport } from '../../src/output/rapport.js';
import type { Report } from '../../src/report/types.js';
import { referenceDir, referencePresent } from '../support/xsd.js';
import { edit, golden, remove, set } from '../support/messages.js';
import { mixedReports } from './reports.js';

const corpus = join(referenceDir, '..', 'conformance');
const corpusPresent = existsSync(join(corpus, 'rapport'));
const rapportXsd = join(referenceDir, 'istandaarden-validatie-rapport-1.1', 'rapport.xsd');

interface Fout {
  code: string;
  retourcode: string | null;
  locaties: string[];
  details: string | null;
}

/** The Header values and Fout elements of a Rapport, whatever prefix it uses. */
function read(xml: string): { header: Record<string, string>; fouten: Fout[] } {
  const text = (s: string, name: string): string | null => new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(s)?.[1] ?? null;
  const headerXml = /<(?:\w+:)?Header>([\s\S]*?)<\/(?:\w+:)?Header>/.exec(xml)![1]!;
  const header: Record<string, string> = {};
  for (const n of ['BerichtCode', 'BerichtVersie', 'BerichtSubversie', 'Identificatie', 'Dagtekening', 'XSLTVersie']) header[n] = text(headerXml, n) ?? '';
  const fouten = [...xml.matchAll(/<(?:\w+:)?Fout>([\s\S]*?)<\/(?:\w+:)?Fout>/g)].map((m) => ({
    code: text(m[1]!, 'Code')!,
    retourcode: text(m[1]!, 'Retourcode'),
    locaties: [...m[1]!.matchAll(/<(?:\w+:)?Locatie>([^<]*)</g)].map((l) => l[1]!),
    details: text(m[1]!, 'Details'),
  }));
  return { header, fouten };
}

async function schemaErrors(rapports: readonly string[]): Promise<string[]> {
  const r = await validateXML({
    xml: rapports.map((contents, i) => ({ fileName: `rapport-${i}.xml`, contents })),
    schema: [readFileSync(rapportXsd, 'utf8')],
  });
  return r.errors.map((e) => `${e.loc?.fileName ?? ''}: ${e.message}`);
}

/** The XSD-valid, non-robustness cases of the corpus with the Rapport the stylesheet printed. */
function cases(): Array<{ id: string; official: string; message: Uint8Array }> {
  if (!corpusPresent) return [];
  return readdirSync(join(corpus, 'rapport'))
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => f.slice(0, -4))
    .filter((id) => (JSON.parse(readFileSync(join(corpus, 'cases', `${id}.json`), 'utf8')) as { level: string }).level !== 'robustness')
    .map((id) => ({ id, official: readFileSync(join(corpus, 'rapport', `${id}.xml`), 'utf8'), message: readFileSync(join(corpus, 'cases', `${id}.xml`)) }));
}

describe.skipIf(!corpusPresent)('toRapport against the official stylesheet', () => {
  const all = cases();
  const ours = all.map((c) => toRapport(validate(c.message, { today: '2026-11-23' })));

  it('covers the corpus (the robustness cases aside: their encodings and DOCTYPEs fail our level 1 by design)', () => {
    expect(all.length).toBeGreaterThan(600);
  });

  it('has the same Fout elements: Code, Retourcode, every Locatie, in the same order', () => {
    const differ: string[] = [];
    all.forEach((c, n) => {
      const strip = (f: Fout): string => `${f.code} ${f.retourcode ?? '-'} ${f.locaties.join(' + ')}`;
      const off = read(c.official).fouten.map(strip);
      const our = read(ours[n]!).fouten.map(strip);
      if (off.join('\n') !== our.join('\n')) differ.push(`${c.id}\n  official: ${off.join(' | ')}\n  ours:     ${our.join(' | ')}`);
    });
    expect(differ).toEqual([]);
  });

  it('has the same Header and a Details text of our own on every Fout', () => {
    all.forEach((c, n) => {
      const off = read(c.official);
      const our = read(ours[n]!);
      expect(our.header, c.id).toEqual(off.header);
      for (const [i, f] of our.fouten.entries()) {
        expect(f.details, c.id).toBeTruthy();
        // Our own words, not the stylesheet's.
        expect(f.details, c.id).not.toBe(off.fouten[i]!.details);
      }
    });
  });

  it('validates against rapport.xsd', async () => {
    expect(await schemaErrors(ours)).toEqual([]);
  }, 60_000);
});

describe.skipIf(!referencePresent)('toRapport beyond the stylesheet', () => {
  it('writes a schema-valid Rapport for messages that fail level 1, with our codes and no Retourcode', async () => {
    const inputs: Array<string | Uint8Array> = [
      'this is not <xml',
      '',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]),
      '<Bericht xmlns="urn:other"/>',
      edit(golden('JW301'), remove('Header/BerichtIdentificatie/Dagtekening')),
      edit(golden('JW301'), set('Header/BerichtIdentificatie/Identificatie', 'much-too-long-identificatie <&>')),
      edit(golden('JW301'), set('Header/BerichtVersie', '300'), set('Header/BerichtIdentificatie/Dagtekening', '2026-02-30')),
    ];
    const reports = inputs.map((i) => validate(i, { today: '2026-11-23' }));
    const rapports = reports.map((r) => toRapport(r));
    expect(await schemaErrors(rapports)).toEqual([]);
    reports.forEach((r, n) => {
      const { fouten } = read(rapports[n]!);
      expect(r.valid).toBe(false);
      expect(fouten.length).toBe(r.issues.filter((i) => i.severity === 'error').length);
      expect(fouten.length).toBeGreaterThan(0);
      for (const f of fouten) {
        expect(f.code).toMatch(/^(xml|xsd|input|message)\./);
        expect(f.retourcode).toBeNull();
        expect(f.locaties.length).toBeGreaterThan(0);
      }
    });
    // What could be read of the header is kept; what does not fit the Rapport's types is "unknown".
    expect(read(rapports[0]!).header).toMatchObject({ BerichtCode: '', BerichtVersie: '0', Identificatie: '', Dagtekening: '0001-01-01' });
    expect(read(rapports[4]!).header).toMatchObject({ BerichtCode: '436', BerichtVersie: '3', Identificatie: '301-J-000042', Dagtekening: '0001-01-01' });
    expect(read(rapports[5]!).header.Identificatie).toBe('');
    expect(read(rapports[6]!).header).toMatchObject({ BerichtVersie: '0', Dagtekening: '0001-01-01' });
  });

  it('lists level-3 and variant errors after level 2 with their own codes, and leaves warnings out', async () => {
    const reports = mixedReports('en');
    const rapports = reports.map((r) => toRapport(r));
    expect(await schemaErrors(rapports)).toEqual([]);
    const variant = reports.find((r) => r.issues.some((i) => i.level === 'variant' && i.severity === 'error'))!;
    const codes = read(toRapport(variant)).fouten.map((f) => f.code);
    expect(codes).toEqual(variant.issues.filter((i) => i.severity === 'error').map((i) => i.code));
    const warned = reports.find((r) => r.issues.some((i) => i.severity === 'warning'))!;
    const warningCodes = new Set(warned.issues.filter((i) => i.severity === 'warning').map((i) => i.code));
    const errorCodes = new Set(warned.issues.filter((i) => i.severity === 'error').map((i) => i.code));
    for (const f of read(toRapport(warned)).fouten) expect(warningCodes.has(f.code) && !errorCodes.has(f.code)).toBe(false);
    const context: Report = {
      standaard: 'iJw', bericht: 'JW301', release: '3.2', levels: ['schema', 'rule', 'context'], valid: false,
      issues: [{ code: 'TR069', level: 'context', severity: 'error', retourcode: '8001', path: '/Bericht/Client', line: 3, column: 5, message: 'x' }],
      header: { berichtCode: '436', berichtVersie: '3', berichtSubversie: '2', identificatie: 'A1', dagtekening: '2026-01-01' },
    };
    expect(read(toRapport(context)).fouten).toEqual([{ code: 'TR069', retourcode: '8001', locaties: ['/Bericht/Client'], details: 'x' }]);
  });

  it('escapes what it quotes from the message', async () => {
    const r = validate(edit(golden('JW301'), set('Client/Geslacht', '&lt;b&gt;&amp;&quot;]]&gt;')), { today: '2026-11-23' });
    const rapport = toRapport(r);
    expect(rapport).not.toContain('<b>');
    expect(await schemaErrors([rapport])).toEqual([]);
  });

  it('prints a Retourcode for exactly the rules the stylesheet prints one for (its rule index)', () => {
    const fromIndex = new Set<string>();
    for (const f of [join(referenceDir, 'ijw-3.2', 'rules', 'xslt-rule-index-ijw-3.2.tsv'), join(referenceDir, 'iwmo-3.2', 'rules')]) {
      const files = f.endsWith('.tsv') ? [f] : readdirSync(f).filter((n) => n.startsWith('xslt-rule-index')).map((n) => join(f, n));
      for (const file of files) {
        for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
          const cols = line.split('\t');
          if (cols[3]?.trim()) fromIndex.add(cols[0]!);
        }
      }
    }
    expect([...RAPPORT_RETOURCODE].sort()).toEqual([...fromIndex].sort());
  });
});
