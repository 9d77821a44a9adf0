// Approvals from GitLab merge requests: who approved, and on which head commit. An approval is a person
// whose identity GitLab proves (they signed in and pressed Approve); a name typed into a YAML file proves
// nothing. But an approval given before the last push approved other content, so each one is bound to
// the head commit it was given on, and only approvals on the commit being judged should count.
//
// GitLab's approvals API lists approvers without a commit. The commit is found one of two ways:
//   - `approved_at` (sent by current GitLab versions): the merge request's diff versions say which head
//     commit was current at that instant;
//   - otherwise, when the project resets approvals on every push, every approval still listed was given
//     on the current head.
// An approval that neither way binds to a commit is returned apart, as unbound, and must not count.
import type { GitLabApi } from './client.ts';
import { isGitLabRequestError } from './client.ts';

export interface GitLabApproval {
  /** GitLab username: the identity GitLab verified. */
  username: string;
  userId: number;
  name: string;
  /** The merge request head commit the approval was given on. */
  headSha: string;
  /** When GitLab recorded the approval, if it says. */
  approvedAt?: string;
  /** How the commit was found. */
  basis: 'approved-at' | 'reset-on-push';
  source: 'gitlab-merge-request-approval';
}

export interface UnboundApproval {
  username: string;
  userId: number;
  reason: string;
}

export interface MergeRequestApprovals {
  /** The merge request's current head commit. */
  headSha: string;
  /** Username of the merge request's author (the author never counts as an independent approver). */
  author: string;
  /** Whether the project drops approvals on every push; undefined when the token may not read the setting. */
  resetApprovalsOnPush: boolean | undefined;
  approvals: GitLabApproval[];
  unbound: UnboundApproval[];
}

interface DiffVersion {
  headSha: string;
  createdAt: number;
}

/** The head commit current at `instant`: the newest diff version created at or before it. */
function headAt(versions: readonly DiffVersion[], instant: number): string | undefined {
  let best: DiffVersion | undefined;
  for (const v of versions) if (v.createdAt <= instant && (!best || v.createdAt > best.createdAt)) best = v;
  return best?.headSha;
}

async function resetOnPush(api: GitLabApi, projectId: string): Promise<boolean | undefined> {
  try {
    const config = await api.MergeRequestApprovals.showConfiguration(projectId);
    return typeof config.reset_approvals_on_push === 'boolean' ? config.reset_approvals_on_push : undefined;
  } catch (err) {
    // The project-level settings need Maintainer rights (or a paid tier); without them the answer is unknown.
    if (isGitLabRequestError(err) && (err.status === 401 || err.status === 403 || err.status === 404)) return undefined;
    throw err;
  }
}

/** Reads a merge request's approvals and binds each to the head commit it was given on. */
export async function readMergeRequestApprovals(api: GitLabApi, projectId: string, mergeRequestIid: number): Promise<MergeRequestApprovals> {
  const mr = await api.MergeRequests.show(projectId, mergeRequestIid);
  const state = await api.MergeRequestApprovals.showConfiguration(projectId, { mergerequestIId: mergeRequestIid });
  const entries = (state.approved_by ?? []) as { user: { id: number; username: string; name: string }; approved_at?: unknown }[];
  const reset = await resetOnPush(api, projectId);
  const needVersions = entries.some((e) => typeof e.approved_at === 'string');
  const versions: DiffVersion[] = needVersions
    ? (await api.MergeRequests.allDiffVersions(projectId, mergeRequestIid))
        .map((v) => ({ headSha: v.head_commit_sha, createdAt: Date.parse(v.created_at) }))
        .filter((v) => !Number.isNaN(v.createdAt))
    : [];

  const approvals: GitLabApproval[] = [];
  const unbound: UnboundApproval[] = [];
  for (const entry of entries) {
    const { id, username, name } = entry.user;
    const approvedAt = typeof entry.approved_at === 'string' ? entry.approved_at : undefined;
    const at = approvedAt !== undefined ? Date.parse(approvedAt) : Number.NaN;
    const byTime = Number.isNaN(at) ? undefined : headAt(versions, at);
    const common = { username, userId: id, name, source: 'gitlab-merge-request-approval' as const, ...(approvedAt !== undefined ? { approvedAt } : {}) };
    if (byTime !== undefined) approvals.push({ ...common, headSha: byTime, basis: 'approved-at' });
    else if (reset === true) approvals.push({ ...common, headSha: mr.sha, basis: 'reset-on-push' });
    else {
      unbound.push({
        username,
        userId: id,
        reason:
          reset === false
            ? 'GitLab does not say when this approval was given, and the project keeps approvals across pushes, so it may approve an earlier version'
            : 'GitLab does not say when this approval was given, and the token may not read whether approvals are reset on push',
      });
    }
  }
  return { headSha: mr.sha, author: mr.author.username, resetApprovalsOnPush: reset, approvals, unbound };
}

/** The approvals given on `sha` by someone other than the merge request's author. */
export function independentApprovalsOn(result: MergeRequestApprovals, sha: string): GitLabApproval[] {
  return result.approvals.filter((a) => a.headSha === sha && a.username !== result.author);
}
