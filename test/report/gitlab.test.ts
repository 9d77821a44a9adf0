// `--format gitlab`: GitLab's Code Quality report. Checked against the fields GitLab's documentation
// ("Code Quality report format") requires of every issue, against the fingerprints SARIF gives the same
// findings, and for paths relative to the project root when the network lives in a subfolder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { readFolder } from '../../src/source/folder.ts';
import { evaluate } from '../default-pack.ts';
import { CODE_QUALITY_SEVERITY, toCodeQuality } from '../../src/report/gitlab.ts';
import { FINGERPRINT_KEY, toSarif } from '../../src/report/sarif.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-27T09:00:00+01:00';
const INCIDENT_CR = 'changes/CR-2026-0601-reconnection-all-sites.yaml';

/**
 * What GitLab's documentation requires of each issue: description, check_name, fingerprint, severity
 * (one of info, minor, major, critical, blocker), location.path and location.lines.begin (or
 * location.positions.begin.line); the report is a JSON array of issues.
 */
const GITLAB_REQUIRED = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./|\\.\\./)' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => {}, env: {}, cwd, isTTY: false, now: () => Date.parse(AS_OF) };
  const code = await main(argv, io);
  return { code, stdout };
}

let project: string;
beforeAll(() => {
  // A project whose network repository lives in a subfolder, as a git clone.
  project = mkdtempSync(join(tmpdir(), 'changegate-codequality-'));
  cpSync(join(ROOT, 'examples', 'six-sites'), join(project, 'ops', 'network'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: project });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('--format gitlab', () => {
  it('writes the fields GitLab requires, with the severities mapped and the exit code of the verdict', async () => {
    const { code, stdout } = await cli(['check', 'ops/network', '--format', 'gitlab', '--as-of', AS_OF], project);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout) as Record<string, unknown>[];
    const validate = new Ajv({ allErrors: true }).compile(GITLAB_REQUIRED);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues.length).toBeGreaterThan(0);
    expect(CODE_QUALITY_SEVERITY).toEqual({ error: 'blocker', warning: 'major', notice: 'info' });
    expect(new Set(issues.map((i) => i.severity))).toContain('blocker');
  });

  it('gives paths relative to the project root, run from the root or from inside the subfolder', async () => {
    const fromRoot = JSON.parse((await cli(['check', 'ops/network', '--format', 'gitlab', '--as-of', AS_OF], project)).stdout) as { location: { path: string } }[];
    const fromInside = JSON.parse((await cli(['check', '.', '--format', 'gitlab', '--as-of', AS_OF], join(project, 'ops', 'network'))).stdout) as { location: { path: string } }[];
    const fromElsewhere = JSON.parse((await cli(['check', join(project, 'ops', 'network'), '--format', 'gitlab', '--as-of', AS_OF], ROOT)).stdout) as { location: { path: string } }[];
    expect(fromRoot.some((i) => i.location.path === `ops/network/${INCIDENT_CR}`)).toBe(true);
    expect(fromInside).toEqual(fromRoot);
    expect(fromElsewhere).toEqual(fromRoot);
  });

  it('puts each finding on its lines with the fingerprint SARIF gives it', () => {
    const snapshot = readFolder(join(project, 'ops', 'network'));
    const evaluation = evaluate(snapshot.files, { asOf: Date.parse(AS_OF), refused: snapshot.refused });
    const issues = toCodeQuality(evaluation, { pathPrefix: 'ops/network' });
    const sarif = toSarif(evaluation, { pathPrefix: 'ops/network' });
    const results = sarif.runs[0]!.results.filter((r) => !('suppressions' in r));
    expect(issues).toHaveLength(results.length);
    issues.forEach((issue, i) => {
      const result = results[i]!;
      const finding = evaluation.findings[i]!;
      expect(issue.fingerprint).toBe(result.partialFingerprints[FINGERPRINT_KEY]);
      expect(issue.check_name).toBe(`changegate/${result.ruleId}`);
      const region = result.locations?.[0]?.physicalLocation.region;
      if (region) {
        expect(issue.location.lines).toEqual({ begin: region.startLine, end: region.endLine });
        expect(issue.location.path).toBe(`ops/network/${finding.file}`);
      } else {
        // A finding about the repository as a whole is shown on the config file.
        expect(issue.location).toEqual({ path: 'ops/network/changegate.yaml', lines: { begin: 1, end: 1 } });
      }
    });
  });

  it('leaves waived findings out and keeps control characters out of descriptions', () => {
    const snapshot = readFolder(join(project, 'ops', 'network'));
    const evaluation = evaluate(snapshot.files, { asOf: Date.parse(AS_OF), refused: snapshot.refused });
    const first = evaluation.findings[0]!;
    const hostile = { ...evaluation, findings: [{ ...first, message: 'line one\nline two \u001b[31mred\u001b[0m' }], waived: [{ ...first, waivedBy: 'W-1' }] };
    const issues = toCodeQuality(hostile, { pathPrefix: '' });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.description).toBe('line one line two red');
  });
});
