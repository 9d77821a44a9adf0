// `--plugin <path>`: rules from ES modules the user names on the command line, after the built-in ones.
// The only way the CLI runs JavaScript that is not its own; a config repository can never ask for it.
import { ALL_RULES } from '../../rules/index.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import { loadPlugin, PluginError } from '../api/plugin.ts';
import { UsageError } from './usage-error.ts';
import { useSchemaCompiler } from '../validate/schemas.ts';

/** The rule pack of a run: the built-in rules, then every plugin's rules (ids checked to be unique). */
export async function rulesWithPlugins(plugins: readonly string[], cwd: string): Promise<readonly AnyRule[]> {
  if (plugins.length === 0) return ALL_RULES;
  // Custom rules bring their own options schemas: compile them at run time. The bundle holds only the
  // built-in rules' validators; the compiler (ajv) is a separate file (dist/schema-compiler.js) loaded here.
  const { runtimeSchemaCompiler } = await import('../validate/compile.ts');
  useSchemaCompiler(runtimeSchemaCompiler());
  const rules: AnyRule[] = [...ALL_RULES];
  for (const plugin of plugins) {
    try {
      rules.push(...(await loadPlugin(plugin, rules.map((r) => r.id), cwd)));
    } catch (err) {
      if (err instanceof PluginError) throw new UsageError(err.message);
      throw err;
    }
  }
  return rules;
}
