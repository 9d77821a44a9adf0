// Every rule has a registry entry, a docs page whose generated header matches its metadata, a test
// file, and examples in its docs page that behave as the page says (ESLint's checkRuleFiles and
// check-rule-examples, in one place).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { extractExampleContext, extractExamples, galleryFiles, renderRuleHeader } from '../../src/docs/rule-docs.ts';
import { createAjv } from '../../src/validate/compile.ts';
import { baseNetworkFiles } from './harness.ts';
import { docExampleTest } from '../../src/rule-tests/docs-examples.ts';
import { runRuleTest } from '../../src/rule-tests/run.ts';

const root = join(import.meta.dirname, '..', '..');
/** Rules with no `check` of their own, beside the input rules: the engine produces their findings (waivers as applied, unread files) or the comparison with a base does. */
const ENGINE_RULES = new Set(['waiver-validity', 'unread-file', 'policy-loosening']);

describe('rule parity', () => {
  it('the example gallery is the docs examples, current (npm run docs)', () => {
    const gallery = join(root, 'examples', 'six-sites', 'gallery');
    const onDisk = new Map<string, string>();
    const walk = (dir: string, prefix: string) => {
      for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
        else if (name !== 'README.md') onDisk.set(`${prefix}${name}`, readFileSync(full, 'utf8'));
      }
    };
    walk(gallery, '');
    const pageOf = (id: string) => {
      const path = join(root, 'docs', 'rules', `${id}.md`);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    };
    const expected = galleryFiles(ALL_RULES, pageOf);
    expect([...onDisk.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(onDisk.get(path), path).toBe(text);
  });

  it('rule ids are unique kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      const pagePath = join(root, 'docs', 'rules', `${rule.id}.md`);

      it('has a docs page with an up-to-date generated header (npm run docs)', () => {
        expect(existsSync(pagePath), `${pagePath} is missing`).toBe(true);
        expect(readFileSync(pagePath, 'utf8')).toContain(renderRuleHeader(rule));
      });

      it('has a test file', () => {
        const candidates = [join(root, 'test', 'rules', `${rule.id}.test.ts`)];
        expect(candidates.some((p) => existsSync(p)), `missing ${candidates.join(' or ')}`).toBe(true);
      });

      it('has metadata a user can act on', () => {
        expect(rule.title.length).toBeGreaterThan(5);
        expect(rule.summary.length).toBeGreaterThan(10);
        expect(rule.rationale.length).toBeGreaterThan(40);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        for (const [name, schema] of Object.entries(rule.optionsSchema.properties)) {
          expect(schema.description, `option ${name} needs a description`).toBeTruthy();
          expect(name in (rule.defaultOptions as object), `option ${name} needs a default`).toBe(true);
        }
        if (rule.category !== 'input' && !ENGINE_RULES.has(rule.id)) expect(typeof rule.check).toBe('function');
      });

      it('has default options that its own options schema accepts', () => {
        const validate = createAjv().compile(rule.optionsSchema);
        expect(validate(rule.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
      });

      const page = existsSync(pagePath) ? readFileSync(pagePath, 'utf8') : '';
      const examples = extractExamples(page);
      const context = extractExampleContext(page);
      if (rule.category !== 'input' && !ENGINE_RULES.has(rule.id)) {
        it('documents a failing and a passing example', () => {
          expect(examples.some((e) => e.expect === 'fail'), 'no <!-- example: fail path=... --> block').toBe(true);
          expect(examples.some((e) => e.expect === 'pass'), 'no <!-- example: pass path=... --> block').toBe(true);
        });
      }
      examples.forEach((example, i) => {
        // Each example runs through the runner of `changegate test`, as a RuleTest on the base network.
        it(`docs example ${i + 1} (${example.expect}) behaves as documented`, () => {
          if (example.expect === 'fail') expect(example.findings ?? [], 'a failing example lists its findings in the marker: expect=messageId@line,...').not.toEqual([]);
          const test = docExampleTest(rule, example, context, `docs example ${i + 1}`);
          const result = runRuleTest(test, { files: baseNetworkFiles(), refused: [] }, ALL_RULES);
          if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
          expect(result.failures.map((f) => `${f.pointer}: ${f.message}`)).toEqual([]);
        });
      });
    });
  }
});
