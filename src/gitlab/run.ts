// `changegate gitlab`: the GitLab CI shell over evaluate(). Evaluates the checked-out merge request with
// the same core call as `changegate check`, labels findings against the merge base, looks for collisions
// with other open merge requests, writes the Code Quality and JUnit reports the pipeline uploads, and
// keeps one sticky note on the merge request.
//
// Failure policy (the gate fails closed): the exit code always follows the verdict; trouble talking to
// GitLab (a read-only token, an outage, a rate limit that does not end) is reported and leaves the
// verdict as it is, never turning a failing verdict into a pass.
import { defaultRules } from '../../rules/index.ts';
import { markdownSafePlans, safePlanHints } from '../planner/hint.ts';
import { documentReviser } from '../planner/document.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { compareWithBase } from '../action/base.ts';
import type { BaseComparison } from '../action/base.ts';
import { COLLISION_RULE_ID } from '../forge/collisions.ts';
import type { CliIo } from '../cli/io.ts';
import { ExitCode } from '../cli/exit-codes.ts';
import { writeReport } from '../cli/io.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { EvaluateOptions, VerdictStatus } from '../engine/evaluate.ts';
import { formatCodeQuality } from '../report/gitlab.ts';
import { formatJunit } from '../report/junit.ts';
import type { CollisionReport } from '../report/markdown.ts';
import { formatMarkdown, isBlocking } from '../report/markdown.ts';
import { oneLine } from '../core/sanitize.ts';
import { FORMAT_LOADERS } from '../report/index.ts';
import { readFolder } from '../source/folder.ts';
import { gitLabApprovalEvidence } from './approval-evidence.ts';
import { createGitLabClient, isGitLabRequestError } from './client.ts';
import { findMergeRequestCollisions } from './collisions.ts';
import { GitLabContextError, readGitLabContext } from './context.ts';
import type { GitLabContext } from './context.ts';
import { noteMarker, tokenUsername, upsertStickyNote } from './note.ts';
import { projectPrefix } from '../report/gitlab-paths.ts';

export interface GitLabRunOptions {
  asOf: number;
  config?: string;
  includeDrafts?: boolean;
  failOn: 'error' | 'warning';
  note: 'sticky' | 'off';
  otherMergeRequests: 'report' | 'block' | 'off';
  noteName: string;
  tokenVariable: string;
  codequality?: string;
  junit?: string;
  maxPerRule: number;
  /** The report printed for the job log: a format of `changegate check` (default text), to a file with `output`. */
  format?: string;
  output?: string;
}

export enum GitLabExit {
  Pass = 0,
  Fail = 1,
  Error = 2,
}

function exitFor(verdict: VerdictStatus, failOn: 'error' | 'warning', blockingCollisions: boolean): GitLabExit {
  if (verdict === 'error') return GitLabExit.Error;
  if (verdict === 'fail' || (verdict === 'warn' && failOn === 'warning') || blockingCollisions) return GitLabExit.Fail;
  return GitLabExit.Pass;
}

/** Describes a GitLab failure for the log; any other thrown value is a bug of ours and is rethrown. */
function trouble(err: unknown, what: string, context: GitLabContext, tokenVariable: string, access: 'read' | 'write'): string {
  if (!isGitLabRequestError(err)) throw err;
  const status = `${err.status === undefined ? 'no answer' : `HTTP ${err.status}`} on ${err.method} ${err.path}`;
  const denied = err.status === 401 || err.status === 403 || err.status === 404;
  let reason = 'GitLab did not accept the request after retries';
  if (denied && context.token?.kind === 'job') {
    reason = `CI_JOB_TOKEN cannot do this; give the job a project access token in the ${tokenVariable} CI/CD variable (see docs/gitlab.md)`;
  } else if (denied) {
    reason =
      access === 'write'
        ? `the token in ${context.token?.variable ?? 'the token variable'} may not write notes (it needs the api scope and at least the Reporter role)`
        : `the token in ${context.token?.variable ?? 'the token variable'} may not read merge requests of this project (it needs read_api and at least the Reporter role)`;
  }
  return `could not ${what} (${status}: ${oneLine(err.message)}): ${reason}`;
}

