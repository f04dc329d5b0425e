import { describe, expect, it } from 'vitest';
import { build } from '../src/build/index.js';
import { CATALOGUE, catalogueEntry } from '../src/catalogue/index.js';
import { parse } from '../src/parse.js';
import { respond } from '../src/respond/index.js';
import { validate } from '../src/pipeline/validate.js';
import { edit, golden, set } from './support/messages.js';
import { referencePresent, xmllint } from './support/xsd.js';
import type { JW302, JW325 } from '../src/types/messages.generated.js';

const HEEN = CATALOGUE.filter((e) => e.soort === 'heen').map((e) => e.bericht);

describe('build()', () => {
  it.each(CATALOGUE.map((e) => e.bericht))('%s: parse(build(x)) returns x, and the result is valid', (bericht) => {
    const parsed = parse(golden(bericht));
    if (!parsed.ok) throw new Error('golden does not parse');
    const xml = build(bericht, parsed.message.data as never);
    const again = parse(xml);
    expect(again.ok && again.message.data).toEqual(parsed.message.data);
    expect(validate(xml).valid).toBe(true);
  });

  it('writes elements in schema order whatever the key order, and rejects unknown keys', () => {
    const parsed = parse(golden('JW319'));
    if (!parsed.ok) throw new Error('golden does not parse');
    const data = parsed.message.data as { Header: object; Antwoord: { ReferentieAanbieder: string; VerzoekAntwoord: string } };
    const reversed = { Antwoord: { VerzoekAntwoord: data.Antwoord.VerzoekAntwoord, ReferentieAanbieder: data.Antwoord.ReferentieAanbieder }, Header: data.Header };
    expect(validate(build('JW319', reversed as never)).valid).toBe(true);
    expect(() => build('JW319', { ...reversed, Antwoord: { ...reversed.Antwoord, Reden: '8' } } as never)).toThrow(/Reden is not an element of Bericht\/Antwoord/);
  });

  it('escapes text', () => {
    const xml = edit(golden('JW319'), set('Antwoord/ReferentieAanbieder', 'A&amp;B &lt;1&gt;'));
    const parsed = parse(xml);
    if (!parsed.ok) throw new Error('does not parse');
    const out = build('JW319', parsed.message.data as never);
    expect(out).toContain('A&amp;B &lt;1&gt;');
  });
});

describe('respond()', () => {
  it.each(HEEN)('%s fully approved: the retour is the header only, without retourcodes', (bericht) => {
    const r = respond(golden(bericht), { today: '2026-11-04', identificatie: 'R-1' });
    if (!r.ok) throw new Error(r.reason);
    const retour = catalogueEntry(bericht)!.paar;
    expect(r.bericht).toBe(retour);
    const report = validate(r.xml);
    expect(report.issues).toEqual([]);
    const data = parse(r.xml);
    if (!data.ok) throw new Error('retour does not parse');
    const root = data.message.data as unknown as Record<string, unknown>;
    if (retour.endsWith('325')) {
      const d = root as unknown as JW325.Root;
      expect(d.Header.RetourCodes?.RetourCode).toEqual(['0200']);
      expect(d.DeclaratieAntwoord?.RetourCodes.RetourCode).toEqual(['8001']);
      expect(d.DeclaratieAntwoord?.TotaalToegekendBedrag).toEqual(d.DeclaratieAntwoord?.TotaalIngediendBedrag);
      expect(d.DeclaratieAntwoord?.Clienten).toBeUndefined();
    } else {
      expect(Object.keys(root)).toEqual(['Header']);
      const h = (root as unknown as JW302.Root).Header;
      expect(h.RetourCodes).toBeUndefined();
      expect(h.XsltVersie).toBeUndefined();
      expect(h.DagtekeningRetour).toBe('2026-11-04');
    }
  });

  it('a level-2 failure gets a header-only retour with 0001 and the XsltVersie', () => {
    const heen = edit(golden('JW305'), set('Client/Bsn', '123456783'));
    const r = respond(heen, { today: '2026-11-04' });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const h = d.ok ? (d.message.data as unknown as JW302.Root).Header : undefined;
    expect(h?.RetourCodes?.RetourCode).toEqual(['0001']);
    expect(h?.XsltVersie).toBe('2.10.5');
    expect(h?.Afzender).toBe('56781234');
    expect(validate(r.xml).valid).toBe(true);
  });

  it('a rejected 323 gets a 325 with only the header and 0001, sent by the gemeente', () => {
    const heen = edit(golden('WMO323'), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '1'));
    const r = respond(heen, { today: '2026-11-04' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.bericht).toBe('WMO325');
    const d = parse(r.xml);
    const root = d.ok ? (d.message.data as unknown as JW325.Root) : undefined;
    expect(root?.Header.RetourCodes?.RetourCode).toEqual(['0001']);
    expect(root?.Header.Afzender).toBe('0344');
    expect(root?.Header.DeclaratieIdentificatie.Identificatie).toBe('323-W-000042');
    expect(root?.DeclaratieAntwoord).toBeUndefined();
  });

  it('a level-1 failure gets no retourbericht, only the errors for the sender', () => {
    const r = respond(edit(golden('JW301'), set('Client/Bsn', 'x')));
    expect(r.ok).toBe(false);
    expect(r.report.issues[0]!.code).toBe('xsd.invalid-value');
    expect(respond('niet eens XML').ok).toBe(false);
  });

  it('does not answer a retourbericht', () => {
    const r = respond(golden('JW302'));
    expect(r.ok).toBe(false);
  });
});

