/** The OpenAPI 3.1 document of the service, written from the route table the routes are built from. */
import { VERSION } from '../version.js';
import { COMPONENTS, ROUTES, type RouteSpec } from './schemas.js';

type Schema = Record<string, unknown>;

function parameters(r: RouteSpec): Schema[] {
  const out: Schema[] = [];
  for (const [where, schema] of [['query', r.querystring], ['path', r.params]] as const) {
    if (!schema) continue;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (schema.required ?? []) as string[];
    for (const [name, s] of Object.entries(props)) {
      const { description, ...rest } = s;
      out.push({ name, in: where, required: where === 'path' || required.includes(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  return out;
}

export function openApiDocument(options: { tokens: boolean }): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const r of ROUTES) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const op: Schema = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: parameters(r),
      responses: Object.fromEntries(
        Object.entries(r.responses).map(([status, a]) => [
          status,
          {
            description: a.description,
            ...(a.content ? { content: Object.fromEntries(Object.entries(a.content).map(([type, schema]) => [type, { schema }])) } : {}),
            ...(a.headers ? { headers: Object.fromEntries(Object.entries(a.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) } : {}),
          },
        ]),
      ),
      security: r.auth && options.tokens ? [{ bearer: [] }] : [],
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        description: r.body.description,
        content: Object.fromEntries(r.body.types.map((t) => [t, { schema: r.body!.schema ?? { type: 'string', format: 'binary' } }])),
      };
    }
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'iwmo-ijw validation service',
      version: VERSION,
      description: 'Validates and answers iJw and iWmo 3.2 messages (iStandaarden): levels 1–3 and the uitvoeringsvariant. Errors are `{"error": {"code", "message"}}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: COMPONENTS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token of the service’s token file (--tokens).' } },
    },
  };
}
