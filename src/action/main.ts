// The GitHub Action: evaluate the checked-out pull request with the same core call as the CLI, then
// publish the verdict: a check run with annotations on the PR head commit, one sticky PR comment, the
// job summary, a SARIF file and step outputs. run() receives all of its I/O (environment, event payload,
// GitHub client, file system, output) so tests drive it with a fake GitHub instead of mocking modules.
//
// Failure policy (the gate fails closed): the job's result always follows the verdict; trouble posting
// to GitHub (a read-only token on a fork, an outage) falls back to log annotations and the job summary
// but never turns a failing verdict into a pass; anything unexpected, of any thrown type, fails the job.
import { defaultRules } from '../../rules/index.ts';
import { markdownSafePlans, safePlanHints } from '../planner/hint.ts';
import { documentReviser } from '../planner/document.ts';
import { randomUUID } from 'node:crypto';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Evaluation, EvaluateOptions, VerdictStatus } from '../engine/evaluate.ts';
import { evaluate } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import { rankForAnnotation } from '../forge/annotation-rank.ts';
import { diagnosisOf } from '../forge/retry.ts';
import { keepNewFindings } from '../git/compare.ts';
import { annotationCommand, escapeCommandData, joinRepoPath } from '../report/github.ts';
import { formatJson } from '../report/json.ts';
import type { CollisionReport } from '../report/markdown.ts';
import { CHECK_SUMMARY_LIMIT, formatMarkdown, isBlocking } from '../report/markdown.ts';
import { formatSarif } from '../report/sarif.ts';
import { oneLine } from '../core/sanitize.ts';
import { formatText } from '../report/text.ts';
import type { FolderSnapshot, ReadOptions } from '../source/folder.ts';
import { compareWithBase } from './base.ts';
import type { BaseComparison } from './base.ts';
import type { CheckAnnotation, Conclusion } from './check-run.ts';
import { MAX_ANNOTATIONS, publishCheckRun, toAnnotation } from './check-run.ts';
import type { GitHubClient } from './client.ts';
import { findCollisions, COLLISION_RULE_ID, otherSide } from './collisions.ts';
import { isRequestError, stickyMarker, tokenAuthors, upsertStickyComment } from './comment.ts';
import { readContext } from './context.ts';
import type { RunContext } from './context.ts';
import { InputError, readInputs } from './inputs.ts';
import { IDENTITY_PLACEMENT, headPlacement } from './placement.ts';
import { actionApprovalEvidence } from './reviews.ts';
import type { ActionInputs } from './inputs.ts';

/** The file system as the Action uses it. */
export interface ActionFs {
  readFolder(root: string, options?: ReadOptions): FolderSnapshot;
  writeFile(path: string, text: string): void;
  appendFile(path: string, text: string): void;
  mkdir(path: string): void;
}

export interface ActionDeps {
  env: Readonly<Record<string, string | undefined>>;
  /** The webhook payload of the triggering event (the JSON file at GITHUB_EVENT_PATH). */
  event: unknown;
  github: GitHubClient;
  fs: ActionFs;
  /** The job log (the runner reads workflow commands from it). */
  stdout(text: string): void;
  /** Wall clock, read once: the evaluation's as-of instant. */
  now(): number;
  cwd: string;
}

export enum ActionExit {
  Pass = 0,
  Fail = 1,
  Error = 2,
}