describe.skipIf(!referencePresent)('build() output validates against the official XSD (libxml2)', () => {
  it.each(CATALOGUE.map((e) => e.bericht))('%s', async (bericht) => {
    const parsed = parse(golden(bericht));
    if (!parsed.ok) throw new Error('golden does not parse');
    expect(await xmllint(bericht, build(bericht, parsed.message.data as never))).toEqual({ valid: true, errors: [] });
  });
});

describe.skipIf(!referencePresent)('retourberichten validate against the XSD (libxml2)', () => {
  it.each(HEEN)('%s: approved and rejected answers', async (bericht) => {
    const approved = respond(golden(bericht), { today: '2026-11-04' });
    if (!approved.ok) throw new Error(approved.reason);
    expect(await xmllint(approved.bericht, approved.xml)).toEqual({ valid: true, errors: [] });
    const schemaValidButRejected = bericht.endsWith('323') ? edit(golden(bericht), set('Declaratie/TotaalIngediendBedrag/TotaalBedrag', '1')) : edit(golden(bericht), set('Header/BerichtIdentificatie/Dagtekening', '1900-01-01'));
    const rejected = respond(schemaValidButRejected, { today: '2026-11-04', report: validate(schemaValidButRejected) });
    if (!rejected.ok) throw new Error(rejected.reason);
    expect(await xmllint(rejected.bericht, rejected.xml)).toEqual({ valid: true, errors: [] });
  });
});

/** Level-3 findings that make the retour answer every class of the message (each case one retourbericht). */
const CLASS_FINDINGS: Record<string, ReadonlyArray<ReadonlyArray<[string, string]>>> = {
  '301': [[['/Bericht/Client/Bsn', '9019']], [['/Bericht/Header/Afzender', '8848']]],
  '305': [[['/Bericht/Client/StartProducten/StartProduct[2]', '9063']]],
  '307': [[['/Bericht/Client/Bsn', '9019']]],
  '315': [[['/Bericht/Client/Bsn', '9019']]],
  '317': [[['/Bericht/Client/Bsn', '9019']]],
  '319': [[['/Bericht/Antwoord/VerzoekAntwoord', '9069']]],
  '323': [
    [['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ToewijzingNummer', '9338']],
    [['/Bericht/Declaratie/Clienten/Client[1]/Bsn', '9019']],
    [['/Bericht/Declaratie/DeclaratieNummer', '9333']],
    [['/Bericht/Header/Ontvanger', '8848']],
  ],
};

describe.skipIf(!referencePresent)('iWmo retourberichten with retourcodes on their classes validate against the official iWmo XSD (libxml2)', () => {
  it.each(HEEN.filter((b) => b.startsWith('WMO')))('%s', async (bericht) => {
    const heen = golden(bericht);
    const cases = CLASS_FINDINGS[catalogueEntry(bericht)!.nummer]!;
    for (const findings of cases) {
      const r = respond(heen, { today: '2026-11-04', report: withContextFindings(heen, [...findings]) });
      if (!r.ok) throw new Error(r.reason);
      expect(r.bericht).toBe(catalogueEntry(bericht)!.paar);
      // the finding's code is in the retour: it answers the class, not only the header
      expect(r.xml).toContain(`<${r.bericht.toLowerCase()}:RetourCode>${findings[0]![1]}</`);
      expect(await xmllint(r.bericht, r.xml)).toEqual({ valid: true, errors: [] });
    }
  });
});

/** A report as level 3 would give it: the heen message's own report plus findings on given paths. */
function withContextFindings(xml: string, findings: Array<[path: string, retourcode: string]>) {
  const base = validate(xml);
  return {
    ...base,
    valid: false,
    levels: [...base.levels, 'context' as const],
    issues: findings.map(([path, retourcode]) => ({ code: `TR${retourcode}`, level: 'context' as const, severity: 'error' as const, retourcode, path, line: 1, column: 1, message: 'level-3 finding' })),
  };
}

