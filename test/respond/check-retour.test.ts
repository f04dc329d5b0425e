/**
 * checkRetour(): every retourbericht respond() writes for the bundled conformance suite is accepted;
 * hand-damaged ones are rejected, each with its own code and the path in the retourbericht.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/context/store.js';
import { validate } from '../../src/pipeline/validate.js';
import { checkRetour } from '../../src/respond/check.js';
import { respond } from '../../src/respond/index.js';
import type { Report } from '../../src/report/types.js';
import { loadContract, type VariantConfig } from '../../src/variants/index.js';
import { edit, golden, set } from '../support/messages.js';

const suite = join(__dirname, '..', '..', 'conformance');
const TODAY = '2026-11-23';

interface Step { bericht: string }
interface Scenario { stappen: Step[]; vandaag?: string; contract?: string; variant?: { variant: string; taakgerichtProfiel?: string }; berichtoverstijgend?: boolean }

/** Every step of the bundled suite, judged as the runner judges it, with its report. */
function steps(): Array<{ id: string; heen: Uint8Array; report: Report; today: string }> {
  const out: Array<{ id: string; heen: Uint8Array; report: Report; today: string }> = [];
  for (const dir of readdirSync(suite).sort()) {
    const file = join(suite, dir, 'scenario.json');
    if (!existsSync(file)) continue;
    const s = JSON.parse(readFileSync(file, 'utf8')) as Scenario;
    let variants: VariantConfig | undefined;
    if (s.contract) {
      const loaded = loadContract(readFileSync(join(suite, dir, s.contract), 'utf8'));
      if (loaded.ok) variants = { contract: loaded.contract };
    } else if (s.variant) variants = s.variant as VariantConfig;
    const store = new MemoryStore();
    const today = s.vandaag ?? TODAY;
    for (const step of s.stappen) {
      const heen = readFileSync(join(suite, dir, step.bericht));
      const report = validate(heen, { today, ...(variants ? { variants } : {}), ...(s.berichtoverstijgend !== false ? { context: store } : {}) });
      out.push({ id: `${dir}/${step.bericht}`, heen, report, today });
    }
  }
  return out;
}

const codes = (r: ReturnType<typeof checkRetour>): string[] => [...new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.code))].sort();

