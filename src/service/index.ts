/**
 * The HTTP service: a thin shell over `app/` on Fastify — routes declared with the schemas of
 * `schemas.ts`, limits on bodies, time and work in flight, bearer tokens scoped to gemeenten and
 * aanbieders, Prometheus metrics, and a graceful close.
 *
 *   const service = await createService({ store: 'memory:', variant: 'inspanningsgericht' });
 *   const { url } = await service.listen();            // http://127.0.0.1:8080
 *   …
 *   await service.close();                              // stop accepting, finish in flight, close the history
 *
 * Every replica is stateless: the history (the store) is the only shared state, and the history
 * port serialises what competes, so any number of replicas behind a load balancer judge as one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { answerMessage, configureVariants, judgementRecord, reportForCaller, validateMessage, withinScope, type Answered, type JudgeOptions, type Judgement, type ShowPolicy } from '../app/index.js';
import { openHistory } from '../adapters/open.js';
import { ValidationPool, type PoolJudgeOptions } from '../adapters/pool.js';
import { RELEASE } from '../catalogue/index.js';
import { PROFIELEN, VARIANTS, MESSAGE_USE, MODES, variantsTable, type VariantConfig } from '../variants/index.js';
import { retourcode, ruleEntries, rulesWithRetourcode } from '../lookup/index.js';
import { HistoryError, type HistoryAdmin, type HistoryPort } from '../ports/history.js';
import type { Lang } from '../report/types.js';
import { XSLT_VERSIE } from '../respond/index.js';
import { VERSION } from '../version.js';
import { Metrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { JSONL_TYPES, XML_TYPES, routeSpec } from './schemas.js';
import { loadTokens, type Grant, type TokenRegistry } from './tokens.js';
import { toRapport } from '../output/rapport.js';

export const DEFAULT_BODY_LIMIT = 100 * 1024 * 1024;

export interface ServiceTimeouts {
  /** Whole request (headers and body) must arrive within this (ms, default 120 000). */
  readonly requestMs?: number;
  /** Headers must arrive within this (ms, default 10 000): slow-loris clients are dropped. */
  readonly headersMs?: number;
  /** An idle keep-alive connection is closed after this (ms, default 5 000). */
  readonly keepAliveMs?: number;
  /** How often the server looks for connections past their timeouts (ms, default 1 000). */
  readonly checkIntervalMs?: number;
}

export interface ServiceOptions {
  /** Port to listen on (default 8080; 0 for any free port). */
  readonly port?: number;
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** A history to judge level 3 against (the caller keeps it: `close()` does not close it). */
  readonly history?: HistoryPort;
  /** Or a store to open (`openHistory`: a file path, a postgres:// URL, `memory:`); closed by `close()`. Without either, level 3 does not run. */
  readonly store?: string;
  /** The uitvoeringsvariant: a contract's text (with its file name for messages) or a variant name. */
  readonly contract?: { readonly text: string; readonly name?: string };
  readonly variant?: string;
  readonly taakgerichtProfiel?: string;
  /** Or the variant configuration itself (embedders that loaded a contract already). */
  readonly variants?: VariantConfig;
  /** Worker threads for the CPU-bound work (default 0: judge on the main thread). */
  readonly workers?: number;
  /** The text of a token file; without it every caller is allowed everything. */
  readonly tokens?: string;
  /** Largest body in bytes (default 100 MB); also the largest message the pipeline accepts. */
  readonly bodyLimit?: number;
  /** Messages judged at once before new ones get 503 + Retry-After (default 16). */
  readonly maxInFlight?: number;
  readonly timeouts?: ServiceTimeouts;
  /** Fastify's logger (pino): true, false, or pino options (default: info level). */
  readonly logger?: FastifyServerOptions['logger'];
  /** The worker module of the pool (tests and embedders with their own build). */
  readonly workerUrl?: URL;
}

export interface Service {
  /** Starts listening; resolves with the address. */
  listen(): Promise<{ url: string; port: number; host: string }>;
  /** Stops accepting, finishes the requests in flight, stops the workers, closes a history it opened. */
  close(): Promise<void>;
  readonly app: FastifyInstance;
  readonly metrics: Metrics;
  /** The routes registered (method and path), e.g. to hold /openapi.json to them. */
  readonly routes: readonly { readonly method: string; readonly url: string }[];
}

