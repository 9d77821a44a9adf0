// GitLab's Code Quality report (`artifacts:reports:codequality`): the subset of the Code Climate issue
// format that GitLab reads, so findings show in the merge request's Code Quality widget and in the diff
// gutter on the exact YAML lines. Fingerprints are the findings' own (the ones SARIF carries), so GitLab
// matches an issue across pipelines even when lines move. Paths are relative to the project root: the
// folder of the network repository inside the GitLab project is put in front of every file.
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import type { Severity } from '../model/types.ts';
import { joinRepoPath } from './github.ts';
import { oneLine } from '../core/sanitize.ts';

/** GitLab's levels, lowest first: info, minor, major, critical, blocker. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** An error blocks the merge, so it is a blocker; a warning asks a reviewer to look; a notice informs. */
export const CODE_QUALITY_SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'blocker', warning: 'major', notice: 'info' };

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  /** Code Climate categories; changegate's findings are about the plan's safety, not code style. */
  categories: string[];
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export interface CodeQualityOptions {
  /** Folder of the network repository inside the GitLab project ('' or '.' for the root). */
  pathPrefix: string;
  /**
   * Where findings about the repository as a whole (no file) are shown: GitLab needs a path on every
   * issue. Default: the config file, changegate.yaml.
   */
  repositoryFile?: string;
}

/** Descriptions are shown as plain text in the widget; very long ones are cut. */
const DESCRIPTION_LIMIT = 2_000;

export function toCodeQuality(evaluation: Evaluation, options: CodeQualityOptions): CodeQualityIssue[] {
  const repositoryFile = options.repositoryFile ?? 'changegate.yaml';
  // Waived findings are left out: Code Quality has no notion of an accepted issue, and a waived finding
  // does not block. They stay in the SARIF, JSON and text reports.
  return evaluation.findings.map((f: Finding): CodeQualityIssue => {
    const located = f.file !== '';
    const description = oneLine(f.message);
    return {
      type: 'issue',
      check_name: `changegate/${f.ruleId}`,
      description: description.length <= DESCRIPTION_LIMIT ? description : description.slice(0, DESCRIPTION_LIMIT - 1) + '…',
      categories: ['Bug Risk'],
      fingerprint: f.fingerprint,
      severity: CODE_QUALITY_SEVERITY[f.severity],
      location: {
        path: joinRepoPath(options.pathPrefix, located ? f.file : repositoryFile),
        lines: located ? { begin: f.line, end: Math.max(f.line, f.endLine) } : { begin: 1, end: 1 },
      },
    };
  });
}

export function formatCodeQuality(evaluation: Evaluation, options: CodeQualityOptions): string {
  return JSON.stringify(toCodeQuality(evaluation, options), null, 2) + '\n';
}
