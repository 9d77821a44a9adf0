import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ALL_RULES } from '../rules/index.ts';
import { galleryFiles, updateRulePage } from '../src/docs/rule-docs.ts';
import { updateCustomRulesPage } from '../src/custom-rules/variables.ts';
import { dirname } from 'node:path';

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
const table = [
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
// The table is generated; the hand-written guide to writing and testing rules after it is kept.
const HAND_WRITTEN = '## Writing and testing your own rules';
const current = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '';
const guide = current.includes(HAND_WRITTEN) ? current.slice(current.indexOf(HAND_WRITTEN)) : '';
const index = guide ? `${table}\n${guide}` : table;
if (current !== index) {
  writeFileSync(indexPath, index);
  console.log(`updated ${indexPath}`);
}

// The example gallery: each rule's documented change requests, as files of the example network.
const galleryRoot = 'examples/six-sites/gallery';
const pages = (id: string) => (existsSync(`docs/rules/${id}.md`) ? readFileSync(`docs/rules/${id}.md`, 'utf8') : undefined);
for (const [path, text] of galleryFiles(ALL_RULES, pages)) {
  const full = `${galleryRoot}/${path}`;
  if (existsSync(full) && readFileSync(full, 'utf8') === text) continue;
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  console.log(`updated ${full}`);
}

// The CEL variable reference of custom rules, from the table the compiler declares.
const customRulesPath = 'docs/rules/custom-rules.md';
const customRulesPage = readFileSync(customRulesPath, 'utf8');
const customRulesNext = updateCustomRulesPage(customRulesPage);
if (customRulesNext !== customRulesPage) {
  writeFileSync(customRulesPath, customRulesNext);
  console.log(`updated ${customRulesPath}`);
}