/** A failure that is the request's, with its honest status. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Judging, on this thread or on the pool's workers. */
interface Judge {
  validate(bytes: Uint8Array, options: PoolJudgeOptions): Promise<Judgement>;
  answer(bytes: Uint8Array, options: PoolJudgeOptions): Promise<Answered>;
  close(): Promise<void>;
}

function inlineJudge(history: HistoryPort | undefined, variants: VariantConfig | undefined): Judge {
  const opts = (o: PoolJudgeOptions): JudgeOptions => {
    const { scope, identificatie: _i, ...rest } = o;
    return { ...rest, variants: rest.variants ?? variants, ...(history ? { history } : {}), ...(scope ? { admit: (p) => withinScope(scope, p) } : {}) };
  };
  return {
    validate: (bytes, o) => validateMessage(bytes, opts(o)),
    answer: (bytes, o) => answerMessage(bytes, { ...opts(o), identificatie: o.identificatie }),
    close: async () => undefined,
  };
}

interface JudgeQuery {
  lang?: Lang;
  today?: string;
  dryRun?: boolean;
  personalData?: boolean;
  name?: string;
  variant?: string;
  taakgerichtProfiel?: string;
  identificatie?: string;
}

const errorBody = (code: string, message: string, extra: Record<string, unknown> = {}): object => ({ error: { code, message }, ...extra });

/** The media type of a request, lower case, without parameters. */
const mediaType = (req: FastifyRequest): string => String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/** What an Accept header asks for among what a route can give (first listed wins among equals); null: none of them. */
function negotiate(accept: string | undefined, offers: readonly string[]): string | null {
  if (!accept) return offers[0]!;
  let best: { type: string; q: number; order: number } | null = null;
  accept.split(',').forEach((part, order) => {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    if (!range || !(q > 0)) return;
    const type = offers.find((o) => range === '*/*' || range === o || (range.endsWith('/*') && o.startsWith(range.slice(0, -1))));
    if (type && (!best || q > best.q)) best = { type: range === '*/*' || range.endsWith('/*') ? offers.find((o) => o === type)! : type, q, order };
  });
  return (best as { type: string } | null)?.type ?? null;
}

/** Counts messages in flight; a request holds its place until its answer is sent and its work is done. */
class InFlight {
  count = 0;
  constructor(readonly max: number) {}
  tryTake(): (() => void) | null {
    if (this.count >= this.max) return null;
    this.count++;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.count--;
      }
    };
  }
}

