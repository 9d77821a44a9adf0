// Change requests and policy edits for the trust tests, on top of the six-site test network (test/support/builders.ts):
// an honest plan that passes every rule, and the attacks a change's author could try on it.
import { tempDir } from '../git/helpers.ts';
import { block, changeRequest, networkText, night, step, stepLines, testCalls, writeNetwork } from '../support/builders.ts';

export const HONEST_CR = 'changes/CR-2026-0900.yaml';
export const WIDE_CR = 'changes/CR-2026-0901.yaml';

export const NOTIFY = `notify:
  - { party: regulator, name: ARCEP duty desk, leadTimeHours: 72 }
  - { party: psap, name: PSAP liaison officers, psaps: [SAMU-75, CTA-69, CNR-114, PFA-197, CIC-75, CTA-75, SAMUSOCIAL-75, SNATED-119, ARCC-LYON, CROSS-MED, SAMU-69], leadTimeHours: 48 }
  - { party: noc, name: Voice core NOC, leadTimeHours: 24 }
escalation: { contact: NOC duty manager (voice core), phone: "+33 1 00 00 00 00", targetMinutes: 30 }
`;

/** The numbers par1-cs1 serves, as test calls. */
export const PAR1_CS1_CALLS = '[{ number: "15" }, { number: "18" }, { number: "114" }, { number: "197" }]';

export interface PushStep {
  id: string;
  server: string;
  /** Local date-time of the start in December 2026, e.g. "08T00:30"; the step lasts one hour. */
  start: string;
  end: string;
  procedure?: string;
  extra?: string;
  calls?: string;
  dependsOn?: string;
}

/** A config-push step: procedure on line +2 when given, test calls last. */
export function pushStep(s: PushStep): string {
  const push = step({
    id: s.id,
    action: 'config-push',
    procedure: s.procedure,
    targets: { callServers: [s.server] },
    window: { start: `2026-12-${s.start}:00+01:00`, end: `2026-12-${s.end}:00+01:00` },
    dependsOn: s.dependsOn === undefined ? undefined : `[${s.dependsOn}]`,
    rollback: { procedure: 'Restore the previous configuration backup', minutes: 20 },
  });
  return push + (s.extra ?? '') + stepLines({ verification: block({ testCalls: s.calls ?? PAR1_CS1_CALLS }) });
}

/** A change request of trunk-group pushes, proposed, notifying everyone NOTIFY names. */
export function trunkGroupChange(id: string, title: string, steps: string): string {
  return changeRequest(id, steps, { title, purpose: 'Apply the trunk-group settings agreed with the transit operator', state: 'proposed', head: NOTIFY });
}

/** The honest plan: one config-push of a named procedure on one canary server, verified by test calls. */
export function honestPush(extra = ''): string {
  return trunkGroupChange('CR-2026-0900', 'Push the new trunk-group configuration to par1-cs1', pushStep({ id: 's1', server: 'par1-cs1', start: '08T00:30', end: '08T01:30', procedure: 'CFG-TRUNKGROUP-V7', extra }));
}

/**
 * Reinstalls the running 7.4.2 on three servers on two sites at once: fine for every rule except
 * redundancy-group-concurrency (at most 1 site and 2 servers at risk together by default).
 */
export const WIDE_REINSTALL = changeRequest(
  'CR-2026-0901',
  [
    {
      id: 's1',
      action: 'software-upgrade',
      software: { version: '7.4.2', previousVersion: '7.4.2' },
      targets: { callServers: ['par1-cs1', 'par1-cs2', 'par2-cs1'] },
      window: night(10, '00:30', '01:30'),
      rollback: { procedure: 'Boot the standby partition', minutes: 20 },
      verification: block(testCalls('15', '17', '18', '112', '114', '115', '119', '191', '196', '197')),
    },
  ],
  { title: 'Reinstall 7.4.2 on three call servers', purpose: 'Clear a corrupted partition reported by the vendor', state: 'proposed', head: NOTIFY },
);

export const KNOWN_BAD_SHA = 'e3'.repeat(32);
export const GOOD_SHA = '4f'.repeat(32);

/** The base catalog with a known-bad configuration file, listed by name and digest. */
export function catalogWithBadFile(): string {
  return (
    networkText('software/catalog.yaml').trimEnd() +
    `
  - artefact: trunk-groups-2026-11.cfg
    sha256: ${KNOWN_BAD_SHA}
    reason: Trunk-group file that sets every emergency trunk out of service on reload
    reference: INC-2026-1107
`
  );
}

export const TEST_NUMBERS = `kind: Inventory
testNumbers:
  - { number: "+33100000001", name: PAR1 test line (answering machine) }
`;

/** A folder holding the base network plus the given files (repository-relative path -> text). */
export function networkFolder(files: Record<string, string>): string {
  return writeNetwork(tempDir('changegate-trust-'), files);
}
