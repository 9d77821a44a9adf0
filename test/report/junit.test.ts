// The JUnit formatter: parsed back with a strict XML parser, on the example repository, on hostile
// strings from a config repository, and with the labels of a comparison.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../default-pack.ts';
import type { Evaluation, RepoFile } from '../../src/engine/evaluate.ts';
import { formatJunit } from '../../src/report/junit.ts';
import { readFolder } from '../../src/source/folder.ts';
import { cleanupAll, cli, copyBaseNetwork, initRepo } from '../git/helpers.ts';
import { restartPlan } from '../git/fixtures.ts';
import { baseNetworkFiles } from '../rules/harness.ts';
import { childrenNamed, parseXml } from './xml.ts';
import type { XmlElement } from './xml.ts';

afterAll(cleanupAll);

const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const CONTEXT = { color: false, pathPrefix: '', maxPerRule: 50 };

function suites(root: XmlElement): XmlElement[] {
  expect(root.name).toBe('testsuites');
  return childrenNamed(root, 'testsuite');
}

function totals(root: XmlElement) {
  const all = suites(root);
  const sum = (attr: string) => all.reduce((n, s) => n + Number(s.attributes[attr]), 0);
  return { tests: sum('tests'), failures: sum('failures'), errors: sum('errors') };
}

