// Replays .github/workflows/self-test.yml locally: its checkout becomes a real git clone of the example,
// its `uses: ./` step starts what action.yml names (runs.main on the runs.using runtime: Node 24) with
// the step's inputs over action.yml's defaults, against the fake GitHub, and its `run:` steps execute
// in bash with the step outputs substituted, as the runner would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { NODE24, loopbackFake, runBundle } from './bundle-runner.ts';
import type { BundleRun } from './bundle-runner.ts';
import type { FakeGitHub } from './fake-github.ts';
import { ROOT, SIX_SITES, TOKEN, git } from './harness.ts';
import type { Workspace } from './harness.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  'continue-on-error'?: boolean;
}
interface ActionYml {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; main: string };
}

const workflow = load(readFileSync(join(ROOT, '.github', 'workflows', 'self-test.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

let ws: Workspace;
let fake: FakeGitHub;
beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'changegate-self-test-'));
  ws = { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  fake = await loopbackFake();
});
afterEach(() => {
  ws.cleanup();
  expect(fake.violations).toEqual([]);
});

/** `${{ steps.ID.outputs.NAME }}` from earlier steps; any other expression is not something we replay. */
function substitute(text: string, outputs: Map<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_whole, expression: string) => {
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    const value = m ? outputs.get(m[1]!)?.[m[2]!] : undefined;
    if (value === undefined) throw new Error(`the replay does not know \${{ ${expression} }}`);
    return value;
  });
}

it('runs the self-test workflow: the Action from this repository blocks the example on Node 24', async () => {
  expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'merge_group']));
  expect(action.runs.using).toBe('node24');
  const steps = workflow.jobs['action-self-test']!.steps;
  const outputs = new Map<string, Record<string, string>>();
  let gate: BundleRun | undefined;
  for (const step of steps) {
    if (step.uses?.startsWith('actions/checkout@')) {
      expect(step.with?.['fetch-depth']).toBe(0);
      mkdirSync(join(ws.dir, 'examples'));
      cpSync(SIX_SITES, join(ws.dir, 'examples', 'six-sites'), { recursive: true });
      git(ws, 'init', '-q', '-b', 'main');
      git(ws, 'add', '-A');
      git(ws, 'commit', '-qm', 'changegate');
    } else if (step.uses === './') {
      const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default === '${{ github.token }}' ? TOKEN : (spec.default ?? '')]));
      for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = String(value);
      const sha = git(ws, 'rev-parse', 'HEAD');
      gate = await runBundle(NODE24, fake, ws, { main: join(ROOT, action.runs.main), inputs, eventName: 'push', event: { ref: 'refs/heads/main', after: sha }, env: { GITHUB_SHA: sha } });
      if (!step['continue-on-error']) expect(gate.code, gate.stdout).toBe(0);
      outputs.set(step.id ?? '', gate.outputs);
    } else if (step.run !== undefined) {
      const script = substitute(step.run, outputs);
      const result = spawnSync('bash', ['-e', '-c', script], { cwd: ws.dir, encoding: 'utf8' });
      expect(result.status, `${script}\n${result.stdout}${result.stderr}`).toBe(0);
    } else {
      throw new Error(`the replay does not know step ${JSON.stringify(step)}`);
    }
  }
  expect(gate?.code).toBe(1);
  expect(fake.checkRuns).toHaveLength(1);
  expect(fake.checkRuns[0]).toMatchObject({ name: 'changegate self-test', conclusion: 'failure' });
  expect(fake.comments).toHaveLength(0);
  expect(fake.calls('pulls/list')).toHaveLength(0);
});

it('documents a workflow whose job differs from the check name, with a merge_group trigger and only declared inputs', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'github-action.md'), 'utf8');
  const block = /```yaml\n(name: changegate\n[\s\S]*?)```/.exec(doc)?.[1];
  expect(block).toBeDefined();
  const documented = load(block!) as { on: Record<string, unknown>; jobs: Record<string, { name?: string; steps: Step[] }> };
  expect(Object.keys(documented.on)).toEqual(['pull_request', 'merge_group']);
  const [[jobId, job]] = Object.entries(documented.jobs) as [[string, { name?: string; steps: Step[] }]];
  const step = job.steps.find((s) => s.uses?.includes('/changegate@'))!;
  const checkName = String(step.with?.['check-name'] ?? action.inputs['check-name']!.default);
  expect(jobId).not.toBe(checkName);
  expect(job.name ?? jobId).not.toBe(checkName);
  expect(Object.keys(step.with ?? {}).filter((name) => !(name in action.inputs))).toEqual([]);
  const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
  expect(checkout.with?.['fetch-depth']).toBe(0);
});
