// Steps on the interconnect run inside the policy's night windows, outside freezes, away from traffic and
// from the run-up to the daily peak, and leave room in the window for their own rollback.
import { rollbackWithRecoveryMinutes } from '../src/timeline/rollback.ts';
import { defineRule } from '../src/rule-api/rule.ts';
import { dailyPeaks } from '../src/timeline/build.ts';
import { targetsOf } from '../src/timeline/targets.ts';
import { dayTypeOf, localHourStarts, localParts } from '../src/core/time.ts';
import { addDays, allowedSpans, describeWindow } from '../src/analysis/windows.ts';
import type { Opening } from '../src/analysis/windows.ts';

export interface MaintenanceWindowOptions {
  maxPeakShare: number;
  peakLeadHours: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
interface WorstHour {
  share: number;
  data: Record<string, string | number>;
}

function peakOf(values: number[]): number {
  return values.reduce((m, v) => Math.max(m, v), 0);
}

function roundShare(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export default defineRule<MaintenanceWindowOptions, 'outsideWindow' | 'rollbackOverrunsWindow' | 'inFreeze' | 'trafficTooHigh' | 'tooCloseToPeak'>({
  id: 'maintenance-window',
  title: 'Steps run inside maintenance windows, outside freezes and away from traffic peaks',
  summary:
    'Every step on a call server or trunk runs inside an allowed policy window with room for its rollback, outside freeze periods, at low forecast traffic and not in the hours before the daily peak.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'The change behind the 2 June 2021 outage of the French emergency numbers ran at 16:44, in the afternoon ahead of the evening peak, not in a night window: when the call servers went into a reboot loop the traffic was rising and there was no quiet time left to roll back. Night windows, freezes, low-traffic hours and a margin before the peak keep the blast radius and the recovery time small.',
  optionsSchema: {
    type: 'object',
    properties: {
      maxPeakShare: {
        type: 'number',
        minimum: 0,
        maximum: 10,
        description:
          'Largest forecast traffic a step may run in, as a share of the daily peak of the same day type, for all sessions and for emergency sessions (0.5 = half of the peak). Judged on every local hour the step overlaps.',
      },
      peakLeadHours: {
        type: 'number',
        minimum: 0,
        maximum: 24,
        description:
          'Hours before the daily traffic peak (the busiest forecast hour of the day type) during which no step, nor its rollback, may run; the peak hour itself is included. 0 switches this check off.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxPeakShare: 0.5, peakLeadHours: 4 },
  messages: {
    outsideWindow:
      'step {{stepId}} runs {{stepStart}} to {{stepEnd}}, which is not inside an allowed maintenance window ({{windows}}, local time {{timeZone}}); a {{dayType}} window must contain the whole step. Move the step into a window or get a waiver.',
    rollbackOverrunsWindow:
      'step {{stepId}} ends {{stepEnd}} and its rollback takes {{rollbackMinutes}} min (with the recovery of dependent traffic), so a rollback would end {{rollbackEnd}}, {{overrunMinutes}} min after the window closes at {{windowEnd}}; start earlier, shorten the step or split it so step plus rollback fit in the window.',
    inFreeze:
      'step {{stepId}} ({{stepStart}} to {{stepEnd}}) falls in freeze period {{freezeId}} ({{freezeStart}} to {{freezeEnd}}: {{reason}}); no change may run then: move it outside the freeze.',
    trafficTooHigh:
      'step {{stepId}} runs in the hour starting {{hourStart}}, when the forecast is {{sessions}} sessions ({{share}} of the {{dayType}} peak of {{peakSessions}}) and {{emergencySessions}} emergency sessions ({{emergencyShare}} of {{peakEmergencySessions}}), above the allowed {{maxPeakShare}}; move it to a low-traffic hour.',
    tooCloseToPeak:
      'step {{stepId}} runs {{stepStart}} to {{stepEnd}} (with rollback to {{rollbackEnd}}), within {{peakLeadHours}} h of the daily traffic peak at {{peakStart}}; if it goes wrong, recovery would meet rising traffic. Move it away from the peak.',
  },
  waivable: true,
  check(context) {
    const { network, options } = context;
    const zone = network.policy.timeZone;
    const profiles = network.forecast.profiles;
    const peaks = {
      weekday: { total: peakOf(profiles.weekday.totalSessions), emergency: peakOf(profiles.weekday.emergencySessions) },
      weekend: { total: peakOf(profiles.weekend.totalSessions), emergency: peakOf(profiles.weekend.emergencySessions) },
      holiday: { total: peakOf(profiles.holiday.totalSessions), emergency: peakOf(profiles.holiday.emergencySessions) },
    };
    const windowList = network.policy.maintenanceWindows.map(describeWindow);
    // Steps of a large plan share a few nightly slots: what depends only on a step's window (the
    // openings around it, its worst hour, the peaks near it) is computed once per window, not per step.
    const spansByDates = new Map<string, Opening[]>();
    const spanByWindow = new Map<string, Opening | undefined>();
    const worstByWindow = new Map<string, WorstHour | undefined>();
    const peaksByRange = new Map<string, number[]>();
    /** The worst local hour of [start, end) for traffic, each measure against its own daily peak. */
    const worstHourOf = (start: number, end: number): WorstHour | undefined => {
      let worst: WorstHour | undefined;
      for (const hourStart of localHourStarts(start, end, network.forecast.timeZone)) {
        const parts = localParts(hourStart, network.forecast.timeZone);
        const dayType = dayTypeOf(parts, network.forecast.holidays);
        const profile = profiles[dayType];
        const sessions = profile.totalSessions[parts.hour] ?? 0;
        const emergencySessions = profile.emergencySessions[parts.hour] ?? 0;
        const share = peaks[dayType].total > 0 ? sessions / peaks[dayType].total : 0;
        const emergencyShare = peaks[dayType].emergency > 0 ? emergencySessions / peaks[dayType].emergency : 0;
        const worstShare = Math.max(share, emergencyShare);
        if (worstShare > options.maxPeakShare && (!worst || worstShare > worst.share)) {
          worst = {
            share: worstShare,
            data: {
              hourStart: context.formatInstant(hourStart),
              dayType,
              sessions,
              peakSessions: peaks[dayType].total,
              share: roundShare(share),
              emergencySessions,
              peakEmergencySessions: peaks[dayType].emergency,
              emergencyShare: roundShare(emergencyShare),
            },
          };
        }
      }
      return worst;
    };

    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const { servers, trunks } = targetsOf(network, step);
        if (servers.length === 0 && trunks.length === 0) continue;
        const { start, end } = step.window;
        // The window holds the rollback and the recovery of the traffic that depends on the targets.
        const rollbackMinutes = rollbackWithRecoveryMinutes(step);
        const rollbackEnd = end + rollbackMinutes * MINUTE;
        const windowAt = { file: step.at.file, pointer: step.window.at.pointer };
        // Most steps are fine: their instants are formatted only for a finding.
        let base: { stepId: string; stepStart: string; stepEnd: string } | undefined;
        const baseOf = () => (base ??= { stepId: step.id, stepStart: context.formatInstant(start), stepEnd: context.formatInstant(end) });

        // Windows: a window opening the day before can still be open at the step's start.
        const windowKey = `${start}|${end}`;
        let span = spanByWindow.get(windowKey);
        if (!spanByWindow.has(windowKey)) {
          const firstDate = addDays(localParts(start, zone).date, -1);
          const lastDate = localParts(end, zone).date;
          const datesKey = `${firstDate}|${lastDate}`;
          let spans = spansByDates.get(datesKey);
          if (!spans) spansByDates.set(datesKey, (spans = allowedSpans(network, firstDate, lastDate)));
          span = spans.find((o) => o.start <= start && end <= o.end);
          spanByWindow.set(windowKey, span);
        }
        if (!span) {
          context.reportStep(step, {
            messageId: 'outsideWindow',
            data: { ...baseOf(), windows: windowList, timeZone: zone, dayType: dayTypeOf(localParts(start, zone), network.forecast.holidays) },
            at: windowAt,
          });
        } else if (rollbackEnd > span.end) {
          context.reportStep(step, {
            messageId: 'rollbackOverrunsWindow',
            data: {
              ...baseOf(),
              rollbackMinutes,
              rollbackEnd: context.formatInstant(rollbackEnd),
              windowEnd: context.formatInstant(span.end),
              overrunMinutes: Math.ceil((rollbackEnd - span.end) / MINUTE),
              windows: span.labels,
            },
            at: step.rollback ? { file: step.at.file, pointer: step.rollback.at.pointer + '/minutes' } : windowAt,
          });
        }

        for (const freeze of network.policy.freezePeriods) {
          if (start < freeze.end && end > freeze.start) {
            context.reportStep(step, {
              messageId: 'inFreeze',
              data: { ...baseOf(), freezeId: freeze.id, reason: freeze.reason, freezeStart: context.formatInstant(freeze.start), freezeEnd: context.formatInstant(freeze.end) },
              at: windowAt,
            });
          }
        }

        // Traffic: the worst local hour the step overlaps, each measure against its own daily peak.
        if (!worstByWindow.has(windowKey)) worstByWindow.set(windowKey, worstHourOf(start, end));
        const worst = worstByWindow.get(windowKey);
        if (worst) {
          context.reportStep(step, { messageId: 'trafficTooHigh', data: { ...baseOf(), ...worst.data, maxPeakShare: options.maxPeakShare }, at: windowAt });
        }

        // Peak lead: the step and its rollback stay clear of [peak - lead, end of the peak hour).
        const leadMs = options.peakLeadHours * HOUR;
        if (leadMs > 0) {
          const rangeKey = `${start}|${rollbackEnd}`;
          let near = peaksByRange.get(rangeKey);
          if (!near) peaksByRange.set(rangeKey, (near = dailyPeaks(network, start - HOUR, rollbackEnd + leadMs)));
          const peak = near.find((p) => start < p + HOUR && rollbackEnd > p - leadMs);
          if (peak !== undefined) {
            context.reportStep(step, {
              messageId: 'tooCloseToPeak',
              data: {
                ...baseOf(),
                rollbackEnd: context.formatInstant(rollbackEnd),
                peakStart: context.formatInstant(peak),
                peakLeadHours: options.peakLeadHours,
                minutesBeforePeak: Math.max(0, Math.round((peak - start) / MINUTE)),
              },
              at: windowAt,
            });
          }
        }
      }
    }
  },
});
