// Small generated repositories for the planner: a synthetic network (bench/generate.ts) plus one
// incident-shaped change request, a procedure pushed to every member of one redundancy group at once in
// the afternoon. Used by the planner's optimality and property tests and by `npm run bench`.
import type { RepoFile } from '../src/engine/evaluate.ts';
import { generateRepo } from './generate.ts';

export interface PlanInstanceParams {
  sites: number;
  serversPerSite: number;
  /** Synthetic change requests besides the planned one (they may collide with it). */
  otherChanges: number;
  /** Minutes of the planned change's step. */
  stepMinutes: number;
  rollbackMinutes: number;
  /** Sessions of every call server (small values make surviving capacity impossible). */
  serverSessions?: number;
  seed: number;
}

export const PLANNED_CHANGE = 'CR-PLAN';
/** The plan is made as of this instant: a Saturday, two days before the synthetic changes begin. */
export const PLAN_FROM = Date.parse('2027-01-09T09:00:00+01:00');

export function planInstance(p: PlanInstanceParams): RepoFile[] {
  const repo = generateRepo({ sites: p.sites, serversPerSite: p.serversPerSite, trunksPerServer: 2, changes: p.otherChanges, stepsPerChange: 3, days: 10, seed: p.seed, startWithinDays: 4 });
  const files = new Map(repo.files);
  if (p.serverSessions !== undefined) {
    files.set('inventory/network.yaml', (files.get('inventory/network.yaml') as string).replaceAll('capacity: { sessions: 10000, cps: 150 }', `capacity: { sessions: ${p.serverSessions}, cps: 150 }`));
  }
  const members = Array.from({ length: p.sites }, (_, i) => `s${String(i + 1).padStart(3, '0')}-cs1`);
  const end = 16 * 60 + p.stepMinutes;
  files.set(
    `changes/${PLANNED_CHANGE}.yaml`,
    [
      '# The change to plan: one procedure on every emergency call server at once, in the afternoon.',
      'kind: ChangeRequest',
      `id: ${PLANNED_CHANGE}`,
      'title: Push the routing procedure to the emergency call servers',
      'owner: eng.b',
      'purpose: Apply PROC-NEW everywhere.',
      'declaredRisk: low',
      'state: proposed',
      'notify:',
      '  - { party: regulator, name: Regulator, leadTimeHours: 48 }',
      '  - { party: psap, name: PSAP liaison, leadTimeHours: 48 }',
      '  - { party: noc, name: NOC, leadTimeHours: 24 }',
      'escalation: { contact: NOC duty manager, targetMinutes: 30 }',
      'steps:',
      '  - id: s1',
      '    action: config-push',
      '    procedure: PROC-NEW',
      `    targets: { callServers: [${members.join(', ')}] }`,
      `    window: { start: 2027-01-11T16:00:00+01:00, end: 2027-01-11T${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}:00+01:00 }`,
      `    rollback: { procedure: Revert to PROC-OLD, minutes: ${p.rollbackMinutes}, includesTrafficRecovery: true }`,
      '',
    ].join('\n'),
  );
  return [...files].map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));
}
