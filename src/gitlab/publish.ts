// `changegate check --publish gitlab`: `check` in a GitLab CI job that also keeps the merge-request note,
// with the defaults of `changegate gitlab` (which has the options to change them).
import type { CheckOptions } from '../cli/commands/check.ts';
import type { CliIo } from '../cli/io.ts';
import { UsageError } from '../cli/usage-error.ts';
import { GitLabContextError } from './context.ts';
import { runGitLab } from './run.ts';

export async function publishCheckToGitLab(repoDir: string, options: CheckOptions, io: CliIo, settings: { asOf: number; maxPerRule: number }): Promise<number> {
  if (options.base !== undefined || options.head !== undefined || options.staged || options.onlyNew) {
    throw new UsageError('--publish gitlab compares with the merge base GitLab gives (CI_MERGE_REQUEST_DIFF_BASE_SHA): leave out --base, --head, --staged and --only-new');
  }
  try {
    return await runGitLab(
      repoDir,
      {
        asOf: settings.asOf,
        ...(options.config !== undefined ? { config: options.config } : {}),
        ...(options.includeDrafts ? { includeDrafts: true } : {}),
        failOn: 'error',
        note: 'sticky',
        otherMergeRequests: 'report',
        noteName: 'changegate',
        tokenVariable: 'CHANGEGATE_GITLAB_TOKEN',
        maxPerRule: settings.maxPerRule,
        format: options.format,
        ...(options.output !== undefined ? { output: options.output } : {}),
      },
      io,
    );
  } catch (err) {
    if (err instanceof GitLabContextError) throw new UsageError(err.message);
    throw err;
  }
}
