// What `changegate gitlab` needs to know about the pipeline, from GitLab CI's predefined variables:
// the API root, the project, the commit and, in a merge-request pipeline, the merge request. Checked here
// so a job outside GitLab CI, or outside a merge-request pipeline, gets a clear error, not an undefined.

export interface MergeRequestContext {
  iid: number;
  /** The project the merge request belongs to (the target project, also for a merge request from a fork). */
  projectId: string;
  title: string;
  webUrl: string;
  targetBranch: string;
  /** The merge base GitLab computed for the diff: findings already there are "existing". */
  diffBaseSha: string | undefined;
  /**
   * The merge request's head commit this pipeline checks: CI_COMMIT_SHA, or in a merged-results pipeline
   * (where CI_COMMIT_SHA is GitLab's merge of head and target) the source branch's commit.
   */
  headSha: string;
}

export interface GitLabContext {
  apiUrl: string;
  projectId: string;
  /** https://gitlab.example.com/group/project */
  projectUrl: string;
  /** The clone's top folder: report paths are relative to it. */
  projectDir: string | undefined;
  /** The commit evaluated (the merge request's head in a merge-request pipeline). */
  sha: string;
  pipelineUrl: string | undefined;
  /** Who started the pipeline: CI_JOB_TOKEN acts as this user. */
  pipelineUser: string | undefined;
  mergeRequest: MergeRequestContext | undefined;
  token: { kind: 'private'; value: string; variable: string } | { kind: 'job'; value: string; variable: string } | undefined;
}

export class GitLabContextError extends Error {
  override name = 'GitLabContextError';
}

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function required(env: Env, name: string, why: string): string {
  const v = value(env, name);
  if (v === undefined) throw new GitLabContextError(`${name} is not set: ${why}`);
  return v;
}

/**
 * Reads the pipeline's variables. `tokenVariable` names the CI/CD variable holding a project access
 * token; without it, CI_JOB_TOKEN is used (which GitLab lets read, but not write, merge-request notes).
 */
export function readGitLabContext(env: Env, tokenVariable: string): GitLabContext {
  const outside = 'changegate gitlab runs inside a GitLab CI job (see docs/gitlab.md)';
  const apiUrl = required(env, 'CI_API_V4_URL', outside).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+(\/.*)?\/api\/v4$/.test(apiUrl)) throw new GitLabContextError(`CI_API_V4_URL is "${apiUrl}"; expected a URL ending in /api/v4`);
  const projectId = required(env, 'CI_PROJECT_ID', outside);
  const projectUrl = required(env, 'CI_PROJECT_URL', outside).replace(/\/+$/, '');
  const sha = required(env, 'CI_COMMIT_SHA', outside);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new GitLabContextError(`CI_COMMIT_SHA is "${sha}"; expected a full commit id`);

  let mergeRequest: MergeRequestContext | undefined;
  const iidText = value(env, 'CI_MERGE_REQUEST_IID');
  if (iidText !== undefined) {
    const iid = Number(iidText);
    if (!Number.isInteger(iid) || iid <= 0) throw new GitLabContextError(`CI_MERGE_REQUEST_IID is "${iidText}"; expected a merge request number`);
    const mrProjectUrl = (value(env, 'CI_MERGE_REQUEST_PROJECT_URL') ?? projectUrl).replace(/\/+$/, '');
    const diffBaseSha = value(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA');
    mergeRequest = {
      iid,
      projectId: value(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? projectId,
      title: value(env, 'CI_MERGE_REQUEST_TITLE') ?? '',
      webUrl: `${mrProjectUrl}/-/merge_requests/${iid}`,
      targetBranch: required(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME', 'GitLab sets it in every merge-request pipeline'),
      diffBaseSha,
      headSha: value(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? sha,
    };
  }

  const tokenValue = value(env, tokenVariable);
  const jobToken = value(env, 'CI_JOB_TOKEN');
  const token = tokenValue !== undefined
    ? { kind: 'private' as const, value: tokenValue, variable: tokenVariable }
    : jobToken !== undefined
      ? { kind: 'job' as const, value: jobToken, variable: 'CI_JOB_TOKEN' }
      : undefined;
  return {
    apiUrl,
    projectId,
    projectUrl,
    projectDir: value(env, 'CI_PROJECT_DIR'),
    sha,
    pipelineUrl: value(env, 'CI_PIPELINE_URL'),
    pipelineUser: value(env, 'GITLAB_USER_LOGIN'),
    mergeRequest,
    token,
  };
}