class Log {
  constructor(private readonly write: (text: string) => void) {}
  info(text: string): void {
    // Every line we print starts with our own text; a config-repo string can never start a command.
    this.write(`${oneLine(text)}\n`);
  }
  warning(text: string): void {
    this.write(`::warning::${escapeCommandData(text)}\n`);
  }
  error(text: string): void {
    this.write(`::error::${escapeCommandData(text)}\n`);
  }
  /** Prints text from the config repository with workflow commands switched off around it. */
  untrusted(text: string): void {
    const token = randomUUID();
    this.write(`::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  try {
    return `non-Error value thrown: ${typeof err === 'string' ? err : JSON.stringify(err)}`;
  } catch {
    return `non-Error value thrown: ${String(err)}`;
  }
}

/**
 * Runs the Action. Resolves to the process exit code and never rejects: any thrown value (Error or not)
 * is reported and fails the job.
 */
export async function run(deps: ActionDeps | (() => ActionDeps | Promise<ActionDeps>)): Promise<number> {
  let log = new Log((text) => process.stdout.write(text));
  try {
    const resolved = typeof deps === 'function' ? await deps() : deps;
    log = new Log((text) => resolved.stdout(text));
    return await runResolved(resolved, log);
  } catch (err) {
    log.error(`changegate failed: ${describe(err)}. The gate fails closed: the job fails because nothing could be verified.`);
    return ActionExit.Error;
  }
}

interface Publication {
  checkRunUrl?: string;
  commentUrl?: string;
  /** Why the check run could not be created; the findings then go to the log as annotations. */
  checkRunFailure?: string;
}

function exitFor(verdict: VerdictStatus, failOn: 'error' | 'warning', blockingCollisions: boolean): ActionExit {
  if (verdict === 'error') return ActionExit.Error;
  if (verdict === 'fail' || (verdict === 'warn' && failOn === 'warning') || blockingCollisions) return ActionExit.Fail;
  return ActionExit.Pass;
}

function conclusionFor(exit: ActionExit, verdict: VerdictStatus): Conclusion {
  if (exit !== ActionExit.Pass) return 'failure';
  return verdict === 'warn' ? 'neutral' : 'success';
}

/**
 * Describes an HTTP failure for the log, with its real cause (a rate limit is not a read-only token);
 * any other thrown value is a bug of ours and is rethrown.
 */
function postingTrouble(err: unknown, what: string, access: 'read' | 'write' = 'write'): string {
  if (!isRequestError(err)) throw err;
  const diagnosis = diagnosisOf(err);
  if (diagnosis && diagnosis.kind !== 'denied' && diagnosis.kind !== 'other') {
    const limited = diagnosis.kind === 'rate-limit' || diagnosis.kind === 'secondary-rate-limit';
    return `could not ${what}: ${diagnosis.cause}${limited ? '; the token is rate-limited, not refused' : '; GitHub did not accept the request after retries'}`;
  }
  const denied = err.status === 403 || err.status === 404;
  const reason = !denied
    ? 'GitHub did not accept the request after retries'
    : access === 'write'
      ? 'the token may not write to this repository (a pull request from a fork gets a read-only GITHUB_TOKEN; see docs/github-action.md)'
      : 'the token may not read pull requests of this repository (give the workflow pull-requests: read or write)';
  return `could not ${what} (HTTP ${err.status}: ${oneLine(err.message)}): ${reason}`;
}

async function runResolved(deps: ActionDeps, log: Log): Promise<number> {
  const startedAt = deps.now();
  const inputs = readInputs(deps.env);
  const context = readContext(deps.env, deps.event, deps.cwd);
  const root = resolve(context.workspace, inputs.path);
  const prefix = relative(context.workspace, root).split(sep).join('/');
  if (prefix.startsWith('..') || isAbsolute(prefix)) throw new Error(`input path "${inputs.path}" leaves the workspace ${context.workspace}`);

  // 1. Evaluate the checked-out tree: the same core call as `changegate check`.
  const snapshot = deps.fs.readFolder(root, inputs.config !== undefined ? { configPath: inputs.config } : {});
  const approvalEvidence = await actionApprovalEvidence(deps.github, context, deps.event, { root, prefix, files: snapshot.files }, deps.env, (line) => log.warning(line));
  const evaluateOptions: EvaluateOptions = {
    rules: defaultRules,
    asOf: startedAt,
    ...(approvalEvidence ? { approvalEvidence } : {}),
    refused: snapshot.refused,
    ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
  };
  let evaluation = evaluate(snapshot.files, evaluateOptions);
  log.info(`changegate: evaluated ${inputs.path} at ${context.sha.slice(0, 12)} (${context.eventName || 'unknown event'})`);
  log.untrusted(formatText(evaluation, { color: false, pathPrefix: prefix, maxPerRule: 20 }));

  // 2. Label findings against the base (new vs already there), when the base commit is in the clone.
  // A merge queue's group is compared with the queue's base commit (merge_group.base_sha).
  let base: BaseComparison | undefined;
  let baseProblem: string | undefined;
  const baseRef = inputs.baseRef ?? context.pull?.baseSha ?? context.mergeGroup?.baseSha;
  if (baseRef !== undefined) {
    const label = inputs.baseRef ?? context.pull?.baseRef ?? context.mergeGroup?.baseRef ?? baseRef;
    // A loosening is approved only through the evidence in evaluateOptions (the pull request's reviews),
    // judged against the base policy's approvers: nothing is taken on trust here.
    const verifiedApprovers: never[] = [];
    const compared = await compareWithBase(root, baseRef, label, evaluation, evaluateOptions, deps.env, snapshot.files, verifiedApprovers);
    if ('problem' in compared) {
      baseProblem = compared.problem;
      log.info(`changegate: findings are not compared with the base: ${compared.problem}`);
    } else {
      base = compared;
      evaluation = compared.evaluation;
      log.info(`changegate: compared with ${base.description}: ${base.newCount} new finding(s), ${base.existingCount} already there`);
      if (compared.loosenings > 0) log.info(`changegate: this pull request loosens the gate in ${compared.loosenings} place(s) (policy-loosening)`);
    }
  }
  const notes: string[] = [];
  if (inputs.onlyNew) {
    // Judging only what is new without a base would pass everything: refuse instead.
    if (!base) throw new InputError(`input only-new needs the base commit in the clone, and ${baseProblem ?? 'this event has no base (give base-ref)'}`);
    const kept = keepNewFindings(evaluation, base.isNew);
    evaluation = kept.evaluation;
    notes.push(`only-new: ${kept.hidden} finding(s) already on ${base.description} are not counted nor listed.`);
    log.info(`changegate: only-new: ${kept.hidden} finding(s) already on the base left out of the verdict`);
  }

  // 2b. Where findings show: on the pull request's head, whose lines may differ from the merge's.
  let placement = IDENTITY_PLACEMENT;
  if (context.pull) {
    const placed = await headPlacement(root, context.pull.headSha, deps.env);
    if ('problem' in placed) log.info(`changegate: annotation lines are those of the merge with the base; they may be off where the base branch changed the same files since the branch point (${placed.problem})`);
    else placement = placed;
  }

  // 3. Collisions with the change requests of other open pull requests.
  let collisions: CollisionReport[] = [];
  if (context.pull && inputs.otherPulls !== 'off') {
    if (!evaluation.rules.some((r) => r.id === COLLISION_RULE_ID && r.evaluated)) {
      log.info(`changegate: the ${COLLISION_RULE_ID} rule is not active, so other pull requests were not checked for collisions`);
    } else {
      try {
        const outcome = await findCollisions(deps.github, {
          owner: context.owner,
          repo: context.repo,
          pullNumber: context.pull.number,
          baseRef: context.pull.baseRef,
          pathPrefix: prefix,
          files: snapshot.files,
          evaluation,
          options: evaluateOptions,
        });
        collisions = outcome.reports;
        for (const note of outcome.notes) log.info(`changegate: ${note}`);
      } catch (err) {
        log.warning(`changegate ${postingTrouble(err, 'check other open pull requests for collisions', 'read')}`);
      }
    }
  }
  const collisionCount = collisions.reduce((n, c) => n + c.findings.length, 0);
  const collisionsBlock = inputs.otherPulls === 'block' && collisionCount > 0;
  const exit = exitFor(evaluation.verdict, inputs.failOn, collisionsBlock);
  const conclusion = conclusionFor(exit, evaluation.verdict);

  // 4. Files: SARIF, JSON and Markdown reports.
  const outputs: Record<string, string> = { verdict: evaluation.verdict, counts: JSON.stringify({ ...evaluation.counts, collisions: collisionCount }) };
  if (inputs.sarif !== undefined) {
    const sarifPath = resolve(context.workspace, inputs.sarif);
    deps.fs.mkdir(dirname(sarifPath));
    deps.fs.writeFile(sarifPath, formatSarif(evaluation, { pathPrefix: prefix, ...helpBase(deps.env, context) }));
    outputs['sarif-file'] = sarifPath;
  }
  const reportDir = deps.env.RUNNER_TEMP || context.workspace;
  deps.fs.mkdir(reportDir);
  outputs['json-file'] = resolve(reportDir, 'changegate-report.json');
  deps.fs.writeFile(outputs['json-file'], formatJson(evaluation));

  // 5. Publish: check run first (the comment links to it), then the sticky comment.
  const safePlans = markdownSafePlans(safePlanHints(snapshot.files, evaluation, evaluateOptions, documentReviser));
  const markdown = (reportUrl: string | undefined, extra: { marker?: string; maxLength?: number } = {}) =>
    formatMarkdown(evaluation, {
      failOn: inputs.failOn,
      ...(reportUrl ? { reportUrl } : {}),
      fileUrl: (file, line) => `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/${encodePath(joinRepoPath(prefix, file))}#L${placement.lineOnHead(file, line)}`,
      ...(base ? { isNew: base.isNew, baseLabel: base.description } : {}),
      collisions,
      notes: [...notes, ...collisionNotes(collisions, inputs)],
      safePlans,
      ...extra,
    });
  const publication: Publication = {};
  // Blocking findings first (new before existing), then warnings, then notices: the cap of 500 must
  // never leave a blocking finding unmarked while warnings are annotated.
  const isNew = (f: Finding) => base?.isNew(f) ?? true;
  const marks = rankForAnnotation(
    [
      ...evaluation.findings.map((f) => ({ f, prefix: '', blocking: isBlocking(f, inputs.failOn), isNew: isNew(f) })),
      ...collisions.flatMap((c) =>
        c.findings.map((f) => ({ f, prefix: `Collides with open pull request #${c.pull.number} (${otherSide(f)}): `, blocking: collisionsBlock, isNew: true })),
      ),
    ],
    (m) => ({ blocking: m.blocking, severity: m.f.severity, isNew: m.isNew }),
  ).flatMap((m) => {
    const placed = placement.place(m.f);
    return placed ? [{ ...m, f: placed.finding, prefix: m.prefix + placed.note }] : [];
  });
  const unplaced = evaluation.findings.length + collisionCount - marks.length;
  if (unplaced > 0) log.info(`changegate: ${unplaced} finding(s) are in files the pull request's head does not have (the base branch added them): they are in the summary, not annotated`);
  const annotations: CheckAnnotation[] = marks.flatMap((m) => toAnnotation(m.f, prefix, m.prefix) ?? []);
  try {
    const checkRun = await publishCheckRun(deps.github, {
      owner: context.owner,
      repo: context.repo,
      name: inputs.checkName,
      headSha: context.sha,
      conclusion,
      title: checkTitle(evaluation, collisionCount),
      summary: markdown(context.runUrl, { maxLength: CHECK_SUMMARY_LIMIT }),
      annotations,
      ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      startedAt,
      completedAt: deps.now(),
      externalId: `${deps.env.GITHUB_RUN_ID ?? 'run'}-${deps.env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomUUID()}`,
    });
    publication.checkRunUrl = checkRun.url;
    log.info(`changegate: check run "${inputs.checkName}" created on ${context.sha.slice(0, 12)} with ${checkRun.annotated} annotation(s), conclusion ${conclusion}`);
    if (checkRun.dropped > 0) {
      const blockingLeft = marks.slice(MAX_ANNOTATIONS).filter((m) => m.blocking).length;
      log.info(`changegate: ${checkRun.dropped} further annotation(s) left out (${blockingLeft} of them blocking); every blocking finding is in the job summary, all findings in the SARIF file and the log`);
    }
  } catch (err) {
    publication.checkRunFailure = postingTrouble(err, 'create the check run');
    log.warning(`changegate ${publication.checkRunFailure}. Falling back to annotations in the log and the job summary; the job result still follows the verdict.`);
  }

