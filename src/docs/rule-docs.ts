// Renders the generated part of a rule's docs page (header and options table) from its metadata, so
// the page can never disagree with the code. `npm run docs` writes it; a test checks it is current.
import type { AnyRule } from '../engine/rule.ts';

export const GENERATED_START = '<!-- generated:start (npm run docs) -->';
export const GENERATED_END = '<!-- generated:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderRuleHeader(rule: AnyRule): string {
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
    `| Waivable | ${rule.waivable ? 'yes' : 'no'} |`,
    `| Message ids | ${Object.keys(rule.messages).map((m) => '`' + m + '`').join(', ')} |`,
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
 * Examples in a rule page that the tests run: a fenced YAML block preceded by
 * `<!-- example: fail path=changes/CR-X.yaml -->` or `<!-- example: pass path=... -->`.
 */
export interface DocExample {
  expect: 'pass' | 'fail';
  path: string;
  yaml: string;
  /** Optional as-of instant for the example (`asOf=...` in the marker). */
  asOf?: string;
}

export function extractExamples(page: string): DocExample[] {
  const examples: DocExample[] = [];
  const pattern = /<!--\s*example:\s*(pass|fail)\s+path=(\S+)(?:\s+asOf=(\S+))?\s*-->\s*\n```ya?ml\n([\s\S]*?)```/g;
  for (const match of page.matchAll(pattern)) {
    examples.push({ expect: match[1] as 'pass' | 'fail', path: match[2] as string, yaml: match[4] as string, ...(match[3] ? { asOf: match[3] } : {}) });
  }
  return examples;
}

/**
 * Files every example of a page runs with, for rules about several change requests (a collision needs
 * two): a fenced YAML block preceded by `<!-- example: context path=changes/CR-X.yaml -->`.
 */
export function extractExampleContext(page: string): { path: string; yaml: string }[] {
  const pattern = /<!--\s*example:\s*context\s+path=(\S+)\s*-->\s*\n```ya?ml\n([\s\S]*?)```/g;
  return [...page.matchAll(pattern)].map((m) => ({ path: m[1] as string, yaml: m[2] as string }));
}
