/**
 * Starting the real service on an ephemeral loopback port, and calling it over HTTP.
 *
 *   const s = await serve({ store: 'memory:' });
 *   const r = await s.post('/v1/validate', xml);     // { status, json, text, headers }
 *   await s.close();
 */
import { afterEach } from 'vitest';
import { createService, type Service, type ServiceOptions } from '../../src/service/index.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
  ms: number;
}

export interface Running {
  url: string;
  service: Service;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  post(path: string, body: string | Uint8Array, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function answer(res: Response, start: number): Promise<Answer> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, ms: performance.now() - start };
}

export async function serve(options: ServiceOptions = {}): Promise<Running> {
  const service = await createService({ port: 0, host: '127.0.0.1', logger: false, ...options });
  const { url } = await service.listen();
  const r: Running = {
    url,
    service,
    async get(path, headers = {}) {
      const start = performance.now();
      return answer(await fetch(url + path, { headers }), start);
    },
    async post(path, body, headers = {}) {
      const start = performance.now();
      return answer(await fetch(url + path, { method: 'POST', body, headers: { 'content-type': 'application/xml', ...headers } }), start);
    },
    close: () => service.close(),
  };
  running.push(r);
  return r;
}

/** The issue codes of a report, in order. */
export const codes = (r: { issues: readonly { code: string }[] }): string[] => r.issues.map((i) => i.code);
