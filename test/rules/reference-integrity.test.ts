// reference-integrity through the engine: unique ids, references that resolve (with "did you mean"),
// routes whose hops agree with the inventory, exactly one policy / forecast / catalog.
import { describe, expect, it } from 'vitest';
import { referenceIntegrity } from '../../rules/input-rules.ts';
import type { Finding } from '../../src/core/finding.ts';
import { BASE_CR, CR_PATH, EVERY_STEP_RULE, baseText, describeFinding, edit, evaluateInput, inputFindings, positionOf } from '../validate/helpers.ts';

const exercised = new Set<string>();

function own(files: Record<string, string | null>): Finding[] {
  // The stand-in rule makes a waiver's rule id exist; its own findings are not input findings.
  const findings = inputFindings(files, { extraRules: [EVERY_STEP_RULE] }).filter((f) => f.ruleId !== EVERY_STEP_RULE.id);
  expect(findings.filter((f) => f.ruleId !== 'reference-integrity').map(describeFinding)).toEqual([]);
  for (const f of findings) {
    expect(f.severity).toBe('error');
    exercised.add(f.messageId);
  }
  return findings;
}

describe('reference-integrity', () => {
  it('valid: every reference of the base network and of a change request resolves', () => {
    expect(own({ [CR_PATH]: BASE_CR })).toEqual([]);
  });

  it('unknownReference: a step target, with "did you mean"', () => {
    const text = edit(BASE_CR, 'callServers: [par1-cs1]\n    window:\n      start: 2026-12-08T00:50', 'callServers: [PAR1-cs1]\n    window:\n      start: 2026-12-08T00:50');
    const [f, ...rest] = own({ [CR_PATH]: text });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'unknownReference', path: '/steps/1/targets/callServers/0', ...positionOf(text, 'PAR1-cs1'), changeId: 'CR-2026-0700', data: { kind: 'call server', id: 'PAR1-cs1', suggestion: 'par1-cs1' } });
  });

  it('unknownReference: a site target and a trunk target in one step, two findings', () => {
    const text = edit(BASE_CR, 'targets: { callServers: [par1-cs1] }', 'targets: { sites: [PAR3], trunks: [par1-cs1-tpz] }');
    const findings = own({ [CR_PATH]: text });
    expect(findings.map((f) => [f.data.kind, f.data.id, f.data.suggestion, f.line, f.column])).toEqual([
      ['site', 'PAR3', 'PAR1', ...Object.values(positionOf(text, 'PAR3'))],
      ['trunk', 'par1-cs1-tpz', 'par1-cs1-tpa', ...Object.values(positionOf(text, 'par1-cs1-tpz'))],
    ]);
  });

  it('unknownReference: a PSAP named in a notification, with no near id', () => {
    const text = edit(BASE_CR, 'state: approved\n', 'state: approved\nnotify:\n  - { party: psap, name: Liaison, psaps: [SAMU-13], leadTimeHours: 48 }\n');
    const [f] = own({ [CR_PATH]: text });
    expect(f).toMatchObject({ messageId: 'unknownReference', ...positionOf(text, 'SAMU-13') });
    expect(f!.message).toMatch(/^unknown PSAP "SAMU-13"(; did you mean "SAMU-(75|69)"\?)?$/);
  });

  it('unknownReference: a waiver for a change request that does not exist', () => {
    const waiver = 'kind: Waiver\nid: W-1\nrule: test-every-step\nchange: CR-2026-0701\njustification: Needed before the end-of-year freeze.\napprovedBy: a.martin\nticket: CAB-1\nexpires: 2026-12-20T00:00:00+01:00\n';
    const findings = own({ [CR_PATH]: BASE_CR, 'waivers/W-1.yaml': waiver });
    expect(findings.map((f) => [f.messageId, f.file, f.line, f.column, f.data.suggestion])).toEqual([
      ['unknownReference', 'waivers/W-1.yaml', 4, 9, 'CR-2026-0700'],
    ]);
  });

  it('duplicateId: a trunk defined twice, pointing at the second with the first file named', () => {
    const extra = 'kind: Inventory\ntrunks:\n  - { id: lil1-cs2-tma, callServer: lil1-cs2, switch: TR-MRS-A, capacity: { sessions: 100 }, emergency: true }\n';
    const [f, ...rest] = own({ 'inventory/zz-more-trunks.yaml': extra });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'duplicateId', file: 'inventory/zz-more-trunks.yaml', path: '/trunks/0/id', ...positionOf(extra, 'lil1-cs2-tma'), data: { kind: 'trunk', id: 'lil1-cs2-tma', firstFile: 'inventory/pstn.yaml' } });
  });

  it('duplicateId: a test number that is also an emergency number', () => {
    const extra = 'kind: Inventory\ntestNumbers:\n  - { number: "+33100000001", name: PAR1 test line }\n  - { number: "112", name: Not a test line }\n';
    const [f, ...rest] = own({ 'inventory/test-numbers.yaml': extra });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'duplicateId', file: 'inventory/test-numbers.yaml', path: '/testNumbers/1/number', ...positionOf(extra, '"112"'), data: { kind: 'test number', id: '112' } });
    expect(f?.message).toBe('test number "112" is an emergency number of the inventory (inventory/emergency.yaml); remove it from testNumbers');
  });

  it('confusableId: two sites whose ids differ only by letter case', () => {
    const extra = 'kind: Inventory\nsites:\n  - { id: par1, name: Paris Nord bis, region: Ile-de-France, failureDomain: idf-north, timeZone: Europe/Paris }\n';
    const [f, ...rest] = own({ 'inventory/zz-sites.yaml': extra });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'confusableId', file: 'inventory/zz-sites.yaml', path: '/sites/0/id', ...positionOf(extra, 'par1'), data: { kind: 'site', id: 'par1', other: 'PAR1' } });
    expect(f!.message).toContain('only by letter case or look-alike characters');
  });

  it('routeMismatch: a route through a trunk of another server', () => {
    const emergency = baseText('inventory/emergency.yaml');
    const text = edit(emergency, '{ callServer: mrs1-cs1, trunk: mrs1-cs1-tma, switch: TR-MRS-A, psap: CROSS-MED }', '{ callServer: mrs1-cs1, trunk: bdx1-cs1-tma, switch: TR-MRS-A, psap: CROSS-MED }');
    const [f, ...rest] = own({ 'inventory/emergency.yaml': text });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'routeMismatch', ...positionOf(text, 'bdx1-cs1-tma, switch: TR-MRS-A, psap: CROSS-MED'), data: { expected: 'bdx1-cs1', actual: 'mrs1-cs1' } });
  });

  it('routeMismatch: a route whose switch is not the trunk\'s', () => {
    const emergency = baseText('inventory/emergency.yaml');
    const text = edit(emergency, '{ callServer: lil1-cs2, trunk: lil1-cs2-tpb, switch: TR-PAR-B, psap: PFA-197 }', '{ callServer: lil1-cs2, trunk: lil1-cs2-tpb, switch: TR-PAR-A, psap: PFA-197 }');
    const [f] = own({ 'inventory/emergency.yaml': text });
    expect(f).toMatchObject({ messageId: 'routeMismatch', path: '/emergencyNumbers/9/routes/2/switch', ...positionOf(text, 'TR-PAR-A, psap: PFA-197', 2) });
    expect(f!.message).toBe('trunk "lil1-cs2-tpb" goes to switch "TR-PAR-B", not "TR-PAR-A"');
  });

  it('routeMismatch: a route to a PSAP the number does not list', () => {
    const emergency = baseText('inventory/emergency.yaml');
    const text = edit(emergency, '{ callServer: mrs1-cs1, trunk: mrs1-cs1-tma, switch: TR-MRS-A, psap: ARCC-LYON }', '{ callServer: mrs1-cs1, trunk: mrs1-cs1-tma, switch: TR-MRS-A, psap: CROSS-MED }');
    const [f] = own({ 'inventory/emergency.yaml': text });
    expect(f).toMatchObject({ messageId: 'routeMismatch', data: { psap: 'CROSS-MED', number: '191' } });
  });

  it('duplicateDocument: a second policy', () => {
    const policy = baseText('policy/policy.yaml');
    const [f, ...rest] = own({ 'policy/zz-second.yaml': policy });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ messageId: 'duplicateDocument', file: 'policy/zz-second.yaml', ...positionOf(policy, 'Policy'), data: { kind: 'Policy', first: 'policy/policy.yaml' } });
  });

  it('missingDocument: no software catalog; the verdict is error and no rule runs', () => {
    const evaluation = evaluateInput({ 'software/catalog.yaml': null });
    const findings = evaluation.findings.filter((f) => f.ruleId === 'reference-integrity');
    expect(findings.map((f) => [f.messageId, f.file, f.line, f.column, f.data.kind])).toEqual([['missingDocument', '', 1, 1, 'SoftwareCatalog']]);
    exercised.add('missingDocument');
    expect(findings[0]!.message).toContain('see docs/formats.md');
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.network).toBeUndefined();
  });

  it('every message id is exercised', () => {
    expect(Object.keys(referenceIntegrity.messages).filter((id) => !exercised.has(id))).toEqual([]);
  });
});
