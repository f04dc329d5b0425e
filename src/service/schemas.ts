/**
 * The routes of the service as data: method, path, parameters (JSON Schema, validated by Fastify),
 * bodies and answers. The Fastify routes take their `querystring`/`params` schemas from here and
 * /openapi.json is written from the same table (openapi.ts), so the document cannot drift from the
 * routes it describes.
 */
import { VARIANTS, PROFIELEN } from '../variants/index.js';
import { LEVEL_NAMES } from '../report/levels.js';

type Schema = Record<string, unknown>;

export const XML_TYPES = ['application/xml', 'text/xml'] as const;
export const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

export const COMPONENTS: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: 'Stable, machine-readable: bad-request, unauthorized, forbidden, not-found, not-acceptable, too-large, unsupported-media-type, not-a-message, no-retourbericht, busy, not-ready, history-unavailable, timeout, internal.' },
          message: { type: 'string' },
        },
      },
      report: { ...ref('ReportRecord'), description: 'With not-a-message, no-retourbericht and history-unavailable: the report of what was found.' },
    },
  },
  Location: { type: 'object', properties: { path: { type: 'string' }, line: { type: 'integer' }, column: { type: 'integer' } } },
  Issue: {
    type: 'object',
    required: ['code', 'level', 'severity', 'path', 'message'],
    properties: {
      code: { type: 'string', description: 'Official rule id (TR101, CD079, CS…) or an own code (xsd.…, xml.…, input.…, message.…, variant.…, history.failed, internal.error).' },
      level: { enum: [...LEVEL_NAMES] },
      severity: { enum: ['error', 'warning'] },
      retourcode: { type: 'string' },
      path: { type: 'string' },
      line: { type: 'integer' },
      column: { type: 'integer' },
      locations: { type: 'array', items: ref('Location') },
      message: { type: 'string', description: 'Personal data masked unless the caller may see it.' },
    },
  },
  Meta: {
    type: 'object',
    required: ['sha256', 'engine', 'release', 'xsltVersie', 'levels', 'recording', 'judgedAt', 'ms'],
    properties: {
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes judged; the identity of the message in the history.' },
      engine: { type: 'object', properties: { name: { type: 'string' }, version: { type: 'string' } } },
      release: { type: 'string', description: 'Release of the standard, e.g. 3.2.' },
      xsltVersie: { type: 'string', description: 'Version of the official validation stylesheet whose rules level 2 implements.' },
      levels: { type: 'array', items: { enum: [...LEVEL_NAMES] } },
      recording: { enum: ['not-judged', 'rejected', 'recorded', 'already-recorded', 'dry-run', 'failed', 'refused'] },
      judgedAt: { type: 'string', format: 'date-time' },
      ms: { type: 'number' },
    },
  },
  ReportRecord: {
    type: 'object',
    required: ['file', 'standaard', 'bericht', 'release', 'valid', 'levels', 'issues', 'meta'],
    description: 'The record `iwmo-ijw validate --format json` gives per file, with the metadata of the judgement.',
    properties: {
      file: { type: 'string' },
      standaard: { type: ['string', 'null'], enum: ['iJw', 'iWmo', null] },
      bericht: { type: ['string', 'null'], examples: ['JW301'] },
      release: { type: ['string', 'null'] },
      valid: { type: 'boolean' },
      levels: { type: 'array', items: { enum: [...LEVEL_NAMES] } },
      issues: { type: 'array', items: ref('Issue') },
      meta: ref('Meta'),
    },
  },
  BatchLine: {
    type: 'object',
    required: ['name', 'base64'],
    properties: { name: { type: 'string', maxLength: 256 }, base64: { type: 'string', contentEncoding: 'base64' } },
  },
  BatchAnswer: {
    description: 'One line per input line, in input order: the report record (with `index` and `name`), or an error for that line.',
    oneOf: [
      { allOf: [{ type: 'object', properties: { index: { type: 'integer' } } }, ref('ReportRecord')] },
      { type: 'object', required: ['index', 'error'], properties: { index: { type: 'integer' }, name: { type: 'string' }, error: { $ref: '#/components/schemas/Error/properties/error' } } },
    ],
  },
  RuleEntry: {
    type: 'object',
    required: ['code', 'level', 'severity', 'text'],
    properties: {
      code: { type: 'string' },
      level: { enum: [...LEVEL_NAMES, 'any'] },
      severity: { enum: ['error', 'warning'] },
      retourcode: { type: 'string' },
      berichten: { type: 'array', items: { type: 'string' } },
      bron: { type: 'string' },
      text: { type: 'string', description: 'The rule in this project’s own words.' },
    },
  },
};
const lang = { type: 'string', enum: ['nl', 'en'], default: 'nl', description: 'Language of the issue messages.' };
const flag = (description: string): Schema => ({ type: 'boolean', default: false, description });

