// The public API: `import { evaluate, loadRepository, defineRule, defaultRules, formatters } from 'changegate'`.
// A thin layer over the core: it picks the default rule pack, reads a folder the way the CLI does, and
// exposes the formatters as plain functions. Only what a user needs is exported; the rest stays inside.
export { defaultRules, evaluate, loadRepository } from './evaluate.ts';
export type { EvaluateOptions, LoadRepositoryOptions, Repository } from './evaluate.ts';
export { defineRule } from '../rule-api/rule.ts';
export type { AnyRule, RuleCategory, RuleContext, RuleDefinition, OptionsSchema, ReportInput } from '../rule-api/rule.ts';
export type { ChangeSummary, Counts, Evaluation, Progress, RuleRun, VerdictStatus } from '../engine/evaluate.ts';
export type { Finding, FindingData, FindingValue } from '../core/finding.ts';
export type { RepoFile } from '../source/select.ts';
export type { Network, Severity, SourceRef, Step } from '../model/types.ts';
export type { Timeline } from '../timeline/types.ts';
export { formatters, FORMAT_NAMES } from './formatters.ts';
export type { FormatName, FormatOptions, FormatterFunction } from './formatters.ts';
export { loadPlugin, PluginError } from './plugin.ts';
