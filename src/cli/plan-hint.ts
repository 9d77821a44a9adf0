// The "a safe plan exists" lines under a failing `check` in text: the working tree read again as it
// was evaluated, and the bounded hint search of src/planner/hint.ts. Never changes the verdict.
import { resolve } from 'node:path';
import { defaultRules } from '../../rules/index.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import { safePlanHints } from '../planner/hint.ts';
import { readFolder } from '../source/folder.ts';
import type { CliIo } from './io.ts';

export function safePlanText(repoDir: string, options: { config?: string; includeDrafts?: boolean }, io: CliIo, evaluation: Evaluation, rules: readonly AnyRule[] = defaultRules): string {
  if (evaluation.verdict !== 'fail') return '';
  let files;
  try {
    files = readFolder(resolve(io.cwd, repoDir), options.config !== undefined ? { configPath: options.config } : {}).files;
  } catch {
    return '';
  }
  const hints = safePlanHints(files, evaluation, { rules, ...(options.config !== undefined ? { configPath: options.config } : {}), ...(options.includeDrafts ? { includeDrafts: true } : {}) });
  return hints.length === 0 ? '' : '\n' + hints.map((h) => h.text).join('\n') + '\n';
}
