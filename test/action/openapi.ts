// Validates HTTP requests against GitHub's official OpenAPI description (npm @octokit/openapi, the
// api.github.com document): the method and path must name a real operation, and path parameters,
// query parameters and the JSON body must match that operation's schemas.
//
// One deliberate tightening: GitHub silently ignores unknown body fields, and so does its schema (it
// rarely says `additionalProperties: false`). A misspelt field (`conclution`) would then pass here and
// do nothing on github.com, so object schemas that list their properties are closed before compiling.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  names: string[];
  literalLength: number;
  parameters: Parameter[];
  body?: Schema;
  bodyRequired: boolean;
}

export interface RequestCheck {
  operationId?: string;
  template?: string;
  /** Empty when the request is valid. */
  problems: string[];
}

const SPEC_PATH = join(import.meta.dirname, '..', '..', 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');

export class OpenApiValidator {
  private readonly operations: Operation[] = [];
  private readonly spec: Schema;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(specPath = SPEC_PATH) {
    this.spec = JSON.parse(readFileSync(specPath, 'utf8')) as Schema;
    // GitHub's schemas use OpenAPI keywords (nullable, example, x-github) that are not JSON Schema.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats.default(this.ajv);
    const paths = this.spec.paths as Record<string, Record<string, Schema>>;
    for (const [template, item] of Object.entries(paths)) {
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const op = item[method];
        if (!op) continue;
        const names: string[] = [];
        // `{path}` (repository file paths) may span segments; every other parameter is one segment.
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
          names.push(name);
          return name === 'path' ? '(.+)' : '([^/]+)';
        });
        const parameters = [...((item.parameters as Schema[] | undefined) ?? []), ...((op.parameters as Schema[] | undefined) ?? [])].map(
          (p) => this.resolve(p) as unknown as Parameter,
        );
        const body = this.resolve((op.requestBody as Schema | undefined) ?? {}) as { content?: Record<string, { schema?: Schema }>; required?: boolean };
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: String(op.operationId),
          regex: new RegExp(`^${source}$`),
          names,
          literalLength: template.replace(/\{\w+\}/g, '').length,
          parameters,
          ...(body.content?.['application/json']?.schema ? { body: body.content['application/json'].schema } : {}),
          bodyRequired: body.required === true,
        });
      }
    }
  }

  /** Follows `$ref`s of the form `#/components/...`. */
  private resolve(node: Schema): Schema {
    let current = node;
    for (let i = 0; i < 10 && typeof current.$ref === 'string'; i++) {
      const ref = current.$ref as string;
      current = ref
        .slice(2)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<Schema>((acc, key) => acc[key] as Schema, this.spec);
    }
    return current;
  }

  /** Inlines `$ref`s and closes listed-property objects (see the file comment). */
  private prepare(node: unknown, depth = 0): unknown {
    if (depth > 40 || node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((x) => this.prepare(x, depth + 1));
    const schema = this.resolve(node as Schema);
    const out: Schema = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') {
        out.properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.prepare(v, depth + 1)]));
      } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
        out[key] = this.prepare(value, depth + 1);
      } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
        // Branches are partial views of the object; closing them would refuse the other branches' fields.
        out[key] = (value as unknown[]).map((v) => this.prepare(v, depth + 1)).map((v) => ({ ...(v as Schema), additionalProperties: (v as Schema).additionalProperties ?? true }));
      } else out[key] = value;
    }
    if (out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
    return out;
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(this.prepare(schema) as Schema);
      this.compiled.set(key, fn);
    }
    return fn;
  }

  private match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
    let best: { op: Operation; params: Record<string, string> } | undefined;
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.regex.exec(pathname);
      if (!m) continue;
      if (best && best.op.literalLength >= op.literalLength) continue;
      best = { op, params: Object.fromEntries(op.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')])) };
    }
    return best;
  }

  check(method: string, url: URL, body: unknown): RequestCheck {
    const problems: string[] = [];
    const found = this.match(method.toUpperCase(), url.pathname.replace(/^\/api\/v3(?=\/)/, ''));
    if (!found) return { problems: [`${method} ${url.pathname} is not an operation of the GitHub REST API`] };
    const { op, params } = found;
    const describeErrors = (where: string, fn: ValidateFunction) =>
      (fn.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);

    for (const p of op.parameters.filter((x) => x.in === 'path')) {
      const raw = params[p.name];
      if (raw === undefined || raw === '') {
        problems.push(`path parameter ${p.name} is missing`);
        continue;
      }
      const fn = this.validator(`${op.operationId}:path:${p.name}`, p.schema ?? {});
      if (!fn(coerce(raw, p.schema))) problems.push(...describeErrors(`path parameter ${p.name}`, fn));
    }
    const queryParams = op.parameters.filter((x) => x.in === 'query');
    for (const [name, raw] of url.searchParams) {
      const p = queryParams.find((x) => x.name === name);
      if (!p) {
        problems.push(`query parameter ${name} is not a parameter of ${op.operationId}`);
        continue;
      }
      const fn = this.validator(`${op.operationId}:query:${name}`, p.schema ?? {});
      if (!fn(coerce(raw, p.schema))) problems.push(...describeErrors(`query parameter ${name}`, fn));
    }
    for (const p of queryParams) if (p.required && !url.searchParams.has(p.name)) problems.push(`required query parameter ${p.name} is missing`);

    if (op.body) {
      if (body === undefined) {
        if (op.bodyRequired) problems.push(`${op.operationId} needs a JSON body`);
      } else {
        const fn = this.validator(`${op.operationId}:body`, op.body);
        if (!fn(body)) problems.push(...describeErrors('body', fn));
      }
    } else if (body !== undefined) problems.push(`${op.operationId} takes no body`);
    return { operationId: op.operationId, template: op.template, problems };
  }
}

function coerce(raw: string, schema: Schema | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
