import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const OPENAPI_PATH = fileURLToPath(new URL('../../openapi/x-api-v2.openapi.json', import.meta.url));

interface MediaType {
  schema?: { $ref?: string };
}
interface Operation {
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { discriminator?: { mapping?: Record<string, string> } }> };
}

const doc = JSON.parse(readFileSync(process.env.X_OPENAPI_PATH ?? OPENAPI_PATH, 'utf8')) as OpenApiDoc;

/**
 * Ajv over X's own OpenAPI document (no copied schemas). OpenAPI 3.0 specifics: `nullable` is native to
 * Ajv; `discriminator` with `mapping` is not supported by Ajv, so strict:false ignores it and the
 * `oneOf` does the work; formats (date-time, int32, int64) come from ajv-formats.
 */
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'openapi.json');

const cache = new Map<string, ValidateFunction>();

function validator(ref: string): ValidateFunction {
  let fn = cache.get(ref);
  if (!fn) {
    fn = ajv.getSchema(`openapi.json${ref}`) ?? ajv.compile({ $ref: `openapi.json${ref}` });
    cache.set(ref, fn);
  }
  return fn;
}

/** The schema ref X documents for an operation's answer (falling back to its `default` response). */
export function responseSchemaRef(path: string, method: string, status: number, contentType: string): string {
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`no operation ${method} ${path} in openapi.json`);
  const response = op.responses[String(status)] ?? op.responses.default;
  const media = response?.content?.[contentType];
  const ref = media?.schema?.$ref;
  if (!ref) throw new Error(`no ${contentType} schema for ${method} ${path} ${status}`);
  return ref;
}

export function validateAgainst(ref: string, body: unknown): string[] {
  const fn = validator(ref);
  if (fn(body)) return [];
  return (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Validates a response body against the operation's documented schema for its status and content type. */
export function validateResponse(path: string, method: string, status: number, contentType: string, body: unknown): string[] {
  const type = contentType.includes('problem+json') ? 'application/problem+json' : 'application/json';
  return validateAgainst(responseSchemaRef(path, method, status, type), body);
}

/** Problem types the document defines (its discriminator mapping). */
export const DOCUMENTED_PROBLEM_TYPES = new Set(Object.keys(doc.components.schemas.Problem?.discriminator?.mapping ?? {}));