  const reportUrl = publication.checkRunUrl || context.runUrl;
  if (context.pull && inputs.comment === 'sticky') {
    try {
      const authors = await tokenAuthors(deps.github);
      const comment = await upsertStickyComment(deps.github, {
        owner: context.owner,
        repo: context.repo,
        issueNumber: context.pull.number,
        marker: stickyMarker(inputs.checkName),
        body: markdown(reportUrl, { marker: stickyMarker(inputs.checkName) }),
        authors,
      });
      publication.commentUrl = comment.url;
      log.info(`changegate: pull request comment ${comment.action} (${comment.url})`);
      if (comment.removed > 0) log.info(`changegate: ${comment.removed} duplicate sticky comment(s) of an earlier run removed`);
    } catch (err) {
      log.warning(`changegate ${postingTrouble(err, 'post the pull request comment')}. The report is in the job summary.`);
    }
  }

  if (publication.checkRunFailure !== undefined) {
    // Workflow commands: built and escaped by us, so they are printed outside stop-commands.
    const lines = marks.map((m) => annotationCommand(m.f, { pathPrefix: prefix }, m.prefix));
    if (lines.length > 0) deps.stdout(lines.join('\n') + '\n');
  }

  // The job summary holds up to 1 MiB, far more than a comment: every blocking finding fits there.
  const summary = fitBytes((maxLength) => markdown(reportUrl, { maxLength }), JOB_SUMMARY_BYTES - 1);
  outputs['markdown-file'] = resolve(reportDir, 'changegate-report.md');
  deps.fs.writeFile(outputs['markdown-file'], summary);
  if (deps.env.GITHUB_STEP_SUMMARY) deps.fs.appendFile(deps.env.GITHUB_STEP_SUMMARY, summary + '\n');
  if (publication.checkRunUrl) outputs['check-run-url'] = publication.checkRunUrl;
  if (publication.commentUrl) outputs['comment-url'] = publication.commentUrl;
  if (deps.env.GITHUB_OUTPUT) deps.fs.appendFile(deps.env.GITHUB_OUTPUT, formatOutputs(outputs));