describe('JUnit output', () => {
  const evaluation = evaluate(readFolder(EXAMPLE).files, { asOf: AS_OF });
  const xml = formatJunit(evaluation, { ...CONTEXT, pathPrefix: 'examples/six-sites' });
  const root = parseXml(xml);

  it('is well-formed, with one testsuite per rule evaluated and one testcase per file and rule', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const names = suites(root).map((s) => s.attributes.name);
    const evaluated = evaluation.rules.filter((r) => r.evaluated).map((r) => r.id);
    expect(names.slice(0, 4)).toEqual(['yaml-syntax', 'schema-valid', 'reference-integrity', 'gate-config']);
    for (const id of evaluated) expect(names).toContain(id);
    expect(new Set(names).size).toBe(names.length);
    for (const suite of suites(root)) {
      const cases = childrenNamed(suite, 'testcase');
      expect(cases).toHaveLength(evaluation.files.length);
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      expect(cases.map((c) => c.attributes.name)).toEqual(evaluation.files.map((f) => `examples/six-sites/${f}`));
      for (const c of cases) expect(c.attributes.classname).toBe(suite.attributes.name);
      expect(Number(suite.attributes.failures)).toBe(cases.filter((c) => childrenNamed(c, 'failure').length > 0).length);
    }
    const t = totals(root);
    expect(root.attributes).toMatchObject({ tests: String(t.tests), failures: String(t.failures), errors: String(t.errors) });
  });

  it('fails exactly the file × rule pairs that have blocking findings, with located messages', () => {
    const blocking = new Set(evaluation.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} examples/six-sites/${f.file}`));
    const failing = suites(root).flatMap((s) => childrenNamed(s, 'testcase').filter((c) => childrenNamed(c, 'failure').length > 0).map((c) => `${s.attributes.name} ${c.attributes.name}`));
    expect(new Set(failing)).toEqual(blocking);
    expect(blocking.size).toBeGreaterThan(0);
    for (const f of evaluation.findings.filter((x) => x.severity === 'error')) {
      const suite = suites(root).find((s) => s.attributes.name === f.ruleId) as XmlElement;
      const testcase = childrenNamed(suite, 'testcase').find((c) => c.attributes.name === `examples/six-sites/${f.file}`) as XmlElement;
      const [failure] = childrenNamed(testcase, 'failure');
      expect(failure?.attributes.type).toBe(f.ruleId);
      expect(failure?.text).toContain(`examples/six-sites/${f.file}:${f.line}:${f.column} error ${f.message}`);
    }
  });

  it('escapes every string from the config repository and drops characters XML cannot carry', () => {
    const hostile = 'x</failure>]]>&amp;"\'<!--';
    const files: RepoFile[] = [
      ...baseNetworkFiles(),
      {
        path: 'changes/CR-<&>"\'.yaml',
        bytes: new TextEncoder().encode(
          restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1'], start: '01:00', end: '02:00' }).replace(
            'callServers: [par1-cs1]',
            `callServers: ["${hostile.replace(/"/g, '\\"')}\\x01\\e[31m\\u2028"]`,
          ),
        ),
      },
    ];
    const hostileEvaluation: Evaluation = evaluate(files, { asOf: AS_OF });
    const finding = hostileEvaluation.findings.find((f) => f.message.includes('</failure>'));
    expect(finding, 'the hostile id should be quoted in a finding').toBeDefined();
    expect(finding?.message).toContain('\u0001\u001b[31m\u2028');
    const out = formatJunit(hostileEvaluation, CONTEXT);
    const parsed = parseXml(out);
    const suite = suites(parsed).find((s) => s.attributes.name === finding?.ruleId) as XmlElement;
    const testcase = childrenNamed(suite, 'testcase').find((c) => c.attributes.name === 'changes/CR-<&>"\'.yaml');
    expect(testcase?.attributes.file).toBe('changes/CR-<&>"\'.yaml');
    const element = childrenNamed(testcase as XmlElement, 'error')[0] ?? childrenNamed(testcase as XmlElement, 'failure')[0];
    expect(element?.text).toContain(hostile);
    expect(element?.attributes.message).toContain(hostile);
    expect(out).not.toContain('\u0001');
    expect(out).not.toContain('\u001b');
  });

  it('gives a well-formed report when nothing could be read', () => {
    const empty = evaluate([], { asOf: AS_OF });
    const parsed = parseXml(formatJunit(empty, CONTEXT));
    const gate = suites(parsed).find((s) => s.attributes.name === 'gate-config') as XmlElement;
    const [repository] = childrenNamed(gate, 'testcase');
    expect(repository?.attributes.name).toBe('(repository)');
    expect(childrenNamed(repository as XmlElement, 'error')[0]?.text).toContain('no YAML files were found');
    expect(parsed.attributes.errors).not.toBe('0');
  });

  it('lists every rule that never ran, because the repository could not be read, as skipped: never as a pass', () => {
    const files = readFolder(EXAMPLE).files.map((f) => (f.path === 'policy/policy.yaml' ? { ...f, bytes: Buffer.concat([f.bytes, Buffer.from('kind: [broken\n')]) } : f));
    const broken = evaluate(files, { asOf: AS_OF });
    expect(broken.verdict).toBe('error');
    const parsed = parseXml(formatJunit(broken, CONTEXT));
    const skipped = suites(parsed).filter((s) => s.attributes.skipped === '1');
    const switchedOn = broken.settings.filter((s) => s.rule.category !== 'input' && s.rule.check !== undefined && s.severity !== 'off').map((s) => s.rule.id);
    expect(skipped.map((s) => s.attributes.name)).toEqual(switchedOn);
    expect(switchedOn).toEqual(expect.arrayContaining(['redundancy-group-concurrency', 'surviving-capacity', 'emergency-route-diversity', 'holiday-freeze']));
    for (const suite of skipped) {
      const [only] = childrenNamed(suite, 'testcase');
      expect(only?.attributes.name).toBe('not evaluated');
      expect(childrenNamed(only as XmlElement, 'skipped')[0]?.attributes.message).toMatch(/^not evaluated: .*this is not a pass$/);
      expect(childrenNamed(only as XmlElement, 'failure')).toHaveLength(0);
    }
    expect(parsed.attributes.skipped).toBe(String(skipped.length));
    expect(Number(parsed.attributes.errors)).toBeGreaterThan(0);
    // A repository that was evaluated skips nothing.
    expect(xml).toContain(' skipped="0" time="0">\n  <testsuite');
    expect(suites(root).every((s) => s.attributes.skipped === '0')).toBe(true);
  });

  it('shows the labels of a comparison (check --format junit --base)', async () => {
    const repo = initRepo();
    copyBaseNetwork(repo);
    repo.write('changes/CR-2026-0701.yaml', restartPlan({ id: 'CR-2026-0701', servers: ['par1-cs1'], start: '01:00', end: '02:00', extraStepLines: '    capacityLos: 1\n' }));
    repo.commit('base');
    repo.write('changes/CR-2026-0701.yaml', '# moved down\n' + repo.read('changes/CR-2026-0701.yaml'));
    repo.write('changes/CR-2026-0702.yaml', restartPlan({ id: 'CR-2026-0702', servers: ['bdx1-cs1'], start: '03:00', end: '03:30', extraStepLines: '    windw: {}\n' }));
    const result = await cli(['check', '--base', 'main', '--format', 'junit', '--as-of', '2026-11-27T09:00:00+01:00'], repo.dir);
    expect(result.code).toBe(2);
    const parsed = parseXml(result.stdout);
    const schema = suites(parsed).find((s) => s.attributes.name === 'schema-valid') as XmlElement;
    const props = Object.fromEntries(childrenNamed(childrenNamed(schema, 'properties')[0] as XmlElement, 'property').map((p) => [p.attributes.name, p.attributes.value]));
    expect(props.base).toMatch(/^main \([0-9a-f]{7}\)$/);
    expect(props.head).toBe('the working tree');
    const text = (file: string) => childrenNamed(childrenNamed(schema, 'testcase').find((c) => c.attributes.name === file) as XmlElement, 'error')[0]?.text ?? '';
    expect(text('changes/CR-2026-0701.yaml')).toMatch(/^changes\/CR-2026-0701\.yaml:20:5 error \[existing\] /);
    expect(text('changes/CR-2026-0702.yaml')).toMatch(/^changes\/CR-2026-0702\.yaml:19:5 error \[new\] /);
  });
});
