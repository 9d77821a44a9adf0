// A fake GitLab REST API v4 on loopback: a real HTTP server on 127.0.0.1 that the real client talks to
// through the real fetch. It answers the endpoints changegate uses with the shapes GitLab's API
// documentation gives (typed here with gitbeaker's schema types, so a shape that drifts from them does
// not compile), paginates as GitLab does (Link, X-Page, X-Next-Page, X-Total headers, per_page at most
// 100), authenticates PRIVATE-TOKEN and JOB-TOKEN headers with scopes, and records every request. A
// request GitLab would refuse for its form (an unknown route, per_page over 100, an empty note body, no
// token) is recorded as a violation, so a test fails on it. Faults are queued per route; "lose" carries
// out a write and then drops the connection without an answer.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  ExpandedUserSchema,
  MergeRequestDiffSchema,
  MergeRequestDiffVersionsSchema,
  MergeRequestLevelMergeRequestApprovalSchema,
  MergeRequestNoteSchema,
  MergeRequestSchema,
  ProjectLevelMergeRequestApprovalSchema,
  RepositoryFileExpandedSchema,
  UserSchema,
} from '@gitbeaker/rest';

export interface RecordedRequest {
  method: string;
  /** Path below /api/v4, decoded per segment as GitLab routes it. */
  route: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  privateToken: string | undefined;
  jobToken: string | undefined;
}

export interface Fault {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Carry the request out, then drop the connection: the client never sees the answer. */
  lose?: boolean;
}

export interface TokenInfo {
  username: string;
  scopes: ('api' | 'read_api')[];
}

export interface FakeMergeRequest {
  iid: number;
  title: string;
  sha: string;
  targetBranch: string;
  sourceProjectId: number;
  updatedAt: string;
  author: string;
  /** Changed files: path -> content at the head (null for a deleted file). */
  files: Record<string, string | null>;
  approvedBy?: { username: string; approvedAt?: string }[];
  versions?: { headSha: string; createdAt: string }[];
}

type NoteAuthor = MergeRequestNoteSchema['author'];

export const PROJECT_ID = 42;
export const JOB_TOKEN = 'glcbt-64_fakejobtoken000000000';

function user(username: string, id: number): NoteAuthor {
  return { id, username, name: username.replace(/_/g, ' '), state: 'active', avatar_url: `https://gitlab.example/uploads/${username}.png`, web_url: `https://gitlab.example/${username}` };
}

export class FakeGitLab {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly notes: MergeRequestNoteSchema[] = [];
  readonly mergeRequests: FakeMergeRequest[] = [];
  readonly tokens = new Map<string, TokenInfo>();
  /** Project-level approval setting; undefined answers 403 as to a token without Maintainer rights. */
  resetApprovalsOnPush: boolean | undefined = true;
  /** Usernames GitLab marks as bots (`bot: true` in the user's profile). */
  readonly bots = new Set<string>();
  private readonly userIds = new Map<string, number>();
  private nextId = 5000;
  private readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  private clock = Date.parse('2026-11-27T08:00:00Z');

