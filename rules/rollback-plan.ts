// Every step that can take an element down says how it is undone and how long that takes, bounded by
// policy; an upgrade keeps the version it can go back to.
import { defineRule } from '../src/rule-api/rule.ts';
import type { Network, Step } from '../src/model/types.ts';
import { targetsOf } from '../src/timeline/targets.ts';
import { stepsEmergencyReach } from '../src/timeline/routes.ts';
import { rollbackWithRecoveryMinutes } from '../src/timeline/rollback.ts';

export interface RollbackPlanOptions {
  maxRollbackMinutes: number;
  trafficRecoveryMinutes: number;
  requireRecoveryForRoles: string[];
}

/**
 * A step puts its targets at risk when it declares a capacity loss, or when its action changes the
 * element (anything but drain and restore, which only move traffic).
 */
export function putsAtRisk(step: Step): boolean {
  return step.capacityLoss > 0 || (step.action !== 'drain' && step.action !== 'restore');
}

/** The step touches an element marked emergency, or one that an emergency number routes through. */
function onEmergencyElements(network: Network, step: Step): boolean {
  const { servers, trunks } = targetsOf(network, step);
  const inv = network.inventory;
  if (servers.some((s) => inv.callServers.get(s)?.emergency) || trunks.some((t) => inv.trunks.get(t)?.emergency)) return true;
  return stepsEmergencyReach(network, [step]).numbers.length > 0;
}

