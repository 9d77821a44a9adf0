// The CLI's output formats as plain functions of an evaluation, for API users. They are the very
// formatters `changegate check --format` uses (loaded once here), so the API and the CLI print the same.
import type { Evaluation } from '../engine/evaluate.ts';
import { FORMAT_LOADERS } from '../report/index.ts';
import type { Formatter } from '../report/index.ts';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'junit', 'markdown', 'github', 'gitlab'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  /** ANSI colours in the text format (default false). */
  color?: boolean;
  /** Prefix for the repository-relative paths in the output, e.g. the folder as the user wrote it (default ''). */
  pathPrefix?: string;
  /** Text format: at most this many findings per rule (default 50). */
  maxPerRule?: number;
  /** Text format: the width to wrap to. */
  columns?: number;
  /** Absolute path of the evaluated folder (the gitlab format makes paths relative to the project root with it). */
  root?: string;
}

/** Renders an evaluation as the whole report text. */
export type FormatterFunction = (evaluation: Evaluation, options?: FormatOptions) => string;

function asFunction(formatter: Formatter): FormatterFunction {
  return (evaluation, options = {}) => {
    const report = formatter(evaluation, {
      color: options.color ?? false,
      pathPrefix: options.pathPrefix ?? '',
      maxPerRule: options.maxPerRule ?? 50,
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
      ...(options.root !== undefined ? { root: options.root } : {}),
    });
    return typeof report === 'string' ? report : [...report].join('');
  };
}

const loaded = await Promise.all(
  FORMAT_NAMES.map(async (name) => {
    const load = FORMAT_LOADERS[name];
    if (load === undefined) throw new Error(`changegate: the ${name} formatter is missing from src/report/index.ts`);
    return [name, asFunction(await load())] as const;
  }),
);

/** Every output format of `changegate check --format`, by name: `formatters.sarif(evaluation)`. */
export const formatters: Readonly<Record<FormatName, FormatterFunction>> = Object.freeze(Object.fromEntries(loaded) as Record<FormatName, FormatterFunction>);
