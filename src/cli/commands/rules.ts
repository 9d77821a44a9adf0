// `changegate rules [repo]` and `changegate explain <id> [repo]`: the built-in rules, plus the
// repository's own rules (rules/*.yaml, compiled as `check` compiles them) and the --plugin rules.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { didYouMean } from '../../core/suggest.ts';
import type { CliIo } from '../io.ts';
import { packageRoot } from '../../core/package-root.ts';
import { UsageError } from '../usage-error.ts';
import type { AnyRule } from '../../rule-api/rule.ts';
import { evaluate, loadRepository } from '../../api/evaluate.ts';
import type { Repository } from '../../api/evaluate.ts';
import type { Finding } from '../../core/finding.ts';
import { ExitCode } from '../exit-codes.ts';
import { folderProblem } from '../evaluate-folder.ts';
import { loadRulePack } from '../plugins.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

interface RuleSetOptions {
  config?: string;
  plugin: string[];
}

/** A rule as listed: where it comes from (built in, a plugin module, or a file of the repository). */
interface ListedRule {
  rule: AnyRule;
  origin: 'built-in' | 'plugin' | 'repository';
  /** The plugin module or the rule file (repository-relative); empty for a built-in rule. */
  source: string;
}

interface RuleSet {
  rules: ListedRule[];
  repository?: Repository;
}

const RULE_DOCUMENT = /^kind:\s*["']?Rule["']?\s*(#.*)?$/m;

/**
 * The rules a check of `repoDir` would run. The repository's rule files are compiled exactly as `check`
 * compiles them; a rule file that does not compile is printed, located, and the command fails (exit 2):
 * a list without the broken rule would look complete.
 */
async function ruleSet(repoDir: string | undefined, options: RuleSetOptions, io: CliIo): Promise<RuleSet | undefined> {
  const pack = await loadRulePack(options.plugin, io.cwd);
  const listed: ListedRule[] = pack.rules.map((rule) => {
    const plugin = pack.pluginOf.get(rule.id);
    return plugin !== undefined ? { rule, origin: 'plugin', source: plugin } : { rule, origin: 'built-in', source: '' };
  });
  if (repoDir === undefined) return { rules: listed };
  const problem = folderProblem(repoDir, io.cwd);
  if (problem !== undefined) throw new UsageError(problem);
  let repository: Repository;
  try {
    repository = await loadRepository(resolve(io.cwd, repoDir), { ...(options.config !== undefined ? { config: options.config } : {}), env: io.env });
  } catch (err) {
    throw new UsageError(`cannot read ${repoDir}: ${(err as Error).message}`);
  }
  const evaluation = evaluate(repository, { rules: pack.rules });
  const ruleFiles = new Set(repository.files.filter((f) => RULE_DOCUMENT.test(Buffer.from(f.bytes).toString('utf8'))).map((f) => f.path));
  const broken = evaluation.findings.filter((f) => f.messageId.startsWith('customRule') || (f.ruleId === 'schema-valid' && ruleFiles.has(f.file)));
  if (broken.length > 0) {
    for (const f of broken) io.stderr(`${located(repoDir, f)}: ${f.message}\n`);
    io.stderr(`changegate: ${broken.length === 1 ? 'a rule file' : `${broken.length} problems in the rule files`} of ${repoDir} must be fixed before its rules can be listed\n`);
    return undefined;
  }
  for (const rule of evaluation.customRules) listed.push({ rule, origin: 'repository', source: rule.source ?? '' });
  return { rules: listed, repository };
}

function located(repoDir: string, f: Finding): string {
  const file = repoDir === '.' ? f.file : join(repoDir, f.file);
  return f.line > 0 ? `${file}:${f.line}:${f.column}` : file;
}

function addRuleSetOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file, relative to the repository (default: changegate.yaml when present)')
    .option('--plugin <path>', 'also list the rules exported by this ES module, made with defineRule (repeat for several)', collect, []);
}

