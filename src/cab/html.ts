// The CAB review summary as one self-contained HTML file: inline CSS and SVG, no script, no font and
// nothing fetched from the network; readable on screen and printed on A4. Every value from the config
// repository goes through the `html` tag below, which escapes whatever is not already markup.
import { escapeHtml } from '../core/sanitize.ts';
import { capacitySvg, ganttSvg } from './charts.ts';
import { Clock } from './clock.ts';
import { fmt, fmt1, leftText, plural, signed } from './format.ts';
import type { CabReport, ChangeView } from './model.ts';
import { ruleDocHref } from './model.ts';
import { briefMessage, storyCountText } from './stories.ts';
import type { Story } from './stories.ts';
import type { Svg } from './svg.ts';

/** Markup that is already safe (built by this module or the SVG writer). */
class Markup {
  constructor(readonly html: string) {}
}

type Value = string | number | Markup | Svg | undefined | readonly Value[];

function render(value: Value): string {
  if (value === undefined) return '';
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && 'svg' in value) return (value as Svg).svg;
  return escapeHtml(String(value));
}

/** Tagged template: interpolated values are escaped unless they are Markup or Svg. */
function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: #1f2328; background: #ffffff; }
main { max-width: 1060px; margin: 0 auto; padding: 20px 24px 40px; }
h1 { font-size: 22px; margin: 2px 0 4px; }
h2 { font-size: 17px; margin: 26px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.eyebrow { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #4b5563; margin: 0; }
.verdict { display: flex; gap: 16px; align-items: center; margin: 12px 0; padding: 12px 16px; border-radius: 6px; border: 2px solid; }
.verdict strong { font-size: 26px; letter-spacing: .04em; }
.verdict.fail, .verdict.error, .verdict.not-evaluated { background: #fdecea; border-color: #b3261e; color: #7f1d1d; }
.verdict.warn { background: #fff4d6; border-color: #8a5a00; color: #5c3b00; }
.verdict.pass { background: #e6f4ea; border-color: #1a6b35; color: #0f4421; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 10px; margin: 10px 0 4px; }
.fact { border: 1px solid #d0d7de; border-left: 6px solid #1d4e89; border-radius: 4px; padding: 8px 12px; }
.fact.bad { border-left-color: #b3261e; }
.fact .big { display: block; font-size: 24px; font-weight: 700; line-height: 1.2; }
.fact.bad .big { color: #b3261e; }
.fact .small { color: #4b5563; font-size: 12.5px; }
figure { margin: 8px 0 14px; break-inside: avoid; }
figcaption { font-size: 12.5px; color: #4b5563; margin-top: 2px; }
svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.neg { color: #b3261e; font-weight: 700; }
.pos { color: #1a6b35; }
.sev { display: inline-block; min-width: 64px; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 700; text-align: center; }
.sev.error { background: #b3261e; color: #ffffff; }
.sev.warning { background: #8a5a00; color: #ffffff; }
.sev.notice { background: #1d4e89; color: #ffffff; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; background: #eef1f4; font-size: 12px; }
.tag.bad { background: #fdecea; color: #7f1d1d; font-weight: 600; }
.muted { color: #4b5563; }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { padding: 6px 0; border-bottom: 1px solid #e5e7eb; }
ul.findings .where { font-size: 12px; color: #4b5563; }
a { color: #0b4f9c; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
.notes { border: 1px solid #8a5a00; background: #fff8e6; padding: 8px 12px; border-radius: 4px; }
.plan { font-size: 12.5px; color: #4b5563; margin: 4px 0; }
.context { border: 1px solid #4b5563; border-left: 6px solid #4b5563; background: #f6f7f9; padding: 6px 12px; border-radius: 4px; margin: 8px 0; font-size: 13px; }
.context p { margin: 2px 0; }
.decision { border: 2px solid #1f2328; border-radius: 6px; padding: 8px 14px; margin: 12px 0; break-inside: avoid; }
.decision h2 { margin: 0 0 4px; border: 0; padding: 0; }
.decision .recommended { font-size: 17px; font-weight: 700; }
.decision ul { margin: 4px 0; padding-left: 20px; font-size: 13px; }
.sign { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6px 18px; margin-top: 8px; font-size: 12.5px; }
.sign .box { border-bottom: 1px solid #1f2328; min-height: 26px; padding-top: 2px; }
.sign .wide { grid-column: 1 / -1; min-height: 34px; }
.tick { display: inline-block; width: 12px; height: 12px; border: 1.5px solid #1f2328; vertical-align: -1px; margin-right: 4px; }
ol.top { margin: 4px 0; padding-left: 22px; font-size: 13px; }
ol.top li { margin: 2px 0; }
.appendix { break-before: page; }
.appendix > h2:first-child { margin-top: 0; }
section { break-inside: auto; }
@page { size: A4; margin: 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, figure, .fact, .verdict { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .summary { font-size: 9.5pt; }
  .summary .facts { grid-template-columns: repeat(4, 1fr); gap: 6px; }
  .summary .fact { padding: 4px 8px; }
  .summary .fact .small { font-size: 8pt; }
  .summary .decision { padding: 4px 10px; margin: 8px 0; }
  .summary .decision ul, .summary ol.top { font-size: 9pt; }
  .summary .sign { font-size: 9pt; margin-top: 4px; }
  .summary .sign .box { min-height: 22px; }
  .summary h2 { font-size: 12pt; margin: 10px 0 4px; }
  .summary header .eyebrow { font-size: 8pt; }
  .summary .fact .big { font-size: 15pt; }
  .summary .verdict { padding: 6px 12px; margin: 6px 0; }
  .summary .verdict strong { font-size: 18pt; }
  .summary h1 { font-size: 15pt; }
}
`;

const STATUS_WORD: Record<CabReport['verdict'], string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'not evaluated': 'NOT EVALUATED' };

function verdictBlock(report: CabReport): Markup {
  return html`<div class="verdict ${report.verdict.replace(' ', '-')}" role="status" data-verdict="${report.verdict}"><strong>${STATUS_WORD[report.verdict]}</strong><span>${report.verdictText.replace(/^[A-Z ]+: /, '')}</span></div>`;
}

function planAndContext(report: CabReport): Markup {
  const plan = report.plan.verdict !== report.verdict || report.otherFindings > 0 ? html`<p class="plan" data-plan="${report.plan.verdict}">${report.plan.text}</p>` : '';
  const context = report.context.length > 0 ? html`<div class="context" role="note" data-context="${report.context.map((c) => c.id).join(' ')}">${report.context.map((c) => html`<p>${c.text}</p>`)}</div>` : '';
  return html`${plan}${context}`;
}

function facts(report: CabReport): Markup {
  const cards: Markup[] = [];
  const h = report.headline;
  if (h) {
    const all = h.sitesAtRisk.length === h.siteCount;
    const others = h.others.map((o) => `${o.changeId} holds ${plural(o.sites.length, 'site')} at risk too`).join('; ');
    cards.push(html`<div class="fact ${all || h.failing ? 'bad' : ''}" data-fact="sites"><span class="small">Sites at risk at once from this change</span><span class="big">${h.sitesAtRisk.length} of ${h.siteCount} sites</span><span class="small">${h.interval.label} (${h.dayPart}); ${h.serversAtRisk} of ${h.serverCount} call servers: ${h.sitesAtRisk.join(', ')}${others !== '' ? `; ${others}` : ''}</span></div>`);
    if (h.nextPeak) {
      cards.push(html`<div class="fact ${h.nextPeak.before !== '' && h.dayPart !== 'night' ? 'bad' : ''}" data-fact="peak"><span class="small">Next daily traffic peak</span><span class="big">${h.nextPeak.before !== '' ? `${h.nextPeak.before} before` : 'during'}</span><span class="small">the ${h.nextPeak.dayPart} peak at ${h.nextPeak.label} (${fmt(h.nextPeak.sessions)} sessions forecast)</span></div>`);
    }
    if (h.margin) {
      const m = h.margin;
      const shared = h.others.length > 0 ? ` (with ${h.others.map((o) => o.changeId).join(', ')} at risk in the same interval)` : '';
      cards.push(html`<div class="fact ${m.emergency.margin < 0 ? 'bad' : ''}" data-fact="emergency-margin"><span class="small">Emergency margin in that interval (N-1)</span><span class="big">${signed(m.emergency.margin)} sessions</span><span class="small">${m.emergency.margin < 0 ? 'below zero: ' : ''}${leftText(m.emergency)} against ${fmt(m.emergency.required)} required; all calls ${signed(m.all.margin)}${shared}</span></div>`);
    }
  }
  for (const c of report.changes) {
    const r = c.risk;
    cards.push(html`<div class="fact ${r.understated ? 'bad' : ''}" data-fact="risk"><span class="small">Risk of ${c.id}</span><span class="big">${r.derived ?? r.declared}${r.derived !== undefined ? ' (derived)' : ' (declared)'}</span><span class="small">declared ${r.declared}${r.understated ? ': the label understates the change' : ''}</span></div>`);
  }
  return html`<div class="facts">${cards}</div>`;
}

/** At most this many conditions and stories on the summary page, so it prints on one A4 page; the rest are in the appendix. */
const SUMMARY_CONDITIONS = 5;
const SUMMARY_STORIES = 5;

function decisionBlock(report: CabReport): Markup {
  const d = report.decision;
  const shown = d.conditions.slice(0, SUMMARY_CONDITIONS);
  const more = d.conditions.length - shown.length;
  return html`<section class="decision" id="decision" aria-labelledby="decision-title"><h2 id="decision-title">Decision</h2>
<p>Recommended by the gate: <span class="recommended" data-recommendation="${d.recommendation}">${d.recommendation.toUpperCase()}</span></p>
<ul>${d.reasons.map((r) => html`<li>${r}</li>`)}</ul>
${shown.length > 0 ? html`<p><strong>Conditions of an approval</strong></p><ul data-conditions="${d.conditions.length}">${shown.map((c) => html`<li>${c}</li>`)}${more > 0 ? html`<li>${plural(more, 'further condition')} in the appendix.</li>` : ''}</ul>` : ''}
<div class="sign"><div class="wide">Board's decision: <span class="tick"></span>approve <span class="tick"></span>approve with conditions <span class="tick"></span>reject</div><div class="box wide">Conditions and remarks:</div><div class="box">Chair (name)</div><div class="box">Signature</div><div class="box">Date</div></div></section>`;
}

function storyLine(s: Story): Markup {
  const count = storyCountText(s);
  return html`<span class="sev ${s.severity}">${s.blocking ? 'blocking' : s.waivedBy ? 'waived' : s.severity}</span> <code>${s.ruleId}</code>${s.changeId ? html` <span class="tag">${s.changeId}${s.stepId ? ` ${s.stepId}` : ''}</span>` : ''}${count !== '' ? html` <strong>${count}</strong>` : ''}`;
}

function topFindings(report: CabReport): Markup {
  if (report.stories.length === 0) return html`<section id="top-findings"><h2>Findings of this change</h2><p class="pos">No finding of its own.</p></section>`;
  const shown = report.stories.slice(0, SUMMARY_STORIES);
  const rest = report.stories.length - shown.length;
  return html`<section id="top-findings"><h2>Findings of this change, by impact</h2><ol class="top">${shown.map((s) => html`<li data-story="${s.ruleId}">${storyLine(s)}: ${briefMessage(s.message, s.count > 1 ? 110 : 160)}</li>`)}</ol>${rest > 0 ? html`<p class="muted">${plural(rest, 'further story', 'further stories')} (${plural(report.findings.length, 'finding')} in all) in the appendix.</p>` : ''}</section>`;
}

function attestation(report: CabReport): Markup {
  const a = report.attestation;
  return html`<section id="attestation"><h2>Attestation</h2>
<p>Evaluated <strong>${plural(a.files, 'file')}</strong>, <strong>${plural(a.changeRequests, 'change request')}</strong> (${a.changeRequestsConsidered} on the timeline), <strong>${plural(a.steps, 'step')}</strong>, <strong>${plural(a.intervals, 'interval')}</strong> and <strong>${plural(a.rules, 'rule')}</strong> of <code>${a.repo}</code>, as of <strong>${a.asOfText}</strong>. Result: ${plural(a.errors, 'error')}, ${plural(a.warnings, 'warning')}, ${plural(a.notices, 'notice')}, ${a.waived} waived. Times are local to ${a.timeZone}.</p>
<p data-fact="approval-source"><strong>${a.approvals}</strong></p>
<p class="muted">Rules evaluated: ${a.ruleIds.length > 0 ? a.ruleIds.join(', ') : 'none'}.</p>
<p class="muted">Change request revisions: ${report.changes.map((c) => `${c.id} ${c.revision}`).join('; ') || 'none'}.</p></section>`;
}

function changeSection(c: ChangeView, report: CabReport): Markup {
  const approvals = c.approvals.length === 0
    ? html`<p class="neg">No approval.</p>`
    : html`<table><caption>Approvals</caption><thead><tr><th scope="col">By</th><th scope="col">Role</th><th scope="col">At</th><th scope="col">Revision</th><th scope="col">Remarks</th></tr></thead><tbody>${c.approvals.map(
        (a) => html`<tr><td>${a.by}</td><td>${a.role}</td><td>${a.at}</td><td>${a.revision === 'matches' ? 'matches' : a.revision === 'stale' ? html`<span class="neg">another revision</span>` : 'not recorded'}</td><td>${a.isOwner ? html`<span class="tag bad">owner approves own change</span> ` : ''}${a.knownApprover ? '' : html`<span class="tag bad">not an approver of the policy</span>`}</td></tr>`,
      )}</tbody></table>`;
  const waivers = c.waivers.length === 0
    ? html`<p class="muted">No waiver in force.</p>`
    : html`<table><caption>Waivers in force</caption><thead><tr><th scope="col">Waiver</th><th scope="col">Rule</th><th scope="col">Step</th><th scope="col">Expires</th><th scope="col">Approved by</th><th scope="col">Ticket</th><th scope="col" class="num">Covers</th><th scope="col">Justification</th></tr></thead><tbody>${c.waivers.map(
        (w) => html`<tr><td>${w.id}</td><td>${w.rule}</td><td>${w.step ?? 'all'}</td><td>${w.expires}</td><td>${w.approvedBy}</td><td>${w.ticket}</td><td class="num">${w.covers}</td><td>${w.justification}</td></tr>`,
      )}</tbody></table>`;
  const r = c.risk;
  const risk = html`<h3>Risk class</h3><p>Declared <strong>${r.declared}</strong>; derived by the gate: <strong class="${r.understated ? 'neg' : ''}">${r.derived ?? 'not available'}</strong>.</p>${r.reasons.length > 0 ? html`<ul>${r.reasons.map((x) => html`<li>${x}</li>`)}</ul>` : ''}${r.findings.length > 0 ? html`<p>risk-classification findings:</p><ul>${r.findings.map((x) => html`<li>${x}</li>`)}</ul>` : ''}`;
  void report;
  return html`<article id="change-${c.id}"><h3>${c.id}: ${c.title}</h3>
<table><tbody>
<tr><th scope="row">Owner</th><td>${c.owner}</td><th scope="row">State</th><td>${c.state}${c.considered ? '' : ' (not on the timeline)'}</td></tr>
${c.progress !== undefined ? html`<tr><th scope="row">Progress (record)</th><td colspan="3" class="${/FAILED|unverified/.test(c.progress) ? 'neg' : ''}">${c.progress}</td></tr>` : ''}<tr><th scope="row">Purpose</th><td colspan="3">${c.purpose}</td></tr>
<tr><th scope="row">Targets</th><td colspan="3">${c.sites.length} site(s): ${c.sites.join(', ') || 'none'}; ${plural(c.servers, 'call server')}, ${plural(c.trunks, 'trunk')}</td></tr>
<tr><th scope="row">Windows</th><td>${c.windowText} (${plural(c.steps, 'step')})</td><th scope="row">Findings</th><td><span class="${c.blocking > 0 ? 'neg' : ''}">${c.blocking} blocking</span>, ${c.warnings} warning(s)</td></tr>
<tr><th scope="row">File</th><td colspan="3"><code>${c.file}</code></td></tr>
</tbody></table>${risk}${approvals}${waivers}</article>`;
}

function timelineSection(report: CabReport, clock: Clock): Markup {
  const g = report.gantt;
  if (!g) return html`<section id="timeline"><h2>Timeline</h2><p class="muted">No step to draw.</p></section>`;
  const collisions = new Set(g.bars.filter((b) => b.kind === 'collision').map((b) => `${b.changeId} ${b.stepId}`));
  return html`<section id="timeline"><h2>Timeline</h2><figure>${ganttSvg(g, clock)}<figcaption>Steps per site. Hatched: an unproven change still counted at risk until it has soaked across a traffic peak. Shaded: maintenance windows (green), freeze periods (violet), the daily traffic peak (orange). Red strip: intervals a blocking finding about this change names.${g.contextFailing.length > 0 ? ` Grey strip: intervals only findings about other change requests name (${[...new Set(g.contextFailing.flatMap((f) => f.changes))].join(', ')}).` : ''}${collisions.size > 0 ? ` Grey: steps of other change requests judged together with this one (${[...collisions].join(', ')}).` : ''}</figcaption></figure></section>`;
}

function capacitySection(report: CabReport, clock: Clock): Markup {
  const cap = report.capacity;
  if (!cap || cap.rows.length === 0) return html`<section id="capacity"><h2>Capacity margin</h2><p class="muted">No interval to show.</p></section>`;
  const highlight = report.headline?.margin ? { index: report.headline.margin.index, label: report.headline.interval.label } : undefined;
  const callout = (label: string, row: typeof cap.minAll, which: 'all' | 'emergency') =>
    row ? html`<li>Minimum margin, ${label}: <strong class="${row[which].margin < 0 ? 'neg' : 'pos'}">${signed(row[which].margin)} sessions</strong> in ${row.label} (${leftText(row[which])} against ${fmt(row[which].required)} required)${row.others.length > 0 ? `, with ${row.others.join(', ')} at risk in the same interval` : ''}.</li>` : '';
  const rows = cap.rows.map(
    (r) => html`<tr${r.failing ? html` class="failing"` : ''}><td>${r.label}${r.failing ? html` <span class="tag bad">failing</span>` : ''}</td><td>${r.sitesAtRisk.length} (${r.serversAtRisk} srv)${r.others.length > 0 ? html`<br><span class="muted">${r.ownSites.length} from this change; also ${r.others.join(', ')}</span>` : ''}</td><td class="num">${fmt(r.all.available)}</td><td class="num">${fmt(r.all.afterN1)}</td><td class="num">${fmt(r.all.forecast)}</td><td class="num ${r.all.margin < 0 ? 'neg' : 'pos'}">${signed(r.all.margin)}</td><td class="num ${r.cps.margin < 0 ? 'neg' : 'pos'}">${r.cps.margin < 0 ? '' : '+'}${fmt1(r.cps.margin)}</td><td class="num">${fmt(r.emergency.afterN1)}</td><td class="num">${fmt(r.emergency.forecast)}</td><td class="num ${r.emergency.margin < 0 ? 'neg' : 'pos'}">${signed(r.emergency.margin)}</td></tr>`,
  );
  return html`<section id="capacity"><h2>Capacity margin</h2>
<p>Per interval: capacity not at risk, minus the remaining site whose loss hurts most (N-1), against forecast traffic × ${1 + cap.headroom} (headroom ${Math.round(cap.headroom * 100)} %), at the busiest forecast hour of the interval.</p>
<ul>${callout('all calls', cap.minAll, 'all')}${callout('emergency calls', cap.minEmergency, 'emergency')}</ul>
<figure>${capacitySvg(cap.rows, 'emergency', clock, 'cab-capacity-emergency', highlight)}</figure>
<figure>${capacitySvg(cap.rows, 'all', clock, 'cab-capacity-all', highlight)}<figcaption>Dashed outline: the interval with the most sites at risk. Margins below each column: N-1 capacity minus the requirement.</figcaption></figure>
<table><caption>Capacity per interval (sessions unless stated)</caption><thead><tr><th scope="col">Interval</th><th scope="col">Sites at risk</th><th scope="col" class="num">Not at risk</th><th scope="col" class="num">N-1</th><th scope="col" class="num">Forecast</th><th scope="col" class="num">Margin</th><th scope="col" class="num">Margin (cps)</th><th scope="col" class="num">Emergency N-1</th><th scope="col" class="num">Emergency forecast</th><th scope="col" class="num">Emergency margin</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function blastSection(report: CabReport): Markup {
  const b = report.blast;
  if (!b) return html``;
  const numbers = b.numbers.map(
    (n) => html`<tr><td><strong>${n.number}</strong> ${n.name}</td><td>${n.psaps.join(', ')}</td><td class="num">${n.touchedRoutes} / ${n.routes}</td><td class="num ${n.remaining.length < 2 ? 'neg' : ''}">${n.remaining.length}</td><td>${n.remainingSites.join(', ') || html`<span class="neg">none</span>`}</td><td>${n.worst?.label ?? ''}</td><td>${n.remaining.length > 0 ? n.remaining.join('; ') : html`<span class="neg">no route left</span>`}</td></tr>`,
  );
  return html`<section id="blast-radius"><h2>Blast radius</h2>
<p>Touched: ${plural(b.sites.length, 'site')} (${b.sites.join(', ') || 'none'}), ${plural(b.servers.length, 'call server')}, ${plural(b.trunks.length, 'trunk')}. Emergency numbers with a route through them: ${b.numbers.length}; PSAPs depending on them: ${b.psaps.length}.</p>
${b.numbers.length > 0 ? html`<table><caption>Emergency numbers and the routes that remain in their worst interval</caption><thead><tr><th scope="col">Number</th><th scope="col">PSAPs</th><th scope="col" class="num">Routes touched</th><th scope="col" class="num">Left</th><th scope="col">Sites left</th><th scope="col">Worst interval</th><th scope="col">Routes left</th></tr></thead><tbody>${numbers}</tbody></table>` : html`<p class="muted">No emergency route goes through the touched elements.</p>`}
${b.psaps.length > 0 ? html`<table><caption>PSAPs depending on touched elements</caption><thead><tr><th scope="col">PSAP</th><th scope="col">Name</th><th scope="col">Numbers</th></tr></thead><tbody>${b.psaps.map((p) => html`<tr><td>${p.id}</td><td>${p.name}</td><td>${p.numbers.join(', ')}</td></tr>`)}</tbody></table>` : ''}</section>`;
}

function rollbackSection(report: CabReport): Markup {
  if (report.rollback.length === 0) return html``;
  return html`<section id="rollback"><h2>Rollback plan</h2><table><thead><tr><th scope="col">Step</th><th scope="col">Action and targets</th><th scope="col">Window</th><th scope="col">Rollback procedure</th><th scope="col" class="num">Minutes</th><th scope="col">Fits the maintenance window</th></tr></thead><tbody>${report.rollback.map(
    (r) => html`<tr><td>${r.changeId} ${r.stepId}</td><td>${r.action}: ${r.targets}</td><td>${r.window}</td><td>${r.procedure ?? html`<span class="neg">none</span>`}${r.includesTrafficRecovery ? ' (includes traffic recovery)' : ''}</td><td class="num">${r.minutes ?? ''}</td><td class="${r.fit === 'fits' ? 'pos' : 'neg'}">${r.fitText}</td></tr>`,
  )}</tbody></table></section>`;
}

function verificationSection(report: CabReport): Markup {
  if (report.verification.length === 0) return html``;
  return html`<section id="verification"><h2>Verification plan</h2><table><thead><tr><th scope="col">Step</th><th scope="col">Test calls</th><th scope="col">Emergency numbers served</th><th scope="col">Not tested</th></tr></thead><tbody>${report.verification.map(
    (v) => html`<tr><td>${v.changeId} ${v.stepId} (${v.action})</td><td>${v.tested.length > 0 ? `${v.tested.join(', ')}${v.from.length > 0 ? ` from ${v.from.join(', ')}` : ''}` : html`<span class="muted">none</span>`}</td><td>${v.served.join(', ') || 'none'}</td><td class="${v.missing.length > 0 ? 'neg' : ''}">${v.missing.join(', ')}</td></tr>`,
  )}</tbody></table></section>`;
}

function stakeholderSection(report: CabReport): Markup {
  if (report.stakeholders.length === 0) return html``;
  return html`<section id="stakeholders"><h2>Stakeholders to notify</h2>${report.stakeholders.map(
    (s) => html`<h3>${s.changeId}</h3>${s.notify.length === 0 ? html`<p class="neg">Nobody is to be notified.</p>` : html`<table><thead><tr><th scope="col">Party</th><th scope="col">Who</th><th scope="col">Contact</th><th scope="col" class="num">Lead time</th><th scope="col">Notify by</th><th scope="col">PSAPs</th></tr></thead><tbody>${s.notify.map(
      (n) => html`<tr><td>${n.party}</td><td>${n.name}</td><td>${n.contact}</td><td class="num">${n.leadTimeHours} h</td><td class="${n.late ? 'neg' : ''}">${n.notifyBy}${n.late ? ' (already past)' : ''}</td><td>${n.psaps.join(', ')}</td></tr>`,
    )}</tbody></table>`}<p>Escalation: ${s.escalation ? html`<strong>${s.escalation.contact}</strong>${s.escalation.phone !== '' ? `, ${s.escalation.phone}` : ''}, within ${s.escalation.targetMinutes} min` : html`<span class="neg">no escalation contact</span>`}.</p>${s.uncoveredPsaps.length > 0 ? html`<p class="neg">PSAPs the change can affect that no notification names: ${s.uncoveredPsaps.join(', ')}.</p>` : ''}`,
  )}</section>`;
}

function storyItem(s: Story, docHref: (ruleId: string) => string): Markup {
  return html`<li data-finding="${s.severity}" data-count="${s.count}">${storyLine(s)} <a href="${docHref(s.ruleId)}">rule page</a>${s.waivedBy ? html` <span class="tag">waived by ${s.waivedBy}</span>` : ''}<br>${s.message}${s.count > 1 ? html` <span class="muted">(the first of ${s.count}; the others differ in ${s.varies?.label ?? 'their details'})</span>` : ''}<br><span class="where">${s.locations.join(', ')}</span></li>`;
}

function findingsSection(report: CabReport): Markup {
  const docHref = (ruleId: string) => ruleDocHref(report, ruleId);
  const blocking = report.findings.filter((f) => f.blocking).length;
  return html`<section id="findings"><h2>Findings (${report.findings.length}, ${blocking} blocking; merged into ${plural(report.stories.length, 'story', 'stories')}, by impact)</h2>${report.stories.length > 0 ? html`<ul class="findings">${report.stories.map((s) => storyItem(s, docHref))}</ul>` : html`<p class="pos">No finding.</p>`}${report.otherFindings > 0 ? html`<p class="muted">${plural(report.otherFindings, 'finding')} about other change requests also count in the plan's verdict; run <code>changegate check --change ID</code> to see them.</p>` : ''}${report.waived.length > 0 ? html`<h3>Waived (${report.waived.length})</h3><ul class="findings">${report.waived.map((f) => html`<li data-finding="waived"><span class="sev ${f.severity}">waived</span> <a href="${f.docHref}"><code>${f.ruleId}</code></a>${f.changeId ? html` <span class="tag">${f.changeId}${f.stepId ? ` ${f.stepId}` : ''}</span>` : ''} <span class="tag">waived by ${f.waivedBy ?? ''}</span><br>${f.message}<br><span class="where">${f.location}</span></li>`)}</ul>` : ''}${report.decision.conditions.length > SUMMARY_CONDITIONS ? html`<h3>All conditions of an approval</h3><ul>${report.decision.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : ''}</section>`;
}

export function renderHtml(report: CabReport): string {
  const clock = new Clock(report.attestation.timeZone);
  const body = html`<main>
<div class="summary" id="summary">
<header><p class="eyebrow">${report.subtitle} · changegate ${report.source.version}</p><h1>${report.title}</h1></header>
${verdictBlock(report)}
${planAndContext(report)}
${facts(report)}
${report.notes.length > 0 ? html`<div class="notes" role="note"><ul>${report.notes.map((n) => html`<li>${n}</li>`)}</ul></div>` : ''}
${decisionBlock(report)}
${topFindings(report)}
</div>
<div class="appendix" id="appendix">
<h2>Appendix: the detail behind the summary</h2>
${timelineSection(report, clock)}
${capacitySection(report, clock)}
${findingsSection(report)}
<section id="overview"><h2>Overview</h2>${report.changes.map((c) => changeSection(c, report))}</section>
${blastSection(report)}
${rollbackSection(report)}
${verificationSection(report)}
${stakeholderSection(report)}
${attestation(report)}
<footer class="muted"><p>Generated by changegate ${report.source.version} from the same evaluation as <code>changegate check</code>. Rule pages: ${report.docsBase}/&lt;rule&gt;.md${Object.keys(report.customRuleFiles).length > 0 ? html`; the repository's own rules (${Object.keys(report.customRuleFiles).join(', ')}) link to their Rule documents in the repository` : ''}.</p></footer>
</div>
</main>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`CAB summary: ${report.title}`)}</title>
<style>${CSS}</style>
</head>
<body>
${body.html}
</body>
</html>
`;
}
