// Runs the Action's bundle as the runner does: a separate process (`node dist/index.js`, or what
// action.yml's runs.main names) in a workspace, configured only through the runner's environment, talking
// to the fake GitHub served over HTTP on 127.0.0.1.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FakeGitHub } from './fake-github.ts';
import { ROOT, TOKEN, parseOutputs, payload } from './harness.ts';
import type { Workspace } from './harness.ts';

const BUNDLE = join(ROOT, 'dist', 'index.js');
export const NODE24 = join(ROOT, '.build', 'node24', 'bin', 'node');

/** Serves the fake over HTTP so a separate process can reach it. */
export async function serve(fake: FakeGitHub): Promise<{ close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
      const headers = Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string'));
      void fake.fetch(`${fake.baseUrl.replace(/\/api\/v3$/, '')}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) }).then(async (response) => {
        const out: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          out[name] = value;
        });
        res.writeHead(response.status, out);
        res.end(await response.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(fake.port, '127.0.0.1', resolve));
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A fake GitHub at a free loopback port, with a GitHub Enterprise Server style API root. */
export async function loopbackFake(): Promise<FakeGitHub> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return new FakeGitHub(`http://127.0.0.1:${port}/api/v3`);
}

export interface BundleRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

export interface BundleOptions {
  eventName?: string;
  event?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The file runs.main names (dist/index.js by default). */
  main?: string;
}

/** Starts the bundle as the runner does: `node <main>` in the workspace, with the runner's environment. */
export async function runBundle(node: string, fake: FakeGitHub, ws: Workspace, options: BundleOptions = {}): Promise<BundleRun> {
  const server = await serve(fake);
  try {
    const eventPath = join(ws.dir, '.event.json');
    writeFileSync(eventPath, JSON.stringify(options.event ?? payload('opened')));
    const summary = join(ws.dir, '.summary.md');
    const output = join(ws.dir, '.output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const inputs: Record<string, string> = { token: TOKEN, sarif: 'changegate.sarif', ...options.inputs };
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: '0000000000000000000000000000000000000001',
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_API_URL: fake.baseUrl,
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_RUN_ID: '7',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: ws.dir,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...options.env,
    };
    const child = spawn(node, [options.main ?? BUNDLE], { cwd: ws.dir, env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout, summary: readFileSync(summary, 'utf8'), outputs: parseOutputs(readFileSync(output, 'utf8')) };
  } finally {
    await server.close();
  }
}
