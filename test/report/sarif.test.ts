// SARIF 2.1.0 output: rule metadata with help, results with exact regions and stable fingerprints,
// waived findings as suppressions, and a file Microsoft's SARIF validator accepts without errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.ts';
import { evaluate } from '../default-pack.ts';
import { FINGERPRINT_KEY, toSarif } from '../../src/report/sarif.ts';
import { readFolder } from '../../src/source/folder.ts';
import { multitoolValidate } from './sarif-multitool.ts';

const SIX_SITES = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');
const AS_OF = Date.parse('2026-11-27T09:00:00+01:00');
const work = mkdtempSync(join(tmpdir(), 'changegate-sarif-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
}

/** The example network plus a waiver covering one rule of the incident CR. */
function evaluation() {
  const snapshot = readFolder(SIX_SITES);
  const waiver = {
    path: 'waivers/W-1.yaml',
    bytes: new TextEncoder().encode(
      'kind: Waiver\nid: W-1\nrule: post-step-verification\nchange: CR-2026-0601\njustification: Test calls are placed by the NOC robot after the step.\napprovedBy:\n  - a.martin\n  - l.bernard\nticket: CAB-1\nexpires: 2027-01-31T00:00:00+01:00\n',
    ),
  };
  return evaluate([...snapshot.files, waiver], { asOf: AS_OF });
}

describe('toSarif', () => {
  const ev = evaluation();
  const sarif = toSarif(ev, { pathPrefix: 'network', rulesHelpBase: 'https://github.com/acme/changegate/blob/v1/docs/rules/', toolVersion: '1.2.3' });
  const run = sarif.runs[0]!;
  const results = run.results as SarifResult[];
  const rules = run.tool.driver.rules as { id: string; help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string } }[];

  it('describes every registered rule with help text and a help URI', () => {
    // The registered rules, then the example repository's custom rules (rules/*.yaml).
    expect(rules.map((r) => r.id)).toEqual([...ALL_RULES, ...ev.customRules].map((r) => r.id));
    const concurrency = rules.find((r) => r.id === 'redundancy-group-concurrency')!;
    expect(concurrency.helpUri).toBe('https://github.com/acme/changegate/blob/v1/docs/rules/redundancy-group-concurrency.md');
    expect(concurrency.help.text).toContain(ALL_RULES.find((r) => r.id === 'redundancy-group-concurrency')!.rationale);
    expect(concurrency.defaultConfiguration.level).toBe('error');
  });

  it('gives each finding its rule, level, exact region and fingerprint', () => {
    expect(ev.waived.length).toBeGreaterThan(0);
    expect(results).toHaveLength(ev.findings.length + ev.waived.length);
    const first = ev.findings[0]!;
    const r = results[0]!;
    expect(r.ruleId).toBe(first.ruleId);
    expect(rules[r.ruleIndex]!.id).toBe(first.ruleId);
    expect(r.level).toBe('error');
    expect(r.locations![0]!.physicalLocation.artifactLocation).toEqual({ uri: `network/${first.file}`, uriBaseId: '%SRCROOT%' });
    expect(r.locations![0]!.physicalLocation.region).toEqual({ startLine: first.line, startColumn: first.column, endLine: first.endLine, endColumn: first.endColumn });
    expect(r.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: first.fingerprint });
  });

  it('keeps waived findings as suppressed results naming the waiver', () => {
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(ev.waived.length);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'waiver W-1' }]);
    expect(suppressed.every((r) => r.ruleId === 'post-step-verification')).toBe(true);
  });

  it('writes file: URIs for an absolute folder', () => {
    const absolute = toSarif(ev, { pathPrefix: '/srv/net work' }).runs[0]!.results[0] as SarifResult;
    expect(absolute.locations![0]!.physicalLocation.artifactLocation).toEqual({ uri: `file:///srv/net%20work/${ev.findings[0]!.file}` });
  });

  it('passes Sarif.Multitool validate with no errors and no warnings', () => {
    const file = join(work, 'six-sites.sarif');
    writeFileSync(file, JSON.stringify(sarif, null, 2));
    expect(multitoolValidate(file, work)).toEqual({ errors: [], warnings: [] });
  });

  it('is checked by a validator that does report errors', () => {
    // Guards the check above: a region starting at line 0 is a schema error.
    const broken = structuredClone(sarif);
    const region = (broken.runs[0]!.results[0] as SarifResult).locations![0]!.physicalLocation.region;
    region.startLine = 0;
    const file = join(work, 'broken.sarif');
    writeFileSync(file, JSON.stringify(broken));
    expect(multitoolValidate(file, work).errors.join('\n')).toMatch(/JSON1008|SARIF1007/);
  });
});

describe('SARIF run properties', () => {
  it("carry each change request's own status, 'not evaluated' when the run errors", () => {
    const snapshot = readFolder(join(import.meta.dirname, '..', '..', 'examples', 'six-sites'));
    // A config error: the change requests are read, but no rule judges them. The example's own
    // changegate.yaml is replaced (the first one of a path would win).
    const config = { path: 'changegate.yaml', bytes: new TextEncoder().encode('kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy, changes, waiverz]\n') };
    const evaluation = evaluate([...snapshot.files.filter((f) => f.path !== config.path), config], { asOf: Date.parse('2026-11-27T08:00:00Z') });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.findings).toContainEqual(expect.objectContaining({ ruleId: 'gate-config', messageId: 'includeMissing', data: expect.objectContaining({ path: 'waiverz' }) }));
    const run = toSarif(evaluation, { pathPrefix: '' }).runs[0] as { properties: { changes: { id: string; status: string }[] } };
    expect(run.properties.changes.map((c) => c.status)).toEqual(['not evaluated', 'not evaluated']);
  });
});
