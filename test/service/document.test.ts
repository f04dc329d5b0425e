/** /openapi.json describes every route the service has (and no other), and /metrics counts what happened. */
import { describe, expect, it } from 'vitest';
import { golden } from '../support/messages.js';
import { TODAY } from '../support/rules.js';
import { serve } from './support.js';

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 and lists every route the service registered, with every $ref resolving', async () => {
    const s = await serve({ tokens: JSON.stringify({ tokens: [{ token: 'x'.repeat(20), gemeenten: ['0344'] }] }) });
    const doc = (await s.get('/openapi.json')).json;
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    const registered = s.service.routes.map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`).sort();
    expect(documented).toEqual(registered);
    expect(registered).toEqual(expect.arrayContaining(['POST /v1/validate', 'POST /v1/respond', 'POST /v1/batch', 'GET /v1/rules', 'GET /v1/rules/{code}', 'GET /v1/retourcodes/{code}', 'GET /v1/variants', 'GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /openapi.json']));
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === '$ref' ? refs.push(x as string) : walk(x);
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const target = ref.slice(2).split('/').reduce<any>((o, k) => o?.[k], doc);
      expect(target, ref).toBeTruthy();
    }
    for (const ops of Object.values(doc.paths as Record<string, Record<string, { responses: object; security: unknown[] }>>)) {
      for (const op of Object.values(ops)) expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
    expect(doc.paths['/v1/validate'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(doc.paths['/v1/validate'].post.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['lang', 'today', 'dryRun']));
  });
});

describe('/metrics', () => {
  it('counts requests by route and status, their latency, and messages by bericht and verdict', async () => {
    const s = await serve({ store: 'memory:' });
    await s.post(`/v1/validate?today=${TODAY}`, golden('JW301'));
    await s.post(`/v1/validate?today=${TODAY}`, golden('JW305'));
    await s.post(`/v1/validate?today=${TODAY}`, golden('JW305'));
    await s.post('/v1/validate', 'nonsense');
    await s.get('/nowhere');
    const text = (await s.get('/metrics')).text;
    expect(text).toMatch(/^iwmo_http_requests_total\{method="POST",route="\/v1\/validate",status="200"\} 3$/m);
    expect(text).toMatch(/^iwmo_http_requests_total\{method="POST",route="\/v1\/validate",status="422"\} 1$/m);
    expect(text).toMatch(/^iwmo_http_requests_total\{method="GET",route="unmatched",status="404"\} 1$/m);
    expect(text).toMatch(/^iwmo_http_request_duration_seconds_count\{route="\/v1\/validate"\} 4$/m);
    expect(text).toMatch(/^iwmo_http_request_duration_seconds_bucket\{route="\/v1\/validate",le="\+Inf"\} 4$/m);
    expect(text).toMatch(/^iwmo_messages_total\{bericht="JW301",recording="recorded",valid="true"\} 1$/m);
    expect(text).toMatch(/^iwmo_messages_total\{bericht="JW305",recording="recorded",valid="true"\} 1$/m);
    expect(text).toMatch(/^iwmo_messages_total\{bericht="JW305",recording="rejected",valid="false"\} 1$/m);
    expect(text).toMatch(/^iwmo_messages_total\{bericht="unknown",recording="not-judged",valid="false"\} 1$/m);
    expect(text).toMatch(/^# TYPE iwmo_http_request_duration_seconds histogram$/m);
    expect(text).toMatch(/^iwmo_messages_in_flight 0$/m);
  });
});
