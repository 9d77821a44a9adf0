// The CAB review summary as one self-contained HTML file: inline CSS and SVG, no script, no font and
// nothing fetched from the network; readable on screen and printed on A4. Every value from the config
// repository goes through the `html` tag below, which escapes whatever is not already markup.
import { escapeHtml } from '../report/sanitize.ts';
import { capacitySvg, ganttSvg } from './charts.ts';
import { Clock } from './clock.ts';
import { fmt, fmt1, leftText, plural, signed } from './format.ts';
import type { CabReport, ChangeView, FindingView } from './model.ts';
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
.verdict.fail, .verdict.error { background: #fdecea; border-color: #b3261e; color: #7f1d1d; }
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
section { break-inside: auto; }
@page { size: A4; margin: 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, figure, .fact, .verdict { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #4b5563; }
}
`;

function verdictBlock(report: CabReport): Markup {
  return html`<div class="verdict ${report.verdict}" role="status"><strong>${report.verdict.toUpperCase()}</strong><span>${report.verdictText.replace(/^[A-Z]+: /, '')}</span></div>`;
}

function facts(report: CabReport): Markup {
  const cards: Markup[] = [];
  const h = report.headline;
  if (h) {
    const all = h.sitesAtRisk.length === h.siteCount;
    cards.push(html`<div class="fact ${all || h.failing ? 'bad' : ''}" data-fact="sites"><span class="small">Sites at risk at once</span><span class="big">${h.sitesAtRisk.length} of ${h.siteCount} sites</span><span class="small">${h.interval.label} (${h.dayPart}); ${h.serversAtRisk} of ${h.serverCount} call servers: ${h.sitesAtRisk.join(', ')}</span></div>`);
    if (h.nextPeak) {
      cards.push(html`<div class="fact ${h.nextPeak.before !== '' && h.dayPart !== 'night' ? 'bad' : ''}" data-fact="peak"><span class="small">Next daily traffic peak</span><span class="big">${h.nextPeak.before !== '' ? `${h.nextPeak.before} before` : 'during'}</span><span class="small">the ${h.nextPeak.dayPart} peak at ${h.nextPeak.label} (${fmt(h.nextPeak.sessions)} sessions forecast)</span></div>`);
    }
    if (h.margin) {
      const m = h.margin;
      cards.push(html`<div class="fact ${m.emergency.margin < 0 ? 'bad' : ''}" data-fact="emergency-margin"><span class="small">Emergency margin in that interval (N-1)</span><span class="big">${signed(m.emergency.margin)} sessions</span><span class="small">${m.emergency.margin < 0 ? 'below zero: ' : ''}${leftText(m.emergency)} against ${fmt(m.emergency.required)} required; all calls ${signed(m.all.margin)}</span></div>`);
    }
  }
  for (const c of report.changes) {
    const r = c.risk;
    cards.push(html`<div class="fact ${r.understated ? 'bad' : ''}" data-fact="risk"><span class="small">Risk of ${c.id}</span><span class="big">${r.derived ?? r.declared}${r.derived !== undefined ? ' (derived)' : ' (declared)'}</span><span class="small">declared ${r.declared}${r.understated ? ': the label understates the change' : ''}</span></div>`);
  }
  return html`<div class="facts">${cards}</div>`;
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
<tr><th scope="row">Purpose</th><td colspan="3">${c.purpose}</td></tr>
<tr><th scope="row">Targets</th><td colspan="3">${c.sites.length} site(s): ${c.sites.join(', ') || 'none'}; ${plural(c.servers, 'call server')}, ${plural(c.trunks, 'trunk')}</td></tr>
<tr><th scope="row">Windows</th><td>${c.windowText} (${plural(c.steps, 'step')})</td><th scope="row">Findings</th><td><span class="${c.blocking > 0 ? 'neg' : ''}">${c.blocking} blocking</span>, ${c.warnings} warning(s)</td></tr>
<tr><th scope="row">File</th><td colspan="3"><code>${c.file}</code></td></tr>
</tbody></table>${risk}${approvals}${waivers}</article>`;
}

function timelineSection(report: CabReport, clock: Clock): Markup {
  const g = report.gantt;
  if (!g) return html`<section id="timeline"><h2>Timeline</h2><p class="muted">No step to draw.</p></section>`;
  const collisions = new Set(g.bars.filter((b) => b.kind === 'collision').map((b) => `${b.changeId} ${b.stepId}`));
  return html`<section id="timeline"><h2>Timeline</h2><figure>${ganttSvg(g, clock)}<figcaption>Steps per site. Hatched: an unproven change still counted at risk until it has soaked across a traffic peak. Shaded: maintenance windows (green), freeze periods (violet), the daily traffic peak (orange). Red strip: intervals a blocking finding names.${collisions.size > 0 ? ` Grey: steps of other change requests judged together with this one (${[...collisions].join(', ')}).` : ''}</figcaption></figure></section>`;
}

function capacitySection(report: CabReport, clock: Clock): Markup {
  const cap = report.capacity;
  if (!cap || cap.rows.length === 0) return html`<section id="capacity"><h2>Capacity margin</h2><p class="muted">No interval to show.</p></section>`;
  const highlight = report.headline?.margin ? { index: report.headline.margin.index, label: report.headline.interval.label } : undefined;
  const callout = (label: string, row: typeof cap.minAll, which: 'all' | 'emergency') =>
    row ? html`<li>Minimum margin, ${label}: <strong class="${row[which].margin < 0 ? 'neg' : 'pos'}">${signed(row[which].margin)} sessions</strong> in ${row.label} (${leftText(row[which])} against ${fmt(row[which].required)} required).</li>` : '';
  const rows = cap.rows.map(
    (r) => html`<tr${r.failing ? html` class="failing"` : ''}><td>${r.label}${r.failing ? html` <span class="tag bad">failing</span>` : ''}</td><td>${r.sitesAtRisk.length} (${r.serversAtRisk} srv)</td><td class="num">${fmt(r.all.available)}</td><td class="num">${fmt(r.all.afterN1)}</td><td class="num">${fmt(r.all.forecast)}</td><td class="num ${r.all.margin < 0 ? 'neg' : 'pos'}">${signed(r.all.margin)}</td><td class="num ${r.cps.margin < 0 ? 'neg' : 'pos'}">${r.cps.margin < 0 ? '' : '+'}${fmt1(r.cps.margin)}</td><td class="num">${fmt(r.emergency.afterN1)}</td><td class="num">${fmt(r.emergency.forecast)}</td><td class="num ${r.emergency.margin < 0 ? 'neg' : 'pos'}">${signed(r.emergency.margin)}</td></tr>`,
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

function findingItem(f: FindingView): Markup {
  return html`<li data-finding="${f.severity}"><span class="sev ${f.severity}">${f.blocking ? 'blocking' : f.severity}</span> <a href="${f.docHref}"><code>${f.ruleId}</code></a>${f.changeId ? html` <span class="tag">${f.changeId}${f.stepId ? ` ${f.stepId}` : ''}</span>` : ''}${f.waivedBy ? html` <span class="tag">waived by ${f.waivedBy}</span>` : ''}<br>${f.message}<br><span class="where">${f.location}</span></li>`;
}

function findingsSection(report: CabReport): Markup {
  return html`<section id="findings"><h2>Findings (${report.findings.length}, blocking first)</h2>${report.findings.length > 0 ? html`<ul class="findings">${report.findings.map(findingItem)}</ul>` : html`<p class="pos">No finding.</p>`}${report.otherFindings > 0 ? html`<p class="muted">${plural(report.otherFindings, 'finding')} about other change requests also count in the verdict; run <code>changegate check</code> to see them.</p>` : ''}${report.waived.length > 0 ? html`<h3>Waived (${report.waived.length})</h3><ul class="findings">${report.waived.map(findingItem)}</ul>` : ''}</section>`;
}

export function renderHtml(report: CabReport): string {
  const clock = new Clock(report.attestation.timeZone);
  const body = html`<main>
<header><p class="eyebrow">${report.subtitle}</p><h1>${report.title}</h1></header>
${verdictBlock(report)}
${facts(report)}
${report.notes.length > 0 ? html`<div class="notes" role="note"><ul>${report.notes.map((n) => html`<li>${n}</li>`)}</ul></div>` : ''}
${timelineSection(report, clock)}
${capacitySection(report, clock)}
${findingsSection(report)}
<section id="overview"><h2>Overview</h2>${report.changes.map((c) => changeSection(c, report))}</section>
${blastSection(report)}
${rollbackSection(report)}
${verificationSection(report)}
${stakeholderSection(report)}
${attestation(report)}
<footer class="muted"><p>Generated by changegate from the same evaluation as <code>changegate check</code>; the verdict above is that evaluation's verdict.</p></footer>
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