export async function runGitLab(repoDir: string, options: GitLabRunOptions, io: CliIo): Promise<number> {
  const log = (text: string) => io.stderr(`changegate: ${oneLine(text)}\n`);
  const context = readGitLabContext(io.env, options.tokenVariable);
  const root = resolve(io.cwd, repoDir);
  const prefix = context.projectDir !== undefined ? relative(resolve(io.cwd, context.projectDir), root).split(sep).join('/') : projectPrefix(root);
  if (prefix.startsWith('..') || isAbsolute(prefix)) throw new GitLabContextError(`${repoDir} is outside the project folder CI_PROJECT_DIR (${context.projectDir}); give the network folder inside the clone`);

  // 1. Evaluate the checked-out tree: the same core call as `changegate check`.
  let snapshot;
  try {
    snapshot = readFolder(root);
  } catch (err) {
    io.stderr(`changegate: cannot read ${repoDir}: ${(err as Error).message}\n`);
    return GitLabExit.Error;
  }
  const mr = context.mergeRequest;
  const api = mr && context.token ? createGitLabClient({ apiUrl: context.apiUrl, token: context.token, log }) : undefined;
  // Approvals are proven by the source the policy names (merge-request approvals, signed commits); without it, none counts.
  const approvalEvidence = await gitLabApprovalEvidence(api, context, { root, prefix, files: snapshot.files }, io.env, log);
  const evaluateOptions: EvaluateOptions = {
    rules: defaultRules,
    asOf: options.asOf,
    refused: snapshot.refused,
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.includeDrafts ? { includeDrafts: true } : {}),
    ...(approvalEvidence ? { approvalEvidence } : {}),
  };
  let evaluation = evaluate(snapshot.files, evaluateOptions);
  if (!mr) log('not a merge-request pipeline (CI_MERGE_REQUEST_IID is not set): no note, no collision check');

  // 2. Label findings against the merge base (new vs already on the target branch), and judge loosenings of the gate.
  let base: BaseComparison | undefined;
  if (mr?.diffBaseSha !== undefined) {
    // As in the GitHub Action, a loosening of the gate is lifted only by the evidence in evaluateOptions
    // (approvals of the merge request on the head commit), judged against the base policy's approvers.
    const compared = await compareWithBase(root, mr.diffBaseSha, mr.targetBranch, evaluation, evaluateOptions, io.env, snapshot.files, []);
    if ('problem' in compared) log(`findings are not compared with the base: ${compared.problem}`);
    else {
      base = compared;
      evaluation = compared.evaluation;
      log(`compared with ${base.description}: ${base.newCount} new finding(s), ${base.existingCount} already there`);
    }
  }

  // 3. The report for the job log, and the pipeline's reports, of the evaluation as judged against the
  // base (with its policy-loosening findings).
  const formatter = await (FORMAT_LOADERS[options.format ?? 'text'] ?? FORMAT_LOADERS.text!)();
  const printed = formatter(evaluation, { color: false, pathPrefix: prefix, maxPerRule: options.maxPerRule, root });
  if (!(await writeReport(io, printed, options.output))) return ExitCode.Error;

  // Reports for the pipeline: Code Quality (widget and diff gutter) and JUnit (test widget).
  const write = (file: string, text: string) => {
    const path = resolve(io.cwd, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    log(`wrote ${file}`);
  };
  if (options.codequality !== undefined) write(options.codequality, formatCodeQuality(evaluation, { pathPrefix: prefix }));
  if (options.junit !== undefined) write(options.junit, formatJunit(evaluation, { color: false, pathPrefix: prefix, maxPerRule: options.maxPerRule, root }));

  if (mr && !api && (options.note !== 'off' || options.otherMergeRequests !== 'off')) {
    log(`no token: neither ${options.tokenVariable} nor CI_JOB_TOKEN is set, so nothing is posted to the merge request`);
  }

  // Links to the network files: at this head, or at another merge request's head (refs/merge-requests/N/head
  // keeps a fork's commits in this project too).
  const linkTo = (file: string, line: number, otherSha?: string) =>
    `${context.projectUrl}/-/blob/${otherSha ?? context.sha}/${encodePath(prefix === '' ? file : `${prefix}/${file}`)}#L${line}`;

  // 4. Collisions with the change requests of other open merge requests.
  let collisions: CollisionReport[] = [];
  if (api && mr && options.otherMergeRequests !== 'off') {
    if (!evaluation.rules.some((r) => r.id === COLLISION_RULE_ID && r.evaluated)) {
      log(`the ${COLLISION_RULE_ID} rule is not active, so other merge requests were not checked for collisions`);
    } else {
      try {
        const outcome = await findMergeRequestCollisions(api, {
          projectId: mr.projectId,
          mergeRequestIid: mr.iid,
          targetBranch: mr.targetBranch,
          pathPrefix: prefix,
          files: snapshot.files,
          evaluation,
          options: evaluateOptions,
          linkTo,
        });
        collisions = outcome.reports;
        for (const note of outcome.notes) log(note);
      } catch (err) {
        log(`warning: ${trouble(err, 'check other open merge requests for collisions', context, options.tokenVariable, 'read')}`);
      }
    }
  }
  const collisionCount = collisions.reduce((n, c) => n + c.findings.length, 0);
  const exit = exitFor(evaluation.verdict, options.failOn, options.otherMergeRequests === 'block' && collisionCount > 0);

  // 5. The sticky note: the same text as the GitHub comment.
  if (api && mr && options.note === 'sticky') {
    const marker = noteMarker(options.noteName);
    const body = formatMarkdown(evaluation, {
      forge: 'gitlab',
      safePlans: markdownSafePlans(safePlanHints(snapshot.files, evaluation, evaluateOptions, documentReviser)),
      failOn: options.failOn,
      marker,
      ...(context.pipelineUrl ? { reportUrl: context.pipelineUrl } : {}),
      fileUrl: (file, line) => linkTo(file, line),
      ...(base ? { isNew: base.isNew, baseLabel: base.description } : {}),
      collisions,
      notes: collisionCount === 0 ? [] : [options.otherMergeRequests === 'block'
        ? 'Collisions with other open merge requests block this one (--other-merge-requests block).'
        : 'Collisions with other open merge requests are reported but do not change the verdict (--other-merge-requests report).'],
    });
    try {
      const author = await tokenUsername(api, context.token!, context.pipelineUser);
      const note = await upsertStickyNote(api, { projectId: mr.projectId, mergeRequestIid: mr.iid, mergeRequestUrl: mr.webUrl, marker, body, author });
      log(`merge request note ${note.action}${note.adopted ? ' (its answer was lost; found it by reading the notes back)' : ''} (${note.url})`);
      if (note.removed > 0) log(`${note.removed} duplicate note(s) of an earlier run removed`);
    } catch (err) {
      log(`warning: ${trouble(err, 'post the merge request note', context, options.tokenVariable, 'write')}. The report is in the job log${options.codequality ? ' and the Code Quality report' : ''}.`);
    }
  }

  const blocking = evaluation.findings.filter((f) => isBlocking(f, options.failOn)).length;
  const collided = collisionCount > 0 ? `, ${collisionCount} collision(s) with other open merge requests` : '';
  log(`verdict ${evaluation.verdict} (${blocking} blocking finding(s)${collided})${exit === GitLabExit.Pass ? '' : exit === GitLabExit.Error ? ': the job fails (the gate could not evaluate the repository)' : ': the job fails'}`);
  return exit;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
