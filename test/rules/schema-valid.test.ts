// schema-valid through the engine, across every document kind: one located finding per mistake, with
// the message a person reads. (test/validate/schema-errors.test.ts covers the change-request mistakes in
// depth; this file covers the rule's message ids and the other kinds.)
import { describe, expect, it } from 'vitest';
import { schemaValid } from '../../rules/input-rules.ts';
import type { Finding } from '../../src/core/finding.ts';
import { BASE_CR, CR_PATH, baseText, describeFinding, edit, evaluateInput, inputFindings, positionOf } from '../validate/helpers.ts';

const exercised = new Set<string>();

/**
 * The one finding of a mistake. When the broken file is the only policy, forecast or catalog, the
 * engine does not add a second "no valid document of that kind" finding: the file's own finding says
 * what is wrong (`_missingKind` names the kind left without a valid document, for the reader).
 */
function one(files: Record<string, string | null>, _missingKind?: string): Finding {
  const all = inputFindings(files);
  expect(all.filter((f) => f.messageId === 'missingDocument')).toEqual([]);
  expect(all.map(describeFinding)).toHaveLength(1);
  const f = all[0]!;
  expect(f.ruleId).toBe('schema-valid');
  expect(f.severity).toBe('error');
  exercised.add(f.messageId);
  return f;
}

const WAIVER = `kind: Waiver
id: W-2026-001
rule: maintenance-window
change: CR-2026-0700
step: s2
justification: Vendor hot-fix must go in before the end-of-year freeze.
approvedBy: a.martin
ticket: CAB-2026-1187
expires: 2026-12-20T00:00:00+01:00
`;

