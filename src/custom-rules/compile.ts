// Compiles the repository's Rule documents (rules/*.yaml) into rule objects the engine runs after the
// built-in pack. Every CEL expression is parsed and type-checked against the scope's declared
// variables here, before anything is evaluated; a problem is a located finding on the rule file.
import { Environment } from '@marcbachmann/cel-js';
import type { ParseResult } from '@marcbachmann/cel-js';
import type { FindingData } from '../core/finding.ts';
import type { AnyRule, RuleCategory, RuleContext } from '../rule-api/rule.ts';
import { EMPTY_OPTIONS_SCHEMA, defineRule } from '../rule-api/rule.ts';
import type { Range } from '../load/positions.ts';
import type { YamlDocument } from '../load/yaml.ts';
import { locate } from '../load/yaml.ts';
import type { Severity, SourceRef } from '../model/types.ts';
import { stepToReport } from '../analysis/capacity.ts';
import { CostLimitExceeded, CustomRuleValues } from './values.ts';
import { CEL_TYPES, SCOPE_VARIABLES } from './variables.ts';
import type { CustomRuleScope } from './variables.ts';

/** A Rule document as its schema admits it. */
export interface RuleDocument {
  kind: 'Rule';
  id: string;
  title: string;
  summary?: string;
  rationale?: string;
  severity: Severity;
  category: Exclude<RuleCategory, 'input'>;
  scope: CustomRuleScope;
  when: string;
  message: string;
  at?: string;
  waivable?: boolean;
  unwaivableWhen?: string;
  costLimit?: number;
}

export interface CustomRuleSource {
  file: string;
  value: RuleDocument;
  document: YamlDocument | undefined;
}

/** A problem found while compiling a rule file (reported as gate-config: the verdict is error). */
export interface CustomRuleProblem {
  messageId: 'customRuleCompile' | 'customRuleIdClash' | 'customRuleDuplicate';
  message: string;
  at: SourceRef;
  range?: Range;
  data: FindingData;
}

export const DEFAULT_COST_LIMIT = 1_000_000;

/**
 * A custom rule that could not finish (runtime error or cost limit): the engine reports it as a
 * gate-config error on the rule file, so the verdict is error and nothing it could not judge passes.
 */
export class CustomRuleFailure extends Error {
  constructor(
    message: string,
    readonly messageId: 'customRuleEvaluation' | 'customRuleCost',
    readonly at: SourceRef,
    readonly range: Range | undefined,
    readonly data: FindingData,
  ) {
    super(message);
    this.name = 'CustomRuleFailure';
  }
}

const environments = new Map<CustomRuleScope, Environment>();

/** The CEL environment of a scope: every declared type, and the scope's variables. */
export function environmentOf(scope: CustomRuleScope): Environment {
  let env = environments.get(scope);
  if (!env) {
    env = new Environment({ limits: { maxAstNodes: 2000, maxDepth: 64 } });
    for (const type of CEL_TYPES) {
      env.registerType({ name: type.name, schema: Object.fromEntries(Object.entries(type.fields).map(([k, f]) => [k, f.type])) });
    }
    for (const [name, v] of Object.entries(SCOPE_VARIABLES[scope].variables)) env.registerVariable(name, v.type);
    environments.set(scope, env);
  }
  return env;
}

/** One compiled expression, with where it sits in its file. */
interface Expression {
  text: string;
  run: ParseResult;
  /** JSON Pointer of the YAML value holding it, and its offset in that value's text. */
  pointer: string;
  offset: number;
}

// Regular expressions in JavaScript can backtrack for ages on a crafted input; CEL promises bounded cost.
const REFUSED_FUNCTIONS = new Map([['matches', 'regular expressions are not available in custom rules (their cost is unbounded here); use startsWith, endsWith or contains']]);

interface AstLike {
  op: string;
  args: unknown;
  range?: { start: number; end: number };
}

function isNode(value: unknown): value is AstLike {
  return value !== null && typeof value === 'object' && typeof (value as AstLike).op === 'string' && 'args' in value;
}

const COMPREHENSIONS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/**
 * Whether a comprehension's range is metered: a list or map of the variables (every element visited is
 * counted), reached through fields and indexes, or a map/filter/concatenation of such ranges. A list
 * the rule writes or computes (a literal, split()) is not, and nesting such ranges multiplies work no
 * meter sees.
 */
