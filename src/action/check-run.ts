// The check run: one per evaluation, on the pull request's head commit, completed with the verdict as
// conclusion and annotations on the exact YAML lines. The Checks API takes at most 50 annotations per
// request, so the run is created with the first 50 and updated with the rest (updates append). Both
// writes survive a lost answer without doubling anything: the create carries an external_id to find
// the run again, and an append is re-sent only when the run's annotation count says it is missing.
import type { Finding } from '../core/finding.ts';
import { joinRepoPath } from '../report/github.ts';
import { stripControl } from '../core/sanitize.ts';
import { writeOnce } from '../forge/idempotent-write.ts';
import type { GitHubClient } from './client.ts';

export const ANNOTATIONS_PER_REQUEST = 50;
/** Beyond this many, annotations stop being useful on a page; the summary and SARIF hold the rest. */
export const MAX_ANNOTATIONS = 500;
/** GitHub's limits: title 255 characters; message and raw details 64 KB. */
const TITLE_LIMIT = 255;
const TEXT_LIMIT = 8_000;

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title: string;
  raw_details?: string;
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : text.slice(0, limit - 1) + '…';
}

/** The annotation of a finding, or undefined for findings about the repository as a whole (no line). */
export function toAnnotation(finding: Finding, pathPrefix: string, messagePrefix = ''): CheckAnnotation | undefined {
  if (finding.file === '') return undefined;
  const sameLine = finding.line === finding.endLine;
  return {
    path: joinRepoPath(pathPrefix, finding.file),
    start_line: finding.line,
    end_line: finding.endLine,
    // The API refuses columns on multi-line annotations.
    ...(sameLine ? { start_column: finding.column, end_column: Math.max(finding.column, finding.endColumn) } : {}),
    annotation_level: LEVEL[finding.severity],
    message: cut(stripControl(messagePrefix + finding.message), TEXT_LIMIT),
    title: cut(stripControl(`changegate ${finding.ruleId}`), TITLE_LIMIT),
    raw_details: cut(stripControl(JSON.stringify({ rule: finding.ruleId, messageId: finding.messageId, path: finding.path, data: finding.data })), TEXT_LIMIT),
  };
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  /** Ranked: the first MAX_ANNOTATIONS are sent (src/forge/annotation-rank.ts). */
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
  startedAt: number;
  completedAt: number;
  /** Unique to this run of the Action: a lost create is found again by it. */
  externalId: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Annotations sent, and left out because of MAX_ANNOTATIONS. */
  annotated: number;
  dropped: number;
  /** Writes whose answer was lost but which had been applied, recovered instead of sent again. */
  recovered: number;
}

export async function publishCheckRun(github: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const { owner, repo } = input;
  const kept = input.annotations.slice(0, MAX_ANNOTATIONS);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST) batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: input.title,
    summary: input.summary,
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });
  let recovered = 0;
  // Created with its first batch: a lost create is found by external_id with that batch applied.
  const created = await writeOnce(
    {
      label: `create the check run "${input.name}"`,
      send: async () => {
        const response = await github.rest.checks.create({
          owner,
          repo,
          name: input.name,
          head_sha: input.headSha,
          external_id: input.externalId,
          status: 'completed',
          conclusion: input.conclusion,
          started_at: new Date(input.startedAt).toISOString(),
          completed_at: new Date(input.completedAt).toISOString(),
          ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
          output: output(batches[0]),
        });
        return { id: response.data.id, url: response.data.html_url ?? '' };
      },
      find: async () => {
        // Newest first; ours was created moments ago, so the first page holds it.
        const runs = await github.rest.checks.listForRef({ owner, repo, ref: input.headSha, check_name: input.name, filter: 'latest', per_page: 100 });
        const run = runs.data.check_runs.find((r) => r.external_id === input.externalId);
        return run ? { id: run.id, url: run.html_url ?? '' } : undefined;
      },
    },
    github.writeHooks,
  );
  if (created.adopted) recovered++;
  const annotationsCount = async () => (await github.rest.checks.get({ owner, repo, check_run_id: created.value.id })).data.output.annotations_count;
  // Updates append: a batch whose answer was lost is sent again only when the count says it is missing.
  let sent = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    const expected = sent + batch.length;
    const appended = await writeOnce(
      {
        label: `append annotations ${sent + 1} to ${expected} to check run ${created.value.id}`,
        send: async () => {
          await github.rest.checks.update({ owner, repo, check_run_id: created.value.id, output: output(batch) });
          return true;
        },
        find: async () => ((await annotationsCount()) >= expected ? true : undefined),
      },
      github.writeHooks,
    );
    if (appended.adopted) recovered++;
    sent = expected;
  }
  return { id: created.value.id, url: created.value.url, annotated: kept.length, dropped: input.annotations.length - kept.length, recovered };
}
