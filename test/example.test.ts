// The bundled example network is the project's promise in one place: the staged capacity upgrade
// passes every rule, and the change shaped like the 2 June 2021 incident is refused for the reasons
// examples/six-sites/README.md gives, with the numbers a CAB member would check.
import { describe, expect, it } from 'vitest';
import { evaluate } from './default-pack.ts';
import { readFolder } from '../src/source/folder.ts';

const asOf = Date.parse('2026-11-27T09:00:00+01:00');
const evaluation = evaluate(readFolder(`${import.meta.dirname}/../examples/six-sites`).files, { asOf });
const on = (changeId: string) => evaluation.findings.filter((f) => f.changeId === changeId);

describe('examples/six-sites', () => {
  it('evaluates everything with every rule and says so', () => {
    expect(evaluation.verdict).toBe('fail');
    expect(evaluation.counts).toMatchObject({ files: 13, changeRequests: 2, changeRequestsConsidered: 2, steps: 19, rules: 19 });
    expect(evaluation.counts.intervals).toBeGreaterThan(0);
    expect(evaluation.findings.filter((f) => f.changeId === undefined)).toEqual([]);
  });

  it('passes the staged capacity upgrade (one site per night) on every rule', () => {
    expect(on('CR-2026-0412').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('refuses the incident-shaped reconnection for the documented reasons', () => {
    const rules = new Set(on('CR-2026-0601').filter((f) => f.severity === 'error').map((f) => f.ruleId));
    expect([...rules].sort()).toEqual(
      [
        'approvals',
        'canary-and-soak',
        'emergency-route-diversity',
        'maintenance-window',
        'post-step-verification',
        'redundancy-group-concurrency',
        'risk-classification',
        'stakeholder-notification',
        'surviving-capacity',
      ].sort(),
    );
  });

  it('says which interval, which sites, what capacity remained and which numbers lost diversity', () => {
    const whole = on('CR-2026-0601').find((f) => f.messageId === 'wholeGroupAtRisk');
    expect(whole?.data).toMatchObject({ group: 'ECI', sites: ['BDX1', 'LIL1', 'LYO1', 'MRS1', 'PAR1', 'PAR2'] });
    expect(whole?.message).toContain('2026-12-09 16:30 (+01:00)');
    const emergency = on('CR-2026-0601').find((f) => f.ruleId === 'surviving-capacity' && f.data.scope === 'emergency');
    expect(emergency?.data).toMatchObject({ availableSessions: 0, requiredSessions: 1008, marginSessions: -1008, intervalStart: '2026-12-09 16:30 (+01:00)' });
    const numbers = on('CR-2026-0601').filter((f) => f.ruleId === 'emergency-route-diversity').map((f) => f.data.number);
    expect(numbers.sort()).toEqual(['112', '114', '115', '119', '15', '17', '18', '191', '196', '197']);
    const risk = on('CR-2026-0601').find((f) => f.ruleId === 'risk-classification');
    expect(risk?.data).toMatchObject({ declared: 'low', derived: 'critical' });
  });
});

describe('tuning the example without touching code', () => {
  const base = readFolder(`${import.meta.dirname}/../examples/six-sites`).files;
  const withFiles = (extra: Record<string, string>, policyRules?: string) =>
    base
      .map((f) =>
        f.path === 'policy/policy.yaml' && policyRules
          ? { path: f.path, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace('rules: {}', policyRules)) }
          : f,
      )
      .concat(Object.entries(extra).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })));
  const waiver = (expires: string) => `kind: Waiver
id: W-2026-0601-NOTIFY
rule: stakeholder-notification
change: CR-2026-0601
justification: The regulator and the PSAP liaison officers are told by the crisis cell, outside the change tool.
requestedBy: m.leroy
approvedBy:
  - a.martin
  - l.bernard
ticket: CAB-2026-1201
expires: ${expires}
`;

  it('a policy override changes a rule severity and options, validated against the rule', () => {
    const tuned = evaluate(withFiles({}, 'rules:\n  maintenance-window:\n    severity: warning\n    options: { maxPeakShare: 0.99 }\n'), { asOf });
    const window = tuned.findings.filter((f) => f.ruleId === 'maintenance-window');
    expect(window.length).toBeGreaterThan(0);
    expect(window.every((f) => f.severity === 'warning')).toBe(true);
    expect(window.map((f) => f.messageId)).not.toContain('trafficTooHigh');
    const typo = evaluate(withFiles({}, 'rules:\n  maintenance-window:\n    options: { maxPeakShar: 0.9 }\n'), { asOf });
    expect(typo.verdict).toBe('error');
    expect(typo.findings.find((f) => f.ruleId === 'gate-config')).toMatchObject({ messageId: 'badOption', file: 'policy/policy.yaml', data: { suggestion: 'maxPeakShare' } });
  });

  it('an expiring waiver covers its rule on its change until it expires, counted and listed', () => {
    const current = evaluate(withFiles({ 'waivers/W-2026-0601-NOTIFY.yaml': waiver('2026-12-31T00:00:00+01:00') }), { asOf });
    expect(current.findings.filter((f) => f.ruleId === 'stakeholder-notification')).toEqual([]);
    expect(current.waived.map((f) => [f.ruleId, f.waivedBy])).toEqual(Array(4).fill(['stakeholder-notification', 'W-2026-0601-NOTIFY']));
    expect(current.counts.waived).toBe(4);
    expect(current.verdict).toBe('fail');
    const expired = evaluate(withFiles({ 'waivers/W-2026-0601-NOTIFY.yaml': waiver('2026-11-01T00:00:00+01:00') }), { asOf });
    expect(expired.waived).toEqual([]);
    expect(expired.findings.filter((f) => f.ruleId === 'stakeholder-notification')).toHaveLength(4);
    expect(expired.findings.find((f) => f.ruleId === 'waiver-validity')).toMatchObject({ messageId: 'expired', file: 'waivers/W-2026-0601-NOTIFY.yaml' });
  });
});