  /** API root as CI_API_V4_URL gives it, e.g. http://127.0.0.1:PORT/gitlab/api/v4 (a relative URL root). */
  apiUrl = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.serve(req, res).catch((err: unknown) => {
        this.violations.push(`fake GitLab crashed: ${String(err)}`);
        res.destroy();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}/gitlab/api/v4`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  /** Queues answers for a route key such as "POST notes", served before normal handling. */
  fail(route: string, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  calls(route: string): RecordedRequest[] {
    return this.requests.filter((r) => `${r.method} ${routeKey(r.route)}` === route);
  }

  userId(username: string): number {
    let id = this.userIds.get(username);
    if (id === undefined) {
      id = 100 + this.userIds.size;
      this.userIds.set(username, id);
    }
    return id;
  }

  addNote(iid: number, username: string, body: string, system = false): MergeRequestNoteSchema {
    const at = new Date((this.clock += 60_000)).toISOString();
    const note: MergeRequestNoteSchema = {
      id: this.nextId++,
      body,
      attachment: null,
      author: user(username, this.userId(username)),
      created_at: at,
      updated_at: at,
      system,
      noteable_id: 9000 + iid,
      noteable_type: 'MergeRequest',
      noteable_iid: iid,
      project_id: PROJECT_ID,
      resolvable: false,
    };
    this.notes.push(note);
    return note;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = '/gitlab/api/v4/';
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
      if (req.headers['content-type'] !== 'application/json') this.violations.push(`${method} ${url.pathname}: a body without content-type application/json`);
    }
    // GitLab routes on the raw path: a file path is one URL-encoded segment.
    const route = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const recorded: RecordedRequest = {
      method,
      route,
      path: url.pathname,
      query: url.searchParams,
      body,
      privateToken: header(req, 'private-token'),
      jobToken: header(req, 'job-token'),
    };
    this.requests.push(recorded);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      if (status === 204) {
        // No Content: GitLab's answer to a deletion, without a body.
        res.writeHead(204, headers);
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    if (route === '') {
      this.violations.push(`${method} ${url.pathname}: outside the API root`);
      return send(404, { message: '404 Not Found' });
    }
    const perPage = url.searchParams.get('per_page');
    if (perPage !== null && (!/^\d+$/.test(perPage) || Number(perPage) > 100 || Number(perPage) < 1)) this.violations.push(`${method} ${route}: per_page=${perPage} (GitLab allows 1-100)`);

    // Authentication, as GitLab does it: a token that is unknown is 401; a read-only token writing is 403.
    const token = recorded.privateToken !== undefined ? this.tokens.get(recorded.privateToken) : undefined;
    const isJob = recorded.jobToken === JOB_TOKEN;
    if (recorded.privateToken === undefined && recorded.jobToken === undefined) this.violations.push(`${method} ${route}: no token`);
    if (!token && !isJob) return send(401, { message: '401 Unauthorized' });

    const key = `${method} ${routeKey(route)}`;
    const fault = this.faults.get(key)?.shift();
    if (fault && !fault.lose) return send(fault.status ?? 500, fault.body ?? { message: 'fault' }, fault.headers);

    const answer = this.handle(method, route, url.searchParams, body, token, isJob, send);
    if (fault?.lose) {
      // The write happened; the answer never arrives.
      res.destroy();
      return;
    }
    answer();
  }

  /** Carries the request out and returns the function that sends the answer. */
  private handle(
    method: string,
    route: string,
    query: URLSearchParams,
    body: unknown,
    token: TokenInfo | undefined,
    isJob: boolean,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): () => void {
    const segments = route.split('/');
    const key = routeKey(route);
    const write = method !== 'GET';
    if (isJob && (key === 'user' || write)) {
      // CI_JOB_TOKEN reaches only the endpoints GitLab lists for job tokens; notes and /user are not among them.
      return () => send(key === 'user' ? 401 : 403, { message: key === 'user' ? '401 Unauthorized' : '403 Forbidden' });
    }
    if (write && token && !token.scopes.includes('api')) {
      return () => send(403, { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api' });
    }
    if (segments[0] === 'projects' && segments[1] !== String(PROJECT_ID) && key !== 'file') {
      return () => send(404, { message: '404 Project Not Found' });
    }
    const iid = Number(segments[3]);
    switch (`${method} ${key}`) {
      case 'GET user': {
        const me = token!;
        const u: Partial<ExpandedUserSchema> = { ...user(me.username, this.userId(me.username)), bot: me.username.includes('_bot'), created_at: '2026-01-01T00:00:00Z' };
        return () => send(200, u);
      }
      case 'GET user by id': {
        const id = Number(segments[1]);
        const username = [...this.userIds].find(([, known]) => known === id)?.[0];
        if (username === undefined) return () => send(404, { message: '404 User Not Found' });
        const u: Partial<UserSchema> = { ...user(username, id), bot: this.bots.has(username), locked: false, bio: '' };
        return () => send(200, u);
      }
      case 'GET notes': {
        if (query.get('sort') !== null && !['asc', 'desc'].includes(query.get('sort')!)) this.violations.push(`GET notes: sort=${query.get('sort')}`);
        if (query.get('order_by') !== null && !['created_at', 'updated_at'].includes(query.get('order_by')!)) this.violations.push(`GET notes: order_by=${query.get('order_by')}`);
        let list = this.notes.filter((n) => n.noteable_iid === iid);
        if (query.get('sort') !== 'asc') list = [...list].reverse();
        return () => this.page(list, query, route, send);
      }
      case 'POST notes': {
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text.trim() === '') {
          this.violations.push('POST notes: body is required');
          return () => send(400, { message: '400 Bad request - body is missing' });
        }
        if (text.length > 1_000_000) return () => send(400, { message: { note: ['is too long (maximum is 1000000 characters)'] } });
        const note = this.addNote(iid, token!.username, text);
        return () => send(201, note);
      }
      case 'PUT note': {
        const note = this.notes.find((n) => n.id === Number(segments[5]) && n.noteable_iid === iid);
        if (!note) return () => send(404, { message: '404 Not found' });
        if (note.author.username !== token!.username) return () => send(403, { message: '403 Forbidden' });
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text.trim() === '') {
          this.violations.push('PUT note: body is required');
          return () => send(400, { message: '400 Bad request - body is missing' });
        }
        note.body = text;
        note.updated_at = new Date((this.clock += 60_000)).toISOString();
        return () => send(200, note);
      }
      case 'DELETE note': {
        const index = this.notes.findIndex((n) => n.id === Number(segments[5]) && n.noteable_iid === iid);
        if (index < 0) return () => send(404, { message: '404 Not found' });
        if (this.notes[index]!.author.username !== token!.username) return () => send(403, { message: '403 Forbidden' });
        this.notes.splice(index, 1);
        return () => send(204, null);
      }
      case 'GET merge_requests': {
        if (query.get('state') !== 'opened') this.violations.push(`GET merge_requests: expected state=opened, got ${query.get('state')}`);
        const target = query.get('target_branch');
        const list = this.mergeRequests
          .filter((m) => target === null || m.targetBranch === target)
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
          .map((m) => this.mergeRequestJson(m));
        return () => this.page(list, query, route, send);
      }
      case 'GET merge_request': {
        const mr = this.mergeRequests.find((m) => m.iid === iid);
        return () => (mr ? send(200, this.mergeRequestJson(mr)) : send(404, { message: '404 Not found' }));
      }
      case 'GET diffs': {
        const mr = this.mergeRequests.find((m) => m.iid === iid);
        if (!mr) return () => send(404, { message: '404 Not found' });
        const diffs: MergeRequestDiffSchema[] = Object.entries(mr.files).map(([path, content]) => ({
          old_path: path,
          new_path: path,
          a_mode: content === null ? '100644' : '0',
          b_mode: content === null ? '0' : '100644',
          new_file: content !== null,
          renamed_file: false,
          deleted_file: content === null,
          diff: content === null ? '' : `@@ -0,0 +1 @@\n+${content.split('\n')[0] ?? ''}\n`,
        }));
        return () => this.page(diffs, query, route, send);
      }
      case 'GET file': {
        const path = decodeURIComponent(segments[4] ?? '');
        const ref = query.get('ref');
        if (!ref) this.violations.push(`GET file ${path}: ref is required`);
        const mr = this.mergeRequests.find((m) => String(m.sourceProjectId) === segments[1] && m.sha === ref && typeof m.files[path] === 'string');
        if (!mr) return () => send(404, { message: '404 File Not Found' });
        const content = mr.files[path]!;
        const file: RepositoryFileExpandedSchema = {
          file_name: path.split('/').pop() ?? path,
          file_path: path,
          size: Buffer.byteLength(content),
          encoding: 'base64',
          content: Buffer.from(content).toString('base64'),
          content_sha256: '0'.repeat(64),
          ref: ref ?? '',
          blob_id: 'b'.repeat(40),
          commit_id: mr.sha,
          last_commit_id: mr.sha,
        };
        return () => send(200, file);
      }
      case 'GET mr approvals': {
        const mr = this.mergeRequests.find((m) => m.iid === iid);
        if (!mr) return () => send(404, { message: '404 Not found' });
        const state: MergeRequestLevelMergeRequestApprovalSchema = {
          id: 9000 + mr.iid,
          iid: mr.iid,
          project_id: PROJECT_ID,
          title: mr.title,
          description: '',
          state: 'opened',
          created_at: '2026-11-20T08:00:00Z',
          updated_at: mr.updatedAt,
          merge_status: 'can_be_merged',
          approvals_required: 2,
          approvals_left: Math.max(0, 2 - (mr.approvedBy?.length ?? 0)),
          approved_by: (mr.approvedBy ?? []).map((a) => ({ user: user(a.username, this.userId(a.username)), ...(a.approvedAt ? { approved_at: a.approvedAt } : {}) })),
        };
        return () => send(200, state);
      }
      case 'GET project approvals': {
        if (this.resetApprovalsOnPush === undefined) return () => send(403, { message: '403 Forbidden' });
        const config: ProjectLevelMergeRequestApprovalSchema = {
          approvals_before_merge: 2,
          reset_approvals_on_push: this.resetApprovalsOnPush,
          disable_overriding_approvers_per_merge_request: false,
          merge_requests_author_approval: false,
          merge_requests_disable_committers_approval: true,
          require_password_to_approve: false,
        };
        return () => send(200, config);
      }
      case 'GET versions': {
        const mr = this.mergeRequests.find((m) => m.iid === iid);
        if (!mr) return () => send(404, { message: '404 Not found' });
        const versions: MergeRequestDiffVersionsSchema[] = [...(mr.versions ?? [])].reverse().map((v, i) => ({
          id: 700 + i,
          head_commit_sha: v.headSha,
          base_commit_sha: 'a'.repeat(40),
          start_commit_sha: 'a'.repeat(40),
          created_at: v.createdAt,
          merge_request_id: 9000 + mr.iid,
          state: 'collected',
          real_size: '1',
        }));
        return () => send(200, versions);
      }
      default:
        this.violations.push(`${method} ${route}: not an endpoint changegate should call`);
        return () => send(404, { message: '404 Not Found' });
    }
  }

  private mergeRequestJson(m: FakeMergeRequest): Partial<MergeRequestSchema> {
    return {
      id: 9000 + m.iid,
      iid: m.iid,
      project_id: PROJECT_ID,
      title: m.title,
      description: null,
      state: 'opened',
      created_at: '2026-11-20T08:00:00Z',
      updated_at: m.updatedAt,
      web_url: `https://gitlab.example/noc/voice-core/-/merge_requests/${m.iid}`,
      target_branch: m.targetBranch,
      source_branch: `change-${m.iid}`,
      source_project_id: m.sourceProjectId,
      target_project_id: PROJECT_ID,
      author: user(m.author, this.userId(m.author)),
      sha: m.sha,
      draft: false,
      merge_status: 'can_be_merged',
    };
  }

  /** One page of a list, with GitLab's offset-pagination headers. */
  private page(list: unknown[], query: URLSearchParams, route: string, send: (status: number, payload: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 20));
    const page = Math.max(1, Number(query.get('page') ?? 1));
    const totalPages = Math.max(1, Math.ceil(list.length / perPage));
    const headers: Record<string, string> = {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-total': String(list.length),
      'x-total-pages': String(totalPages),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
    };
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `<${this.apiUrl}/${route}?${q.toString()}>; rel="${rel}"`;
    };
    const links = [link(1, 'first'), link(totalPages, 'last')];
    if (page < totalPages) links.unshift(link(page + 1, 'next'));
    if (page > 1) links.unshift(link(page - 1, 'prev'));
    headers.link = links.join(', ');
    send(200, list.slice((page - 1) * perPage, page * perPage), headers);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The route's shape: "projects/42/merge_requests/7/notes" -> "notes". */
function routeKey(route: string): string {
  const s = route.split('/');
  if (route === 'user') return 'user';
  if (s[0] === 'users' && s.length === 2) return 'user by id';
  if (s[0] !== 'projects') return route;
  if (s[2] === 'approvals' && s.length === 3) return 'project approvals';
  if (s[2] === 'repository' && s[3] === 'files' && s.length === 5) return 'file';
  if (s[2] !== 'merge_requests') return route;
  if (s.length === 3) return 'merge_requests';
  if (s.length === 4) return 'merge_request';
  if (s.length === 5 && s[4] === 'approvals') return 'mr approvals';
  if (s.length === 5) return s[4] ?? route;
  if (s.length === 6 && s[4] === 'notes') return 'note';
  return route;
}
