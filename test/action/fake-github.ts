// A fake GitHub REST API, handed to octokit as its `fetch`. Every request is first checked against
// GitHub's OpenAPI description (openapi.ts); a request that does not match is recorded as a violation
// and answered 422, as GitHub would, so the test fails twice over. The state (check runs, comments,
// pull requests, files) is plain data the tests set up and inspect; faults are queued per route.
import { createGitHubClient } from '../../src/action/client.ts';
import type { GitHubClient } from '../../src/action/client.ts';
import { OpenApiValidator } from './openapi.ts';

let sharedValidator: OpenApiValidator | undefined;
export function openApi(): OpenApiValidator {
  sharedValidator ??= new OpenApiValidator();
  return sharedValidator;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  operationId: string | undefined;
  body: unknown;
  authorization: string | null;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | undefined;
  output: { title?: string; summary?: string };
  annotations: Record<string, unknown>[];
  external_id?: string;
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  login: string;
  type: 'User' | 'Bot';
}

export interface PullFixture {
  number: number;
  title: string;
  headSha: string;
  base: string;
  updatedAt: string;
  /** Changed files: path -> content at the head (null for a removed file). */
  files: Record<string, string | null>;
}

export interface Review {
  pull: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
}

interface Fault {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The request is applied as usual, then this answer replaces the real one (a lost answer). */
  applied?: boolean;
}

/** A 502 from a proxy after GitHub applied the write: the answer is lost, the effect is not. */
export const LOST_ANSWER: Fault = { status: 502, body: { message: 'Bad Gateway' }, applied: true };

