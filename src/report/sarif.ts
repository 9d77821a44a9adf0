// SARIF 2.1.0 for code-scanning tools (github/codeql-action/upload-sarif and others). Rules carry
// their title, summary and rationale as help; results carry the exact region and the finding's
// fingerprint as a partial fingerprint, so alerts follow a finding across commits even when lines move.
// Waived findings are kept as suppressed results: the waiver is part of the record.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../core/package-root.ts';
import type { Evaluation } from '../engine/evaluate.ts';
import type { Finding } from '../core/finding.ts';
import type { AnyRule } from '../rule-api/rule.ts';
import type { Severity } from '../model/types.ts';
import { joinRepoPath } from './github.ts';
import { jsonTextChunks } from './json-chunks.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'changegateFindingHash/v1';

export interface SarifOptions {
  /** Folder of the network repository inside the repository SARIF paths are relative to. */
  pathPrefix?: string;
  /**
   * Absolute URI of the folder holding the rule pages (`<id>.md`), ending in `/`. Default: the docs
   * shipped with this copy of changegate, as a file: URI.
   */
  rulesHelpBase?: string;
  /** Rules to describe (default: the rule pack the evaluation ran). */
  rules?: readonly AnyRule[];
  toolVersion?: string;
  /** Where to learn about the tool (default: the README shipped with this copy, as a file: URI). */
  informationUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function packageUri(...parts: string[]): string | undefined {
  try {
    return pathToFileURL(join(packageRoot(), ...parts)).href;
  } catch {
    return undefined;
  }
}

/** "redundancy-group-concurrency" -> "RedundancyGroupConcurrency" (SARIF's `name` is an identifier). */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function ensureSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + '.';
}

export function toSarif(evaluation: Evaluation, options: SarifOptions = {}) {
  const registered = options.rules ?? evaluation.settings.map((e) => e.rule);
  const helpBase = options.rulesHelpBase ?? packageUri('docs', 'rules', '/');
  const informationUri = options.informationUri ?? packageUri('README.md');
  const version = options.toolVersion ?? packageVersion();
  const index = new Map<string, number>();
  const descriptors: Record<string, unknown>[] = [];
  const describe = (id: string, rule: AnyRule | undefined) => {
    if (index.has(id)) return;
    index.set(id, descriptors.length);
    const title = rule?.title ?? id;
    descriptors.push({
      id,
      // SARIF wants `name` omitted when it equals the id (compared without case).
      ...(ruleName(id).toLowerCase() !== id.toLowerCase() ? { name: ruleName(id) } : {}),
      shortDescription: { text: ensureSentence(title) },
      fullDescription: { text: ensureSentence(rule?.summary ?? title) },
      help: rule
        ? { text: `${ensureSentence(rule.summary)} ${rule.rationale}`, markdown: `**${rule.title}.** ${rule.summary}\n\n${rule.rationale}` }
        : { text: `See the changegate documentation of ${id}.` },
      ...(rule?.source !== undefined ? ruleFileHelp(rule.source, options.pathPrefix ?? '', helpBase) : helpBase ? { helpUri: new URL(`${id}.md`, helpBase).href } : {}),
      defaultConfiguration: { level: LEVEL[rule?.defaultSeverity ?? 'error'] },
      properties: { category: rule?.category ?? 'input', waivable: rule?.waivable ?? false, ...(rule?.source !== undefined ? { source: rule.source } : {}) },
    });
  };
  const custom = evaluation.customRules ?? [];
  for (const rule of [...registered, ...custom]) describe(rule.id, rule);
  const byId = new Map([...registered, ...custom].map((r) => [r.id, r]));
  for (const f of [...evaluation.findings, ...evaluation.waived]) describe(f.ruleId, byId.get(f.ruleId));

  const result = (f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: ensureSentence(f.message) },
    ...(f.file !== ''
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(joinRepoPath(options.pathPrefix ?? '', f.file)),
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
              ...(f.path !== '' ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
            },
          ],
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.waivedBy !== undefined ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `waiver ${f.waivedBy}` }] } : {}),
    properties: {
      messageId: f.messageId,
      data: f.data,
      ...(f.changeId !== undefined ? { changeId: f.changeId } : {}),
      ...(f.stepId !== undefined ? { stepId: f.stepId } : {}),
    },
  });

  const internal = evaluation.findings.filter((f) => f.ruleId === 'internal-error');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'changegate',
            ...(version ? { version, semanticVersion: version } : {}),
            ...(informationUri ? { informationUri } : {}),
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: internal.length === 0,
            ...(internal.length > 0
              ? { toolExecutionNotifications: internal.map((f) => ({ level: 'error', message: { text: ensureSentence(f.message) } })) }
              : {}),
          },
        ],
        // The loader counts columns in JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: [...evaluation.findings, ...evaluation.waived].map(result),
        // Each change request's own result: "not evaluated" when the run could not judge it, never "pass".
        properties: { verdict: evaluation.verdict, counts: evaluation.counts, changes: evaluation.changes.map((c) => ({ id: c.id, status: c.status })) },
      },
    ],
  };
}

/**
 * A relative path is relative to the source root (%SRCROOT%, the checkout for code scanning); an absolute
 * one (the CLI given an absolute folder) becomes a file: URI. Segments are percent-encoded so spaces and
 * `#` in file names stay one URI.
 */
/**
 * A custom rule is documented by its own Rule document in the repository: linked when the repository's
 * place is absolute (helpUri must be an absolute URI), else the page on writing custom rules; the file is
 * always named in the rule's properties.
 */
function ruleFileHelp(source: string, pathPrefix: string, helpBase: string | undefined): { helpUri?: string } {
  const location = artifactLocation(joinRepoPath(pathPrefix, source));
  if (location.uriBaseId === undefined) return { helpUri: location.uri };
  return helpBase ? { helpUri: new URL('custom-rules.md', helpBase).href } : {};
}

function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(evaluation: Evaluation, options: SarifOptions = {}): string {
  return [...sarifChunks(evaluation, options)].join('');
}

/** The SARIF log as chunks (see formatSarif), so a large log is written as it is made. */
export function* sarifChunks(evaluation: Evaluation, options: SarifOptions = {}): Generator<string> {
  yield* jsonTextChunks(toSarif(evaluation, options));
  yield '\n';
}
