// Renders the generated part of a rule's docs page (header and options table) from its metadata, so
// the page can never disagree with the code. `npm run docs` writes it; a test checks it is current.
import type { AnyRule } from '../rule-api/rule.ts';
import { unwaivableMessageIds } from '../rule-api/rule.ts';

export const GENERATED_START = '<!-- generated:start (npm run docs) -->';
export const GENERATED_END = '<!-- generated:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderRuleHeader(rule: AnyRule): string {
  // A waiver targeting one of these is refused by the engine (src/engine/evaluate.ts), whoever approves it.
  const unwaivable = unwaivableMessageIds(rule);
  const lines = [
    GENERATED_START,
    `# ${rule.id}`,
    '',
    `**${rule.title}.** ${rule.summary}`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| Category | ${rule.category} |`,
    `| Default severity | ${rule.defaultSeverity} |`,
    `| Waivable | ${!rule.waivable ? 'no' : unwaivable.length > 0 ? 'yes, except the unwaivable message ids' : 'yes'} |`,
    `| Message ids | ${Object.keys(rule.messages).map((m) => '`' + m + '`').join(', ')} |`,
    `| Unwaivable message ids | ${unwaivable.length > 0 ? unwaivable.map((m) => '`' + m + '`').join(', ') : 'none'} |`,
    `| Waiver scope | ${rule.waiverScope ? `a waiver names ${rule.waiverScope.description} in \`element\` (finding data \`${rule.waiverScope.field}\`) and covers only its findings` : rule.waivable ? 'change request and step' : 'not waivable'} |`,
    '',
    '## Options',
    '',
  ];
  const properties = Object.entries(rule.optionsSchema.properties);
  if (properties.length === 0) lines.push('This rule has no options.');
  else {
    lines.push('| Option | Type | Default | Description |', '| --- | --- | --- | --- |');
    for (const [name, schema] of properties) {
      const type = Array.isArray(schema.type) ? schema.type.join(' \\| ') : String(schema.type ?? (schema.enum ? 'enum' : 'any'));
      const value = (rule.defaultOptions as Record<string, unknown>)[name];
      lines.push(`| \`${name}\` | ${type} | \`${cell(JSON.stringify(value) ?? 'none')}\` | ${cell(schema.description)} |`);
    }
    lines.push('', `Set them in your policy file:`, '', '```yaml', 'rules:', `  ${rule.id}:`, `    severity: ${rule.defaultSeverity}`, '    options:');
    for (const [name] of properties) lines.push(`      ${name}: ${JSON.stringify((rule.defaultOptions as Record<string, unknown>)[name])}`);
    lines.push('```');
  }
  lines.push(GENERATED_END);
  return lines.join('\n');
}

/** Replaces (or inserts) the generated section of a page. */
export function updateRulePage(existing: string | undefined, rule: AnyRule): string {
  const header = renderRuleHeader(rule);
  if (existing === undefined) return `${header}\n\n## Why\n\n${rule.rationale}\n`;
  const start = existing.indexOf(GENERATED_START);
  const end = existing.indexOf(GENERATED_END);
  if (start < 0 || end < 0) return `${header}\n\n${existing}`;
  return existing.slice(0, start) + header + existing.slice(end + GENERATED_END.length);
}

/**
 * Examples in a rule page that the tests run (through `changegate test`'s runner): a fenced YAML block
 * preceded by `<!-- example: fail path=changes/CR-X.yaml expect=outsideWindow@13,tooCloseToPeak@13 -->`
 * or `<!-- example: pass path=... -->`, optionally with `asOf=<instant>`. `expect=` lists every finding
 * of the page's rule the failing example gives, as message id @ line (repeated for each finding).
 */
export interface DocExample {
  expect: 'pass' | 'fail';
  path: string;
  yaml: string;
  /** Optional as-of instant for the example (`asOf=...` in the marker). */
  asOf?: string;
  /** The findings a failing example gives (`expect=...` in the marker), in the marker's order. */
  findings?: { messageId: string; line: number }[];
}

export function extractExamples(page: string): DocExample[] {
  const examples: DocExample[] = [];
  const pattern = /<!--\s*example:\s*(pass|fail)((?:\s+[A-Za-z]+=\S+)*)\s*-->\s*\n```ya?ml\n([\s\S]*?)```/g;
  for (const match of page.matchAll(pattern)) {
    const params = new Map([...(match[2] as string).matchAll(/([A-Za-z]+)=(\S+)/g)].map((m) => [m[1] as string, m[2] as string]));
    const path = params.get('path');
    if (path === undefined) throw new Error(`a docs example marker needs path=...: ${match[0].split('\n')[0]}`);
    const asOf = params.get('asOf');
    const expected = params.get('expect');
    examples.push({
      expect: match[1] as 'pass' | 'fail',
      path,
      yaml: match[3] as string,
      ...(asOf !== undefined ? { asOf } : {}),
      ...(expected !== undefined ? { findings: expected.split(',').map(parseExpected) } : {}),
    });
  }
  return examples;
}

function parseExpected(entry: string): { messageId: string; line: number } {
  const match = /^([A-Za-z][A-Za-z0-9-]*)@([1-9][0-9]*)$/.exec(entry);
  if (!match) throw new Error(`expect=... in a docs example marker lists messageId@line entries, not "${entry}"`);
  return { messageId: match[1] as string, line: Number(match[2]) };
}

/**
 * Files every example of a page runs with, for rules about several change requests (a collision needs
 * two): a fenced YAML block preceded by `<!-- example: context path=changes/CR-X.yaml -->`.
 */
export function extractExampleContext(page: string): { path: string; yaml: string }[] {
  const pattern = /<!--\s*example:\s*context\s+path=(\S+)\s*-->\s*\n```ya?ml\n([\s\S]*?)```/g;
  return [...page.matchAll(pattern)].map((m) => ({ path: m[1] as string, yaml: m[2] as string }));
}

/**
 * The example gallery of examples/six-sites: for every rule, the change requests its docs page runs,
 * as files (path -> YAML). Generated by `npm run docs`, so the gallery and the docs cannot disagree.
 */
export function galleryFiles(rules: readonly AnyRule[], pageOf: (id: string) => string | undefined): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of rules) {
    if (rule.category === 'input') continue;
    const page = pageOf(rule.id);
    if (page === undefined) continue;
    const counts = { pass: 0, fail: 0 };
    for (const example of extractExamples(page)) {
      counts[example.expect]++;
      const suffix = counts[example.expect] > 1 ? `-${counts[example.expect]}` : '';
      const header = `# Generated from docs/rules/${rule.id}.md by npm run docs: expected to ${example.expect} ${rule.id}${example.asOf ? ` (as of ${example.asOf})` : ''}.\n`;
      files.set(`${rule.id}/${example.expect}${suffix}.yaml`, header + example.yaml);
    }
    extractExampleContext(page).forEach((context, i) => {
      files.set(`${rule.id}/context${i > 0 ? `-${i + 1}` : ''}.yaml`, `# Generated from docs/rules/${rule.id}.md by npm run docs: evaluated together with pass.yaml and fail.yaml.\n` + context.yaml);
    });
  }
  return files;
}
