// evaluate() as the shells call it: with the default rule pack (rules/index.ts), unless a test names
// its own pack. The engine has no pack of its own, so tests of whole repositories import this.
import { defaultRules } from '../rules/index.ts';
import { evaluate as evaluateWithPack } from '../src/engine/evaluate.ts';
import type { EvaluateOptions, Evaluation, RepoFile } from '../src/engine/evaluate.ts';

export * from '../src/engine/evaluate.ts';

export function evaluate(files: readonly RepoFile[], options: Omit<EvaluateOptions, 'rules'> & { rules?: EvaluateOptions['rules'] } = {}): Evaluation {
  return evaluateWithPack(files, { ...options, rules: options.rules ?? defaultRules });
}
export { defaultRules } from '../rules/index.ts';
