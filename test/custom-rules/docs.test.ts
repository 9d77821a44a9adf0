// The variable reference of docs/rules/custom-rules.md is generated from the table the compiler
// declares to CEL: it must be current (npm run docs), and every type it names must be declared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentOf } from '../../src/custom-rules/compile.ts';
import { CEL_TYPES, CUSTOM_RULE_SCOPES, SCOPE_VARIABLES, updateCustomRulesPage } from '../../src/custom-rules/variables.ts';

const PAGE = join(import.meta.dirname, '..', '..', 'docs', 'rules', 'custom-rules.md');

describe('custom rules documentation', () => {
  it('the variable reference is current (npm run docs)', () => {
    const page = readFileSync(PAGE, 'utf8');
    expect(updateCustomRulesPage(page)).toBe(page);
    for (const type of CEL_TYPES) expect(page).toContain(`#### \`${type.name}\``);
  });

  it('every documented field type-checks in its scope, with the type the reference gives', () => {
    for (const scope of CUSTOM_RULE_SCOPES) {
      const env = environmentOf(scope);
      for (const [name, variable] of Object.entries(SCOPE_VARIABLES[scope].variables)) {
        expect(env.check(name).type, `${scope}: ${name}`).toBe(variable.type);
        const fields = CEL_TYPES.find((t) => t.name === variable.type)?.fields ?? {};
        for (const [field, spec] of Object.entries(fields)) expect(env.check(`${name}.${field}`).type, `${scope}: ${name}.${field}`).toBe(spec.type);
      }
    }
  });
});
