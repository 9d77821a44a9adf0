// Loads rules written in JavaScript with defineRule from a module the user names explicitly
// (`--plugin <path>` or the API). A config repository never makes changegate run code: only a flag or
// a caller does. Every rule is checked before it runs, so a malformed plugin is a clear error, not a
// crash in the middle of an evaluation.
import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AnyRule } from '../rule-api/rule.ts';
import { validatorForSchema } from '../validate/schemas.ts';

/** A plugin that cannot be used; the message names the module, the rule and what to fix. */
export class PluginError extends Error {
  override name = 'PluginError';
}

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CATEGORIES = ['invariant', 'process'];
const SEVERITIES = ['error', 'warning', 'notice'];

/**
 * Imports an ES module and returns the rules it exports: its default export (an array of rules) or its
 * `rules` export. `taken` holds the ids already in use (the built-in rules, earlier plugins): a clash is
 * an error, never a silent replacement of a built-in rule.
 */
export async function loadPlugin(path: string, taken: Iterable<string> = [], cwd: string = process.cwd()): Promise<AnyRule[]> {
  const full = isAbsolute(path) ? path : resolve(cwd, path);
  if (!existsSync(full)) throw new PluginError(`plugin ${path}: no such file (give the path of an ES module exporting rules made with defineRule)`);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  } catch (err) {
    throw new PluginError(`plugin ${path}: cannot be imported: ${err instanceof Error ? err.message : String(err)}`);
  }
  const exported = Array.isArray(module.default) ? module.default : module.rules;
  if (!Array.isArray(exported)) {
    throw new PluginError(`plugin ${path}: exports no rules; write \`export default [rule, ...]\` or \`export const rules = [rule, ...]\` with rules made by defineRule`);
  }
  if (exported.length === 0) throw new PluginError(`plugin ${path}: its list of rules is empty`);
  return checkPluginRules(exported, path, taken);
}

/** Checks rules handed in from outside (a plugin, an API caller) and returns them typed. */
export function checkPluginRules(candidates: readonly unknown[], source: string, taken: Iterable<string> = []): AnyRule[] {
  const used = new Set(taken);
  return candidates.map((candidate, index) => {
    const problems = ruleProblems(candidate);
    const id = isObject(candidate) && typeof candidate.id === 'string' ? candidate.id : undefined;
    const where = `plugin ${source}: rule ${id !== undefined ? `"${id}"` : `#${index + 1}`}`;
    if (problems.length > 0) throw new PluginError(`${where}: ${problems.join('; ')}`);
    const rule = candidate as AnyRule;
    if (used.has(rule.id)) throw new PluginError(`${where}: the id is already taken by a built-in rule or another plugin; give it an id of its own (e.g. "acme-${rule.id}")`);
    used.add(rule.id);
    return rule;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ruleProblems(rule: unknown): string[] {
  if (!isObject(rule)) return ['is not an object made with defineRule({ id, title, ... })'];
  const problems: string[] = [];
  const text = (key: string) => {
    if (typeof rule[key] !== 'string' || (rule[key] as string).trim() === '') problems.push(`\`${key}\` must be a non-empty string`);
  };
  if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) problems.push(`\`id\` must be kebab-case (e.g. "holiday-freeze"), not ${JSON.stringify(rule.id)}`);
  text('title');
  text('summary');
  text('rationale');
  if (!CATEGORIES.includes(rule.category as string)) problems.push(`\`category\` must be one of ${CATEGORIES.join(', ')}, not ${JSON.stringify(rule.category)}`);
  if (!SEVERITIES.includes(rule.defaultSeverity as string)) problems.push(`\`defaultSeverity\` must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(rule.defaultSeverity)}`);
  if (typeof rule.waivable !== 'boolean') problems.push('`waivable` must be true or false');
  if (typeof rule.check !== 'function') problems.push('`check` must be a function (context) => void');
  const messages = rule.messages;
  if (!isObject(messages) || Object.keys(messages).length === 0) problems.push('`messages` must map message ids to templates, e.g. { holiday: "{{change}} touches {{element}} on a holiday" }');
  else for (const [id, template] of Object.entries(messages)) if (typeof template !== 'string' || template === '') problems.push(`message "${id}" must be a non-empty template string`);
  if (rule.unwaivable !== undefined) {
    if (!Array.isArray(rule.unwaivable)) problems.push('`unwaivable` must be a list of message ids');
    else for (const id of rule.unwaivable) if (!isObject(messages) || !(String(id) in messages)) problems.push(`\`unwaivable\` names "${String(id)}", which is not one of its messages`);
  }
  problems.push(...optionsProblems(rule.optionsSchema, rule.defaultOptions));
  return problems;
}

function optionsProblems(schema: unknown, defaults: unknown): string[] {
  if (!isObject(schema) || schema.type !== 'object' || schema.additionalProperties !== false || !isObject(schema.properties)) {
    return ['`optionsSchema` must be { type: "object", properties: {...}, additionalProperties: false } (use { type: "object", properties: {}, additionalProperties: false } for none)'];
  }
  const problems: string[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!isObject(property) || typeof property.description !== 'string' || property.description === '') problems.push(`option "${name}" needs a \`description\` (it is shown on the rule's page and in errors)`);
  }
  if (!isObject(defaults)) return [...problems, '`defaultOptions` must be an object with a default for every option'];
  for (const name of Object.keys(schema.properties)) if (!(name in defaults)) problems.push(`option "${name}" needs a default in \`defaultOptions\``);
  if (problems.length > 0) return problems;
  let validate;
  try {
    validate = validatorForSchema(schema);
  } catch (err) {
    return [`\`optionsSchema\` is not a valid JSON Schema: ${err instanceof Error ? err.message : String(err)}`];
  }
  if (!validate(defaults)) problems.push(`\`defaultOptions\` do not match \`optionsSchema\`: ${(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join(', ')}`);
  return problems;
}
