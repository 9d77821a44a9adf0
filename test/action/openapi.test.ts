// The fake GitHub's request validation must catch the mistakes it exists for: otherwise every other
// Action test could pass while github.com would refuse (or silently ignore) what the Action sends.
import { describe, expect, it } from 'vitest';
import { FakeGitHub, openApi } from './fake-github.ts';

const annotation = (i: number, level = 'failure') => ({ path: 'changes/CR-1.yaml', start_line: i + 1, end_line: i + 1, annotation_level: level, message: `finding ${i}` });
const base = { owner: 'Codertocat', repo: 'Hello-World', name: 'changegate', head_sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', status: 'completed' as const, conclusion: 'failure' as const };

describe('request validation against the GitHub OpenAPI description', () => {
  it('accepts a well-formed check run with exactly 50 annotations', async () => {
    const fake = new FakeGitHub();
    const github = fake.client();
    await github.rest.checks.create({ ...base, output: { title: 'FAIL', summary: 'x', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) as never } });
    expect(fake.violations).toEqual([]);
    expect(fake.checkRuns[0]?.annotations).toHaveLength(50);
  });

  it('refuses more than 50 annotations in one request', async () => {
    const fake = new FakeGitHub();
    const github = fake.client();
    await expect(
      github.rest.checks.create({ ...base, output: { title: 'FAIL', summary: 'x', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) as never } }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatch(/checks\/create.*body\/output\/annotations must NOT have more than 50 items/);
  });

  it('refuses an annotation level GitHub does not know', async () => {
    const fake = new FakeGitHub();
    const github = fake.client();
    await expect(github.rest.checks.create({ ...base, output: { title: 'FAIL', summary: 'x', annotations: [annotation(0, 'error')] as never } })).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[0]).toMatch(/body\/output\/annotations\/0\/annotation_level must be equal to one of the allowed values/);
  });

  it('refuses a misspelt field, a missing required one and a wrong type', async () => {
    const fake = new FakeGitHub();
    const github = fake.client();
    await expect(github.request('POST /repos/{owner}/{repo}/check-runs', { ...base, conclution: 'failure' })).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[0]).toMatch(/must NOT have additional properties.*conclution/);
    await expect(github.request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'changegate' } as never)).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[1]).toMatch(/must have required property 'head_sha'/);
    await expect(
      github.request('POST /repos/{owner}/{repo}/check-runs', { ...base, output: { title: 'x', summary: 'y', annotations: [{ ...annotation(0), start_line: '3' }] } } as never),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[2]).toMatch(/start_line must be integer/);
  });

  it('refuses a summary over 65,535 characters, an unknown query parameter and an unknown endpoint', async () => {
    const fake = new FakeGitHub();
    const github = fake.client();
    await expect(github.rest.checks.create({ ...base, output: { title: 'x', summary: 'y'.repeat(65_536) } })).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[0]).toMatch(/summary must NOT have more than 65535 characters/);
    await expect(github.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 2, perpage: 100 })).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[1]).toMatch(/query parameter perpage is not a parameter of issues\/list-comments/);
    await expect(github.request('POST /repos/{owner}/{repo}/check-suites/annotations', { owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 422 });
    expect(fake.violations[2]).toMatch(/is not an operation of the GitHub REST API/);
  });

  it('matches the most specific path template and validates path parameters', () => {
    const check = (method: string, path: string, body?: unknown) => openApi().check(method, new URL(path, 'https://api.github.com'), body);
    expect(check('GET', '/repos/o/r/pulls/comments').operationId).toBe('pulls/list-review-comments-for-repo');
    expect(check('GET', '/repos/o/r/pulls/7').operationId).toBe('pulls/get');
    expect(check('GET', '/repos/o/r/contents/network/changes/CR-1.yaml?ref=abc')).toMatchObject({ operationId: 'repos/get-content', problems: [] });
    expect(check('PATCH', '/repos/o/r/check-runs/abc', { output: { title: 't', summary: 's' } }).problems.join()).toMatch(/path parameter check_run_id must be integer/);
    expect(check('GET', '/api/v3/repos/o/r/issues/2/comments?per_page=100&page=2')).toMatchObject({ operationId: 'issues/list-comments', problems: [] });
  });
});
