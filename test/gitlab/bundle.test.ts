// The bundled CLI (dist/cli.js, built by esbuild with gitbeaker inside) as a real process in a GitLab CI
// job: it talks to the fake GitLab on loopback over real HTTP and exits with the verdict's code.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitLab, PROJECT_ID } from './fake-gitlab.ts';
import { AS_OF, BOT, INCIDENT_CR, MR_IID, ROOT, TOKEN, ciEnv, cloneWithIncident } from './harness.ts';
import type { Clone } from './harness.ts';

let fake: FakeGitLab;
let clone: Clone;
beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: ROOT, stdio: 'pipe' });
  fake = await new FakeGitLab().start();
  fake.tokens.set(TOKEN, { username: BOT, scopes: ['api'] });
  clone = cloneWithIncident();
  const own = `network/${INCIDENT_CR}`;
  fake.mergeRequests.push({ iid: MR_IID, title: 'this one', sha: clone.headSha, targetBranch: 'main', sourceProjectId: PROJECT_ID, updatedAt: '2026-11-26T10:00:00Z', author: 'a.engineer', files: { [own]: readFileSync(join(clone.dir, own), 'utf8') } });
});
afterAll(async () => {
  await fake.stop();
  clone.cleanup();
});

/** Runs the binary without blocking this process's event loop (the fake GitLab answers from it). */
function changegate(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run(process.execPath, [join(ROOT, 'bin', 'changegate.js'), ...args], env, cwd);
}

function run(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dist/cli.js gitlab', () => {
  it('holds gitbeaker (no import left to node_modules) and posts the note from a real process', async () => {
    // dist/cli.js and the chunks it loads on demand (the GitLab client is one of them).
    const files = ['cli.js', ...readdirSync(join(ROOT, 'dist')).filter((name) => /^cli-chunk-.+\.js$/.test(name))];
    expect(files.some((file) => readFileSync(join(ROOT, 'dist', file), 'utf8').includes('@gitbeaker/core'))).toBe(true);
    for (const file of files) expect(readFileSync(join(ROOT, 'dist', file), 'utf8')).not.toMatch(/(?:from|import\(|require\()\s*["']@gitbeaker\//);

    const outcome = await changegate(['gitlab', 'network', '--as-of', AS_OF, '--codequality', 'gl-code-quality-report.json'], ciEnv(fake, clone), clone.dir);
    expect(outcome.stderr).toMatch(/merge request note created/);
    expect(outcome.code).toBe(1);
    expect(fake.notes).toHaveLength(1);
    expect(fake.notes[0]!.body).toContain('changegate: FAIL');
    expect(JSON.parse(readFileSync(join(clone.dir, 'gl-code-quality-report.json'), 'utf8')).length).toBeGreaterThan(0);
    expect(fake.violations).toEqual([]);
  });
});

interface TemplateJob {
  image: string;
  variables: Record<string, string>;
  rules: { if: string }[];
  before_script: string[];
  script: string[];
  artifacts: { when: string; paths: string[]; reports: { codequality: string; junit: string } };
}

describe('ci/gitlab/changegate.gitlab-ci.yml', () => {
  it('runs in merge-request pipelines, uploads both reports even on failure, and its script works as the runner runs it', async () => {
    const template = load(readFileSync(join(ROOT, 'ci', 'gitlab', 'changegate.gitlab-ci.yml'), 'utf8')) as { changegate: TemplateJob };
    const job = template.changegate;
    expect(job.rules.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(job.variables.GIT_DEPTH).toBe('0');
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'changegate-junit.xml' });

    // The job's script, run by bash with the job's variables (the network in network/), and `changegate`
    // on PATH as the before_script's npm install puts it there.
    const bin = mkdtempSync(join(tmpdir(), 'changegate-bin-'));
    try {
      writeFileSync(join(bin, 'changegate'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'changegate.js')}" "$@"\n`);
      chmodSync(join(bin, 'changegate'), 0o755);
      const env: Record<string, string> = { ...ciEnv(fake, clone), ...job.variables, CHANGEGATE_PATH: 'network', CHANGEGATE_ARGS: `--as-of ${AS_OF}` };
      env.PATH = `${bin}:${env.PATH}`;
      const notesBefore = fake.notes.length;
      const outcome = await run('bash', ['-e', '-c', job.script.join('\n')], env, clone.dir);
      expect(outcome.code).toBe(1);
      for (const path of job.artifacts.paths) expect(existsSync(join(clone.dir, path))).toBe(true);
      expect(fake.notes).toHaveLength(Math.max(notesBefore, 1));
      expect(outcome.stderr).toMatch(/merge request note (created|updated|unchanged)/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
