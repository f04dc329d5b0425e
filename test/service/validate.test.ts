/**
 * POST /v1/validate, /v1/respond and /v1/batch over HTTP against the library: the same verdict and
 * the same JSON record as `validate --format json`, the metadata of the judgement, level 3 against
 * the history, and the read-only routes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/pipeline/validate.js';
import { MemoryStore } from '../../src/context/store.js';
import { MemoryHistory } from '../../src/ports/memory.js';
import { jsonRecord } from '../../src/output/format.js';
import { maskReport } from '../../src/output/mask.js';
import { VERSION } from '../../src/version.js';
import { XSLT_VERSIE } from '../../src/respond/index.js';
import { exchange } from '../history/contract.js';
import { TODAY } from '../support/rules.js';
import { golden } from '../support/messages.js';
import { serve } from './support.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLES = join(root, 'fixtures', 'samples');
const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.xml')).sort();

describe('POST /v1/validate', () => {
  it('gives the record of `validate --format json` for every sample, plus the metadata', async () => {
    const s = await serve();
    expect(samples.length).toBeGreaterThan(5);
    for (const file of samples) {
      const bytes = readFileSync(join(SAMPLES, file));
      const r = await s.post(`/v1/validate?name=${file}&today=${TODAY}`, bytes);
      expect(r.status, file).toBe(200);
      const { meta, ...record } = r.json;
      const expected = jsonRecord(maskReport({ file, ...validate(bytes, { today: TODAY }) }));
      expect(record, file).toEqual(expected);
      expect(meta.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(meta).toMatchObject({ engine: { name: 'iwmo-ijw', version: VERSION }, release: '3.2', xsltVersie: XSLT_VERSIE, levels: record.levels, recording: 'not-judged' });
      expect(Date.parse(meta.judgedAt)).not.toBeNaN();
    }
  });

  it('judges an exchange against the history as validate() over one store does, and records what it accepts', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history });
    for (const std of ['JW', 'WMO'] as const) {
      const store = new MemoryStore();
      const messages = exchange(std);
      const verdicts = [];
      for (const xml of messages) {
        const r = await s.post(`/v1/validate?today=${TODAY}&personalData=true`, xml);
        const expected = validate(xml, { today: TODAY, context: store });
        expect(r.json.issues.map((i: { code: string }) => i.code)).toEqual(expected.issues.map((i) => i.code));
        expect(r.json.valid).toBe(expected.valid);
        expect(r.json.meta.recording).toBe(expected.valid ? 'recorded' : expected.levels.includes('context') ? 'rejected' : 'not-judged');
        verdicts.push(r.json.valid);
      }
      expect(verdicts).toContain(false);
      expect(verdicts).toContain(true);
    }
    const stats = await history.stats();
    expect(stats.messages).toBeGreaterThan(0);
  });

  it('records nothing in a dry run and says so', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history });
    const r = await s.post(`/v1/validate?dryRun=true&today=${TODAY}`, golden('JW301'));
    expect(r.json.meta.recording).toBe('dry-run');
    expect((await history.stats()).messages).toBe(0);
    const again = await s.post(`/v1/validate?today=${TODAY}`, golden('JW301'));
    expect(again.json.meta.recording).toBe('recorded');
    expect((await history.stats()).messages).toBe(1);
  });

  it('masks personal data unless asked for it, and judges against a variant given in the query', async () => {
    const s = await serve();
    const bad = golden('JW301').replace(/(<jw301:Bsn>)\d+</, '$112345678X<');
    const masked = await s.post('/v1/validate', bad);
    expect(masked.text).not.toContain('12345678X');
    expect(masked.text).toContain('*****678X');
    const shown = await s.post('/v1/validate?personalData=true', bad);
    expect(shown.text).toContain('12345678X');
    const withVariant = await s.post(`/v1/validate?variant=taakgericht&taakgerichtProfiel=istandaard&today=${TODAY}`, golden('JW301'));
    expect(withVariant.json.levels).toContain('variant');
    expect(withVariant.json.issues.map((i: { code: string }) => i.code)).toEqual(validate(golden('JW301'), { today: TODAY, variants: { variant: 'taakgericht', taakgerichtProfiel: 'istandaard' } }).issues.map((i) => i.code));
  });

  it('answers 422 with the report for what is no message of the standard, 415 for another media type, 400 for a bad query, 406 for an Accept it cannot give', async () => {
    const s = await serve();
    const notXml = await s.post('/v1/validate', 'hello');
    expect(notXml.status).toBe(422);
    expect(notXml.json.error.code).toBe('not-a-message');
    expect(notXml.json.report.valid).toBe(false);
    const foreign = await s.post('/v1/validate', '<a xmlns="urn:x"/>');
    expect(foreign.status).toBe(422);
    const empty = await s.post('/v1/validate', '');
    expect(empty.status).toBe(422);
    expect((await s.post('/v1/validate', golden('JW301'), { 'content-type': 'application/json' })).status).toBe(415);
    expect((await s.post('/v1/validate', golden('JW301'), { 'content-type': 'text/plain' })).json.error.code).toBe('unsupported-media-type');
    const badDate = await s.post('/v1/validate?today=tomorrow', golden('JW301'));
    expect(badDate.status).toBe(400);
    expect(badDate.json.error.code).toBe('bad-request');
    expect((await s.post('/v1/validate?lang=fr', golden('JW301'))).status).toBe(400);
    expect((await s.post('/v1/validate', golden('JW301'), { accept: 'text/html' })).status).toBe(406);
    expect((await s.get('/v1/nothing')).json).toEqual({ error: { code: 'not-found', message: 'no route GET /v1/nothing' } });
    expect((await s.get('/v1/validate')).status).toBe(404);
  });
});

describe('POST /v1/validate with Accept: application/xml', () => {
  it('answers the official Rapport of the message, personal data masked without a token that allows it', async () => {
    const s = await serve();
    const broken = golden('JW301').replace('<jw301:Bsn>123456782</jw301:Bsn>', '<jw301:Bsn>123456789</jw301:Bsn>');
    const r = await fetch(`${s.url}/v1/validate`, { method: 'POST', headers: { 'content-type': 'application/xml', accept: 'application/xml' }, body: broken });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/xml/);
    const text = await r.text();
    expect(text).toContain('http://www.istandaarden.nl/validatie/1_1/rapport/schema');
    expect(text).toContain('<r:BerichtCode>436</r:BerichtCode>');
    expect(text).toMatch(/<r:Code>[A-Z]{2}\d{3}<\/r:Code>/);
  });
});

describe('POST /v1/respond', () => {
  it('answers a heen message with its retourbericht and records it', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history });
    const r = await s.post(`/v1/respond?today=${TODAY}`, golden('JW301'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(r.text).toContain('jw302:Bericht');
    expect(r.headers.get('x-iwmo-recording')).toBe('recorded');
    expect(validate(r.text).valid).toBe(true);
    const json = await s.post(`/v1/respond?today=${TODAY}`, golden('JW305'), { accept: 'application/json' });
    expect(json.json.retourBerichtCode).toBe('JW306');
    expect(json.json.report.meta.recording).toBe('recorded');
    expect((await history.stats()).messages).toBe(2);
  });

  it('answers 422 when no retourbericht exists (level 1 fails, or a retourbericht itself)', async () => {
    const s = await serve();
    const broken = await s.post('/v1/respond', golden('JW301').replace('<jw301:Header>', '<jw301:Header><jw301:Onbekend/>'));
    expect(broken.status).toBe(422);
    expect(broken.json.error.code).toBe('no-retourbericht');
    expect(broken.json.report.valid).toBe(false);
    expect((await s.post('/v1/respond', golden('JW302'))).status).toBe(422);
  });
});

describe('POST /v1/batch', () => {
  it('answers JSON Lines in input order, with an error line for each line it cannot judge', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history });
    const line = (name: string, xml: string): string => JSON.stringify({ name, base64: Buffer.from(xml).toString('base64') });
    const body = [line('a.xml', golden('JW301')), 'not json', JSON.stringify({ name: 'b.xml', base64: '***' }), '', line('c.xml', golden('JW305')), line('d.xml', golden('JW305'))].join('\n');
    const r = await s.post(`/v1/batch?today=${TODAY}`, body, { 'content-type': 'application/x-ndjson' });
    expect(r.status).toBe(200);
    const lines = r.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2, 3, 4]);
    expect(lines[0]).toMatchObject({ file: 'a.xml', valid: true, meta: { recording: 'recorded' } });
    expect(lines[1].error.code).toBe('bad-request');
    expect(lines[2]).toMatchObject({ name: 'b.xml', error: { code: 'bad-request' } });
    expect(lines[3]).toMatchObject({ file: 'c.xml', valid: true, meta: { recording: 'recorded' } });
    // The same start again, judged after the first: a duplicate (rejected), as validate() over one store says.
    const store = new MemoryStore();
    const expected = [golden('JW301'), golden('JW305'), golden('JW305')].map((x) => validate(x, { today: TODAY, context: store }));
    expect(lines[4].valid).toBe(expected[2]!.valid);
    expect(lines[4].issues.map((i: { code: string }) => i.code)).toEqual(expected[2]!.issues.map((i) => i.code));
    expect((await s.post('/v1/batch', body)).status).toBe(415);
  });
});

describe('the read-only routes', () => {
  it('look up rules, retourcodes and variants', async () => {
    const s = await serve();
    const rules = await s.get('/v1/rules?bericht=JW301&lang=en');
    expect(rules.status).toBe(200);
    expect(rules.json.rules.length).toBeGreaterThan(10);
    expect(rules.json.rules.every((r: { berichten: string[] }) => r.berichten.includes('JW301'))).toBe(true);
    expect((await s.get('/v1/rules?bericht=JW999')).status).toBe(400);
    const one = await s.get('/v1/rules/TR101');
    expect(one.json.rules.map((r: { code: string }) => r.code)).toEqual(['TR101']);
    expect(one.json.rules[0].retourcode).toBeTruthy();
    expect((await s.get('/v1/rules/NOPE999')).status).toBe(404);
    const rc = await s.get('/v1/retourcodes/200');
    expect(rc.json).toMatchObject({ code: '0200' });
    expect((await s.get('/v1/retourcodes/zzzz')).json.error.code).toBe('not-found');
    const v = await s.get('/v1/variants?lang=en');
    expect(v.json.variants).toEqual(['inspanningsgericht', 'outputgericht', 'taakgericht']);
    expect(v.json.table).toContain('inspanningsgericht');
  });
});
