// The committed bundle (dist/index.js, what `runs.main` in action.yml starts) run as a real
// process against the fake GitHub served over HTTP on 127.0.0.1, configured only through the
// environment the runner provides: GITHUB_API_URL, GITHUB_EVENT_PATH, INPUT_*.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.ts';
import { ROOT, TOKEN, payload, sixSitesWorkspace } from './harness.ts';
import type { Workspace } from './harness.ts';

const BUNDLE = join(ROOT, 'dist', 'index.js');

let ws: Workspace;
beforeEach(() => {
  ws = sixSitesWorkspace();
});
afterEach(() => ws.cleanup());

/** Serves the fake over HTTP so a separate process can reach it. */
async function serve(current: () => FakeGitHub): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
      const headers = Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
      const fake = current();
      void fake.fetch(`${fake.baseUrl}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) }).then(async (response) => {
        const out: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          out[name] = value;
        });
        res.writeHead(response.status, out);
        res.end(await response.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('dist/index.js', () => {
  it('runs as the runner starts it: one failing check run on the PR head, one comment, job fails', async () => {
    let fake = new FakeGitHub();
    const server = await serve(() => fake);
    // The fake needs to know its own URL to validate paths and write Link headers.
    fake = new FakeGitHub(`${server.url}/api/v3`);
    try {
      const eventPath = join(ws.dir, '.event.json');
      writeFileSync(eventPath, JSON.stringify(payload('opened')));
      const summary = join(ws.dir, '.summary.md');
      writeFileSync(summary, '');
      const env = {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: '0000000000000000000000000000000000000001',
        GITHUB_WORKSPACE: ws.dir,
        // GitHub Enterprise Server style API root.
        GITHUB_API_URL: `${server.url}/api/v3`,
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_RUN_ID: '7',
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: ws.dir,
        INPUT_TOKEN: TOKEN,
        INPUT_SARIF: 'changegate.sarif',
      };
      const child = spawn(process.execPath, [BUNDLE], { cwd: ws.dir, env });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(fake.violations).toEqual([]);
      expect(code, stdout).toBe(1);
      expect(fake.checkRuns).toHaveLength(1);
      expect(fake.checkRuns[0]).toMatchObject({ head_sha: payload('opened').pull_request.head.sha, conclusion: 'failure' });
      expect(fake.comments).toHaveLength(1);
      expect(readFileSync(summary, 'utf8')).toContain('changegate: FAIL');
      expect(JSON.parse(readFileSync(join(ws.dir, 'changegate.sarif'), 'utf8')).version).toBe('2.1.0');
      expect(stdout).not.toContain(TOKEN);
    } finally {
      await server.close();
    }
  });
});
