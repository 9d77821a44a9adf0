import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '../rules/index.ts';
import { updateRulePage } from '../src/docs/rule-docs.ts';

mkdirSync('docs/rules', { recursive: true });
for (const rule of ALL_RULES) {
  const path = `docs/rules/${rule.id}.md`;
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const next = updateRulePage(existing, rule);
  if (next !== existing) {
    writeFileSync(path, next);
    console.log(`updated ${path}`);
  }
}
const index = [
  '# Rules',
  '',
  'Every rule changegate runs, with its default severity. Override severities and options in your policy file (`rules:`), see [formats](../formats.md#policy).',
  '',
  '| Rule | Category | Default severity | What it checks |',
  '| --- | --- | --- | --- |',
  ...ALL_RULES.map((r) => `| [${r.id}](${r.id}.md) | ${r.category} | ${r.defaultSeverity} | ${r.summary.replace(/\|/g, '\\|')} |`),
  '',
].join('\n');
const indexPath = 'docs/rules/README.md';
if (!existsSync(indexPath) || readFileSync(indexPath, 'utf8') !== index) {
  writeFileSync(indexPath, index);
  console.log(`updated ${indexPath}`);
}