describe('schema-valid', () => {
  it('valid: the base network, a change request and a waiver', () => {
    const evaluation = evaluateInput({ [CR_PATH]: BASE_CR, 'waivers/W-2026-001.yaml': WAIVER });
    expect(evaluation.findings.filter((f) => f.ruleId === 'schema-valid')).toEqual([]);
  });

  it('missingProperty: a policy without maintenance windows', () => {
    const policy = baseText('policy/policy.yaml');
    const text = edit(policy, 'maintenanceWindows:\n  - days: [weekday, weekend]\n    start: "00:00"\n    end: "05:00"\n', '');
    const f = one({ 'policy/policy.yaml': text }, 'Policy');
    expect(f).toMatchObject({ messageId: 'missingProperty', file: 'policy/policy.yaml', ...positionOf(text, 'kind: Policy'), data: { property: 'maintenanceWindows' } });
  });

  it('unknownProperty: a misspelt key in a waiver', () => {
    const text = edit(WAIVER, 'ticket:', 'tiket:');
    const f = one({ [CR_PATH]: BASE_CR, 'waivers/W-2026-001.yaml': text });
    expect(f).toMatchObject({ messageId: 'unknownProperty', ...positionOf(text, 'tiket'), data: { suggestion: 'ticket' } });
  });

  it('wrongType: a capacity written as text', () => {
    const servers = baseText('inventory/call-servers.yaml');
    const text = edit(servers, '  - id: lyo1-cs2\n    site: LYO1\n    role: mgcf\n    platform: vx-mgcf\n    vendor: VendorX\n    softwareVersion: 7.4.2\n    capacity: { sessions: 10000,', '  - id: lyo1-cs2\n    site: LYO1\n    role: mgcf\n    platform: vx-mgcf\n    vendor: VendorX\n    softwareVersion: 7.4.2\n    capacity: { sessions: 10k,');
    const f = one({ 'inventory/call-servers.yaml': text });
    expect(f).toMatchObject({ messageId: 'wrongType', path: '/callServers/5/capacity/sessions', ...positionOf(text, '10k') });
  });

  it('notAllowed: a qualification status that does not exist', () => {
    const catalog = baseText('software/catalog.yaml');
    const text = edit(catalog, 'status: in-lab', 'status: inlab');
    const f = one({ 'software/catalog.yaml': text }, 'SoftwareCatalog');
    expect(f).toMatchObject({ messageId: 'notAllowed', ...positionOf(text, 'inlab'), data: { suggestion: 'in-lab' } });
  });

  it('notAllowed: capacityChange on a step that is not a capacity change, at its key', () => {
    const text = edit(BASE_CR, '    dependsOn: [s1]\n', '    dependsOn: [s1]\n    capacityChange: { sessions: 100, cps: 1 }\n');
    const f = one({ [CR_PATH]: text });
    expect(f).toMatchObject({ messageId: 'notAllowed', path: '/steps/1/capacityChange', ...positionOf(text, 'capacityChange'), data: { property: 'capacityChange' } });
    expect(f.message).toBe('`capacityChange` is not allowed here: Not allowed on actions other than capacity-add and capacity-remove; remove it');
  });

  it('a misspelt action is one finding, not also a complaint from the branch it selects', () => {
    let text = edit(BASE_CR, 'action: software-upgrade', 'action: capacity_add');
    text = edit(text, '    software: { version: 7.5.0, previousVersion: 7.4.2 }\n', '    capacityChange: { sessions: 100, cps: 1 }\n');
    const f = one({ [CR_PATH]: text });
    expect(f).toMatchObject({ messageId: 'notAllowed', path: '/steps/1/action', ...positionOf(text, 'capacity_add'), data: { suggestion: 'capacity-add' } });
  });

  it('badFormat: a maintenance window time that is not HH:MM', () => {
    const policy = baseText('policy/policy.yaml');
    const text = edit(policy, 'end: "05:00"', 'end: "5h00"');
    const f = one({ 'policy/policy.yaml': text }, 'Policy');
    expect(f).toMatchObject({ messageId: 'badFormat', path: '/maintenanceWindows/0/end', ...positionOf(text, '"5h00"') });
  });

  it('outOfRange: a capacity loss above 100 %', () => {
    const text = edit(BASE_CR, '    dependsOn: [s1]\n', '    dependsOn: [s1]\n    capacityLoss: 1.5\n');
    const f = one({ [CR_PATH]: text });
    expect(f).toMatchObject({ messageId: 'outOfRange', path: '/steps/1/capacityLoss', ...positionOf(text, '1.5'), data: { value: 1.5, limit: 1 } });
    expect(f.message).toBe('`capacityLoss` is 1.5, but must be <= 1');
  });

  it('outOfRange: a forecast with 23 hours', () => {
    const forecast = baseText('traffic/forecast.yaml');
    const text = edit(forecast, '14000,  9500,', '9500,');
    const f = one({ 'traffic/forecast.yaml': text }, 'TrafficForecast');
    expect(f).toMatchObject({ messageId: 'outOfRange', path: '/profiles/weekday/totalSessions', ...positionOf(text, '[\n        9500') });
  });

  it('badValue: a step listed twice in dependsOn', () => {
    const text = edit(BASE_CR, 'dependsOn: [s1]', 'dependsOn: [s1, s1]');
    const f = one({ [CR_PATH]: text });
    expect(f).toMatchObject({ messageId: 'badValue', path: '/steps/1/dependsOn', ...positionOf(text, '[s1, s1]') });
    expect(f.message).toContain('remove the duplicate');
  });

  it('endNotAfterStart: a freeze period that ends before it starts', () => {
    const policy = baseText('policy/policy.yaml');
    const text = edit(policy, 'end: 2027-01-02T00:00:00+01:00', 'end: 2026-12-02T00:00:00+01:00');
    // The policy itself is schema-valid: the model reports the window, nothing is missing.
    const f = one({ 'policy/policy.yaml': text });
    expect(f).toMatchObject({ messageId: 'endNotAfterStart', path: '/freezePeriods/0/end', ...positionOf(text, '2026-12-02T00:00:00+01:00') });
  });

  it('nonexistentLocalTime: a waiver expiring inside the spring daylight-saving gap', () => {
    const text = edit(WAIVER, 'expires: 2026-12-20T00:00:00+01:00', 'expires: 2027-03-28T02:15');
    const f = one({ [CR_PATH]: BASE_CR, 'waivers/W-2026-001.yaml': text });
    expect(f).toMatchObject({ messageId: 'nonexistentLocalTime', ...positionOf(text, '2027-03-28T02:15') });
  });

  it('ambiguousLocalTime: a step starting in the repeated autumn hour (policy zone)', () => {
    let text = edit(BASE_CR, 'start: 2026-12-08T00:30:00+01:00', 'start: 2026-10-25T02:10');
    text = edit(text, 'end: 2026-12-08T00:50:00+01:00', 'end: 2026-10-25T03:30');
    const f = one({ [CR_PATH]: text });
    expect(f).toMatchObject({ messageId: 'ambiguousLocalTime', ...positionOf(text, '2026-10-25T02:10'), changeId: 'CR-2026-0700' });
    expect(f.message).toContain('2026-10-25T02:10:00+02:00');
    expect(f.message).toContain('2026-10-25T02:10:00+01:00');
  });

  it('a document that is not a mapping', () => {
    const f = one({ [CR_PATH]: '- just\n- a list\n' });
    expect(f).toMatchObject({ messageId: 'wrongType', line: 1, column: 1 });
    expect(f.message).toContain('must be a mapping with a `kind`');
  });

  it('a bad changegate.yaml stops selection with a located finding', () => {
    const config = 'kind: ChangegateConfig\ninclude: [inventory, traffic, software, policy, changes]\nincludeDraft: true\n';
    const evaluation = evaluateInput({ 'changegate.yaml': config });
    const own = evaluation.findings.filter((f) => f.ruleId === 'schema-valid');
    expect(own.map(describeFinding)).toEqual([`schema-valid/unknownProperty changegate.yaml:3:1 unknown property \`includeDraft\`; did you mean \`includeDrafts\`?`]);
    expect(evaluation.verdict).toBe('error');
  });

  it('findings cannot be switched off: the verdict is error', () => {
    const text = edit(BASE_CR, 'action: drain', 'action: drian');
    expect(evaluateInput({ [CR_PATH]: text }).verdict).toBe('error');
  });

  it('every message id is exercised', () => {
    expect(Object.keys(schemaValid.messages).filter((id) => !exercised.has(id))).toEqual([]);
  });
});
