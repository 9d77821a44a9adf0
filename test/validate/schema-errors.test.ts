// Each kind of mistake a network engineer makes in a change request or the inventory, evaluated through
// the real engine on the base network: exactly one finding, understandable, on the exact line and column.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.ts';
import { BASE_CR, CR_PATH, baseText, describeFinding, edit, inputFindings, positionOf } from './helpers.ts';

function only(findings: Finding[]): Finding {
  expect(findings.map(describeFinding)).toHaveLength(1);
  return findings[0]!;
}

describe('the base change request is valid', () => {
  it('has no input finding', () => {
    expect(inputFindings({ [CR_PATH]: BASE_CR })).toEqual([]);
  });
});

describe('schema errors in a change request: one located finding each', () => {
  it('missing field', () => {
    const text = edit(BASE_CR, 'owner: j.dupont\n', '');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ ruleId: 'schema-valid', messageId: 'missingProperty', file: CR_PATH, line: 1, column: 1, path: '', data: { property: 'owner' } });
    expect(f.message).toMatch(/^missing required property `owner` \(.*who owns/i);
  });

  it('missing field in a step: located on the step', () => {
    const text = edit(BASE_CR, '    targets: { callServers: [par1-cs1] }\n', '');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'missingProperty', path: '/steps/0', ...positionOf(text, 'id: s1'), data: { property: 'targets' } });
  });

  it('wrong type', () => {
    const text = edit(BASE_CR, 'minutes: 40', 'minutes: forty');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'wrongType', path: '/steps/1/rollback/minutes', ...positionOf(text, 'forty'), data: { expected: 'integer', actual: 'string' } });
    expect(f.message).toBe('`minutes` must be an integer, not the text "forty"');
  });

  it('wrong type: an unquoted emergency number', () => {
    const text = edit(BASE_CR, '    rollback: { procedure: Re-admit traffic, minutes: 10 }\n', '    rollback: { procedure: Re-admit traffic, minutes: 10 }\n    verification: { testCalls: [{ number: 112 }] }\n');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'wrongType', path: '/steps/0/verification/testCalls/0/number', ...positionOf(text, '112') });
    expect(f.message).toContain('quote it');
  });

  it('unknown key, with "did you mean" for a misspelt one', () => {
    const text = edit(BASE_CR, '    dependsOn: [s1]\n', '    dependsOn: [s1]\n    capacityLos: 0.5\n');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'unknownProperty', path: '/steps/1/capacityLos', ...positionOf(text, 'capacityLos'), data: { property: 'capacityLos', suggestion: 'capacityLoss' } });
    expect(f.message).toBe('unknown property `capacityLos`; did you mean `capacityLoss`?');
  });

  it('a time zone abbreviation or fixed offset is refused, as documented, and says what to write', () => {
    for (const zone of ['CET', 'EST', 'Etc/GMT-1']) {
      const text = edit(BASE_CR, '      timeZone: Europe/Paris', `      timeZone: ${zone}`);
      const f = only(inputFindings({ [CR_PATH]: text }));
      expect(f).toMatchObject({ messageId: 'badFormat', ...positionOf(text, zone), data: { format: 'iana-time-zone', value: zone } });
      expect(f.message).toContain('abbreviations such as CET and fixed offsets are refused');
      expect(f.message).toContain('Europe/Paris for CET');
    }
    expect(inputFindings({ [CR_PATH]: edit(BASE_CR, '      timeZone: Europe/Paris', '      timeZone: UTC') })).toEqual([]);
  });

  it("a step's key that slipped out of its step asks whether to indent it under the step", () => {
    const text = `${BASE_CR}verification: { testCalls: [] }\n`;
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'unknownProperty', path: '/verification', ...positionOf(text, 'verification:') });
    expect(f.message).toBe('unknown property `verification`; it is a property of a step: did you mean to indent it under step s2?');
  });

  it('unknown key with nothing close: lists what is allowed', () => {
    const text = edit(BASE_CR, 'state: approved\n', 'state: approved\nticketSystem: jira\n');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'unknownProperty', ...positionOf(text, 'ticketSystem') });
    expect(f.message).toMatch(/^unknown property `ticketSystem`; allowed here: kind, id, title, owner/);
  });

  it('bad enum value, with "did you mean"', () => {
    const text = edit(BASE_CR, 'action: software-upgrade', 'action: sofware-upgrade');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'notAllowed', path: '/steps/1/action', ...positionOf(text, 'sofware-upgrade'), data: { value: 'sofware-upgrade', suggestion: 'software-upgrade' } });
    expect(f.message).toMatch(/not allowed; expected one of software-upgrade, config-push, .*\. Did you mean `software-upgrade`\?$/);
  });

  it('bad time zone, with "did you mean"', () => {
    const text = edit(BASE_CR, 'timeZone: Europe/Paris', 'timeZone: Europe/Pari');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'badFormat', path: '/steps/1/window/timeZone', ...positionOf(text, 'Europe/Pari'), data: { format: 'iana-time-zone', suggestion: 'Europe/Paris' } });
    expect(f.message).toContain('not an IANA time zone name');
    expect(f.message).toContain('Did you mean `Europe/Paris`?');
  });

  it('a date-time that is not one', () => {
    const text = edit(BASE_CR, 'end: 2026-12-08T00:50:00+01:00', 'end: 2026-12-08 00:50');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'badFormat', path: '/steps/0/window/end', ...positionOf(text, '2026-12-08 00:50') });
    expect(f.message).toContain('not a date-time; write it like 2026-12-08T00:30:00+01:00');
  });

  it('end before start', () => {
    const text = edit(BASE_CR, 'end: 2026-12-08T02:30:00+01:00', 'end: 2026-12-08T00:40:00+01:00');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ ruleId: 'schema-valid', messageId: 'endNotAfterStart', path: '/steps/1/window/end', ...positionOf(text, '2026-12-08T00:40:00+01:00'), changeId: 'CR-2026-0700' });
    expect(f.message).toBe('the window ends (2026-12-08T00:40:00+01:00) before it starts (2026-12-08T00:50:00+01:00); end must be after start');
  });

  it('a local time that the spring daylight-saving change skips', () => {
    let text = edit(BASE_CR, 'start: 2026-12-08T00:50:00+01:00', 'start: 2027-03-28T02:30');
    text = edit(text, 'end: 2026-12-08T02:30:00+01:00', 'end: 2027-03-28T04:00');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'nonexistentLocalTime', path: '/steps/1/window/start', ...positionOf(text, '2027-03-28T02:30'), data: { value: '2027-03-28T02:30', zone: 'Europe/Paris' } });
    expect(f.message).toContain('does not exist in Europe/Paris');
    expect(f.message).toContain('explicit offset');
  });

  it('a local time that the autumn change repeats', () => {
    let text = edit(BASE_CR, 'start: 2026-12-08T00:50:00+01:00', 'start: 2026-10-25T02:30');
    text = edit(text, 'end: 2026-12-08T02:30:00+01:00', 'end: 2026-10-25T04:00');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'ambiguousLocalTime', ...positionOf(text, '2026-10-25T02:30') });
    expect(f.message).toContain('happens twice');
  });

  it('a missing kind, with the kind the folder suggests', () => {
    const text = edit(BASE_CR, 'kind: ChangeRequest\n', '');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'missingProperty', line: 1, column: 1, data: { suggestion: 'ChangeRequest' } });
  });

  it('a misspelt kind', () => {
    const text = edit(BASE_CR, 'kind: ChangeRequest', 'kind: ChangeRequets');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'notAllowed', line: 1, column: 7, data: { suggestion: 'ChangeRequest' } });
  });
});