  const blocking = evaluation.findings.filter((f) => isBlocking(f, inputs.failOn)).length;
  const verdictLine = `changegate: verdict ${evaluation.verdict} (${blocking} blocking finding(s)${collisionCount > 0 ? `, ${collisionCount} collision(s) with other open pull requests` : ''})`;
  if (exit === ActionExit.Pass) log.info(verdictLine);
  else log.error(`${verdictLine}: the job fails${exit === ActionExit.Error ? ' (the gate could not evaluate the repository)' : ''}.`);
  return exit;
}

/** GitHub's limit on one step's job summary. */
export const JOB_SUMMARY_BYTES = 1024 * 1024;

/** The longest rendering whose UTF-8 size fits `bytes` (the Markdown limit counts characters). */
function fitBytes(render: (maxLength: number) => string, bytes: number): string {
  let maxLength = bytes;
  let text = render(maxLength);
  while (Buffer.byteLength(text, 'utf8') > bytes && maxLength > 1000) {
    maxLength = Math.floor((maxLength * bytes) / Buffer.byteLength(text, 'utf8') * 0.95);
    text = render(maxLength);
  }
  return text;
}

function checkTitle(evaluation: Evaluation, collisions: number): string {
  const c = evaluation.counts;
  const base = `${evaluation.verdict.toUpperCase()}: ${c.errors} error(s), ${c.warnings} warning(s), ${c.notices} notice(s)`;
  return collisions > 0 ? `${base}, ${collisions} collision(s) with other pull requests` : base;
}

function collisionNotes(collisions: readonly CollisionReport[], inputs: ActionInputs): string[] {
  if (collisions.length === 0) return [];
  return [
    inputs.otherPulls === 'block'
      ? 'Collisions with other open pull requests block this one (other-pulls: block).'
      : 'Collisions with other open pull requests are reported but do not change the verdict (other-pulls: report).',
  ];
}

function helpBase(env: ActionDeps['env'], context: RunContext): { rulesHelpBase?: string; informationUri?: string } {
  // Link rule help to the docs of the very Action version that ran.
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (!repo || !ref) return {};
  return { rulesHelpBase: `${context.serverUrl}/${repo}/blob/${encodeURIComponent(ref)}/docs/rules/`, informationUri: `${context.serverUrl}/${repo}` };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/').replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

/** GITHUB_OUTPUT entries in the multi-line form, with a random delimiter no value can contain. */
export function formatOutputs(outputs: Record<string, string>): string {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  return text;
}

