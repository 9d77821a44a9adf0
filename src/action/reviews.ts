// The pull-request-reviews approval source: who approved this pull request on GitHub, read through
// octokit. A login's approval counts for a file when its latest review (comments aside) is an approval,
// not dismissed, on the head commit or on a commit at or after the last commit of the pull request that
// changed the file; where the policy ties a role to a team, the login's active membership is read too.
import type { ApprovalEvidence, LineSpan, Proof, ProofResult } from '../approvals/evidence.ts';
import { unavailableEvidence } from '../approvals/evidence.ts';
import { approvalFiles, gitApprovalEvidence, policySourceOf } from '../approvals/gather.ts';
import type { RepoFile } from '../source/select.ts';
import type { GitHubClient } from './client.ts';
import type { RunContext } from './context.ts';

/**
 * The evidence the Action hands to evaluate(), for the source the checked-out policy names: reviews of
 * this pull request, or signed commits of the checkout. Trouble reading it proves nothing (fail closed)
 * and is said in the log.
 */
export async function actionApprovalEvidence(
  github: GitHubClient,
  context: RunContext,
  event: unknown,
  snapshot: { root: string; prefix: string; files: readonly RepoFile[] },
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<ApprovalEvidence | undefined> {
  const source = policySourceOf(snapshot.files);
  if (source?.kind === 'signed-commits') return gitApprovalEvidence(snapshot.root, snapshot.files, { kind: 'worktree' }, env);
  if (source?.kind !== 'pull-request-reviews') return undefined;
  if (!context.pull) return unavailableEvidence('pull-request-reviews', `the ${context.eventName || 'triggering'} event is not a pull request, so there are no reviews to verify approvals with`);
  const author = (event as { pull_request?: { user?: { login?: unknown } } } | undefined)?.pull_request?.user?.login;
  try {
    return await pullRequestReviewEvidence(github, {
      owner: context.owner,
      repo: context.repo,
      pullNumber: context.pull.number,
      headSha: context.pull.headSha,
      ...(typeof author === 'string' ? { author } : {}),
      files: approvalFiles(snapshot.files).map((f) => f.path),
      pathPrefix: snapshot.prefix === '' ? '' : `${snapshot.prefix}/`,
      teams: source.teams,
    });
  } catch (err) {
    const reason = `the reviews of pull request #${context.pull.number} could not be read (${(err as { status?: number }).status ?? ''} ${(err as Error).message}); give the workflow pull-requests: read`;
    log(`changegate: ${reason}. No approval counts.`);
    return unavailableEvidence('pull-request-reviews', reason);
  }
}

export interface ReviewQuery {
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  /** The pull request's author (from the event payload): an author of everything in it. */
  author?: string;
  /** Snapshot paths of the change-request and waiver files, and the prefix that makes them repository paths. */
  files: readonly string[];
  pathPrefix: string;
  /** role -> "org/team-slug" from the policy. */
  teams: Readonly<Record<string, string>>;
}

const MAX_LISTED_FILES = 3000;

interface Approval {
  login: string;
  reviewId: number;
  commit: string;
}

/** Reads the reviews (and what they need) and returns the evidence; HTTP errors propagate to the caller. */
export async function pullRequestReviewEvidence(github: GitHubClient, query: ReviewQuery): Promise<ApprovalEvidence> {
  const { owner, repo } = query;
  const reviews = await github.paginate(github.rest.pulls.listReviews, { owner, repo, pull_number: query.pullNumber, per_page: 100 });
  const commits = (await github.paginate(github.rest.pulls.listCommits, { owner, repo, pull_number: query.pullNumber, per_page: 100 })).map((c) => c.sha);
  const listed = await github.paginate(github.rest.pulls.listFiles, { owner, repo, pull_number: query.pullNumber, per_page: 100 });
  // GitHub lists at most 3,000 files: beyond that, every file counts as changed (nothing is inherited).
  const changed = listed.length >= MAX_LISTED_FILES ? undefined : new Set(listed.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]));
  // Each login's standing review: its latest approval or change request; a dismissed review stands for nothing.
  const standing = new Map<string, { state: string; id: number; commit: string }>();
  for (const review of reviews) {
    const login = review.user?.login;
    if (!login || review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    standing.set(login.toLowerCase(), { state: review.state, id: review.id, commit: review.commit_id ?? '' });
  }
  const approvals: Approval[] = [...standing.entries()]
    .filter(([, r]) => r.state === 'APPROVED')
    .map(([login, r]) => ({ login, reviewId: r.id, commit: r.commit }))
    .sort((a, b) => (a.login < b.login ? -1 : 1));

  // The last commit of the pull request that changed each file (undefined: the pull request did not change it).
  const lastChange = new Map<string, string | undefined>();
  for (const file of query.files) {
    const history = await github.rest.repos.listCommits({ owner, repo, sha: query.headSha, path: query.pathPrefix + file, per_page: 1 });
    const latest = history.data[0]?.sha;
    lastChange.set(file, latest !== undefined && commits.includes(latest) ? latest : undefined);
  }

  const teams = new Map<string, string[]>();
  const wanted = [...new Set(Object.values(query.teams))].sort();
  for (const approval of approvals) {
    const memberOf: string[] = [];
    for (const team of wanted) {
      const [org = '', slug = ''] = team.split('/');
      try {
        const membership = await github.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: approval.login });
        if (membership.data.state === 'active') memberOf.push(team);
      } catch {
        // 404 (not a member), or no permission to read the team: either way no membership is proven.
      }
    }
    teams.set(approval.login, memberOf);
  }
  return new ReviewEvidence(query, approvals, commits, lastChange, teams, changed);
}