describe('respond() after level-3 findings: every class answered', () => {
  it('a finding on a StartProduct: the Header and Client get 0200, that StartProduct the rule code', async () => {
    const heen = golden('JW305');
    const r = respond(heen, { today: '2026-11-04', report: withContextFindings(heen, [['/Bericht/Client/StartProducten/StartProduct[1]', '9063']]) });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    if (!d.ok) throw new Error('retour does not parse');
    const root = d.message.data as unknown as { Header: { RetourCodes: { RetourCode: string[] } }; Client: { RetourCodes: { RetourCode: string[] }; StartProducten: { StartProduct: Array<{ RetourCodes: { RetourCode: string[] } }> } } };
    expect(root.Header.RetourCodes.RetourCode).toEqual(['0200']);
    expect(root.Client.RetourCodes.RetourCode).toEqual(['0200']);
    expect(root.Client.StartProducten.StartProduct.map((s) => s.RetourCodes.RetourCode)).toEqual([['9063'], ['0200']]);
    if (referencePresent) expect(await xmllint('JW306', r.xml)).toEqual({ valid: true, errors: [] });
  });

  it('a finding in the Header: only the Header, with that code', () => {
    const heen = golden('WMO317');
    const r = respond(heen, { report: withContextFindings(heen, [['/Bericht/Header/Ontvanger', '8848']]) });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const root = d.ok ? (d.message.data as unknown as Record<string, { RetourCodes?: { RetourCode: string[] } }>) : {};
    expect(Object.keys(root)).toEqual(['Header']);
    expect(root.Header!.RetourCodes!.RetourCode).toEqual(['8848']);
  });

  it('325: a rejected prestatie is listed under its client; the others are granted', async () => {
    const heen = golden('JW323');
    const r = respond(heen, { report: withContextFindings(heen, [['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ToewijzingNummer', '9338']]) });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const a = d.ok ? (d.message.data as unknown as JW325.Root) : undefined;
    expect(a?.Header.RetourCodes?.RetourCode).toEqual(['0200']);
    expect(a?.DeclaratieAntwoord?.RetourCodes.RetourCode).toEqual(['0200']);
    expect(a?.DeclaratieAntwoord?.TotaalToegekendBedrag).toEqual({ TotaalBedrag: '130050', DebetCredit: 'D' });
    expect(a?.DeclaratieAntwoord?.Clienten?.Client.map((c) => [c.Bsn, c.RetourCodes.RetourCode, c.Prestaties.Prestatie.map((p) => p.RetourCodes.RetourCode)])).toEqual([['111222333', ['0200'], [['9338']]]]);
    expect(validate(r.xml).valid).toBe(true);
    if (referencePresent) expect(await xmllint('JW325', r.xml)).toEqual({ valid: true, errors: [] });
  });

  it('325: a finding on a Client rejects its prestaties with 0233', () => {
    const heen = golden('WMO323');
    const r = respond(heen, { report: withContextFindings(heen, [['/Bericht/Declaratie/Clienten/Client[1]/Bsn', '9019']]) });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const a = d.ok ? (d.message.data as unknown as JW325.Root) : undefined;
    expect(a?.DeclaratieAntwoord?.Clienten?.Client.map((c) => [c.RetourCodes.RetourCode, c.Prestaties.Prestatie.map((p) => p.RetourCodes.RetourCode)])).toEqual([[['9019'], [['0233']]]]);
    expect(a?.DeclaratieAntwoord?.TotaalToegekendBedrag.TotaalBedrag).toBe('57700');
    expect(validate(r.xml).valid).toBe(true);
  });

  it('325: a finding on the Declaratie rejects the whole declaration with nothing granted', () => {
    const heen = golden('JW323');
    const r = respond(heen, { report: withContextFindings(heen, [['/Bericht/Declaratie/DeclaratieNummer', '9333']]) });
    if (!r.ok) throw new Error(r.reason);
    const d = parse(r.xml);
    const a = d.ok ? (d.message.data as unknown as JW325.Root) : undefined;
    expect(a?.DeclaratieAntwoord?.RetourCodes.RetourCode).toEqual(['9333']);
    expect(a?.DeclaratieAntwoord?.TotaalToegekendBedrag).toEqual({ TotaalBedrag: '0', DebetCredit: 'D' });
    expect(a?.DeclaratieAntwoord?.Clienten).toBeUndefined();
    expect(validate(r.xml).valid).toBe(true);
  });
});
