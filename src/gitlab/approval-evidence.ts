// The merge-request-approvals approval source: who approved this merge request on GitLab, read through
// the approvals API (src/gitlab/approvals.ts binds each approval to the head commit it was given on).
// An approval counts only when it was given on the head commit this pipeline checks (an approval of an
// earlier push approved other content), by someone other than the merge request's author, and by a
// person: GitLab's bot users (project and group access tokens, service accounts) approve whatever their
// token is told to. Files the merge request does not change keep the approvals they were merged with.
import type { ApprovalEvidence, LineSpan, Proof, ProofResult } from '../approvals/evidence.ts';
import { unavailableEvidence } from '../approvals/evidence.ts';
import { gitApprovalEvidence, policySourceOf } from '../approvals/gather.ts';
import type { RepoFile } from '../source/select.ts';
import { readMergeRequestApprovals } from './approvals.ts';
import type { GitLabApproval, MergeRequestApprovals } from './approvals.ts';
import type { GitLabApi } from './client.ts';
import { isGitLabRequestError } from './client.ts';
import type { GitLabContext } from './context.ts';

export const SOURCE = 'merge-request-approvals';

/** Usernames GitLab gives its bot users: project and group access tokens, service accounts. */
const BOT_USERNAME = /^(?:(?:project|group)_\d+_bot(?:\d+|_[0-9a-f]+)?|service_account_.+)$/i;

export interface MergeRequestApprovalQuery {
  projectId: string;
  mergeRequestIid: number;
  /** The head commit being checked: only approvals given on it count. */
  headSha: string;
  /** Folder of the network repository inside the project, with a trailing slash ('' for the root). */
  pathPrefix: string;
}

/** An approval on the merge request that does not count, and why. */
type Exclusion = { approval: GitLabApproval; why: string };

/**
 * The evidence `changegate gitlab` hands to evaluate(), for the source the checked-out policy names:
 * approvals of this merge request, or signed commits of the checkout. Without a merge request or a
 * token, or when GitLab cannot be read, nothing is proven (fail closed) and the reason is logged and
 * carried into every unverified approval's message.
 */
export async function gitLabApprovalEvidence(
  api: GitLabApi | undefined,
  context: GitLabContext,
  snapshot: { root: string; prefix: string; files: readonly RepoFile[] },
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<ApprovalEvidence | undefined> {
  const source = policySourceOf(snapshot.files);
  if (source?.kind === 'signed-commits') return gitApprovalEvidence(snapshot.root, snapshot.files, { kind: 'worktree' }, env);
  if (source?.kind !== SOURCE) return undefined;
  const mr = context.mergeRequest;
  const fail = (reason: string) => {
    log(`${reason}. No approval counts.`);
    return unavailableEvidence(SOURCE, reason);
  };
  if (!mr) return fail('this is not a merge-request pipeline (CI_MERGE_REQUEST_IID is not set), so there are no merge-request approvals to verify approvals with');
  if (!api || !context.token) return fail('no GitLab token is set, so the approvals of the merge request cannot be read');
  try {
    return await mergeRequestApprovalEvidence(api, {
      projectId: mr.projectId,
      mergeRequestIid: mr.iid,
      headSha: mr.headSha,
      pathPrefix: snapshot.prefix === '' ? '' : `${snapshot.prefix}/`,
    });
  } catch (err) {
    if (!isGitLabRequestError(err)) throw err;
    const status = err.status === undefined ? 'no answer' : `HTTP ${err.status}`;
    const advice =
      context.token.kind === 'job'
        ? 'CI_JOB_TOKEN may not read merge-request approvals; give the job a project access token with read_api and the Reporter role (see docs/gitlab.md)'
        : `the token in ${context.token.variable} needs read_api and at least the Reporter role`;
    return fail(`the approvals of merge request !${mr.iid} could not be read (${status} on ${err.method} ${err.path}: ${err.message}); ${advice}`);
  }
}

/** Reads the approvals (and what they need) and returns the evidence; GitLab errors propagate to the caller. */
export async function mergeRequestApprovalEvidence(api: GitLabApi, query: MergeRequestApprovalQuery): Promise<ApprovalEvidence> {
  const state = await readMergeRequestApprovals(api, query.projectId, query.mergeRequestIid);
  const counted: GitLabApproval[] = [];
  const excluded: Exclusion[] = [];
  for (const approval of [...state.approvals].sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0))) {
    const why = await exclusionOf(api, approval, state, query.headSha);
    if (why === undefined) counted.push(approval);
    else excluded.push({ approval, why });
  }
  const diffs = await api.MergeRequests.allDiffs(query.projectId, query.mergeRequestIid, { perPage: 100 });
  const changed = new Set(diffs.flatMap((d) => [d.new_path, d.old_path]));
  return new MergeRequestApprovalEvidence(query, state, counted, excluded, changed);
}

