// The real I/O of the Action on a runner: process environment, the event payload file, the GitHub
// client built from the `token` input and GITHUB_API_URL, the node file system and stdout.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFolder } from '../source/folder.ts';
import { createGitHubClient } from './client.ts';
import { readInputs } from './inputs.ts';
import type { ActionDeps } from './main.ts';
import { escapeCommandData } from '../report/github.ts';

export function productionDeps(): ActionDeps {
  const env = process.env;
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new Error('GITHUB_EVENT_PATH is not set: this Action runs inside a GitHub Actions workflow');
  const event: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
  const stdout = (text: string) => {
    process.stdout.write(text);
  };
  const github = createGitHubClient({
    token: readInputs(env).token,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    log: (line) => stdout(`::warning::${escapeCommandData(`GitHub API: ${line}`)}\n`),
  });
  return {
    env,
    event,
    github,
    fs: {
      readFolder,
      writeFile: (path, text) => writeFileSync(path, text),
      appendFile: (path, text) => appendFileSync(path, text),
      mkdir: (path) => mkdirSync(path, { recursive: true }),
    },
    stdout,
    now: () => Date.now(),
    cwd: process.cwd(),
  };
}
