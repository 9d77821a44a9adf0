// GitHub Actions workflow commands (`::error file=…,line=…::message`): annotations printed to the job
// log. The Action uses them when its token cannot create a check run (fork pull requests, read-only
// tokens); `changegate check --format github` prints them from any workflow step.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import type { Severity } from '../model/types.ts';
import { stripControl } from '../core/sanitize.ts';

export interface GithubOptions {
  /** Folder of the network repository inside the GitHub repository ('' or '.' for the root). */
  pathPrefix: string;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/**
 * Escapes the message part of a workflow command. A raw newline would end the command and let the rest
 * of a config-repo string be read as a new command (`::set-env` style injection), hence the encoding.
 */
export function escapeCommandData(text: string): string {
  return stripControlKeepingBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=`, `title=`): additionally `:` and `,`, which delimit properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function stripControlKeepingBreaks(text: string): string {
  // stripControl drops \r; keep line structure as \n so it is encoded rather than silently lost.
  return stripControl(text.replace(/\r\n?/g, '\n'));
}

export function joinRepoPath(prefix: string, file: string): string {
  const clean = prefix.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return clean === '' ? file : `${clean}/${file}`;
}

/** One workflow command for one finding. */
export function annotationCommand(finding: Finding, options: GithubOptions, messagePrefix = ''): string {
  const props: string[] = [];
  if (finding.file !== '') {
    props.push(`file=${escapeCommandProperty(joinRepoPath(options.pathPrefix, finding.file))}`);
    props.push(`line=${finding.line}`, `endLine=${finding.endLine}`);
    // GitHub only honours columns on single-line annotations.
    if (finding.line === finding.endLine) props.push(`col=${finding.column}`, `endColumn=${finding.endColumn}`);
  }
  props.push(`title=${escapeCommandProperty(`changegate ${finding.ruleId}`)}`);
  return `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeCommandData(messagePrefix + finding.message)}`;
}

export function formatGithub(evaluation: Evaluation, options: GithubOptions): string {
  const lines = evaluation.findings.map((f) => annotationCommand(f, options));
  const c = evaluation.counts;
  lines.push(
    `changegate: verdict ${evaluation.verdict}; ${c.errors} error(s), ${c.warnings} warning(s), ${c.notices} notice(s), ${c.waived} waived.`,
  );
  return lines.join('\n') + '\n';
}