async function exclusionOf(api: GitLabApi, approval: GitLabApproval, state: MergeRequestApprovals, headSha: string): Promise<string | undefined> {
  if (approval.username.toLowerCase() === state.author.toLowerCase()) return `@${approval.username} is the author of the merge request`;
  if (approval.headSha !== headSha) {
    const newer = approval.headSha === state.headSha ? ', pushed after the commit this pipeline checks: the pipeline of that push counts it' : ', an earlier push';
    return `@${approval.username} approved ${approval.headSha.slice(0, 12)}, not the head checked (${headSha.slice(0, 12)})${newer}`;
  }
  if (BOT_USERNAME.test(approval.username)) return `@${approval.username} is a GitLab bot user`;
  try {
    const user = await api.Users.show(approval.userId);
    if (user.bot === true) return `@${approval.username} is a GitLab bot user`;
    if (user.username.toLowerCase() !== approval.username.toLowerCase()) return `@${approval.username} is now @${user.username}`;
  } catch (err) {
    // A user GitLab no longer shows (deleted, or hidden from this token) is not proven a person.
    if (isGitLabRequestError(err) && err.status === 404) return `@${approval.username} is no longer a GitLab user this token can see`;
    throw err;
  }
  return undefined;
}

class MergeRequestApprovalEvidence implements ApprovalEvidence {
  readonly source = SOURCE;
  readonly description: string;

  constructor(
    private readonly query: MergeRequestApprovalQuery,
    private readonly state: MergeRequestApprovals,
    private readonly counted: readonly GitLabApproval[],
    private readonly excluded: readonly Exclusion[],
    private readonly changed: ReadonlySet<string>,
  ) {
    this.description = `approvals of merge request !${query.mergeRequestIid} on its head ${query.headSha.slice(0, 12)}`;
  }

  approvalsOf(_file: string, _lines: LineSpan): ProofResult {
    const proofs: Proof[] = this.counted.map((a) => ({
      identity: { kind: 'gitlab-username', username: a.username },
      how: `merge request !${this.query.mergeRequestIid} approved by @${a.username} on ${a.headSha.slice(0, 12)}`,
    }));
    const reasons = [...this.excluded.map((e) => e.why), ...this.state.unbound.map((u) => `@${u.username}: ${u.reason}`)];
    const note =
      this.counted.length === 0 && reasons.length === 0
        ? `merge request !${this.query.mergeRequestIid} has no approval`
        : reasons.length > 0
          ? `not counted: ${reasons.join('; ')}`
          : undefined;
    return { proofs, ...(note ? { note } : {}) };
  }

  inherited(file: string): string | undefined {
    if (this.changed.has(this.query.pathPrefix + file)) return undefined;
    return `unchanged by merge request !${this.query.mergeRequestIid}: as merged on the protected target branch, whose check verified it`;
  }

  authorsOf(): readonly Proof[] {
    return [{ identity: { kind: 'gitlab-username', username: this.state.author }, how: `author of merge request !${this.query.mergeRequestIid}` }];
  }
}