const OWNER_REPO = /^\/repos\/([^/]+)\/([^/]+)/;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Seconds the client was asked to wait, in order (the fake's client records instead of sleeping). */
  readonly waits: number[] = [];
  readonly violations: string[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly comments: Comment[] = [];
  readonly pulls: PullFixture[] = [];
  /** The login the token belongs to; undefined behaves like GITHUB_TOKEN (GET /user is refused). */
  userLogin: string | undefined;
  /** Login that comments are created as. */
  commenter = 'github-actions[bot]';
  /** Reviews of pull requests, oldest first (as GitHub lists them). */
  readonly reviews: Review[] = [];
  /** Commits of each pull request, oldest first. */
  readonly pullCommits = new Map<number, string[]>();
  /** For a path, the commits that changed it, newest first (what GET /commits?path= answers). */
  readonly pathHistory = new Map<string, string[]>();
  /** Active members of "org/team-slug". */
  readonly teamMembers = new Map<string, string[]>();
  private nextId = 1000;
  private readonly faults = new Map<string, Fault[]>();

  constructor(readonly baseUrl = 'https://api.github.com') {}

  /** The port of baseUrl, for serving the fake over HTTP. */
  get port(): number {
    return Number(new URL(this.baseUrl).port);
  }

  /** Queues responses for an operation (by operationId, e.g. "checks/create"), served before normal handling. */
  fail(operationId: string, ...faults: Fault[]): void {
    this.faults.set(operationId, [...(this.faults.get(operationId) ?? []), ...faults]);
  }

  addComments(issue: number, count: number, login = 'someone', body = (i: number) => `comment ${i}`): void {
    for (let i = 0; i < count; i++) this.comments.push({ id: this.nextId++, issue, body: body(i), login, type: 'User' });
  }

  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  /** An octokit configured like the Action's, talking to this fake, without real waiting. */
  client(log: (line: string) => void = () => {}): GitHubClient {
    return createGitHubClient({
      token: 'ghs_faketoken0123456789',
      baseUrl: this.baseUrl,
      log,
      fetch: this.fetch,
      timing: {
        sleep: async (seconds) => {
          this.waits.push(seconds);
        },
        writeSpacingMs: 0,
      },
    });
  }

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers);
    const text = typeof init?.body === 'string' ? init.body : init?.body ? new TextDecoder().decode(init.body as ArrayBuffer) : undefined;
    let body: unknown;
    try {
      body = text === undefined || text === '' ? undefined : JSON.parse(text);
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
    }
    const base = new URL(this.baseUrl);
    const pathname = url.pathname.startsWith(base.pathname.replace(/\/$/, '') + '/') ? url.pathname.slice(base.pathname.replace(/\/$/, '').length) : url.pathname;
    const local = new URL(pathname + url.search, 'https://api.github.com');
    if (url.origin !== base.origin) this.violations.push(`${method} ${url.href}: request left the configured API root ${this.baseUrl}`);
    const check = openApi().check(method, local, body);
    this.requests.push({ method, url: local, operationId: check.operationId, body, authorization: headers.get('authorization'), at: Date.now() });
    if (check.problems.length > 0) {
      this.violations.push(`${method} ${local.pathname}${local.search} (${check.operationId ?? 'unknown'}): ${check.problems.join('; ')}`);
      return json(422, { message: 'Validation Failed', errors: check.problems });
    }
    const fault = this.faults.get(check.operationId ?? '')?.shift();
    if (fault?.applied) this.handle(method, local, check.operationId ?? '', body as Record<string, unknown> | undefined);
    if (fault) return json(fault.status, fault.body, fault.headers);
    return this.handle(method, local, check.operationId ?? '', body as Record<string, unknown> | undefined);
  };

  private handle(method: string, url: URL, operationId: string, body: Record<string, unknown> | undefined): Response {
    const [, owner = '', repo = ''] = OWNER_REPO.exec(url.pathname) ?? [];
    const html = `https://github.com/${owner}/${repo}`;
    const segments = url.pathname.split('/');
    const last = segments[segments.length - 1] ?? '';
    switch (operationId) {
      case 'users/get-authenticated':
        return this.userLogin ? json(200, { login: this.userLogin, id: 1, type: 'User' }) : json(403, { message: 'Resource not accessible by integration' });
      case 'checks/create': {
        const output = (body?.output ?? {}) as { title?: string; summary?: string; annotations?: Record<string, unknown>[] };
        const run: CheckRun = {
          id: this.nextId++,
          name: String(body?.name),
          head_sha: String(body?.head_sha),
          status: String(body?.status ?? 'queued'),
          conclusion: body?.conclusion as string | undefined,
          output: { title: output.title, summary: output.summary },
          annotations: [...(output.annotations ?? [])],
          ...(typeof body?.external_id === 'string' ? { external_id: body.external_id } : {}),
        };
        this.checkRuns.push(run);
        return json(201, checkRunJson(run, html));
      }
      case 'checks/get': {
        const run = this.checkRuns.find((r) => r.id === Number(last));
        return run ? json(200, checkRunJson(run, html)) : json(404, { message: 'Not Found' });
      }
      case 'checks/list-for-ref': {
        const ref = segments[5];
        const name = url.searchParams.get('check_name');
        const runs = this.checkRuns.filter((r) => r.head_sha === ref && (name === null || r.name === name)).reverse();
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        return json(200, { total_count: runs.length, check_runs: runs.slice((page - 1) * perPage, page * perPage).map((r) => checkRunJson(r, html)) });
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(last));
        if (!run) return json(404, { message: 'Not Found' });
        const output = (body?.output ?? {}) as { title?: string; summary?: string; annotations?: Record<string, unknown>[] };
        run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary };
        run.annotations.push(...(output.annotations ?? []));
        return json(200, { id: run.id, html_url: `${html}/runs/${run.id}` });
      }
      case 'issues/list-comments': {
        const issue = Number(segments[5]);
        return this.page(url, this.comments.filter((c) => c.issue === issue).map((c) => commentJson(c, html)));
      }
      case 'issues/create-comment': {
        const comment: Comment = { id: this.nextId++, issue: Number(segments[5]), body: String(body?.body), login: this.commenter, type: 'Bot' };
        this.comments.push(comment);
        return json(201, commentJson(comment, html));
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((c) => c.id === Number(last));
        if (index < 0) return json(404, { message: 'Not Found' });
        this.comments.splice(index, 1);
        return new Response(null, { status: 204 });
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(last));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = String(body?.body);
        return json(200, commentJson(comment, html));
      }
      case 'pulls/list': {
        const state = url.searchParams.get('state') ?? 'open';
        const baseRef = url.searchParams.get('base');
        const pulls = state === 'closed' ? [] : this.pulls.filter((p) => baseRef === null || p.base === baseRef);
        return this.page(
          url,
          pulls.map((p) => ({
            number: p.number,
            title: p.title,
            state: 'open',
            html_url: `${html}/pull/${p.number}`,
            updated_at: p.updatedAt,
            head: { sha: p.headSha, ref: `branch-${p.number}` },
            base: { ref: p.base },
          })),
        );
      }
      case 'pulls/list-files': {
        const pull = this.pulls.find((p) => p.number === Number(segments[5]));
        if (!pull) return json(404, { message: 'Not Found' });
        return this.page(
          url,
          Object.entries(pull.files).map(([filename, content]) => ({ sha: 'abc', filename, status: content === null ? 'removed' : 'modified', additions: 1, deletions: 0, changes: 1 })),
        );
      }
      case 'pulls/list-reviews': {
        const pull = Number(segments[5]);
        return this.page(
          url,
          this.reviews
            .map((r, i) => ({ r, id: 500 + i }))
            .filter(({ r }) => r.pull === pull)
            .map(({ r, id }) => ({
              id,
              node_id: `PRR_${id}`,
              user: { login: r.login, id: 7000 + id, type: 'User' },
              body: '',
              state: r.state,
              html_url: `${html}/pull/${pull}#pullrequestreview-${id}`,
              pull_request_url: `${this.baseUrl}/repos/${owner}/${repo}/pulls/${pull}`,
              _links: { html: { href: `${html}/pull/${pull}#pullrequestreview-${id}` }, pull_request: { href: `${this.baseUrl}/repos/${owner}/${repo}/pulls/${pull}` } },
              submitted_at: '2026-11-20T10:00:00Z',
              commit_id: r.commitId,
              author_association: 'MEMBER',
            })),
        );
      }
      case 'pulls/list-commits': {
        const shas = this.pullCommits.get(Number(segments[5])) ?? [];
        return this.page(url, shas.map((sha) => ({ sha, commit: { message: `commit ${sha.slice(0, 7)}` }, parents: [] })));
      }
      case 'repos/list-commits': {
        const path = url.searchParams.get('path') ?? '';
        const shas = this.pathHistory.get(path) ?? [];
        return this.page(url, shas.map((sha) => ({ sha, commit: { message: `commit ${sha.slice(0, 7)}` }, parents: [] })));
      }
      case 'teams/get-membership-for-user-in-org': {
        const team = `${segments[2]}/${segments[4]}`;
        const user = segments[6] ?? '';
        return (this.teamMembers.get(team) ?? []).some((m) => m.toLowerCase() === user.toLowerCase())
          ? json(200, { url: `${this.baseUrl}/teams/1/memberships/${user}`, role: 'member', state: 'active' })
          : json(404, { message: 'Not Found' });
      }
      case 'repos/get-content': {
        const path = decodeURIComponent(url.pathname.replace(/^\/repos\/[^/]+\/[^/]+\/contents\//, ''));
        const ref = url.searchParams.get('ref');
        const pull = this.pulls.find((p) => p.headSha === ref);
        const content = pull?.files[path];
        if (content === undefined || content === null) return json(404, { message: 'Not Found' });
        return json(200, { type: 'file', encoding: 'base64', name: path.split('/').pop(), path, size: content.length, sha: 'abc', content: Buffer.from(content).toString('base64') });
      }
      default:
        this.violations.push(`the fake GitHub does not implement ${operationId} (${method} ${url.pathname})`);
        return json(501, { message: `fake GitHub: ${operationId} not implemented` });
    }
  }

  /** GitHub-style pagination: per_page (default 30, max 100), page, and a Link header. */
  private page(url: URL, items: unknown[]): Response {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.href, this.baseUrl.replace(/\/$/, '') + '/');
      next.pathname = new URL(this.baseUrl).pathname.replace(/\/$/, '') + url.pathname;
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return json(200, slice, headers);
  }
}

function checkRunJson(run: CheckRun, html: string) {
  return {
    id: run.id,
    html_url: `${html}/runs/${run.id}`,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion ?? null,
    external_id: run.external_id ?? null,
    output: { title: run.output.title ?? null, summary: run.output.summary ?? null, text: null, annotations_count: run.annotations.length, annotations_url: `${html}/check-runs/${run.id}/annotations` },
  };
}

function commentJson(c: Comment, html: string) {
  return { id: c.id, body: c.body, user: { login: c.login, id: 1, type: c.type }, html_url: `${html}/issues/${c.issue}#issuecomment-${c.id}` };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}
