// Output formats of `changegate check`. Each lives in its own file; heavy ones are imported lazily
// so the common text path starts fast.
import type { Evaluation } from '../engine/evaluate.ts';

export interface FormatContext {
  color: boolean;
  /** Prefix for repository-relative paths in human output (the repo dir as given). */
  pathPrefix: string;
  maxPerRule: number;
  /** Absolute path of the folder evaluated (formats that need paths relative to the project root use it). */
  root?: string;
  /** Width the text output wraps to. */
  columns?: number;
}

/** A report as one string, or as chunks written one after another (large reports are never one string). */
export type Formatter = (evaluation: Evaluation, context: FormatContext) => string | Iterable<string>;

export const FORMAT_LOADERS: Record<string, () => Promise<Formatter>> = {
  text: async () => (await import('./text.ts')).formatText,
  json: async () => {
    const { jsonChunks } = await import('./json.ts');
    return (evaluation) => jsonChunks(evaluation);
  },
  junit: async () => (await import('./junit.ts')).formatJunit,
  sarif: async () => {
    const { sarifChunks } = await import('./sarif.ts');
    return (evaluation, context) => sarifChunks(evaluation, { pathPrefix: context.pathPrefix });
  },
  github: async () => {
    const { formatGithub } = await import('./github.ts');
    return (evaluation, context) => formatGithub(evaluation, { pathPrefix: context.pathPrefix });
  },
  gitlab: async () => {
    const { formatCodeQuality } = await import('./gitlab.ts');
    const { projectPrefix } = await import('./gitlab-paths.ts');
    return (evaluation, context) => formatCodeQuality(evaluation, { pathPrefix: context.root !== undefined ? projectPrefix(context.root) : context.pathPrefix });
  },
  markdown: async () => {
    const { formatMarkdown } = await import('./markdown.ts');
    return (evaluation) => formatMarkdown(evaluation);
  },
};

export const FORMAT_NAMES = Object.keys(FORMAT_LOADERS);