describe('schema errors in the inventory', () => {
  const sites = baseText('inventory/sites.yaml');

  it('bad time zone of a site', () => {
    const text = edit(sites, 'failureDomain: lyon, timeZone: Europe/Paris', 'failureDomain: lyon, timeZone: Europe/Pari');
    const f = only(inputFindings({ 'inventory/sites.yaml': text }));
    expect(f).toMatchObject({ file: 'inventory/sites.yaml', path: '/sites/2/timeZone', ...positionOf(text, 'Europe/Pari }'), data: { suggestion: 'Europe/Paris' } });
  });

  it('a misspelt key in a flow mapping', () => {
    const text = edit(sites, 'region: Nouvelle-Aquitaine', 'regoin: Nouvelle-Aquitaine');
    // The misspelt key and the then-missing `region` are one mistake: one finding, on the misspelt key.
    const f = only(inputFindings({ 'inventory/sites.yaml': text }));
    expect(f).toMatchObject({ messageId: 'unknownProperty', path: '/sites/4/regoin', ...positionOf(text, 'regoin'), data: { suggestion: 'region' } });
    expect(f.message).toContain('did you mean `region`?');
  });
});

describe('reference errors: one located finding each, with "did you mean"', () => {
  it('a step targeting an unknown server', () => {
    const text = edit(BASE_CR, 'targets: { callServers: [par1-cs1] }', 'targets: { callServers: [par1-sc1] }');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ ruleId: 'reference-integrity', messageId: 'unknownReference', path: '/steps/0/targets/callServers/0', ...positionOf(text, 'par1-sc1'), changeId: 'CR-2026-0700', data: { kind: 'call server', id: 'par1-sc1', suggestion: 'par1-cs1' } });
    expect(f.message).toBe('unknown call server "par1-sc1"; did you mean "par1-cs1"?');
  });

  it('a dependency on an unknown step', () => {
    const text = edit(BASE_CR, 'dependsOn: [s1]', 'dependsOn: [s3]');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ messageId: 'unknownReference', ...positionOf(text, 's3]'), data: { id: 's3' } });
  });

  it('a duplicate step id', () => {
    const text = edit(BASE_CR, '  - id: s2', '  - id: s1');
    const f = only(inputFindings({ [CR_PATH]: text }));
    expect(f).toMatchObject({ ruleId: 'reference-integrity', messageId: 'duplicateId', path: '/steps/1/id', ...positionOf(text, 's1\n    action: software-upgrade'), data: { kind: 'step', id: 's1' } });
    expect(f.message).toBe('duplicate step id "s1" in CR-2026-0700: already used by step 1');
  });

  it('a duplicate call server id across inventory files', () => {
    const extra = `kind: Inventory\ncallServers:\n  - { id: par2-cs1, site: PAR2, role: mgcf, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 1, cps: 1 }, redundancyGroup: ECI, emergency: true }\n`;
    const f = only(inputFindings({ 'inventory/zz-extra.yaml': extra }));
    expect(f).toMatchObject({ messageId: 'duplicateId', file: 'inventory/zz-extra.yaml', path: '/callServers/0/id', ...positionOf(extra, 'par2-cs1'), data: { kind: 'call server', id: 'par2-cs1', firstFile: 'inventory/call-servers.yaml' } });
    expect(f.message).toContain('already defined in inventory/call-servers.yaml');
  });

  it('a duplicate change request id', () => {
    const f = only(inputFindings({ [CR_PATH]: BASE_CR, 'changes/CR-2026-0700-copy.yaml': BASE_CR }));
    expect(f).toMatchObject({ messageId: 'duplicateId', file: CR_PATH, data: { kind: 'change request', id: 'CR-2026-0700' } });
    expect(f.line).toBe(positionOf(BASE_CR, 'CR-2026-0700').line);
  });

  it('a route through a trunk of another server', () => {
    const emergency = baseText('inventory/emergency.yaml');
    const from = '{ callServer: lyo1-cs1, trunk: lyo1-cs1-tla, switch: TR-LYO-A, psap: SAMU-69 }';
    const text = edit(emergency, from, '{ callServer: lyo1-cs1, trunk: lyo1-cs2-tpb, switch: TR-PAR-B, psap: SAMU-69 }');
    const f = only(inputFindings({ 'inventory/emergency.yaml': text }));
    expect(f).toMatchObject({ messageId: 'routeMismatch', path: '/emergencyNumbers/0/routes/3/trunk', ...positionOf(text, 'lyo1-cs2-tpb'), data: { trunk: 'lyo1-cs2-tpb', expected: 'lyo1-cs2', actual: 'lyo1-cs1' } });
    expect(f.message).toBe('trunk "lyo1-cs2-tpb" belongs to call server "lyo1-cs2", not "lyo1-cs1"');
  });

  it('a site of a call server that does not exist (a case slip)', () => {
    const servers = baseText('inventory/call-servers.yaml');
    const text = edit(servers, '  - id: bdx1-cs2\n    site: BDX1', '  - id: bdx1-cs2\n    site: bdx1');
    const f = only(inputFindings({ 'inventory/call-servers.yaml': text }));
    expect(f).toMatchObject({ messageId: 'unknownReference', ...positionOf(text, 'site: bdx1'), column: 11, data: { id: 'bdx1', suggestion: 'BDX1' } });
  });
});
