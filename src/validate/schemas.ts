// Validates each loaded document against the JSON Schema of its kind and turns ajv's errors into
// findings a network engineer understands: one per mistake, on the exact line, with a suggestion.
// No ajv at run time here: the bundles install validators generated at build time, and tests and
// scripts install a compiler (src/validate/compile.ts), so the CLI never loads or initialises ajv.
import type { ErrorObject, ValidateFunction } from 'ajv';
import changeRequestSchema from '../../schemas/change-request.schema.json' with { type: 'json' };
import configSchema from '../../schemas/changegate-config.schema.json' with { type: 'json' };
import inventorySchema from '../../schemas/inventory.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };
import catalogSchema from '../../schemas/software-catalog.schema.json' with { type: 'json' };
import forecastSchema from '../../schemas/traffic-forecast.schema.json' with { type: 'json' };
import waiverSchema from '../../schemas/waiver.schema.json' with { type: 'json' };
import executionRecordSchema from '../../schemas/execution-record.schema.json' with { type: 'json' };
import ruleSchema from '../../schemas/rule.schema.json' with { type: 'json' };
import { didYouMean } from '../core/suggest.ts';

export { isInstantText, isValidTimeZone } from './formats.ts';

export const DOCUMENT_KINDS = [
  'Inventory',
  'TrafficForecast',
  'SoftwareCatalog',
  'Policy',
  'ChangeRequest',
  'Waiver',
  'ExecutionRecord',
  'Rule',
  'ChangegateConfig',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SCHEMAS: Record<DocumentKind, Record<string, unknown>> = {
  Inventory: inventorySchema,
  TrafficForecast: forecastSchema,
  SoftwareCatalog: catalogSchema,
  Policy: policySchema,
  ChangeRequest: changeRequestSchema,
  Waiver: waiverSchema,
  ExecutionRecord: executionRecordSchema,
  Rule: ruleSchema,
  ChangegateConfig: configSchema,
};

/** Files in these folders of the documented layout are expected to be of this kind. */
export const FOLDER_KINDS: Record<string, DocumentKind> = {
  inventory: 'Inventory',
  traffic: 'TrafficForecast',
  software: 'SoftwareCatalog',
  policy: 'Policy',
  changes: 'ChangeRequest',
  waivers: 'Waiver',
  records: 'ExecutionRecord',
  rules: 'Rule',
};

/** The kind a file is expected to hold from the folder it sits in (documented layout), if any. */
export function folderKindOf(file: string): DocumentKind | undefined {
  const folder = file.split('/').slice(-2, -1)[0] ?? '';
  // Own properties only: a folder named `constructor` is not a kind.
  return Object.hasOwn(FOLDER_KINDS, folder) ? FOLDER_KINDS[folder] : undefined;
}

let knownZones: string[] | undefined;
function timeZoneNames(): string[] {
  knownZones ??= Intl.supportedValuesOf('timeZone');
  return knownZones;
}

export interface SchemaProblem {
  /** JSON Pointer of the offending value (or of the object missing a property). */
  pointer: string;
  /** Point at the key (unknown property) rather than the value. */
  atKey: boolean;
  messageId: 'missingProperty' | 'unknownProperty' | 'wrongType' | 'notAllowed' | 'badFormat' | 'outOfRange' | 'badValue';
  message: string;
  data: Record<string, string | number>;
}

const validators = new Map<DocumentKind, ValidateFunction>();

/** Compiles a JSON Schema at run time (see src/validate/compile.ts). */
export type SchemaCompiler = (schema: Record<string, unknown>) => ValidateFunction;

let schemaCompiler: SchemaCompiler | undefined;
/** Validators generated at build time for other schemas (rule options), by the schema's JSON text. */
const precompiledBySchema = new Map<string, ValidateFunction>();
const compiledSchemas = new WeakMap<Record<string, unknown>, ValidateFunction>();

/** Validators generated at build time: one per document kind, and others by their schema's JSON text. */
export interface PrecompiledValidators {
  bySchemaText?: Record<string, ValidateFunction>;
  [kind: string]: ValidateFunction | Record<string, ValidateFunction> | undefined;
}

/** Installs validators generated at build time (the bundled CLI and Action do; tests compile at run time). */
export function usePrecompiledValidators(precompiled: PrecompiledValidators): void {
  for (const kind of DOCUMENT_KINDS) {
    const validate = precompiled[kind];
    if (typeof validate === 'function') validators.set(kind, validate);
  }
  for (const [text, validate] of Object.entries(precompiled.bySchemaText ?? {})) precompiledBySchema.set(text, validate);
}

/** Installs the run-time compiler, for schemas no precompiled validator covers (tests, build scripts). */
export function useSchemaCompiler(compiler: SchemaCompiler): void {
  schemaCompiler = compiler;
}

/** The validator of a schema: generated at build time when one was, else compiled once at run time. */
export function validatorForSchema(schema: Record<string, unknown>): ValidateFunction {
  let validate = compiledSchemas.get(schema);
  if (!validate) {
    validate = precompiledBySchema.get(JSON.stringify(schema));
    if (!validate) {
      if (!schemaCompiler) {
        throw new Error('no validator was generated at build time for this schema and no schema compiler is installed (useSchemaCompiler)');
      }
      validate = schemaCompiler(schema);
    }
    compiledSchemas.set(schema, validate);
  }
  return validate;
}

function validatorFor(kind: DocumentKind): ValidateFunction {
  // Precompiled document validators are installed by kind; otherwise the schema's (cached) validator.
  return validators.get(kind) ?? validatorForSchema(SCHEMAS[kind]);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** A value as text for a finding's data; a mapping or list is described, never converted (its own `toString` key would be called). */
function shown(value: unknown): string {
  return value !== null && typeof value === 'object' ? describeType(value) : String(value);
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

function lastToken(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Turns ajv errors into one problem per mistake. */
function translate(errors: ErrorObject[], root: unknown): SchemaProblem[] {
  // anyOf/oneOf report every failed branch; keep only the summary for those paths.
  const alternativePaths = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const inAlternative = [...alternativePaths].some(
      (p) => error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && (error.instancePath === p || error.instancePath.startsWith(p + '/')),
    );
    if (inAlternative) continue;
    // A conditional branch (if/else with `not`) was chosen from the other values of the same object;
    // when one of those is itself wrong, the branch's complaint is a consequence, not a second mistake.
    if (
      error.keyword === 'not' &&
      errors.some((e) => e !== error && e.keyword !== 'not' && e.keyword !== 'if' && (e.instancePath === error.instancePath || e.instancePath.startsWith(error.instancePath + '/')))
    ) {
      continue;
    }
    const problem = translateOne(error, root);
    if (!problem) continue;
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return mergeMisspeltRequired(problems);
}

/**
 * A misspelt required key shows up twice in ajv's errors: once as "missing `window`" and once as
 * "unknown `windw`". That is one mistake, so it gets one finding, on the misspelt key.
 */
function mergeMisspeltRequired(problems: SchemaProblem[]): SchemaProblem[] {
  const dropped = new Set<SchemaProblem>();
  for (const unknown of problems) {
    if (unknown.messageId !== 'unknownProperty' || typeof unknown.data.suggestion !== 'string') continue;
    const parent = unknown.pointer.slice(0, unknown.pointer.lastIndexOf('/'));
    const missing = problems.find(
      (p) => p.messageId === 'missingProperty' && p.pointer === parent && p.data.property === unknown.data.suggestion,
    );
    if (!missing) continue;
    dropped.add(missing);
    unknown.message = `unknown property \`${unknown.data.property}\`; did you mean \`${unknown.data.suggestion}\`? (\`${unknown.data.suggestion}\` is required here)`;
  }
  return problems.filter((p) => !dropped.has(p));
}

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; $ref?: string; $defs?: Record<string, SchemaNode> };

/**
 * A key that is unknown where it stands but known to the items of a list beside it (a step's key that
 * slipped out of its step): the kind of item and the item it was probably meant for, the last one.
 */
function itemHome(key: string, parentSchema: unknown, value: unknown): { kind: string; item: string } | undefined {
  const schema = parentSchema as SchemaNode | undefined;
  if (!schema?.properties || value === null || typeof value !== 'object') return undefined;
  const resolve = (node: SchemaNode | undefined) => {
    const ref = node?.$ref !== undefined ? /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1] : undefined;
    return ref !== undefined ? schema.$defs?.[ref] : node;
  };
  for (const [name, property] of Object.entries(schema.properties)) {
    const items = resolve(resolve(property)?.items);
    if (!items?.properties || !(key in items.properties)) continue;
    const list = (value as Record<string, unknown>)[name];
    const kind = name.replace(/s$/, '');
    const last = Array.isArray(list) ? (list[list.length - 1] as { id?: unknown } | undefined) : undefined;
    return { kind: `a ${kind}`, item: typeof last?.id === 'string' ? `${kind} ${last.id}` : `an item of \`${name}\`` };
  }
  return undefined;
}

function translateOne(error: ErrorObject, root: unknown): SchemaProblem | undefined {
  const value = valueAt(root, error.instancePath);
  const where = error.instancePath;
  const field = where === '' ? 'the document' : `\`${lastToken(where)}\``;
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
      const typo = didYouMean(missing, present);
      const propertySchema = (error.parentSchema as { properties?: Record<string, { description?: string }> } | undefined)?.properties?.[missing];
      return {
        pointer: where,
        atKey: true,
        messageId: 'missingProperty',
        message:
          `missing required property \`${missing}\`` +
          (propertySchema?.description ? ` (${propertySchema.description.replace(/\.$/, '')})` : '') +
          (typo ? `; did you mean to write \`${missing}\` instead of \`${typo}\`?` : ''),
        data: { property: missing },
      };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
      const suggestion = didYouMean(extra, allowed);
      const home = suggestion ? undefined : itemHome(extra, error.parentSchema, value);
      return {
        pointer: `${where}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        messageId: 'unknownProperty',
        message:
          `unknown property \`${extra}\`` +
          (suggestion ? `; did you mean \`${suggestion}\`?` : home ? `; it is a property of ${home.kind}: did you mean to indent it under ${home.item}?` : allowed.length ? `; allowed here: ${allowed.join(', ')}` : ''),
        data: { property: extra, ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).replace(',', ' or ');
      return {
        pointer: where,
        atKey: false,
        messageId: 'wrongType',
        message: `${field} must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}, not ${describeType(value)}` +
          (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ' (quote it to keep it as text)' : ''),
        data: { expected, actual: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value },
      };
    }
    case 'enum':
    case 'const': {
      const allowed =
        error.keyword === 'enum'
          ? ((error.params as { allowedValues: unknown[] }).allowedValues.map(String))
          : [String((error.params as { allowedValue: unknown }).allowedValue)];
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return {
        pointer: where,
        atKey: false,
        messageId: 'notAllowed',
        message:
          `${field} is ${describeType(value)}, which is not allowed; expected ${allowed.length === 1 ? '' : 'one of '}${allowed.join(', ')}` +
          (suggestion ? `. Did you mean \`${suggestion}\`?` : ''),
        data: { value: shown(value), allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'format': {
      const format = (error.params as { format: string }).format;
      let message: string;
      let suggestion: string | undefined;
      if (format === 'iana-time-zone') {
        suggestion = typeof value === 'string' ? didYouMean(value, timeZoneNames()) : undefined;
        const abbreviation = typeof value === 'string' && /^[A-Za-z]/.test(value) && !value.includes('/');
        const fixed = typeof value === 'string' && /^(Etc\/)?(GMT|UTC)?[+-]\d/.test(value);
        message =
          `${field} is ${describeType(value)}, which is not an IANA time zone name (like Europe/Paris)` +
          (abbreviation || fixed ? `: abbreviations such as CET and fixed offsets are refused because they do not say which region's daylight-saving rules apply; write the Area/Location name of the region, e.g. Europe/Paris for CET, or UTC` : '') +
          (suggestion ? `. Did you mean \`${suggestion}\`?` : '');
      } else if (format === 'instant') {
        message = `${field} is ${describeType(value)}, which is not a date-time; write it like 2026-12-08T00:30:00+01:00 (with an offset), or 2026-12-08T00:30 read in the window's timeZone`;
      } else if (format === 'date') {
        message = `${field} is ${describeType(value)}, which is not a date; write it like 2026-12-25`;
      } else {
        message = `${field} is ${describeType(value)}, which is not a valid ${format}`;
      }
      return { pointer: where, atKey: false, messageId: 'badFormat', message, data: { format, value: shown(value), ...(suggestion ? { suggestion } : {}) } };
    }
    case 'pattern': {
      // Under propertyNames the pattern judged a key (a rule id under `rules:`): point at that key.
      const key = (error as { propertyName?: unknown }).propertyName;
      if (typeof key === 'string') {
        return {
          pointer: `${where}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          atKey: true,
          messageId: 'badFormat',
          message: `the key \`${key}\` of ${field} does not have the expected form` + (description ? ` (${description.replace(/\.$/, '')})` : '') + ` [pattern ${(error.params as { pattern: string }).pattern}]`,
          data: { value: key, pattern: (error.params as { pattern: string }).pattern },
        };
      }
      return {
        pointer: where,
        atKey: false,
        messageId: 'badFormat',
        message: `${field} is ${describeType(value)}, which does not have the expected form` + (description ? ` (${description.replace(/\.$/, '')})` : '') + ` [pattern ${(error.params as { pattern: string }).pattern}]`,
        data: { value: shown(value), pattern: (error.params as { pattern: string }).pattern },
      };
    }
    case 'propertyNames':
      return undefined; // the accompanying pattern error carries the message
    case 'if':
      return undefined; // the failed then/else branch carries the message
    case 'not': {
      // The schemas use `not: { required: [x] }` for a property forbidden in this situation.
      const forbidden = (error.schema as { required?: string[]; properties?: Record<string, { description?: string }> } | undefined) ?? {};
      const property = forbidden.required?.find((k) => value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, k));
      if (property === undefined) {
        return { pointer: where, atKey: false, messageId: 'badValue', message: `${field} ${error.message ?? 'is invalid'}`, data: { keyword: error.keyword } };
      }
      const why = forbidden.properties?.[property]?.description;
      return {
        pointer: `${where}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        messageId: 'notAllowed',
        message: `\`${property}\` is not allowed here` + (why ? `: ${why.replace(/\.$/, '')}` : '') + '; remove it',
        data: { property },
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const params = error.params as { comparison: string; limit: number };
      return {
        pointer: where,
        atKey: false,
        messageId: 'outOfRange',
        message: `${field} is ${String(value)}, but must be ${params.comparison} ${params.limit}`,
        data: { value: Number(value), limit: params.limit, comparison: params.comparison },
      };
    }
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const what = error.keyword.endsWith('Items') ? 'item' : 'character';
      const bound = error.keyword.startsWith('min') ? 'at least' : 'at most';
      return {
        pointer: where,
        atKey: false,
        messageId: 'outOfRange',
        message: `${field} must have ${bound} ${limit} ${what}${limit === 1 ? '' : 's'}` + (description ? ` (${description.replace(/\.$/, '')})` : ''),
        data: { limit },
      };
    }
    case 'dependentRequired': {
      const { property, missingProperty } = error.params as { property: string; missingProperty: string };
      return {
        pointer: where,
        atKey: true,
        messageId: 'missingProperty',
        message: `\`${property}\` is given without \`${missingProperty}\`; write both together`,
        data: { property: missingProperty, with: property },
      };
    }
    case 'uniqueItems':
      return {
        pointer: where,
        atKey: false,
        messageId: 'badValue',
        message: `${field} lists the same item twice (items ${(error.params as { j: number; i: number }).j} and ${(error.params as { i: number }).i}); remove the duplicate`,
        data: {},
      };
    case 'anyOf':
    case 'oneOf':
      return {
        pointer: where,
        atKey: false,
        messageId: 'badValue',
        message: `${field} does not match any accepted form` + (description ? `: ${description.replace(/\.$/, '')}` : ''),
        data: {},
      };
    default:
      return {
        pointer: where,
        atKey: false,
        messageId: 'badValue',
        message: `${field} ${error.message ?? 'is invalid'}`,
        data: { keyword: error.keyword },
      };
  }
}

export interface KindResult {
  kind?: DocumentKind;
  problems: SchemaProblem[];
}

/** Determines the document's kind and validates it against that kind's schema. */
export function validateDocument(value: unknown, file: string): KindResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      problems: [
        {
          pointer: '',
          atKey: false,
          messageId: 'wrongType',
          message: `the document must be a mapping with a \`kind\` (one of ${DOCUMENT_KINDS.join(', ')}), not ${describeType(value)}`,
          data: { expected: 'object' },
        },
      ],
    };
  }
  const declared = (value as Record<string, unknown>).kind;
  if (typeof declared !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(declared)) {
    const folderKind = folderKindOf(file);
    const suggestion =
      typeof declared === 'string' ? didYouMean(declared, DOCUMENT_KINDS) : folderKind;
    return {
      problems: [
        {
          pointer: declared === undefined ? '' : '/kind',
          atKey: declared === undefined,
          messageId: declared === undefined ? 'missingProperty' : 'notAllowed',
          message:
            (declared === undefined ? 'missing `kind`' : `unknown kind ${describeType(declared)}`) +
            `; expected one of ${DOCUMENT_KINDS.join(', ')}` +
            (suggestion ? `. Did you mean \`kind: ${suggestion}\`?` : ''),
          data: { value: String(declared), ...(suggestion ? { suggestion } : {}) },
        },
      ],
    };
  }
  const kind = declared as DocumentKind;
  const validate = validatorFor(kind);
  if (validate(value)) return { kind, problems: [] };
  return { kind, problems: translate(validate.errors ?? [], value) };
}

/** Validates a value against a schema that is not a network document's (e.g. a RuleTest), with the same located, explained problems. */
export function validateAgainstSchema(schema: Record<string, unknown>, value: unknown): SchemaProblem[] {
  const validate = validatorForSchema(schema);
  return validate(value) ? [] : translate(validate.errors ?? [], value);
}