export async function createService(options: ServiceOptions = {}): Promise<Service> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const t = { requestMs: 120_000, headersMs: 10_000, keepAliveMs: 5_000, checkIntervalMs: 1_000, ...options.timeouts };
  const configured = configureVariants(options.contract ? { contract: options.contract.text, name: options.contract.name } : options.variant !== undefined ? { variant: options.variant, taakgerichtProfiel: options.taakgerichtProfiel } : {});
  if (!configured.ok) throw new Error(configured.message);
  const variants = options.variants ?? configured.variants;
  const tokens: TokenRegistry | null = options.tokens !== undefined ? loadTokens(options.tokens) : null;

  const ownsHistory = options.history === undefined && options.store !== undefined;
  const history: (HistoryPort & Partial<HistoryAdmin>) | undefined = options.history ?? (options.store !== undefined ? await openHistory(options.store) : undefined);
  const workers = options.workers ?? 0;
  let judge: Judge;
  try {
    judge = workers > 0 ? new ValidationPool({ size: workers, variants, history, workerUrl: options.workerUrl }) : inlineJudge(history, variants);
  } catch (e) {
    if (ownsHistory) await history?.close();
    throw e;
  }
  const inFlight = new InFlight(options.maxInFlight ?? 16);
  const metrics = new Metrics();
  metrics.gauge('iwmo_messages_in_flight', 'Messages being judged now.', () => inFlight.count);
  metrics.gauge('iwmo_messages_in_flight_limit', 'Messages judged at once before 503.', () => inFlight.max);
  let closing = false;

  const app = Fastify({
    logger: options.logger ?? { level: 'info', serializers: { req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: req.url.split('?')[0], remoteAddress: req.ip }) } },
    bodyLimit,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionTimeout: 0,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    serverFactory: (handler) => {
      const server: Server = createServer(
        { requestTimeout: t.requestMs, headersTimeout: Math.min(t.headersMs, t.requestMs), keepAliveTimeout: t.keepAliveMs, connectionsCheckingInterval: t.checkIntervalMs },
        handler as (req: IncomingMessage, res: ServerResponse) => void,
      );
      return server;
    },
  });

  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push({ method: m, url: r.url });
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...XML_TYPES, ...JSONL_TYPES], { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number; validation?: unknown }, req, reply) => {
    if (error instanceof ServiceError) {
      for (const [h, v] of Object.entries(error.headers)) void reply.header(h, v);
      return reply.code(error.status).send(errorBody(error.code, error.message, error.extra));
    }
    const status = error.statusCode ?? 500;
    if (error.validation) return reply.code(400).send(errorBody('bad-request', error.message));
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(errorBody('too-large', `the body is larger than the limit of ${bodyLimit} bytes`));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(errorBody('unsupported-media-type', `send the message as ${XML_TYPES.join(' or ')} (a batch as ${JSONL_TYPES[0]})`));
    }
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody(status === 408 ? 'timeout' : 'bad-request', error.message));
    // Never a stack trace, nor the internal message, to the client: the log has it.
    req.log.error({ err: error }, 'internal error');
    return reply.code(500).send(errorBody('internal', 'internal error'));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody('not-found', `no route ${req.method} ${req.url.split('?')[0]}`)));

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ route, method: req.method, status: String(reply.statusCode) });
    metrics.latency.observe({ route }, reply.elapsedTime / 1000);
  });

  /** The grant of the request's token; 401 when the service has tokens and the request has no valid one. */
  const authorize = (req: FastifyRequest): Grant | null => {
    if (!tokens) return null;
    const grant = tokens.authenticate(req.headers.authorization);
    if (!grant) throw new ServiceError(401, 'unauthorized', 'a valid bearer token is required (Authorization: Bearer <token>)', {}, { 'WWW-Authenticate': 'Bearer' });
    return grant;
  };

  /** A place among the messages in flight, or 503; released when the answer has gone and the work is done. */
  const takePlace = (reply: FastifyReply): ((work: Promise<unknown>) => void) => {
    if (closing) throw new ServiceError(503, 'not-ready', 'the service is closing', {}, { 'Retry-After': '1' });
    const release = inFlight.tryTake();
    if (!release) {
      metrics.rejected.inc({});
      throw new ServiceError(503, 'busy', `${inFlight.max} messages are being judged; try again shortly`, {}, { 'Retry-After': '1' });
    }
    let sent = false;
    let working = 0;
    reply.raw.once('close', () => {
      sent = true;
      if (!working) release();
    });
    return (work) => {
      working++;
      const done = (): void => {
        working--;
        if (sent && !working) release();
      };
      work.then(done, done);
    };
  };

  const judgeOptions = (q: JudgeQuery, grant: Grant | null): PoolJudgeOptions => {
    let perRequest: VariantConfig | undefined;
    if (q.variant !== undefined || q.taakgerichtProfiel !== undefined) {
      const c = configureVariants(q.variant !== undefined ? { variant: q.variant, taakgerichtProfiel: q.taakgerichtProfiel } : { taakgerichtProfiel: q.taakgerichtProfiel } as never);
      if (!c.ok) throw new ServiceError(400, 'bad-request', c.message);
      perRequest = c.variants;
    }
    return {
      lang: q.lang ?? 'nl',
      maxBytes: bodyLimit,
      ...(q.today !== undefined ? { today: q.today } : {}),
      ...(q.dryRun ? { dryRun: true } : {}),
      ...(q.identificatie !== undefined ? { identificatie: q.identificatie } : {}),
      ...(grant ? { scope: { gemeenten: grant.gemeenten, aanbieders: grant.aanbieders } } : {}),
      ...(perRequest ? { variants: perRequest } : {}),
    };
  };

  const showPolicy = (q: JudgeQuery, grant: Grant | null): ShowPolicy => {
    if (!q.personalData) return { personalData: false };
    if (grant && !grant.personalData) throw new ServiceError(403, 'forbidden', 'this token may not see personal data');
    return { personalData: true };
  };

  const bodyBytes = (req: FastifyRequest, types: readonly string[]): Uint8Array => {
    if (!types.includes(mediaType(req))) throw new ServiceError(415, 'unsupported-media-type', `this route takes ${types.join(' or ')}`);
    const body = req.body as Buffer | undefined;
    return body ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array(0);
  };

  /** Counts the message and turns the outcomes that are no judgement into their statuses. */
  const account = (j: Judgement, record: object): void => {
    metrics.messages.inc({ bericht: j.report.bericht ?? 'unknown', valid: String(j.report.valid), recording: j.recording });
    if (j.recording === 'refused') throw new ServiceError(403, 'forbidden', 'neither party of this message (gemeente, aanbieder) is among those of the token: it was not judged against the history nor recorded');
    if (j.recording === 'failed' && j.report.issues.some((i) => i.code === 'history.failed')) {
      metrics.historyErrors.inc({ operation: 'unit' });
      throw new ServiceError(503, 'history-unavailable', 'the history did not answer; nothing was recorded — try again', { report: record }, { 'Retry-After': '5' });
    }
  };

  /**
   * What both message routes do before judging: the token, the media type the caller accepts
   * (406 otherwise), the body, the caller's policy and options, and a place among the messages in flight.
   */
  const admit = <T>(req: FastifyRequest, reply: FastifyReply, formats: readonly string[], run: (bytes: Uint8Array, options: JudgeOptions) => Promise<T>) => {
    const grant = authorize(req);
    const q = req.query as JudgeQuery;
    const format = negotiate(req.headers.accept, [...formats]);
    if (format === null) throw new ServiceError(406, 'not-acceptable', `this route answers ${formats.join(' or ')}`);
    const bytes = bodyBytes(req, XML_TYPES);
    const policy = showPolicy(q, grant);
    const hold = takePlace(reply);
    const work = run(bytes, judgeOptions(q, grant));
    hold(work);
    return { q, format, policy, work };
  };

  const validateSpec = routeSpec('validate');
  app.post('/v1/validate', { schema: { querystring: validateSpec.querystring } }, async (req, reply) => {
    // application/json: the record of `validate --format json`; application/xml: the official Rapport.
    const { q, format, policy, work } = admit(req, reply, ['application/json', 'application/xml'], (bytes, options) => judge.validate(bytes, options));
    const j = await work;
    const record = judgementRecord(q.name ?? 'message', j, policy);
    account(j, record);
    if (!j.report.bericht) throw new ServiceError(422, 'not-a-message', j.report.issues[0]?.message ?? 'not a message of iJw or iWmo 3.2', { report: record });
    if (format === 'application/xml') return reply.type('application/xml; charset=utf-8').send(toRapport(reportForCaller({ file: q.name ?? 'message', ...j.report }, policy)));
    return reply.send(record);
  });

  app.post('/v1/respond', { schema: { querystring: routeSpec('respond').querystring } }, async (req, reply) => {
    const { q, format, policy, work } = admit(req, reply, ['application/xml', 'application/json'], (bytes, options) => judge.answer(bytes, options));
    const { judgement: j, answer } = await work;
    const record = judgementRecord(q.name ?? 'message', j, policy);
    account(j, record);
    if (!answer || !answer.ok) throw new ServiceError(422, 'no-retourbericht', answer?.reason ?? 'no retourbericht exists', { report: record });
    void reply.header('X-Iwmo-Recording', j.recording).header('X-Iwmo-Sha256', j.meta.sha256).header('X-Iwmo-Valid', String(j.report.valid));
    if (format === 'application/json') return reply.send({ retourbericht: answer.xml, retourBerichtCode: answer.bericht, report: record });
    return reply.type('application/xml; charset=utf-8').send(answer.xml);
  });

  app.post('/v1/batch', { schema: { querystring: routeSpec('batch').querystring } }, async (req, reply) => {
    const grant = authorize(req);
    const q = req.query as JudgeQuery;
    const bytes = bodyBytes(req, JSONL_TYPES);
    const policy = showPolicy(q, grant);
    const options = judgeOptions(q, grant);
    const hold = takePlace(reply);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    async function* lines(): AsyncGenerator<string> {
      let index = 0;
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        const line = text.slice(start, end).trim();
        start = end + 1;
        if (!line) continue;
        const i = index++;
        const fail = (code: string, message: string, name?: string): string => JSON.stringify({ index: i, ...(name !== undefined ? { name } : {}), error: { code, message } });
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          yield fail('bad-request', 'this line is not JSON') + '\n';
          continue;
        }
        const o = parsed as { name?: unknown; base64?: unknown } | null;
        const name = typeof o?.name === 'string' ? o.name.slice(0, 256) : undefined;
        if (typeof o !== 'object' || o === null || typeof o.base64 !== 'string' || name === undefined) {
          yield fail('bad-request', 'expected {"name": "…", "base64": "…"}', name) + '\n';
          continue;
        }
        const b64 = o.base64.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
          yield fail('bad-request', 'base64 is not valid base64', name) + '\n';
          continue;
        }
        const message = Buffer.from(b64, 'base64');
        try {
          const work = judge.validate(new Uint8Array(message.buffer, message.byteOffset, message.byteLength), options);
          hold(work);
          const j = await work;
          const record = judgementRecord(name, j, policy);
          try {
            account(j, record);
            yield JSON.stringify({ index: i, ...record }) + '\n';
          } catch (e) {
            const se = e as ServiceError;
            yield JSON.stringify({ index: i, name, error: { code: se.code, message: se.message } }) + '\n';
          }
        } catch (e) {
          req.log.error({ err: e }, 'internal error in a batch');
          yield fail('internal', 'internal error', name) + '\n';
        }
      }
    }
    return reply.type('application/x-ndjson; charset=utf-8').send(Readable.from(lines()));
  });

  app.get('/v1/rules', { schema: { querystring: routeSpec('rules').querystring } }, async (req) => {
    authorize(req);
    const q = req.query as { lang?: Lang; bericht?: string };
    const r = ruleEntries({ lang: q.lang, bericht: q.bericht });
    if (!r.ok) throw new ServiceError(400, 'bad-request', r.text);
    return { rules: r.rules };
  });

  app.get('/v1/rules/:code', { schema: { querystring: routeSpec('rule').querystring, params: routeSpec('rule').params } }, async (req) => {
    authorize(req);
    const q = req.query as { lang?: Lang };
    const { code } = req.params as { code: string };
    const r = ruleEntries({ lang: q.lang, code });
    if (!r.ok) throw new ServiceError(404, 'not-found', r.text);
    return { rules: r.rules, own: r.own };
  });

  app.get('/v1/retourcodes/:code', { schema: { params: routeSpec('retourcode').params } }, async (req) => {
    authorize(req);
    const { code } = req.params as { code: string };
    const entry = retourcode(code);
    if (!entry) throw new ServiceError(404, 'not-found', `unknown retourcode '${code.slice(0, 64)}'`);
    return { ...entry, rules: rulesWithRetourcode(entry.code) };
  });

  app.get('/v1/variants', { schema: { querystring: routeSpec('variants').querystring } }, async (req) => {
    authorize(req);
    const q = req.query as { lang?: Lang; standaard?: 'iJw' | 'iWmo' };
    const lang = q.lang ?? 'nl';
    return {
      variants: VARIANTS,
      taakgerichtProfielen: PROFIELEN,
      modes: MODES,
      berichten: MESSAGE_USE.map((u) => ({
        nummer: u.nummer,
        retour: u.retour,
        usage: u.usage,
        ...(u.code ? { code: u.code } : {}),
        ...(u.exceptions ? { exceptions: Object.fromEntries(Object.entries(u.exceptions).map(([m, e]) => [m, e!.text[lang]])) } : {}),
        source: u.source,
      })),
      table: variantsTable(q.standaard, lang),
    };
  });

  app.get('/healthz', async () => ({ status: 'alive', engine: { name: 'iwmo-ijw', version: VERSION }, release: RELEASE, xsltVersie: XSLT_VERSIE }));

  app.get('/readyz', async (_req, reply) => {
    if (closing) return reply.code(503).send(errorBody('not-ready', 'the service is closing'));
    if (!history) return { status: 'ready', history: 'none' };
    try {
      await withTimeout(
        history.unit('readyz', (unit) => unit.load(['readyz|probe'])),
        5_000,
      );
      return { status: 'ready', history: 'ok' };
    } catch (e) {
      metrics.historyErrors.inc({ operation: 'readyz' });
      return reply.code(503).send(errorBody('not-ready', e instanceof HistoryError ? `the history does not answer (${e.kind})` : 'the history does not answer'));
    }
  });

  app.get('/metrics', async (_req, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.text()));

  const document = openApiDocument({ tokens: tokens !== null });
  app.get('/openapi.json', async () => document);

  let closed: Promise<void> | null = null;
  return {
    app,
    metrics,
    routes,
    async listen() {
      const host = options.host ?? '127.0.0.1';
      await app.listen({ port: options.port ?? 8080, host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
      const shown = host.includes(':') ? `[${host}]` : host;
      return { url: `http://${shown}:${port}`, port, host };
    },
    close() {
      closed ??= (async () => {
        closing = true;
        try {
          await app.close();
        } finally {
          await judge.close();
          if (ownsHistory) await history?.close();
        }
      })();
      return closed;
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_r, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)))]).finally(() => clearTimeout(timer));
}
