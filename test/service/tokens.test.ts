/**
 * Tokens: a token scoped to gemeente A (or aanbieder A) cannot validate, answer or record anything of
 * gemeente B — 403, nothing judged against the history, nothing recorded — and sees personal data
 * only when its entry says so.
 */
import { describe, expect, it } from 'vitest';
import { MemoryHistory } from '../../src/ports/memory.js';
import { loadTokens } from '../../src/service/tokens.js';
import { golden } from '../support/messages.js';
import { TODAY } from '../support/rules.js';
import { serve } from './support.js';

// The golden messages are between gemeente 0344 and aanbieder 56781234.
const A = 'token-of-gemeente-0344-aaaaaaaaaaaa';
const B = 'token-of-gemeente-0599-bbbbbbbbbbbb';
const AGB = 'token-of-aanbieder-56781234-cccccc';
const SEES = 'token-that-sees-personal-data-dddd';
const FILE = JSON.stringify({
  tokens: [
    { token: A, gemeenten: ['0344'] },
    { token: B, gemeenten: ['0599'], aanbieders: ['11112222'], personalData: true },
    { token: AGB, aanbieders: ['56781234'] },
    { token: SEES, gemeenten: ['0344'], personalData: true },
  ],
});
const bearer = (t: string): Record<string, string> => ({ authorization: `Bearer ${t}` });

describe('tokens', () => {
  it('401 without a valid token on every /v1 route; health, metrics and the document stay open', async () => {
    const s = await serve({ tokens: FILE });
    for (const r of [await s.post('/v1/validate', golden('JW301')), await s.get('/v1/rules'), await s.get('/v1/variants'), await s.post('/v1/validate', golden('JW301'), bearer('not-a-token-at-all-xxxxxxxx')), await s.get('/v1/rules', { authorization: A })]) {
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('unauthorized');
      expect(r.headers.get('www-authenticate')).toBe('Bearer');
    }
    for (const p of ['/healthz', '/readyz', '/metrics', '/openapi.json']) expect((await s.get(p)).status).toBe(200);
  });

  it('a token of gemeente B cannot validate, answer or batch a message of gemeente A: 403, the history untouched', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history, tokens: FILE });
    const before = await history.stats();
    const v = await s.post(`/v1/validate?today=${TODAY}`, golden('JW301'), bearer(B));
    expect(v.status).toBe(403);
    expect(v.json.error.code).toBe('forbidden');
    expect(v.json.report).toBeUndefined();
    expect(v.text).not.toContain('0344');
    const dry = await s.post(`/v1/validate?today=${TODAY}&dryRun=true`, golden('JW301'), bearer(B));
    expect(dry.status).toBe(403);
    const r = await s.post(`/v1/respond?today=${TODAY}`, golden('JW301'), bearer(B));
    expect(r.status).toBe(403);
    expect(r.text).not.toContain('Bericht');
    const batch = await s.post(`/v1/batch?today=${TODAY}`, JSON.stringify({ name: 'a.xml', base64: Buffer.from(golden('JW301')).toString('base64') }), { ...bearer(B), 'content-type': 'application/x-ndjson' });
    expect(JSON.parse(batch.text.trim())).toEqual({ index: 0, name: 'a.xml', error: { code: 'forbidden', message: expect.any(String) } });
    expect(await history.stats()).toEqual(before);
    expect((await s.get('/metrics')).text).toMatch(/^iwmo_messages_total\{bericht="JW301",recording="refused",valid="true"\} 4$/m);

    // The gemeente's own token, and the aanbieder's, may: the message is judged and recorded once.
    const own = await s.post(`/v1/validate?today=${TODAY}`, golden('JW301'), bearer(A));
    expect(own.status).toBe(200);
    expect(own.json.meta.recording).toBe('recorded');
    const agb = await s.post(`/v1/validate?today=${TODAY}`, golden('JW305'), bearer(AGB));
    expect(agb.json.meta.recording).toBe('recorded');
    expect((await history.stats()).messages).toBe(2);
    // B still learns nothing of what A recorded: the start that depends on A's toewijzing is refused, not judged.
    const probe = await s.post(`/v1/validate?today=${TODAY}&dryRun=true`, golden('JW305'), bearer(B));
    expect(probe.status).toBe(403);
  });

  it('personal data only for a token that may see it', async () => {
    const s = await serve({ tokens: FILE });
    const bad = golden('JW301').replace(/(<jw301:Bsn>)\d+</, '$112345678X<');
    const masked = await s.post('/v1/validate', bad, bearer(A));
    expect(masked.status).toBe(200);
    expect(masked.text).not.toContain('12345678X');
    expect((await s.post('/v1/validate?personalData=true', bad, bearer(A))).status).toBe(403);
    const shown = await s.post('/v1/validate?personalData=true', bad, bearer(SEES));
    expect(shown.text).toContain('12345678X');
  });

  it('a message no party of which can be read is judged on levels 1–2 only and never reaches the history', async () => {
    const history = new MemoryHistory();
    const s = await serve({ history, tokens: FILE });
    const r = await s.post('/v1/validate', '<not a message', bearer(B));
    expect(r.status).toBe(422);
    expect(r.json.report.meta.recording).toBe('not-judged');
    expect((await history.stats()).messages).toBe(0);
  });
});

describe('the token file', () => {
  it('is checked, and keeps no token in the clear', () => {
    const reg = loadTokens(FILE);
    expect(reg.size).toBe(4);
    expect(reg.authenticate(`Bearer ${A}`)).toMatchObject({ gemeenten: ['0344'], aanbieders: [], personalData: false });
    expect(reg.authenticate(`bearer ${AGB}`)).toMatchObject({ aanbieders: ['56781234'] });
    expect(reg.authenticate(A)).toBeNull();
    expect(reg.authenticate(`Bearer ${A}x`)).toBeNull();
    expect(reg.authenticate(undefined)).toBeNull();
    expect(JSON.stringify(reg)).not.toContain(A);
    expect(() => loadTokens('{"tokens": [{"token": "short"}]}')).toThrow(/at least 16/);
    expect(() => loadTokens('{"tokens": [{"token": "long-enough-token-xx", "gemeenten": ["344"]}]}')).toThrow(/gemeenten/);
    expect(() => loadTokens('{"tokens": [{"token": "long-enough-token-xx", "admin": true}]}')).toThrow(/unknown field 'admin'/);
    expect(() => loadTokens('[]')).toThrow(/tokens/);
    expect(() => loadTokens('{')).toThrow(/not JSON/);
  });
});
