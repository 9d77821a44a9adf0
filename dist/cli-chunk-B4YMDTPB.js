import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  ALL_RULES
} from "./cli-chunk-TM2NS74O.js";
import {
  useSchemaCompiler,
  validatorForSchema
} from "./cli-chunk-ZKHIW7JU.js";

// src/api/plugin.ts
import { isAbsolute, resolve } from "node:path";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
var PluginError = class extends Error {
  name = "PluginError";
};
var RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var CATEGORIES = ["invariant", "process"];
var SEVERITIES = ["error", "warning", "notice"];
async function loadPlugin(path, taken = [], cwd = process.cwd()) {
  const full = isAbsolute(path) ? path : resolve(cwd, path);
  if (!existsSync(full)) throw new PluginError(`plugin ${path}: no such file (give the path of an ES module exporting rules made with defineRule)`);
  let module;
  try {
    module = await import(pathToFileURL(full).href);
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
function checkPluginRules(candidates, source, taken = []) {
  const used = new Set(taken);
  return candidates.map((candidate, index) => {
    const problems = ruleProblems(candidate);
    const id = isObject(candidate) && typeof candidate.id === "string" ? candidate.id : void 0;
    const where = `plugin ${source}: rule ${id !== void 0 ? `"${id}"` : `#${index + 1}`}`;
    if (problems.length > 0) throw new PluginError(`${where}: ${problems.join("; ")}`);
    const rule = candidate;
    if (used.has(rule.id)) throw new PluginError(`${where}: the id is already taken by a built-in rule or another plugin; give it an id of its own (e.g. "acme-${rule.id}")`);
    used.add(rule.id);
    return rule;
  });
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ruleProblems(rule) {
  if (!isObject(rule)) return ["is not an object made with defineRule({ id, title, ... })"];
  const problems = [];
  const text = (key) => {
    if (typeof rule[key] !== "string" || rule[key].trim() === "") problems.push(`\`${key}\` must be a non-empty string`);
  };
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) problems.push(`\`id\` must be kebab-case (e.g. "holiday-freeze"), not ${JSON.stringify(rule.id)}`);
  text("title");
  text("summary");
  text("rationale");
  if (!CATEGORIES.includes(rule.category)) problems.push(`\`category\` must be one of ${CATEGORIES.join(", ")}, not ${JSON.stringify(rule.category)}`);
  if (!SEVERITIES.includes(rule.defaultSeverity)) problems.push(`\`defaultSeverity\` must be one of ${SEVERITIES.join(", ")}, not ${JSON.stringify(rule.defaultSeverity)}`);
  if (typeof rule.waivable !== "boolean") problems.push("`waivable` must be true or false");
  if (typeof rule.check !== "function") problems.push("`check` must be a function (context) => void");
  const messages = rule.messages;
  if (!isObject(messages) || Object.keys(messages).length === 0) problems.push('`messages` must map message ids to templates, e.g. { holiday: "{{change}} touches {{element}} on a holiday" }');
  else for (const [id, template] of Object.entries(messages)) if (typeof template !== "string" || template === "") problems.push(`message "${id}" must be a non-empty template string`);
  if (rule.unwaivable !== void 0) {
    if (!Array.isArray(rule.unwaivable)) problems.push("`unwaivable` must be a list of message ids");
    else for (const id of rule.unwaivable) if (!isObject(messages) || !(String(id) in messages)) problems.push(`\`unwaivable\` names "${String(id)}", which is not one of its messages`);
  }
  problems.push(...optionsProblems(rule.optionsSchema, rule.defaultOptions));
  return problems;
}
function optionsProblems(schema, defaults) {
  if (!isObject(schema) || schema.type !== "object" || schema.additionalProperties !== false || !isObject(schema.properties)) {
    return ['`optionsSchema` must be { type: "object", properties: {...}, additionalProperties: false } (use { type: "object", properties: {}, additionalProperties: false } for none)'];
  }
  const problems = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!isObject(property) || typeof property.description !== "string" || property.description === "") problems.push(`option "${name}" needs a \`description\` (it is shown on the rule's page and in errors)`);
  }
  if (!isObject(defaults)) return [...problems, "`defaultOptions` must be an object with a default for every option"];
  for (const name of Object.keys(schema.properties)) if (!(name in defaults)) problems.push(`option "${name}" needs a default in \`defaultOptions\``);
  if (problems.length > 0) return problems;
  let validate;
  try {
    validate = validatorForSchema(schema);
  } catch (err) {
    return [`\`optionsSchema\` is not a valid JSON Schema: ${err instanceof Error ? err.message : String(err)}`];
  }
  if (!validate(defaults)) problems.push(`\`defaultOptions\` do not match \`optionsSchema\`: ${(validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`).join(", ")}`);
  return problems;
}

// src/cli/plugins.ts
async function loadRulePack(plugins, cwd) {
  if (plugins.length === 0) return { rules: ALL_RULES, pluginOf: /* @__PURE__ */ new Map() };
  const { runtimeSchemaCompiler } = await import("./schema-compiler.js");
  useSchemaCompiler(runtimeSchemaCompiler());
  const rules = [...ALL_RULES];
  const pluginOf = /* @__PURE__ */ new Map();
  for (const plugin of plugins) {
    try {
      for (const rule of await loadPlugin(plugin, rules.map((r) => r.id), cwd)) {
        rules.push(rule);
        pluginOf.set(rule.id, plugin);
      }
    } catch (err) {
      if (err instanceof PluginError) throw new UsageError(err.message);
      throw err;
    }
  }
  return { rules, pluginOf };
}
async function rulesWithPlugins(plugins, cwd) {
  return (await loadRulePack(plugins, cwd)).rules;
}

export {
  loadRulePack,
  rulesWithPlugins
};
