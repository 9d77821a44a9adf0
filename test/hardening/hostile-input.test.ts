// Hostile and broken input through the whole engine: no crash, no hang, no pass, a located finding.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { evaluate } from '../default-pack.ts';
import type { RepoFile } from '../../src/engine/evaluate.ts';
import { defineRule, EMPTY_OPTIONS_SCHEMA } from '../../src/rule-api/rule.ts';
import { toJsonObject } from '../../src/report/json.ts';
import { formatSarif } from '../../src/report/sarif.ts';
import { formatText } from '../../src/report/text.ts';
import { readFolder } from '../../src/source/folder.ts';
import { changeRequest, networkFiles, night, step } from '../support/builders.ts';

const asOf = Date.parse('2026-11-27T09:00:00+01:00');
const encode = (s: string) => new TextEncoder().encode(s);

const CR = (steps: string) => changeRequest('CR-HOSTILE', steps, { title: 'Hostile', purpose: 'test', declaredRisk: 'medium', state: 'proposed' });

const STEP = step({ id: 's1', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: night(15, '01:00', '01:30') });

function check(files: Record<string, string | Uint8Array | null>) {
  const base = networkFiles(Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string' || v === null)) as Record<string, string | null>);
  const binary: RepoFile[] = Object.entries(files)
    .filter((e): e is [string, Uint8Array] => e[1] instanceof Uint8Array)
    .map(([path, bytes]) => ({ path, bytes }));
  return evaluate([...base.filter((f) => !binary.some((b) => b.path === f.path)), ...binary], { asOf });
}

function only(evaluation: ReturnType<typeof evaluate>, file: string) {
  return evaluation.findings.filter((f) => f.file === file);
}

describe('hostile input', () => {
  it('an alias bomb is refused with a located error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const evaluation = check({ 'changes/bomb.yaml': lines.join('\n') + '\n' });
    expect(evaluation.verdict).toBe('error');
    // 72 aliases stay under the alias bound; the expansion bound stops it.
    expect(only(evaluation, 'changes/bomb.yaml')).toMatchObject([{ messageId: 'too-many-nodes', line: 7 }]);
  });

  it('nesting 10,000 deep is refused without a stack overflow', () => {
    const evaluation = check({ 'changes/deep.yaml': 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n' });
    expect(only(evaluation, 'changes/deep.yaml')).toMatchObject([{ messageId: 'too-deep', line: 1 }]);
  });

  it('a 50 MB file is refused before it is parsed', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const evaluation = check({ 'changes/big.yaml': big });
    expect(only(evaluation, 'changes/big.yaml')).toMatchObject([{ messageId: 'file-too-large', line: 1, column: 1 }]);
  });

  it('binary and invalid UTF-8 bytes are located', () => {
    const bytes = new Uint8Array([...encode('kind: ChangeRequest\nid: CR-'), 0xc3, 0x28, ...encode('\n')]);
    const evaluation = check({ 'changes/bad.yaml': bytes, 'changes/nul.yaml': new Uint8Array([0x6b, 0x3a, 0x20, 0x00, 0x01, 0x02]) });
    expect(only(evaluation, 'changes/bad.yaml')).toMatchObject([{ messageId: 'invalid-utf8', line: 2, column: 8 }]);
    expect(only(evaluation, 'changes/nul.yaml')).toMatchObject([{ ruleId: 'yaml-syntax' }]);
    expect(evaluation.verdict).toBe('error');
  });

  it('a BOM, CRLF line ends and tabs in values load, and findings keep their lines', () => {
    const text = '\ufeff' + CR(STEP).replace('title: Hostile', 'title: "Hostile\ttitle"').replace('restart', 'restrat').split('\n').join('\r\n');
    const evaluation = check({ 'changes/crlf.yaml': text });
    expect(only(evaluation, 'changes/crlf.yaml')).toMatchObject([{ ruleId: 'schema-valid', messageId: 'notAllowed', line: 10, column: 13 }]);
  });

  it('__proto__, constructor and prototype keys are refused as unknown keys and pollute nothing', () => {
    const evaluation = check({ 'changes/proto.yaml': CR(STEP) + '__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nprototype: 1\n' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const keys = only(evaluation, 'changes/proto.yaml').map((f) => f.data.property);
    expect(keys).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('numbers, booleans and dates where ids are expected are typed findings, not silent conversions', () => {
    const evaluation = check({
      'changes/typed.yaml': CR(STEP).replace('id: CR-HOSTILE', 'id: 1e3').replace('owner: j.dupont', 'owner: true').replace('- id: s1', '- id: no'),
    });
    const typed = only(evaluation, 'changes/typed.yaml');
    // `no` stays the string "no" under YAML 1.2 (a valid step id); 1e3 and true are not strings.
    expect(typed.map((f) => [f.messageId, f.line, f.data.actual])).toEqual([
      ['wrongType', 2, 'number'],
      ['wrongType', 4, 'boolean'],
    ]);
    expect(typed[0]?.message).toContain('quote it');
  });

  it('ids that differ only by case are refused', () => {
    const evaluation = check({
      'inventory/extra.yaml': 'kind: Inventory\nsites:\n  - { id: par1, name: Paris bis, region: IDF, failureDomain: x, timeZone: Europe/Paris }\n',
    });
    // Files are read in path order, so the second spelling met is PAR1 in sites.yaml.
    expect(evaluation.findings.filter((f) => f.ruleId === 'reference-integrity')).toMatchObject([
      { messageId: 'confusableId', file: 'inventory/sites.yaml', data: { id: 'PAR1', other: 'par1' } },
    ]);
  });

  it('windows in 1970 and 9999, zero length and end before start are handled', () => {
    const step = (start: string, end: string) => STEP.replace('2026-12-15T01:00:00+01:00', start).replace('2026-12-15T01:30:00+01:00', end);
    const zero = check({ 'changes/zero.yaml': CR(step('2026-12-15T01:00:00+01:00', '2026-12-15T01:00:00+01:00')) });
    expect(only(zero, 'changes/zero.yaml')).toMatchObject([{ messageId: 'endNotAfterStart', line: 12, column: 54 }]);
    const reversed = check({ 'changes/rev.yaml': CR(step('2026-12-15T02:00:00+01:00', '2026-12-15T01:00:00+01:00')) });
    expect(only(reversed, 'changes/rev.yaml')).toMatchObject([{ messageId: 'endNotAfterStart' }]);
    for (const [start, end] of [['1970-01-01T00:00:00Z', '1970-01-01T01:00:00Z'], ['9999-12-31T01:00:00Z', '9999-12-31T02:00:00Z']]) {
      const evaluation = check({ 'changes/edge.yaml': CR(step(start as string, end as string)) });
      expect(['pass', 'warn', 'fail']).toContain(evaluation.verdict);
      expect(evaluation.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    }
  });

  it('config paths that leave the repository are refused', () => {
    const evaluation = check({ 'changegate.yaml': 'kind: ChangegateConfig\ninclude: [inventory, ../outside, /etc]\n' });
    expect(evaluation.verdict).toBe('error');
    const refused = evaluation.findings.filter((f) => f.file === 'changegate.yaml');
    expect(refused.map((f) => [f.line, f.path])).toEqual([
      [2, '/include/1'],
      [2, '/include/2'],
    ]);
    expect(evaluate(networkFiles(), { asOf, configPath: '../changegate.yaml' }).findings[0]?.messageId).toBe('pathOutsideRepo');
  });

  it('a symlink pointing outside the repository is not followed, and is an error', () => {
    const outside = mkdtempSync(join(tmpdir(), 'changegate-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'kind: Waiver\n');
    const repo = mkdtempSync(join(tmpdir(), 'changegate-repo-'));
    mkdirSync(join(repo, 'changes'));
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'changes', 'link.yaml'));
    const snapshot = readFolder(repo);
    expect(snapshot.files).toEqual([]);
    const evaluation = evaluate(snapshot.files, { asOf, refused: snapshot.refused });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings.find((f) => f.messageId === 'refusedPath')?.file).toBe('changes/link.yaml');
  });

  it('100,000 findings keep the text output bounded and the JSON complete', () => {
    const noisy = defineRule({
      id: 'noisy-test-rule',
      title: 'A rule with very many findings',
      summary: 'Reports 100,000 findings.',
      category: 'process',
      defaultSeverity: 'warning',
      rationale: 'Exists only in tests, to prove that output stays bounded and useful with very many findings.',
      optionsSchema: EMPTY_OPTIONS_SCHEMA,
      defaultOptions: {},
      messages: { many: 'finding {{n}}' },
      waivable: true,
      check(context) {
        for (let n = 0; n < 100_000; n++) context.report({ messageId: 'many', data: { n }, at: context.network.policy.at });
      },
    });
    const evaluation = evaluate(networkFiles(), { asOf, rules: [...INPUT_RULES, noisy] });
    expect(evaluation.counts.warnings).toBe(100_000);
    const text = formatText(evaluation, { color: false, pathPrefix: '', maxPerRule: 50 });
    // 50 findings shown, four lines each (a blank, the location, severity and rule, the message), then the count of the rest.
    expect(text.split('\n').length).toBeLessThan(50 * 4 + 20);
    expect(text).toContain('and 99950 more noisy-test-rule findings');
    expect(toJsonObject(evaluation).findings).toHaveLength(100_000);
  });

  it('ANSI escapes and control characters in config values never reach the terminal', () => {
    const evaluation = check({ 'changes/ansi.yaml': CR(STEP).replace('restart', '"\\e[2J\\e[31mrestart\\u0007"') });
    const text = formatText(evaluation, { color: false, pathPrefix: '', maxPerRule: 50 });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('restart');
  });
});

describe('determinism', () => {
  it('the same repository in another file order gives byte-identical JSON', () => {
    const files = networkFiles({ 'changes/a.yaml': CR(STEP).replace('CR-HOSTILE', 'CR-A'), 'changes/b.yaml': CR(STEP).replace('CR-HOSTILE', 'CR-B') });
    const once = JSON.stringify(toJsonObject(evaluate(files, { asOf })));
    const reversed = JSON.stringify(toJsonObject(evaluate([...files].reverse(), { asOf })));
    const again = JSON.stringify(toJsonObject(evaluate(files, { asOf })));
    expect(reversed).toBe(once);
    expect(again).toBe(once);
    const sarif = (f: RepoFile[]) => formatSarif(evaluate(f, { asOf }));
    expect(sarif([...files].reverse())).toBe(sarif(files));
  });
});
