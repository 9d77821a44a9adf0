// The check run: one per evaluation, on the pull request's head commit, completed with the verdict as
// conclusion and annotations on the exact YAML lines. The Checks API takes at most 50 annotations per
// request, so the run is created with the first 50 and updated with the rest (updates append).
import type { Finding } from '../engine/finding.ts';
import { joinRepoPath } from '../report/github.ts';
import { stripControl } from '../report/sanitize.ts';
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
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
  startedAt: number;
  completedAt: number;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Annotations sent, and left out because of MAX_ANNOTATIONS. */
  annotated: number;
  dropped: number;
}

export async function publishCheckRun(github: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const kept = input.annotations.slice(0, MAX_ANNOTATIONS);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST) batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: input.title,
    summary: input.summary,
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });
  const created = await github.rest.checks.create({
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    started_at: new Date(input.startedAt).toISOString(),
    completed_at: new Date(input.completedAt).toISOString(),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await github.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: created.data.id, output: output(batch) });
  }
  return { id: created.data.id, url: created.data.html_url ?? '', annotated: kept.length, dropped: input.annotations.length - kept.length };
}