/** Query parameters of the routes that judge messages. */
export const JUDGE_QUERY: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lang,
    today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date rules compare with (default: today).' },
    dryRun: flag('Judge against the history without recording anything.'),
    personalData: flag('Show personal data unmasked (only for a caller allowed to see it; otherwise 403).'),
    name: { type: 'string', maxLength: 256, description: 'The file name to put in the report (default "message").' },
    variant: { type: 'string', enum: [...VARIANTS], description: 'Judge against this uitvoeringsvariant instead of the configured contract or variant.' },
    taakgerichtProfiel: { type: 'string', enum: [...PROFIELEN], description: 'With variant=taakgericht: the profile.' },
  },
};

export const RESPOND_QUERY: Schema = {
  ...JUDGE_QUERY,
  properties: { ...(JUDGE_QUERY.properties as Schema), identificatie: { type: 'string', minLength: 1, maxLength: 12, description: 'Identificatie of the retourbericht (default: derived from the heen message).' } },
};

export const LANG_QUERY: Schema = { type: 'object', additionalProperties: false, properties: { lang } };
export const RULES_QUERY: Schema = { type: 'object', additionalProperties: false, properties: { lang, bericht: { type: 'string', maxLength: 16, description: 'JW301, WMO323, or a number such as 301 (both standaarden).' } } };
export const VARIANTS_QUERY: Schema = { type: 'object', additionalProperties: false, properties: { lang, standaard: { type: 'string', enum: ['iJw', 'iWmo'] } } };
export const CODE_PARAMS: Schema = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 64 } } };

export interface Body {
  readonly types: readonly string[];
  readonly description: string;
  readonly schema?: Schema;
}
export interface Answer {
  readonly description: string;
  readonly content?: Record<string, Schema>;
  readonly headers?: Record<string, string>;
}
export interface RouteSpec {
  readonly method: 'GET' | 'POST';
  /** Fastify syntax (`:code`); openapi.ts writes `{code}`. */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly querystring?: Schema;
  readonly params?: Schema;
  readonly body?: Body;
  /** Needs a bearer token when the service has tokens. */
  readonly auth: boolean;
  readonly responses: Record<string, Answer>;
}

