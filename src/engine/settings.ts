// Effective severity and options of every rule: defaults from the rule's metadata, overridden by the
// policy's `rules:` section. Overrides are validated against each rule's options schema; a typo in a
// rule id or option name is a located error, never ignored.
import type { Policy, RuleSetting, SourceRef } from '../model/types.ts';
import { validatorForSchema } from '../validate/schemas.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import { didYouMean } from '../core/suggest.ts';

export interface RuleSettingProblem {
  at: SourceRef;
  atKey: boolean;
  messageId: string;
  message: string;
  data: Record<string, string>;
}

export interface EffectiveRule {
  rule: AnyRule;
  severity: RuleSetting;
  options: Record<string, unknown>;
}

/** Rules that judge edits to the policy: the policy they guard cannot turn them down. */
const FIXED_SEVERITY_RULES: ReadonlySet<string> = new Set(['policy-loosening']);

export function resolveRuleSettings(
  rules: readonly AnyRule[],
  policy: Policy | undefined,
): { effective: EffectiveRule[]; problems: RuleSettingProblem[] } {
  const problems: RuleSettingProblem[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const [id, override] of policy?.rules ?? []) {
    if (!byId.has(id)) {
      const suggestion = didYouMean(id, byId.keys());
      problems.push({
        at: override.at,
        atKey: true,
        messageId: 'unknownRule',
        message: `unknown rule "${id}" in the policy's rules` + (suggestion ? `; did you mean "${suggestion}"?` : '; `changegate rules` lists them'),
        data: { rule: id, ...(suggestion ? { suggestion } : {}) },
      });
    }
  }
  const effective = rules.map((rule): EffectiveRule => {
    const override = policy?.rules.get(rule.id);
    let severity: RuleSetting = override?.severity ?? rule.defaultSeverity;
    if ((rule.category === 'input' || FIXED_SEVERITY_RULES.has(rule.id)) && severity !== 'error') {
      problems.push({
        at: { file: override?.at.file ?? '', pointer: (override?.at.pointer ?? '') + '/severity' },
        atKey: false,
        messageId: 'inputRuleFixed',
        message:
          rule.category === 'input'
            ? `${rule.id} checks whether the repository can be read at all; its severity cannot be changed`
            : `${rule.id} guards the policy itself, so the policy cannot change its severity`,
        data: { rule: rule.id },
      });
      severity = 'error';
    }
    if (rule.mayBeOff === false && severity === 'off') {
      problems.push({
        at: { file: override?.at.file ?? '', pointer: (override?.at.pointer ?? '') + '/severity' },
        atKey: false,
        messageId: 'ruleCannotBeOff',
        message: `${rule.id} cannot be switched off; set it to warning or error${rule.id === 'unread-file' ? ', and list what may be ignored under exclude in changegate.yaml' : ''}`,
        data: { rule: rule.id },
      });
      severity = rule.defaultSeverity;
    }
    const options = { ...(rule.defaultOptions as Record<string, unknown>), ...(override?.options ?? {}) };
    // Defaults are valid by construction (a parity test checks each rule's defaults against its
    // schema), so only user-supplied options need a validator: compiling one costs start-up time.
    if (override?.options === undefined) return { rule, severity, options };
    // Generated at build time for the registered rules (see scripts/gen-validators-entry.ts).
    const validate = validatorForSchema(rule.optionsSchema as Record<string, unknown>);
    if (!validate(options)) {
      for (const error of validate.errors ?? []) {
        const extra = (error.params as { additionalProperty?: string }).additionalProperty;
        const pointerSuffix = extra !== undefined ? `/${extra}` : error.instancePath;
        const retired = extra !== undefined ? rule.retiredOptions?.[extra] : undefined;
        const suggestion = extra !== undefined && retired === undefined ? didYouMean(extra, Object.keys(rule.optionsSchema.properties)) : undefined;
        problems.push({
          at: { file: override?.at.file ?? '', pointer: `${override?.at.pointer ?? ''}/options${pointerSuffix}` },
          atKey: extra !== undefined,
          messageId: 'badOption',
          message:
            retired !== undefined
              ? `option "${extra}" of rule ${rule.id} was removed: ${retired}`
              : extra !== undefined
              ? `unknown option "${extra}" for rule ${rule.id}` +
                (suggestion ? `; did you mean "${suggestion}"?` : `; its options are: ${Object.keys(rule.optionsSchema.properties).join(', ') || 'none'}`)
              : `option ${error.instancePath.slice(1) || '(options)'} of rule ${rule.id} ${error.message ?? 'is invalid'}`,
          data: { rule: rule.id, ...(extra !== undefined ? { option: extra } : {}), ...(suggestion ? { suggestion } : {}) },
        });
      }
      return { rule, severity, options: { ...(rule.defaultOptions as Record<string, unknown>) } };
    }
    return { rule, severity, options };
  });
  return { effective, problems };
}
