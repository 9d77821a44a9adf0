// `--plugin <path>`: rules from ES modules the user names on the command line, after the built-in ones.
// The only way the CLI runs JavaScript that is not its own; a config repository can never ask for it.
import { ALL_RULES } from '../../rules/index.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import { loadPlugin, PluginError } from '../api/plugin.ts';
import { UsageError } from './usage-error.ts';
import { useSchemaCompiler } from '../validate/schemas.ts';

/** The rule pack of a run and, for each plugin rule, the module (as given on the command line) it came from. */
export interface RulePack {
  rules: readonly AnyRule[];
  pluginOf: ReadonlyMap<string, string>;
}

/** The built-in rules, then every plugin's rules (ids checked to be unique). */
export async function loadRulePack(plugins: readonly string[], cwd: string): Promise<RulePack> {
  if (plugins.length === 0) return { rules: ALL_RULES, pluginOf: new Map() };
  // Custom rules bring their own options schemas: compile them at run time. The bundle holds only the
  // built-in rules' validators; the compiler (ajv) is a separate file (dist/schema-compiler.js) loaded here.
  const { runtimeSchemaCompiler } = await import('../validate/compile.ts');
  useSchemaCompiler(runtimeSchemaCompiler());
  const rules: AnyRule[] = [...ALL_RULES];
  const pluginOf = new Map<string, string>();
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

/** The rule pack of a run: the built-in rules, then every plugin's rules. */
export async function rulesWithPlugins(plugins: readonly string[], cwd: string): Promise<readonly AnyRule[]> {
  return (await loadRulePack(plugins, cwd)).rules;
}
