/**
 * Level 4 in the pipeline: when it runs (opt-in, after the levels before it passed), what it means for
 * recording and for the retourbericht, the AGB source (off by default) and the async port.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/context/store.js';
import { parse } from '../../src/parse.js';
import { respond } from '../../src/respond/index.js';
import { catalogueEntry } from '../../src/catalogue/index.js';
import { scanXml } from '../../src/xml/scan.js';
import { validate } from '../../src/pipeline/validate.js';
import { resolveSources, shippedSources, sourceKeys, sourcesSnapshot, type ExternalSource, type SourceKeys } from '../../src/sources/index.js';
import type { JW302, JW325 } from '../../src/types/messages.generated.js';
import { edit, golden, set } from '../support/messages.js';
import { TODAY } from '../support/rules.js';
import { sourcePaths } from '../support/sources.js';

const dag = 'Header/BerichtIdentificatie/Dagtekening';
const future = (bericht: string): string => edit(golden(bericht), set(dag, '2027-01-01'));

describe('when level 4 runs', () => {
  it('does not run without sources, and reports so in levels', () => {
    const r = validate(future('JW301'), { today: TODAY });
    expect(r.levels).toEqual(['schema', 'rule']);
    expect(r.valid).toBe(true);
  });

  it('runs with sources: true after level 2 (no store), and after level 3 (with one)', () => {
    expect(validate(golden('JW301'), { today: TODAY, sources: true }).levels).toEqual(['schema', 'rule', 'external']);
    expect(validate(golden('JW301'), { today: TODAY, sources: true, context: new MemoryStore() }).levels).toEqual(['schema', 'rule', 'context', 'external']);
    const r = validate(future('JW301'), { today: TODAY, sources: true });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => `${i.level} ${i.code}`)).toEqual(['external TR135']);
  });

  it('does not run when level 2 failed, nor with upTo rule or context', () => {
    const broken = edit(future('JW301'), set('Client/Bsn', '123456789'));
    expect(validate(broken, { today: TODAY, sources: true }).levels).toEqual(['schema', 'rule']);
    expect(validate(future('JW301'), { today: TODAY, sources: true, upTo: 'rule' }).levels).toEqual(['schema', 'rule']);
  });

  it('runs before the variant level, and upTo external stops before it', () => {
    expect(validate(golden('JW301'), { today: TODAY, sources: true, variants: { variant: 'inspanningsgericht' } }).levels).toEqual(['schema', 'rule', 'external', 'variant']);
    expect(validate(golden('JW301'), { today: TODAY, sources: true, upTo: 'external', variants: { variant: 'inspanningsgericht' } }).levels).toEqual(['schema', 'rule', 'external']);
  });

  it('keeps a message rejected on level 4 out of the history', () => {
    const store = new MemoryStore();
    validate(future('JW301'), { today: TODAY, sources: true, context: store });
    expect(store.all()).toEqual([]);
    validate(golden('JW301'), { today: TODAY, sources: true, context: store });
    expect(store.all().length).toBeGreaterThan(0);
  });
});

describe('the AGB source', () => {
  const known = new Set(['56781234']);

  it('is off by default', () => {
    expect(sourcePaths('bron.agb-onbekend', edit(golden('JW301'), set('Header/Ontvanger', '99999999')))).toEqual([]);
  });

  it('with a set of known codes, rejects an aanbieder it does not know, in either direction', () => {
    const sources = sourcesSnapshot({ agb: known });
    expect(sourcePaths('bron.agb-onbekend', golden('JW301'), { sources })).toEqual([]);
    expect(sourcePaths('bron.agb-onbekend', edit(golden('JW301'), set('Header/Ontvanger', '99999999')), { sources })).toEqual(['/Bericht/Header/Ontvanger']);
    expect(sourcePaths('bron.agb-onbekend', edit(golden('JW323'), set('Header/Afzender', '99999999')), { sources })).toEqual(['/Bericht/Header/Afzender']);
  });

  it('takes a predicate too', () => {
    const sources = sourcesSnapshot({ agb: (agb) => agb.startsWith('5678') });
    expect(sourcePaths('bron.agb-onbekend', edit(golden('JW305'), set('Header/Afzender', '56789999')), { sources })).toEqual([]);
    expect(sourcePaths('bron.agb-onbekend', edit(golden('JW305'), set('Header/Afzender', '12349999')), { sources })).toEqual(['/Bericht/Header/Afzender']);
  });

  it('gets no retourbericht: the standard has no retourcode for it', () => {
    const r = respond(edit(golden('JW301'), set('Header/Ontvanger', '99999999')), { today: TODAY, sources: sourcesSnapshot({ agb: known }) });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/^bron\.agb-onbekend: /);
  });
});

describe('the retourbericht of a level-4 finding', () => {
  it('answers TR135 on the Header with 8848', () => {
    const r = respond(future('JW301'), { today: TODAY, sources: true });
    if (!r.ok) throw new Error(r.reason);
    const parsed = parse(r.xml);
    const header = parsed.ok ? (parsed.message.data as unknown as JW302.Root).Header : undefined;
    expect(header?.RetourCodes?.RetourCode).toEqual(['8848']);
  });

  it('answers TR381 in a declaratie on the Prestatie with S329, the other prestaties left out', () => {
    const xml = edit(golden('JW323'), set('Declaratie/Clienten/Client[1]/Prestaties/Prestatie/ProductCode', '54002'));
    const r = respond(xml, { today: TODAY, sources: true });
    if (!r.ok) throw new Error(r.reason);
    const parsed = parse(r.xml);
    const data = parsed.ok ? (parsed.message.data as unknown as JW325.Root) : undefined;
    const clients = data?.DeclaratieAntwoord?.Clienten?.Client ?? [];
    const codes = clients.flatMap((c) => c.Prestaties.Prestatie.map((p) => p.RetourCodes.RetourCode));
    expect(codes).toEqual([['S329']]);
  });

  it('is unchanged without sources', () => {
    const r = respond(future('JW301'), { today: TODAY });
    if (!r.ok) throw new Error(r.reason);
    expect(r.xml).not.toContain('8848');
  });
});

describe('the async port', () => {
  const root = (xml: string) => {
    const s = scanXml(xml);
    if (!s.ok) throw new Error('not well-formed');
    return s.document.root;
  };

  it('collects the keys of a message', () => {
    const keys = sourceKeys(root(golden('JW323')), catalogueEntry('JW323')!);
    expect(keys).toEqual({ standaard: 'iJw', gemeente: '0344', aanbieder: '56781234', producten: expect.arrayContaining([{ categorie: '45', code: '45A07' }, { categorie: '54', code: '54002' }]) });
  });

  it('resolves the sources before the check, and the check reads the result', async () => {
    const asked: SourceKeys[] = [];
    const agb: ExternalSource<ReadonlySet<string>> = {
      async resolve(keys) {
        asked.push(keys);
        return new Set<string>();
      },
    };
    const tarieven: ExternalSource<readonly import('../../src/sources/index.js').Tarief[]> = {
      resolve: async (keys) => [{ standaard: keys.standaard, gemeente: keys.gemeente, aanbieder: keys.aanbieder, categorie: '45', code: '45A07', bedrag: 1, eenheid: '04' }],
    };
    const xml = golden('JW323');
    const sources = await resolveSources(sourceKeys(root(xml), catalogueEntry('JW323')!), { agb, tarieven });
    expect(asked).toHaveLength(1);
    const r = validate(xml, { today: TODAY, sources });
    expect(r.issues.map((i) => i.code).sort()).toEqual(['TR418', 'bron.agb-onbekend']);
  });

  it('layers regional product codes over the base list', async () => {
    const xml = edit(golden('JW301'), set('Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Categorie', '43'), set('Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Code', '45Q01'));
    const keys = sourceKeys(root(xml), catalogueEntry('JW301')!);
    expect(validate(xml, { today: TODAY, sources: true }).issues.map((i) => i.code)).toEqual(['TR381']);
    const sources = await resolveSources(keys, { productcodes: { resolve: async (k) => [{ standaard: k.standaard, gemeente: k.gemeente, codes: [{ categorie: '43', code: '45Q01' }] }] } }, shippedSources());
    expect(validate(xml, { today: TODAY, sources }).issues).toEqual([]);
  });

  it('passes a failing source on as a rejected promise, never as a snapshot', async () => {
    await expect(resolveSources(sourceKeys(root(golden('JW301')), catalogueEntry('JW301')!), { agb: { resolve: () => Promise.reject(new Error('AGB register down')) } })).rejects.toThrow('AGB register down');
  });
});