function isMeteredRange(node: unknown): boolean {
  if (!isNode(node)) return false;
  const args = node.args as unknown[];
  switch (node.op) {
    case 'id':
      return true;
    case '.':
    case '.?':
    case '[]':
    case '[?]':
      return isMeteredRange(args[0]);
    case '+':
      return isMeteredRange(args[0]) && isMeteredRange(args[1]);
    case 'rcall':
      return (args[0] === 'map' || args[0] === 'filter') && isMeteredRange(args[1]);
    default:
      return false;
  }
}

const LITERAL_PARENTS = new Set(['in', '==', '!=']);

/** The first iteration whose cost the meter could not see, or a list or map written where it could become one. */
function unboundedIteration(node: unknown, parentOp = ''): { why: string; range?: { start: number; end: number } } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = unboundedIteration(item, parentOp);
      if (found) return found;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  const at = node.range ? { range: node.range } : {};
  if ((node.op === 'list' || node.op === 'map') && !LITERAL_PARENTS.has(parentOp)) {
    return { why: 'a list or map written in the rule may only be compared (==, !=) or searched (in); iterate the variables instead, e.g. `step.sites.exists(s, s in ["PAR1", "LYO1"])`', ...at };
  }
  if (node.op === 'rcall' && Array.isArray(node.args) && COMPREHENSIONS.has(node.args[0] as string) && !isMeteredRange(node.args[1])) {
    return { why: `\`${String(node.args[0])}\` may only range over the variables' lists and maps (or a map/filter of them), whose cost is counted; iterate the variables instead`, ...at };
  }
  return unboundedIteration(node.args, node.op);
}

function refusedCall(node: unknown): { name: string; why: string; range?: { start: number; end: number } } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = refusedCall(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!isNode(node)) return undefined;
  if ((node.op === 'call' || node.op === 'rcall') && Array.isArray(node.args)) {
    const name = node.args[0];
    const why = typeof name === 'string' ? REFUSED_FUNCTIONS.get(name) : undefined;
    if (why !== undefined) return { name: name as string, why, ...(node.range ? { range: node.range } : {}) };
  }
  return refusedCall(node.args);
}

/**
 * Where offsets [start, end) of a YAML string value sit in the file. Plain, quoted and block scalars
 * are followed line by line; anything the mapping cannot follow falls back to the whole value.
 */