export function registerRules(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addRuleSetOptions(
    program
      .command('rules')
      .description("List every rule with its default severity and what it checks; with a repository, also the repository's own rules (rules/*.yaml)")
      .argument('[repo-dir]', "also list this repository's custom rules (compiled as check compiles them)")
      .option('--json', 'print the rules with their options schemas as JSON'),
  )
    .addHelpText('after', '\nExamples:\n  $ changegate rules\n  $ changegate rules examples/six-sites\n  $ changegate rules . --plugin ./acme-rules.mjs\n  $ changegate rules --json > rules.json')
    .action(async (repoDir: string | undefined, options: RuleSetOptions & { json?: boolean }) => {
      const set = await ruleSet(repoDir, options, io);
      if (!set) return setExit(ExitCode.Error);
      if (options.json) {
        io.stdout(
          JSON.stringify(
            set.rules.map(({ rule: r, origin, source }) => ({
              id: r.id,
              title: r.title,
              category: r.category,
              severity: r.defaultSeverity,
              summary: r.summary,
              waivable: r.waivable,
              options: r.optionsSchema,
              defaults: r.defaultOptions,
              ...(origin !== 'built-in' ? { origin, source } : {}),
              ...(r.scope !== undefined ? { scope: r.scope } : {}),
            })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      const builtIn = set.rules.filter((l) => l.origin === 'built-in');
      const others = set.rules.filter((l) => l.origin !== 'built-in');
      const width = Math.max(...set.rules.map((l) => l.rule.id.length));
      const line = (r: AnyRule) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.category.padEnd(9)}  ${r.summary}\n`;
      if (others.length === 0) {
        for (const l of builtIn) io.stdout(line(l.rule));
        return;
      }
      io.stdout(`Built-in rules (${builtIn.length}):\n`);
      for (const l of builtIn) io.stdout(line(l.rule));
      for (const origin of ['plugin', 'repository'] as const) {
        const group = others.filter((l) => l.origin === origin);
        if (group.length === 0) continue;
        io.stdout(`\n${origin === 'plugin' ? `Plugin rules (${group.length}, from --plugin)` : `Custom rules of ${repoDir} (${group.length})`}:\n`);
        for (const l of group) {
          io.stdout(line(l.rule));
          io.stdout(`${' '.repeat(width + 2)}${l.rule.scope !== undefined ? `scope ${l.rule.scope}, ` : ''}${l.rule.waivable ? 'waivable' : 'not waivable'}, from ${l.source}\n`);
        }
      }
    });

  addRuleSetOptions(
    program
      .command('explain')
      .description("Show a rule's documentation: what it checks, why, its options and examples; with a repository, its custom rules too")
      .argument('<rule-id>', 'the rule, as listed by `changegate rules [repo-dir]`')
      .argument('[repo-dir]', "the repository whose custom rules (rules/*.yaml) may hold the rule"),
  )
    .addHelpText('after', '\nExamples:\n  $ changegate explain redundancy-group-concurrency\n  $ changegate explain one-site-per-night examples/six-sites\n  $ changegate explain schema-valid | less')
    .action(async (id: string, repoDir: string | undefined, options: RuleSetOptions) => {
      const set = await ruleSet(repoDir, options, io);
      if (!set) return setExit(ExitCode.Error);
      const listed = set.rules.find((l) => l.rule.id === id);
      if (!listed) {
        const suggestion = didYouMean(id, set.rules.map((l) => l.rule.id));
        const where = repoDir === undefined ? '; a custom rule is explained with its repository: changegate explain <id> <repo-dir>' : '';
        throw new UsageError(`unknown rule "${id}"` + (suggestion ? `; did you mean "${suggestion}"?` : `; \`changegate rules${repoDir !== undefined ? ` ${repoDir}` : ''}\` lists them${where}`));
      }
      const page = explanation(listed, set.repository);
      io.stdout(page.endsWith('\n') ? page : page + '\n');
    });
}

function summaryPage(rule: AnyRule): string {
  return `# ${rule.id}: ${rule.title}\n\n${rule.summary}\n\n## Why\n\n${rule.rationale}\n`;
}

/** A built-in rule's page; a plugin rule's own texts; a custom rule's texts and its whole document. */
function explanation(listed: ListedRule, repository: Repository | undefined): string {
  const { rule } = listed;
  if (listed.origin === 'built-in') {
    try {
      return readFileSync(join(packageRoot(), 'docs', 'rules', `${rule.id}.md`), 'utf8');
    } catch {
      return summaryPage(rule);
    }
  }
  const facts = [
    `- Default severity: ${rule.defaultSeverity}; category: ${rule.category}${rule.scope !== undefined ? `; scope: ${rule.scope}` : ''}`,
    `- Waivable: ${rule.waivable ? 'yes' : 'no'}`,
    listed.origin === 'plugin' ? `- Plugin module: ${listed.source} (JavaScript, run because --plugin named it)` : `- Defined in: ${listed.source} (a Rule document of the repository)`,
  ].join('\n');
  const file = repository?.files.find((f) => f.path === listed.source);
  const document = file ? `\n## The rule document\n\n\`\`\`yaml\n${Buffer.from(file.bytes).toString('utf8').trimEnd()}\n\`\`\`\n` : '';
  return `${summaryPage(rule)}\n## Facts\n\n${facts}\n${document}`;
}
