import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ALL_RULES } from '../../../rules/index.ts';
import { didYouMean } from '../../core/suggest.ts';
import type { CliIo } from '../io.ts';
import { packageRoot } from '../../core/package-root.ts';
import { UsageError } from '../usage-error.ts';

export function registerRules(program: Command, io: CliIo): void {
  program
    .command('rules')
    .description('List every rule with its default severity and what it checks')
    .option('--json', 'print the rules with their options schemas as JSON')
    .addHelpText('after', '\nExamples:\n  $ changegate rules\n  $ changegate rules --json > rules.json')
    .action((options: { json?: boolean }) => {
      if (options.json) {
        io.stdout(
          JSON.stringify(
            ALL_RULES.map((r) => ({ id: r.id, title: r.title, category: r.category, severity: r.defaultSeverity, summary: r.summary, waivable: r.waivable, options: r.optionsSchema, defaults: r.defaultOptions })),
            null,
            2,
          ) + '\n',
        );
        return;
      }
      const width = Math.max(...ALL_RULES.map((r) => r.id.length));
      for (const r of ALL_RULES) io.stdout(`${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.category.padEnd(9)}  ${r.summary}\n`);
    });

  program
    .command('explain')
    .description("Show a rule's documentation: what it checks, why, its options and examples")
    .argument('<rule-id>', 'the rule, as listed by `changegate rules`')
    .addHelpText('after', '\nExamples:\n  $ changegate explain redundancy-group-concurrency\n  $ changegate explain schema-valid | less')
    .action((id: string) => {
      const rule = ALL_RULES.find((r) => r.id === id);
      if (!rule) {
        const suggestion = didYouMean(id, ALL_RULES.map((r) => r.id));
        throw new UsageError(`unknown rule "${id}"` + (suggestion ? `; did you mean "${suggestion}"?` : '; `changegate rules` lists them'));
      }
      let page: string;
      try {
        page = readFileSync(join(packageRoot(), 'docs', 'rules', `${id}.md`), 'utf8');
      } catch {
        page = `# ${rule.id}: ${rule.title}\n\n${rule.summary}\n\n## Why\n\n${rule.rationale}\n`;
      }
      io.stdout(page.endsWith('\n') ? page : page + '\n');
    });
}