export default defineRule<RollbackPlanOptions, 'missingRollback' | 'rollbackTooLong' | 'rollbackTooLongWithRecovery' | 'rollbackTooLongWithDependentRecovery' | 'missingRecovery' | 'missingPreviousVersion'>({
  id: 'rollback-plan',
  title: 'Risky steps have a bounded rollback',
  summary:
    'Every step that puts an element at risk has a rollback procedure whose duration (with traffic recovery on emergency elements) stays within the policy bound; software upgrades name the previous version.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'In public outage reports, rollbacks that took far longer than the change turned short faults into long outages; on 2 June 2021 the call servers stayed in a reboot loop for hours. A written, timed way back, and the previous software version kept at hand, bound how long emergency callers can be cut off when a step goes wrong.',
  optionsSchema: {
    type: 'object',
    properties: {
      maxRollbackMinutes: {
        type: 'integer',
        minimum: 0,
        maximum: 10080,
        description: 'Longest acceptable rollback of one step, in minutes, including traffic recovery on emergency elements.',
      },
      trafficRecoveryMinutes: {
        type: 'integer',
        minimum: 0,
        maximum: 1440,
        description:
          'Minutes added to a rollback on emergency elements whose `includesTrafficRecovery` is false and that states no `recovery`: the time for emergency traffic to come back once the element is restored.',
      },
      requireRecoveryForRoles: {
        type: 'array',
        items: { type: 'string', enum: ['mgcf', 'sbc', 'tdm-gateway', 'softswitch', 'bgcf', 'other'] },
        uniqueItems: true,
        description:
          'Call-server roles whose steps must state `rollback.recovery` (what depends on the element and how long it takes to recover after a rollback, e.g. subscriber re-registration after a core element returns), e.g. ["sbc"].',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxRollbackMinutes: 60, trafficRecoveryMinutes: 30, requireRecoveryForRoles: [] },
  messages: {
    missingRollback:
      'step {{stepId}} ({{action}}, capacity loss {{capacityLoss}}) puts {{targets}} at risk but has no rollback; add rollback.procedure and rollback.minutes (at most {{maxRollbackMinutes}}).',
    rollbackTooLong:
      'rollback of step {{stepId}} takes {{totalMinutes}} min, more than the allowed {{maxRollbackMinutes}} min; make the step smaller or find a faster way back.',
    rollbackTooLongWithRecovery:
      'rollback of step {{stepId}} takes {{rollbackMinutes}} min plus {{trafficRecoveryMinutes}} min of emergency traffic recovery (includesTrafficRecovery is false) = {{totalMinutes}} min, more than the allowed {{maxRollbackMinutes}} min; make the step smaller, find a faster way back, or state includesTrafficRecovery: true if the minutes already cover it.',
    rollbackTooLongWithDependentRecovery:
      'rollback of step {{stepId}} takes {{rollbackMinutes}} min plus {{recoveryMinutes}} min for {{recoveryOf}} to recover = {{totalMinutes}} min, more than the allowed {{maxRollbackMinutes}} min; make the step smaller or find a faster way back.',
    missingRecovery:
      'step {{stepId}} acts on {{servers}} (role {{roles}}), and the policy requires a recovery estimate for these roles: add rollback.recovery with what depends on them and how many minutes it takes to recover after the rollback (for example re-registration of subscribers).',
    missingPreviousVersion:
      'software upgrade step {{stepId}} to {{version}} does not name software.previousVersion; name the version kept for rollback (the targets run {{runningVersions}}).',
  },
  waivable: true,
  check(context) {
    const { network, options } = context;
    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const { servers, trunks } = targetsOf(network, step);
        if (servers.length === 0 && trunks.length === 0) continue;
        const file = step.at.file;
        if (step.action === 'software-upgrade' && step.software && step.software.previousVersion === undefined) {
          const running = [...new Set(servers.map((s) => network.inventory.callServers.get(s)?.softwareVersion).filter((v): v is string => v !== undefined))].sort();
          context.reportStep(step, {
            messageId: 'missingPreviousVersion',
            data: { stepId: step.id, version: step.software.version, runningVersions: running },
            at: { file, pointer: step.software.at.pointer },
            atKey: true,
          });
        }
        if (!putsAtRisk(step)) continue;
        if (!step.rollback) {
          context.reportStep(step, {
            messageId: 'missingRollback',
            data: { stepId: step.id, action: step.action, capacityLoss: step.capacityLoss, targets: [...servers, ...trunks.filter((t) => !servers.includes(network.inventory.trunks.get(t)?.callServer ?? ''))], maxRollbackMinutes: options.maxRollbackMinutes },
            at: { file, pointer: `${step.at.pointer}/id` },
          });
          continue;
        }
        const requiring = servers.filter((s) => options.requireRecoveryForRoles.includes(network.inventory.callServers.get(s)?.role ?? ''));
        if (requiring.length > 0 && !step.rollback.recovery) {
          const roles = [...new Set(requiring.map((s) => network.inventory.callServers.get(s)?.role ?? ''))].sort();
          context.reportStep(step, { messageId: 'missingRecovery', data: { stepId: step.id, servers: requiring, roles }, at: step.rollback.at, atKey: true });
        }
        const stated = step.rollback.recovery;
        if (stated) {
          // The step states what depends on its targets and how long that takes: that figure, not the default.
          const total = rollbackWithRecoveryMinutes(step);
          if (total > options.maxRollbackMinutes) {
            context.reportStep(step, {
              messageId: 'rollbackTooLongWithDependentRecovery',
              data: { stepId: step.id, rollbackMinutes: step.rollback.minutes, recoveryMinutes: stated.minutes, recoveryOf: stated.of, totalMinutes: total, maxRollbackMinutes: options.maxRollbackMinutes },
              at: { file, pointer: `${step.rollback.at.pointer}/recovery/minutes` },
            });
          }
          continue;
        }
        const recovery = !step.rollback.includesTrafficRecovery && onEmergencyElements(network, step) ? options.trafficRecoveryMinutes : 0;
        const total = step.rollback.minutes + recovery;
        if (total > options.maxRollbackMinutes) {
          context.reportStep(step, {
            messageId: recovery > 0 ? 'rollbackTooLongWithRecovery' : 'rollbackTooLong',
            data: { stepId: step.id, rollbackMinutes: step.rollback.minutes, trafficRecoveryMinutes: recovery, totalMinutes: total, maxRollbackMinutes: options.maxRollbackMinutes },
            at: { file, pointer: `${step.rollback.at.pointer}/minutes` },
          });
        }
      }
    }
  },
});
