// Every rule says which of its findings no waiver may cover, as metadata the engine enforces
// (test/rules/waiver-validity.test.ts, test/approvals/signed-commits.test.ts) and its docs page lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { unwaivableMessageIds } from '../../src/rule-api/rule.ts';

const DOCS = join(import.meta.dirname, '..', '..', 'docs', 'rules');

describe.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  const ids = unwaivableMessageIds(rule);

  it('lists only its own message ids as unwaivable, all of them when it is not waivable', () => {
    for (const id of ids) expect(Object.keys(rule.messages)).toContain(id);
    if (!rule.waivable || rule.category === 'input') expect([...ids].sort()).toEqual(Object.keys(rule.messages).sort());
  });

  it('has a docs page listing exactly those ids, and its waiver scope', () => {
    const page = readFileSync(join(DOCS, `${rule.id}.md`), 'utf8');
    const row = /^\| Unwaivable message ids \| (.*) \|$/m.exec(page)?.[1];
    expect(row).toBe(ids.length > 0 ? ids.map((m) => `\`${m}\``).join(', ') : 'none');
    if (rule.waiverScope) expect(page).toContain(`(finding data \`${rule.waiverScope.field}\`)`);
  });
});

describe('the findings no paperwork can waive', () => {
  const unwaivable = (id: string) => unwaivableMessageIds(ALL_RULES.find((r) => r.id === id)!);
  it('whole redundancy group at risk at once, unproven change on the whole group, an emergency number without any route', () => {
    expect(unwaivable('redundancy-group-concurrency')).toContain('wholeGroupAtRisk');
    expect(unwaivable('canary-and-soak')).toContain('wholeGroupUnproven');
    expect(unwaivable('emergency-route-diversity')).toContain('noRouteLeft');
  });
});