export function expressionRange(doc: YamlDocument | undefined, pointer: string, text: string, start: number, end: number): Range | undefined {
  if (!doc) return undefined;
  const value = locate(doc, pointer);
  const lines = doc.text.split(/\r?\n/);
  // Each source line of the value holds the next stretch of the text (plain, quoted, literal or folded),
  // separated by one line break or space; escapes in double quotes are not followed (rare in CEL).
  const stretches: { line: number; column: number; from: number; length: number }[] = [];
  let cursor = 0;
  for (let n = value.line - 1; n < value.endLine && n < lines.length; n++) {
    const source = lines[n] as string;
    let column = n === value.line - 1 ? value.column : 1;
    let segment = source.slice(column - 1);
    const indent = segment.length - segment.trimStart().length;
    segment = segment.trimStart();
    column += indent;
    if (n === value.line - 1 && /^[|>][-+0-9]*\s*(#.*)?$/.test(segment)) continue;
    if (n === value.line - 1 && (segment.startsWith('"') || segment.startsWith("'"))) {
      segment = segment.slice(1);
      column += 1;
    }
    if (segment === '') continue;
    while (cursor < text.length && /\s/.test(text[cursor] as string) && text[cursor] !== segment[0]) cursor++;
    let length = 0;
    while (length < segment.length && text[cursor + length] === segment[length]) length++;
    if (length === 0) break;
    stretches.push({ line: n + 1, column, from: cursor, length });
    cursor += length;
  }
  const position = (offset: number): { line: number; column: number } | undefined => {
    const stretch = stretches.find((s, i) => offset < s.from + s.length || i === stretches.length - 1);
    return stretch ? { line: stretch.line, column: stretch.column + Math.max(0, offset - stretch.from) } : undefined;
  };
  const from = position(start);
  const to = position(Math.max(start, end));
  if (!from || !to) return value;
  return { line: from.line, column: from.column, endLine: to.line, endColumn: from.line === to.line ? Math.max(to.column, from.column + 1) : to.column };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

class RuleCompiler {
  readonly problems: CustomRuleProblem[] = [];

  constructor(private readonly source: CustomRuleSource) {}

  private problem(pointer: string, message: string, range: Range | undefined, data: FindingData, messageId: CustomRuleProblem['messageId'] = 'customRuleCompile'): void {
    this.problems.push({ messageId, message, at: { file: this.source.file, pointer }, ...(range ? { range } : {}), data });
  }

  /** Parses and type-checks one expression; `expect` is the type it must have. */
  expression(pointer: string, text: string, offset: number, scope: CustomRuleScope, expect: 'bool' | 'any'): Expression | undefined {
    const env = environmentOf(scope);
    const { id } = this.source.value;
    const where = (start: number, end: number) => expressionRange(this.source.document, pointer, this.source.value[pointer.slice(1) as 'when'] ?? text, offset + start, offset + end);
    let run: ParseResult;
    try {
      run = env.parse(text);
    } catch (err) {
      const e = err as { message?: string; range?: { start: number; end: number } };
      const range = e.range ? where(e.range.start, e.range.end) : undefined;
      this.problem(pointer, `rule ${id}: CEL syntax error in \`${pointer.slice(1)}\`: ${firstLine(e.message ?? String(err))}. See docs/rules/custom-rules.md for the language and the variables`, range, { rule: id, field: pointer.slice(1), kind: 'syntax' });
      return undefined;
    }
    const refused = refusedCall(run.ast);
    if (refused) {
      const range = refused.range ? where(refused.range.start, refused.range.end) : undefined;
      this.problem(pointer, `rule ${id}: \`${refused.name}\` cannot be used: ${refused.why}`, range, { rule: id, field: pointer.slice(1), kind: 'refused', function: refused.name });
      return undefined;
    }
    const unbounded = unboundedIteration(run.ast);
    if (unbounded) {
      const range = unbounded.range ? where(unbounded.range.start, unbounded.range.end) : undefined;
      this.problem(pointer, `rule ${id}: \`${pointer.slice(1)}\` has an iteration whose cost cannot be bounded: ${unbounded.why}`, range, { rule: id, field: pointer.slice(1), kind: 'unbounded' });
      return undefined;
    }
    const checked = run.check();
    if (!checked.valid) {
      const e = checked.error as { message?: string; range?: { start: number; end: number } } | undefined;
      const range = e?.range ? where(e.range.start, e.range.end) : undefined;
      const variables = Object.keys(SCOPE_VARIABLES[scope].variables).join(', ');
      this.problem(
        pointer,
        `rule ${id}: \`${pointer.slice(1)}\` does not type-check in scope ${scope}: ${firstLine(e?.message ?? 'invalid')}. Variables of this scope: ${variables} (types in docs/rules/custom-rules.md)`,
        range,
        { rule: id, field: pointer.slice(1), kind: 'type' },
      );
      return undefined;
    }
    if (expect === 'bool' && checked.type !== 'bool' && checked.type !== 'dyn') {
      this.problem(pointer, `rule ${id}: \`${pointer.slice(1)}\` must be a condition (bool), but it gives ${checked.type ?? 'an unknown type'}; compare it with something, e.g. \`... == "value"\``, where(0, text.length), { rule: id, field: pointer.slice(1), kind: 'type', type: checked.type ?? '' });
      return undefined;
    }
    return { text, run, pointer, offset };
  }

  /** The message template: literal text and `{{ expression }}` parts. */
  template(scope: CustomRuleScope): (string | Expression)[] | undefined {
    const message = this.source.value.message;
    const parts: (string | Expression)[] = [];
    const pattern = /\{\{([\s\S]*?)\}\}/g;
    let last = 0;
    let ok = true;
    for (let m = pattern.exec(message); m; m = pattern.exec(message)) {
      parts.push(message.slice(last, m.index));
      const inner = m[1] as string;
      const lead = inner.length - inner.trimStart().length;
      const compiled = this.expression('/message', inner.trim(), m.index + 2 + lead, scope, 'any');
      if (compiled) parts.push(compiled);
      else ok = false;
      last = m.index + m[0].length;
    }
    parts.push(message.slice(last));
    return ok ? parts : undefined;
  }
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(textOf).join(', ');
  if (value instanceof Map) return [...value].map(([k, v]) => `${textOf(k)}: ${textOf(v)}`).join(', ');
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' ? id : Object.entries(value).map(([k, v]) => `${k}: ${textOf(v)}`).join(', ');
  }
  return String(value);
}

/** The objects a scope judges, each with its variables and where its findings point. */
interface Judged {
  variables: Record<string, unknown>;
  at: SourceRef;
  changeId: string;
  stepId?: string;
  /** What the object is, for messages about a failure. */
  label: string;
}

function judgedObjects(scope: CustomRuleScope, context: RuleContext<Record<string, unknown>>, values: CustomRuleValues, at: string): Judged[] {
  const common = values.commonVariables();
  const network = context.network;
  const out: Judged[] = [];
  if (scope === 'change') {
    for (const change of network.changes) {
      out.push({ variables: { ...common, change: values.change(change) }, at: { file: change.at.file, pointer: change.at.pointer + at }, changeId: change.id, label: `change request ${change.id}` });
    }
  } else if (scope === 'step') {
    for (const change of network.changes) {
      for (const step of change.steps) {
        out.push({
          variables: { ...common, change: values.change(change), step: values.step(step) },
          at: { file: step.at.file, pointer: step.at.pointer + at },
          changeId: change.id,
          stepId: step.id,
          label: `step ${step.key}`,
        });
      }
    }
  } else {
    for (const interval of context.timeline.intervals) {
      if (interval.exposures.length === 0) continue;
      const variables = { ...common, interval: values.interval(interval) };
      const changes = [...new Set(interval.exposures.map((e) => e.step.changeId))].sort();
      for (const changeId of changes) {
        const step = stepToReport(interval, changeId);
        if (!step) continue;
        out.push({
          variables,
          at: { file: step.at.file, pointer: step.at.pointer + at },
          changeId,
          stepId: step.id,
          label: `interval ${context.formatInstant(interval.start)} (change request ${changeId})`,
        });
      }
    }
  }
  return out;
}

const valuesByTimeline = new WeakMap<object, CustomRuleValues>();

function valuesOf(context: RuleContext<Record<string, unknown>>): CustomRuleValues {
  let values = valuesByTimeline.get(context.timeline);
  if (!values) {
    values = new CustomRuleValues(context.network, context.timeline, context.asOf);
    valuesByTimeline.set(context.timeline, values);
  }
  return values;
}

function costExceeded(err: unknown): CostLimitExceeded | undefined {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof CostLimitExceeded) return e;
  }
  return undefined;
}