const json = (schema: Schema): Record<string, Schema> => ({ 'application/json': schema });
const err = (description: string): Answer => ({ description, content: json(ref('Error')) });
const AUTH_ERRORS = { '401': err('No valid bearer token (only when the service has tokens).') };
const MESSAGE_ERRORS: Record<string, Answer> = {
  '400': err('A bad query parameter.'),
  ...AUTH_ERRORS,
  '403': err('None of the message’s parties (gemeente, aanbieder) is among the token’s, or personal data was asked for without the right: nothing judged against the history, nothing recorded.'),
  '413': err('The body is larger than the body limit.'),
  '415': err('The body is not of the media type this route takes.'),
  '503': { description: 'Busy (too many messages in flight: retry after Retry-After seconds), closing, or the history failed (nothing recorded).', content: json(ref('Error')), headers: { 'Retry-After': 'Seconds to wait before trying again.' } },
};

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    url: '/v1/validate',
    operationId: 'validate',
    summary: 'Validate one message',
    description:
      'Levels 1 and 2, level 3 against the history (when the service has a store; the message is recorded when accepted, unless dryRun), and the variant level (when configured). Answers with the JSON record of `validate --format json` plus the metadata of the judgement. `Accept: application/xml` gives the official validation Rapport (namespace http://www.istandaarden.nl/validatie/1_1/rapport/schema) of the message instead.',
    querystring: JUDGE_QUERY,
    body: { types: XML_TYPES, description: 'One iJw or iWmo 3.2 message, its raw bytes (UTF-8).' },
    auth: true,
    responses: {
      '200': { description: 'The message was judged (valid or not: see `valid`).', content: { ...json(ref('ReportRecord')), 'application/xml': { type: 'string', description: 'The official validation Rapport.' } } },
      ...MESSAGE_ERRORS,
      '406': err('An Accept header this route cannot answer.'),
      '422': err('Not a message of the standard (not XML, not well-formed, a DOCTYPE, an unknown namespace…): the report says why.'),
    },
  },
  {
    method: 'POST',
    url: '/v1/respond',
    operationId: 'respond',
    summary: 'Answer a heen message with its retourbericht',
    description: 'Judges the message like /v1/validate (recording it when accepted) and answers with the retourbericht (302, 306, …, or the 325). With `Accept: application/json`: the retourbericht in a JSON object with the report record.',
    querystring: RESPOND_QUERY,
    body: { types: XML_TYPES, description: 'One heen message (301, 305, 307, 315, 317, 319, 323), its raw bytes.' },
    auth: true,
    responses: {
      '200': {
        description: 'The retourbericht. Headers say what became of the heen message.',
        content: { 'application/xml': { type: 'string' }, 'application/json': { type: 'object', properties: { retourbericht: { type: 'string' }, retourBerichtCode: { type: 'string' }, report: ref('ReportRecord') } } },
        headers: { 'X-Iwmo-Recording': 'What became of the heen message in the history.', 'X-Iwmo-Sha256': 'SHA-256 of the heen message.', 'X-Iwmo-Valid': 'true or false: the verdict on the heen message.' },
      },
      ...MESSAGE_ERRORS,
      '406': err('An Accept header this route cannot answer.'),
      '422': err('No retourbericht exists: the message fails level 1 (XSD), is not a message of the standard, or is itself a retourbericht.'),
    },
  },
  {
    method: 'POST',
    url: '/v1/batch',
    operationId: 'batch',
    summary: 'Validate several messages',
    description:
      'JSON Lines in: one object per line, `{"name": "…", "base64": "…"}` (the message’s bytes in base64). JSON Lines out, one line per input line in input order: the report record with `index` (0-based) and `name`, or `{"index", "name", "error"}` for a line that could not be judged (bad JSON, bad base64, a message outside the token’s parties). The messages are judged one after the other in input order, each against the history as the ones before left it, so an exchange can be sent as one batch (in Dagtekening order).',
    querystring: JUDGE_QUERY,
    body: { types: JSONL_TYPES, description: 'JSON Lines of BatchLine.', schema: ref('BatchLine') },
    auth: true,
    responses: {
      '200': { description: 'JSON Lines of BatchAnswer, in input order.', content: { 'application/x-ndjson': ref('BatchAnswer') } },
      ...MESSAGE_ERRORS,
    },
  },
  {
    method: 'GET',
    url: '/v1/rules',
    operationId: 'rules',
    summary: 'The rules of levels 2 and 3',
    querystring: RULES_QUERY,
    auth: true,
    responses: { '200': { description: 'The rules (optionally of one message).', content: json({ type: 'object', properties: { rules: { type: 'array', items: ref('RuleEntry') } } }) }, '400': err('An unknown message.'), ...AUTH_ERRORS },
  },
  {
    method: 'GET',
    url: '/v1/rules/:code',
    operationId: 'rule',
    summary: 'One rule or own code (exact, or else every code it is a prefix of)',
    querystring: LANG_QUERY,
    params: CODE_PARAMS,
    auth: true,
    responses: {
      '200': { description: 'The rules and own codes matching.', content: json({ type: 'object', properties: { rules: { type: 'array', items: ref('RuleEntry') }, own: { type: 'array', items: ref('RuleEntry') } } }) },
      ...AUTH_ERRORS,
      '404': err('No rule or code matches.'),
    },
  },
  {
    method: 'GET',
    url: '/v1/retourcodes/:code',
    operationId: 'retourcode',
    summary: 'What a retourcode means and which rules give it',
    params: CODE_PARAMS,
    auth: true,
    responses: {
      '200': { description: 'The retourcode.', content: json({ type: 'object', properties: { code: { type: 'string' }, omschrijving: { type: 'string' }, omschrijvingIwmo: { type: 'string' }, rules: { type: 'array', items: { type: 'string' } } } }) },
      ...AUTH_ERRORS,
      '404': err('No such retourcode in LDT_RetourCode.'),
    },
  },
  {
    method: 'GET',
    url: '/v1/variants',
    operationId: 'variants',
    summary: 'The uitvoeringsvarianten: which messages each uses, and the table of `iwmo-ijw variants`',
    querystring: VARIANTS_QUERY,
    auth: true,
    responses: { '200': { description: 'The variants.', content: json({ type: 'object' }) }, ...AUTH_ERRORS },
  },
  { method: 'GET', url: '/healthz', operationId: 'healthz', summary: 'The process is alive', auth: false, responses: { '200': { description: 'Alive.', content: json({ type: 'object' }) } } },
  {
    method: 'GET',
    url: '/readyz',
    operationId: 'readyz',
    summary: 'Ready to judge: the history answers (a unit of work that loads one key)',
    auth: false,
    responses: { '200': { description: 'Ready.', content: json({ type: 'object' }) }, '503': err('Not ready: closing, or the history does not answer.') },
  },
  { method: 'GET', url: '/metrics', operationId: 'metrics', summary: 'Prometheus metrics', auth: false, responses: { '200': { description: 'Prometheus text format 0.0.4.', content: { 'text/plain': { type: 'string' } } } } },
  { method: 'GET', url: '/openapi.json', operationId: 'openapi', summary: 'This document', auth: false, responses: { '200': { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) } } },
];

export function routeSpec(operationId: string): RouteSpec {
  const r = ROUTES.find((x) => x.operationId === operationId);
  if (!r) throw new Error(`no route ${operationId}`);
  return r;
}
