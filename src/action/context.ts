// What the Action needs to know about the workflow run: the repository, the commit to report on and,
// for pull request events, the pull request. Read from the environment and the event payload, with
// shapes checked here so a surprising payload is a clear error rather than an undefined deep inside.

export interface PullRequestContext {
  number: number;
  title: string;
  url: string;
  /** The PR head commit: check runs go here, not on GITHUB_SHA (the merge commit). */
  headSha: string;
  baseRef: string;
  baseSha: string;
  /** True when the head lives in another repository (a fork): its GITHUB_TOKEN is read-only. */
  fromFork: boolean;
}

/** A merge queue's group: the commit the queue would merge (base plus the queued pull requests). */
export interface MergeGroupContext {
  headSha: string;
  headRef: string;
  /** The queue's base commit: the merge group is compared with it. */
  baseSha: string;
  /** Branch name, without refs/heads/. */
  baseRef: string;
}

export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** Commit the check run is created on. */
  sha: string;
  serverUrl: string;
  /** The workflow run, for links when there is no check run. */
  runUrl: string | undefined;
  workspace: string;
  pull: PullRequestContext | undefined;
  mergeGroup: MergeGroupContext | undefined;
}

export class ContextError extends Error {
  override name = 'ContextError';
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new ContextError(`the event payload has no ${what}`);
  return value;
}

export function readContext(env: Readonly<Record<string, string | undefined>>, event: unknown, cwd: string): RunContext {
  const fullName = env.GITHUB_REPOSITORY ?? '';
  const slash = fullName.indexOf('/');
  if (slash <= 0 || slash === fullName.length - 1) throw new ContextError(`GITHUB_REPOSITORY is "${fullName}"; expected owner/name (is this running in GitHub Actions?)`);
  const owner = fullName.slice(0, slash);
  const repo = fullName.slice(slash + 1);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const workspace = env.GITHUB_WORKSPACE || cwd;

  let pull: PullRequestContext | undefined;
  const payload = record(event);
  const pr = record(payload?.pull_request);
  if (PULL_EVENTS.has(eventName)) {
    if (!pr) throw new ContextError(`event ${eventName} without a pull_request in its payload`);
    const head = record(pr.head);
    const base = record(pr.base);
    if (!head || !base) throw new ContextError('the pull_request in the event payload has no head or base');
    const number = pr.number;
    if (typeof number !== 'number' || !Number.isInteger(number)) throw new ContextError('the pull_request in the event payload has no number');
    const headRepo = record(head.repo);
    const baseRepo = record(base.repo);
    pull = {
      number,
      title: typeof pr.title === 'string' ? pr.title : '',
      url: typeof pr.html_url === 'string' ? pr.html_url : `${serverUrl}/${owner}/${repo}/pull/${number}`,
      headSha: text(head.sha, 'pull_request.head.sha'),
      baseRef: text(base.ref, 'pull_request.base.ref'),
      baseSha: text(base.sha, 'pull_request.base.sha'),
      // A deleted fork has no head repo: treat it like a fork.
      fromFork: !headRepo || headRepo.full_name !== (baseRepo?.full_name ?? fullName),
    };
  }
  let mergeGroup: MergeGroupContext | undefined;
  if (eventName === 'merge_group') {
    const group = record(payload?.merge_group);
    if (!group) throw new ContextError('event merge_group without a merge_group in its payload');
    mergeGroup = {
      headSha: text(group.head_sha, 'merge_group.head_sha'),
      headRef: text(group.head_ref, 'merge_group.head_ref'),
      baseSha: text(group.base_sha, 'merge_group.base_sha'),
      baseRef: text(group.base_ref, 'merge_group.base_ref').replace(/^refs\/heads\//, ''),
    };
  }
  const sha = pull?.headSha ?? mergeGroup?.headSha ?? env.GITHUB_SHA ?? '';
  if (sha === '') throw new ContextError('GITHUB_SHA is not set and the event is not a pull request: no commit to report on');
  return { owner, repo, eventName, sha, serverUrl, runUrl, workspace, pull, mergeGroup };
}