describe('checkRetour', () => {
  const all = steps();

  it('accepts every retourbericht respond() writes for the bundled conformance suite', () => {
    let answered = 0;
    const wrong: string[] = [];
    for (const s of all) {
      const r = respond(s.heen, { report: s.report, today: s.today });
      if (!r.ok) continue;
      answered++;
      const c = checkRetour(s.heen, r.xml, { report: s.report, today: s.today });
      if (!c.ok) wrong.push(`${s.id}: ${c.issues.map((i) => `${i.code} ${i.path} ${i.message}`).join('; ')}`);
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(30);
  });

  const withBody = all.find((s) => s.id.endsWith('03-jw305-onbekende-toewijzing.xml'))!;
  const bodyRetour = (): string => {
    const r = respond(withBody.heen, { report: withBody.report, today: withBody.today });
    return r.ok ? r.xml : '';
  };
  const judge = (retour: string, s = withBody) => checkRetour(s.heen, retour, { report: s.report, today: s.today });

  it('rejects a 0001 with a body (and the 0001 no finding of level 2 backs)', () => {
    const damaged = bodyRetour().replace(/(<jw306:Header>[\s\S]*?<jw306:RetourCode>)0200(<)/, '$10001$2');
    const r = judge(damaged);
    expect(codes(r)).toEqual(['retour.body-after-0001', 'retour.code-without-finding']);
    expect(r.issues.find((i) => i.code === 'retour.body-after-0001')!.path).toBe('/Bericht/Client');
  });

  it('rejects a class left unanswered', () => {
    // The Header says 0200 (a finding below it), but the Client and its StartProduct are not answered.
    const damaged = bodyRetour().replace(/<jw306:Client>[\s\S]*<\/jw306:Client>\s*/, '');
    const r = judge(damaged);
    expect(codes(r)).toEqual(['retour.class-unanswered']);
    expect(r.issues.map((i) => i.message).join(' ')).toContain('/Bericht/Client/StartProducten/StartProduct');
  });

  it('rejects a retourcode without a finding, and a finding left unanswered', () => {
    const swapped = bodyRetour().replace('<jw306:RetourCode>9019</jw306:RetourCode>', '<jw306:RetourCode>9069</jw306:RetourCode>');
    const r = judge(swapped);
    expect(codes(r)).toEqual(['retour.code-without-finding', 'retour.finding-unanswered']);
    expect(r.issues.every((i) => i.path === '/Bericht/Client/StartProducten/StartProduct/RetourCodes')).toBe(true);
    // On an approved message: a Header with a rule's code.
    const heen = golden('JW301');
    const approved = respond(heen, { today: TODAY });
    const withCode = (approved.ok ? approved.xml : '').replace('</jw302:XsdVersieRetour>', '</jw302:XsdVersieRetour><jw302:RetourCodes><jw302:RetourCode>9019</jw302:RetourCode></jw302:RetourCodes>');
    const c = checkRetour(heen, withCode, { today: TODAY });
    expect(codes(c)).toEqual(['retour.code-without-finding']);
    expect(checkRetour(heen, approved.ok ? approved.xml : '', { today: TODAY }).ok).toBe(true);
  });

  it('rejects a missing 0001 when the heen message fails level 2', () => {
    const heen = edit(golden('JW301'), set('Client/ToegewezenProducten/ToegewezenProduct/Einddatum', '2020-01-01'));
    const rep = validate(heen, { today: TODAY });
    expect(rep.issues.some((i) => i.level === 'rule')).toBe(true);
    const r = respond(heen, { today: TODAY });
    expect(r.ok).toBe(true);
    const xml = r.ok ? r.xml : '';
    expect(checkRetour(heen, xml, { today: TODAY }).ok).toBe(true);
    const c = checkRetour(heen, xml.replace('<jw302:RetourCode>0001</jw302:RetourCode>', '<jw302:RetourCode>0200</jw302:RetourCode>'), { today: TODAY });
    expect(codes(c)).toEqual(['retour.missing-0001']);
  });

  it('rejects a wrong 325 total and a wrong 8001', () => {
    const heen = golden('JW323');
    const r = respond(heen, { today: TODAY });
    const xml = r.ok ? r.xml : '';
    expect(checkRetour(heen, xml, { today: TODAY }).ok).toBe(true);
    const total = xml.replace(/(<jw325:TotaalToegekendBedrag>\s*<ijw:TotaalBedrag>)(\d+)/, (_m, a: string, n: string) => `${a}${Number(n) + 1}`);
    const c = checkRetour(heen, total, { today: TODAY });
    expect(codes(c)).toContain('retour.total-mismatch');
    expect(c.issues.find((i) => i.code === 'retour.total-mismatch')!.path).toBe('/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag');
    const no8001 = xml.replace(/(<jw325:DeclaratieAntwoord>[\s\S]*<jw325:RetourCode>)8001/, '$10200');
    expect(codes(checkRetour(heen, no8001, { today: TODAY }))).toContain('retour.wrong-8001');
  });

  it('rejects an answer to another message, and the wrong retour type', () => {
    const heen = golden('JW301');
    const r = respond(heen, { today: TODAY });
    const xml = r.ok ? r.xml : '';
    const other = xml.replace(/(<jw302:BerichtIdentificatie>\s*<ijw:Identificatie>)[^<]+/, '$1OTHER-1');
    const c = checkRetour(heen, other, { today: TODAY });
    expect(codes(c)).toEqual(['retour.not-paired']);
    expect(c.issues[0]!.path).toBe('/Bericht/Header/BerichtIdentificatie');
    const wrongType = checkRetour(golden('JW305'), xml, { today: TODAY });
    expect(codes(wrongType)).toEqual(['retour.wrong-bericht']);
    expect(codes(checkRetour('not xml', xml, { today: TODAY }))).toEqual(['retour.heen-unusable']);
    expect(codes(checkRetour(heen, 'not xml', { today: TODAY }))).toEqual(['xml.not-well-formed']);
  });
});