function buildRule(source: CustomRuleSource, when: Expression, unwaivableWhen: Expression | undefined, message: (string | Expression)[]): AnyRule {
  const doc = source.value;
  const costLimit = doc.costLimit ?? DEFAULT_COST_LIMIT;
  const at = doc.at ?? '';
  const failure = (err: unknown, expression: Expression, judged: Judged): CustomRuleFailure => {
    const cost = costExceeded(err);
    const field = expression.pointer.slice(1);
    if (cost) {
      return new CustomRuleFailure(
        `custom rule ${doc.id} went over its cost limit of ${costLimit} (list elements visited and objects judged) while judging ${judged.label}; it was stopped, and the verdict is error because the rule could not judge the plan. Simplify \`${field}\` (avoid nested exists/all over network.steps) or raise costLimit`,
        'customRuleCost',
        { file: source.file, pointer: doc.costLimit !== undefined ? '/costLimit' : expression.pointer },
        undefined,
        { rule: doc.id, limit: costLimit },
      );
    }
    const e = err as { message?: string; range?: { start: number; end: number } };
    const range = e.range ? expressionRange(source.document, expression.pointer, doc[field as 'when'] ?? expression.text, expression.offset + e.range.start, expression.offset + e.range.end) : undefined;
    return new CustomRuleFailure(
      `custom rule ${doc.id} failed on ${judged.label}: ${firstLine(e.message ?? String(err))} (in \`${field}\`); the verdict is error because the rule could not judge the plan`,
      'customRuleEvaluation',
      { file: source.file, pointer: expression.pointer },
      range,
      { rule: doc.id, on: judged.label, field },
    );
  };
  let meter: { used: number; limit: number } | undefined;
  const run = (expression: Expression, judged: Judged): unknown => {
    let result: unknown;
    try {
      result = expression.run(judged.variables);
    } catch (err) {
      throw failure(err, expression, judged);
    }
    // CEL's `||` and `&&` absorb an error when the other side decides: a rule over its limit still stops.
    if (meter && meter.used > meter.limit) throw failure(new CostLimitExceeded(meter.limit), expression, judged);
    return result;
  };
  return defineRule({
    id: doc.id,
    title: doc.title,
    summary: doc.summary ?? doc.title,
    category: doc.category,
    defaultSeverity: doc.severity,
    rationale: doc.rationale ?? `Custom rule from ${source.file}.`,
    optionsSchema: EMPTY_OPTIONS_SCHEMA,
    defaultOptions: {},
    messages: { violation: '{{message}}', unwaivable: '{{message}}' },
    waivable: doc.waivable ?? true,
    unwaivable: ['unwaivable'],
    source: source.file,
    scope: doc.scope,
    check(context) {
      const values = valuesOf(context);
      const judgedList = judgedObjects(doc.scope, context, values, at);
      values.meter.used = 0;
      values.meter.limit = costLimit;
      meter = values.meter;
      const reported = new Set<string>();
      try {
        for (const judged of judgedList) {
          values.meter.charge(1);
          const verdict = run(when, judged);
          if (verdict === false) continue;
          if (verdict !== true) throw failure(new Error(`\`when\` gave ${textOf(verdict)}, not true or false`), when, judged);
          const text = message.map((part) => (typeof part === 'string' ? part : textOf(run(part, judged)))).join('');
          // An interval rule fires in every interval of a stretch: one finding per change request and message.
          const key = `${judged.changeId}|${judged.stepId ?? ''}|${text}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const unwaivable = unwaivableWhen !== undefined && run(unwaivableWhen, judged) === true;
          context.report({
            messageId: unwaivable ? 'unwaivable' : 'violation',
            data: { message: text, change: judged.changeId, ...(judged.stepId !== undefined ? { step: judged.stepId } : {}) },
            at: judged.at,
            changeId: judged.changeId,
            ...(judged.stepId !== undefined ? { stepId: judged.stepId } : {}),
          });
        }
      } catch (err) {
        if (err instanceof CustomRuleFailure) throw err;
        const cost = costExceeded(err);
        if (cost) throw failure(cost, when, judgedList[0] as Judged);
        throw err;
      } finally {
        values.meter.limit = Number.POSITIVE_INFINITY;
      }
    },
  });
}

/** Compiles every Rule document; rules with a problem are left out and their problems returned. */
export function compileCustomRules(sources: readonly CustomRuleSource[], builtInIds: ReadonlySet<string>): { rules: AnyRule[]; problems: CustomRuleProblem[] } {
  const rules: AnyRule[] = [];
  const problems: CustomRuleProblem[] = [];
  const seen = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const doc = source.value;
    const compiler = new RuleCompiler(source);
    if (builtInIds.has(doc.id)) {
      problems.push({ messageId: 'customRuleIdClash', message: `custom rule id "${doc.id}" is a built-in rule's id; choose another (\`changegate rules\` lists the built-in ids)`, at: { file: source.file, pointer: '/id' }, data: { rule: doc.id } });
      continue;
    }
    const earlier = seen.get(doc.id);
    if (earlier !== undefined) {
      problems.push({ messageId: 'customRuleDuplicate', message: `custom rule id "${doc.id}" is already defined in ${earlier}; each rule needs its own id`, at: { file: source.file, pointer: '/id' }, data: { rule: doc.id, other: earlier } });
      continue;
    }
    seen.set(doc.id, source.file);
    const when = compiler.expression('/when', doc.when, 0, doc.scope, 'bool');
    const unwaivableWhen = doc.unwaivableWhen !== undefined ? compiler.expression('/unwaivableWhen', doc.unwaivableWhen, 0, doc.scope, 'bool') : undefined;
    const message = compiler.template(doc.scope);
    problems.push(...compiler.problems);
    if (compiler.problems.length === 0 && when && message) rules.push(buildRule(source, when, unwaivableWhen, message));
  }
  return { rules, problems };
}