class ReviewEvidence implements ApprovalEvidence {
  readonly source = 'pull-request-reviews' as const;
  readonly description: string;

  constructor(
    private readonly query: ReviewQuery,
    private readonly approvals: readonly Approval[],
    private readonly commits: readonly string[],
    private readonly lastChange: ReadonlyMap<string, string | undefined>,
    private readonly teams: ReadonlyMap<string, string[]>,
    private readonly changed: ReadonlySet<string> | undefined,
  ) {
    this.description = `approving reviews of pull request #${query.pullNumber}`;
  }

  approvalsOf(file: string, _lines: LineSpan): ProofResult {
    const since = this.lastChange.get(file);
    const sinceIndex = since === undefined ? -1 : this.commits.indexOf(since);
    const proofs: Proof[] = [];
    const stale: string[] = [];
    for (const approval of this.approvals) {
      const at = this.commits.indexOf(approval.commit);
      const current = approval.commit === this.query.headSha || (at >= 0 && at >= sinceIndex);
      if (!current) {
        stale.push(`@${approval.login} approved ${approval.commit.slice(0, 12)}, before the last change to ${file}${since ? ` (${since.slice(0, 12)})` : ''}`);
        continue;
      }
      proofs.push({
        identity: { kind: 'github-login', login: approval.login, teams: this.teams.get(approval.login) ?? [] },
        how: `review ${approval.reviewId} by @${approval.login} on ${approval.commit.slice(0, 12)}`,
      });
    }
    const note =
      this.approvals.length === 0
        ? `pull request #${this.query.pullNumber} has no standing approving review`
        : stale.length > 0
          ? `stale: ${stale.join('; ')}`
          : undefined;
    return { proofs, ...(note ? { note } : {}) };
  }

  inherited(file: string): string | undefined {
    if (this.changed === undefined || this.changed.has(this.query.pathPrefix + file)) return undefined;
    return `unchanged by pull request #${this.query.pullNumber}: as merged on the protected base branch, whose check verified it`;
  }

  authorsOf(): readonly Proof[] {
    const author = this.query.author;
    return author ? [{ identity: { kind: 'github-login', login: author }, how: `author of pull request #${this.query.pullNumber}` }] : [];
  }
}
