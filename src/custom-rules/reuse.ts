// Compiled custom rules reused by a series of evaluations of one repository (the planner's search
// evaluates it once per candidate schedule): while the rule documents are the very same loaded objects
// (a document cache that returns its entries, as the planner's does) and the pack has the same ids,
// compiling again would give the same rules and problems, so the first compilation is returned.
import { compileCustomRules } from './compile.ts';
import type { CustomRuleSource } from './compile.ts';

type Compiled = ReturnType<typeof compileCustomRules>;

/** Holds the last compilation; give the same memo to every evaluate() of the series. */
export interface CompiledRulesMemo {
  last?: { sources: readonly CustomRuleSource[]; builtInIds: ReadonlySet<string>; compiled: Compiled };
}

export function compiledRulesMemo(): CompiledRulesMemo {
  return {};
}

/** compileCustomRules, or the memo's result when it was made from exactly these sources and ids. */
export function compileCustomRulesOnce(memo: CompiledRulesMemo | undefined, sources: readonly CustomRuleSource[], builtInIds: ReadonlySet<string>): Compiled {
  const last = memo?.last;
  if (last && sameSources(last.sources, sources) && sameIds(last.builtInIds, builtInIds)) return last.compiled;
  const compiled = compileCustomRules(sources, builtInIds);
  if (memo) memo.last = { sources, builtInIds, compiled };
  return compiled;
}

function sameSources(a: readonly CustomRuleSource[], b: readonly CustomRuleSource[]): boolean {
  return a.length === b.length && a.every((s, i) => s.file === b[i]?.file && s.value === b[i]?.value && s.document === b[i]?.document);
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}
