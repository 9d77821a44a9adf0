// The planner's outcome in words (text) and as data (json): what the plan is, and why each choice
// (earliest start, canary, soak, waves) was made, for an engineer deciding whether to adopt it.
import { formatInstant } from '../core/time.ts';
import type { MemberCost } from './intent.ts';
import type { NoPlan, Plan, PlanError, PlanOutcome } from './plan.ts';

function cost(m: MemberCost): string {
  return `${m.routes} emergency route(s)${m.numbers.length > 0 ? ` (${m.numbers.join(', ')})` : ''}, ${m.emergencySessions} emergency sessions`;
}

function hhmm(ms: number, zone: string): string {
  return formatInstant(ms, zone).slice(11, 16);
}

export function planText(outcome: PlanOutcome): string {
  if (outcome.status === 'error') return errorText(outcome);
  if (outcome.status === 'gave-up') return `${outcome.changeId}: no plan found within ${outcome.evaluations} evaluations.\n`;
  if (outcome.status === 'no-plan') return noPlanText(outcome);
  return plannedText(outcome);
}

function plannedText(p: Plan): string {
  const at = (ms: number) => formatInstant(ms, p.zone);
  const out: string[] = [];
  const steps = p.batches.reduce((n, b) => n + b.stepIds.length, 0);
  out.push(`${p.changeId}: a safe plan exists: ${p.nights} night(s), ${steps} step(s) in ${p.batches.length} batch(es), first step ${at(p.firstStart)}, last step ends ${at(p.lastEnd)}.`);
  out.push('');
  out.push(`Earliest start: ${at(p.earliestStart.at)} (${p.earliestStart.reason}); every step is placed at the earliest slot of a maintenance window where the rules pass.`);
  out.push(
    p.objective === 'fewest-per-night'
      ? `Objective: fewest call servers per night: at most ${p.maxPerNight} in any night (no smaller limit has a plan within the horizon), then the earliest finish.`
      : `Objective: earliest finish (at most ${p.maxPerNight} call server(s) in one night; --objective fewest-per-night spreads them thinner).`,
  );
  if (p.canary) {
    const others = p.canary.runnersUp.map((m) => `${m.server} ${cost(m)}`).join('; ');
    out.push(`Canary: ${p.canary.member.server} (${p.canary.member.site}), the member whose loss costs least: ${cost(p.canary.member)}${others ? ` (next: ${others})` : ''}.`);
  }
  if (p.soak) {
    out.push(
      `Soak: ${p.soak.signature} runs on the canary alone from ${at(p.soak.canaryEnd)} until ${at(p.soak.provenAt)}` +
        (p.soak.peak !== undefined ? `, across the daily traffic peak of ${at(p.soak.peak)}` : '') +
        ` (soak until ${at(p.soak.soakEnd)}); no wave starts before it is proven.`,
    );
  }
  const limits = [...new Set(p.batches.flatMap((b) => b.limitedBy))].sort();
  out.push(
    `Waves: each as large as passes at its slot, whole sites together` +
      (p.maxWave ? `, at most ${p.maxWave.members} of the ${p.maxWave.groupSize} members (canary-and-soak maxWaveFraction ${p.maxWave.fraction})` : '') +
      (limits.length > 0 ? `; larger waves were refused by ${limits.join(', ')}` : '') +
      '.',
  );
  out.push('');
  for (const b of p.batches) {
    const what = b.kind === 'canary' ? 'canary' : `wave ${b.index}`;
    out.push(`  ${b.night}  ${hhmm(b.start, p.zone)}-${hhmm(b.end, p.zone)}  ${b.stepIds.length > 1 ? `${b.stepIds[0]}..${b.stepIds[b.stepIds.length - 1]}` : b.stepIds[0]}  ${what}: ${b.members.map((m) => m.server).join(', ')} (${b.sites.join(', ')})${b.testCalls.length > 0 ? `; test calls ${b.testCalls.join(', ')}` : ''}${b.limitedBy.length > 0 ? `; larger refused by ${b.limitedBy.join(', ')}` : ''}`);
  }
  out.push('');
  out.push(`Declared risk: ${p.declaredRisk.now}${p.declaredRisk.was !== p.declaredRisk.now ? ` (was ${p.declaredRisk.was})` : ''}.`);
  out.push('Other edits to the change request:');
  for (const n of p.notes) out.push(`  - ${n}`);
  out.push('');
  out.push(`Verified: the repository with this plan evaluates to ${p.verified.verdict}, with no blocking finding the plan adds (${p.evaluations} evaluations${p.refusedWithoutEvaluation > 0 ? `; ${p.refusedWithoutEvaluation} larger batch(es) refused without one, as they would overload a redundancy group` : ''}).`);
  out.push(`Write it into ${p.file} with: changegate plan ${p.changeId} --write (or --format yaml for the revised file).`);
  return out.join('\n') + '\n';
}

function noPlanText(n: NoPlan): string {
  const out: string[] = [];
  out.push(`${n.changeId}: no safe plan within the horizon.`);
  out.push(`Binding constraint: ${n.binding.what}.`);
  for (const f of n.binding.findings.slice(0, 5)) out.push(`  - ${f.ruleId}: ${f.message}`);
  if (n.binding.findings.length > 5) out.push(`  … and ${n.binding.findings.length - 5} more`);
  out.push('What would unblock it:');
  for (const u of n.binding.unblock) out.push(`  - ${u}`);
  if (n.placed.length > 0) out.push(`(${n.placed.length} batch(es) could be placed before that: ${n.placed.map((b) => b.members.map((m) => m.server).join('+')).join(', ')}.)`);
  return out.join('\n') + '\n';
}

function errorText(e: PlanError): string {
  return `${e.changeId}: cannot plan:\n${e.problems.map((p) => `  ${p}`).join('\n')}\n`;
}

/** The outcome as JSON: instants as ISO text in the policy zone, the revised change request's text included. */
export function planJson(outcome: PlanOutcome): string {
  return JSON.stringify(outcome, null, 2) + '\n';
}
