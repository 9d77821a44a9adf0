// The RuleTest document (schemas/rule-test.schema.json) as a type, read and validated with located errors.
import ruleTestSchema from '../../schemas/rule-test.schema.json' with { type: 'json' };

export const RULE_TEST_SCHEMA: Record<string, unknown> = ruleTestSchema;
export const RULE_TEST_KIND = 'RuleTest';

export interface ExpectedFinding {
  rule: string;
  messageId?: string;
  file?: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning' | 'notice';
  change?: string;
  step?: string;
  count?: number;
}

export type ApplyEdit = { path: string; content: string } | { path: string; delete: true };

export interface RuleTest {
  kind: 'RuleTest';
  name: string;
  base: string;
  asOf: string;
  includeDrafts?: boolean;
  apply: ApplyEdit[];
  rules?: string[];
  expect: {
    verdict?: 'pass' | 'warn' | 'fail' | 'error';
    pass?: true;
    findings?: ExpectedFinding[];
    exhaustive?: boolean;
  };
}
