// unread-file: a YAML file that declares a changegate kind where the configuration does not look is
// reported on its `kind:` line; exclude says what may be ignored; the policy may make it an error but
// not switch it off. The end-to-end cases (links, git sources, 1 GiB files) are in
// test/hardening/skipped-files.test.ts.
import { describe, expect, it } from 'vitest';
import { unreadFile } from '../../rules/input-rules.ts';
import { INPUT_RULE_IDS, evaluate } from '../default-pack.ts';
import { restartPlan } from '../git/fixtures.ts';
import { caseFiles } from './harness.ts';

const CR = (id: string) => restartPlan({ id, servers: ['par1-cs1'], start: '01:00', end: '01:30' });

const asOf = Date.parse('2026-11-27T09:00:00+01:00');

/** The unread-file findings of the base network plus `files`, after checking the case is otherwise clean input. */
function unread(files: Record<string, string | null>) {
  const evaluation = evaluate(caseFiles({ files }), { asOf });
  expect(evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId)).map((f) => f.message)).toEqual([]);
  return evaluation.findings.filter((f) => f.ruleId === unreadFile.id).map((f) => ({ file: f.file, line: f.line, column: f.column, endColumn: f.endColumn, severity: f.severity, kind: f.data.kind }));
}

describe('unread-file: not reported', () => {
  it('a YAML file without a changegate kind outside the included folders', () => {
    expect(unread({ 'docs/mkdocs.yml': 'site_name: network\nkind: Deployment\n' })).toEqual([]);
  });
  it('a nested kind key, which is not a document kind', () => {
    expect(unread({ 'ci/job.yaml': 'job:\n  kind: ChangeRequest\n' })).toEqual([]);
  });
  it('a change request in an excluded folder, and an excluded file inside an included folder', () => {
    expect(unread({ 'changegate.yaml': 'kind: ChangegateConfig\nexclude: [plans, changes/draft.yaml]\n', 'plans/CR-1.yaml': CR('CR-1'), 'changes/draft.yaml': CR('CR-2') })).toEqual([]);
  });
});

describe('unread-file: reported on the kind line', () => {
  it('a change request at the root, below a comment header', () => {
    expect(unread({ 'CR-1.yaml': `# saved at the root by mistake\n\n${CR('CR-1')}` })).toEqual([{ file: 'CR-1.yaml', line: 3, column: 1, endColumn: 20, severity: 'warning', kind: 'ChangeRequest' }]);
  });
  it('a quoted kind in a folder with the wrong letter case, with a byte-order mark and CRLF line breaks', () => {
    const text = `\ufeff${CR('CR-1').replace('kind: ChangeRequest', "kind: 'ChangeRequest'  # quoted")}`.split('\n').join('\r\n');
    expect(unread({ 'Changes/CR-1.yaml': text })).toEqual([{ file: 'Changes/CR-1.yaml', line: 1, column: 1, endColumn: 32, severity: 'warning', kind: 'ChangeRequest' }]);
  });
  it('a kind in another letter case, in a folder missing from include', () => {
    expect(unread({ 'changegate.yaml': 'kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy]\n', 'waivers/W-1.yml': '# waiver\nkind: waiver\nid: W-1\n' })).toEqual([
      { file: 'waivers/W-1.yml', line: 2, column: 1, endColumn: 13, severity: 'warning', kind: 'Waiver' },
    ]);
  });
});

describe('unread-file severity', () => {
  const withPolicyRule = (setting: string) => {
    const files = caseFiles({ files: { 'plans/CR-1.yaml': CR('CR-1') } });
    return files.map((f) => (f.path === 'policy/policy.yaml' ? { ...f, bytes: new TextEncoder().encode(`${new TextDecoder().decode(f.bytes)}\nrules:\n  unread-file: { severity: ${setting} }\n`) } : f));
  };

  it('is an error, and the verdict fail, when the policy sets it to error', () => {
    const evaluation = evaluate(withPolicyRule('error'), { asOf });
    expect(evaluation.findings.filter((f) => f.ruleId === 'unread-file').map((f) => f.severity)).toEqual(['error']);
    expect(evaluation.verdict).toBe('fail');
  });

  it('cannot be switched off: exclude is the one way to ignore a file', () => {
    const evaluation = evaluate(withPolicyRule('off'), { asOf });
    expect(evaluation.findings.find((f) => f.ruleId === 'gate-config')).toMatchObject({ messageId: 'ruleCannotBeOff', file: 'policy/policy.yaml', path: '/rules/unread-file/severity' });
    expect(evaluation.findings.find((f) => f.ruleId === 'unread-file')).toMatchObject({ severity: 'warning' });
    expect(evaluation.verdict).toBe('error');
  });
});
