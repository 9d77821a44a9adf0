import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  fmt,
  fmt1,
  leftText,
  plural,
  signed
} from "./cli-chunk-7YAY3WXK.js";
import {
  Clock,
  briefMessage,
  ruleDocHref,
  storyCountText
} from "./cli-chunk-UTTOBC7G.js";
import "./cli-chunk-VGQZXMZU.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import {
  escapeMarkdown,
  markdownCode,
  markdownLinkTarget
} from "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cab/markdown.ts
var md = escapeMarkdown;
function cell(text) {
  return typeof text === "number" ? String(text) : md(text);
}
function table(head, rows, raw = false) {
  const line = (cells) => `| ${cells.map((c) => raw ? String(c) : cell(c)).join(" | ")} |`;
  return [line(head.map((h) => h)), `| ${head.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
function mermaidText(text) {
  const cleaned = text.replace(/(\d\d):(\d\d)/g, "$1h$2").replace(/[^A-Za-z0-9 ._\-/+(),]/g, " ").replace(/\s+/g, " ").trim();
  return cleaned === "" ? "item" : cleaned;
}
function mermaidGantt(view, clock, title) {
  const lines = ["gantt", `  title ${mermaidText(title)}`, "  dateFormat YYYY-MM-DD HH:mm", "  axisFormat %d %b %H:%M", "  todayMarker off"];
  let n = 0;
  const task = (name, tags, start, end) => {
    n++;
    const meta = [...tags, `t${n}`, clock.mermaid(start), clock.mermaid(end)].join(", ");
    lines.push(`    ${mermaidText(name)} :${meta}`);
  };
  const context = view.shades.filter((s) => s.end > view.start && s.start < view.end);
  if (context.length > 0) {
    lines.push("  section Windows and peaks");
    for (const s of context) task(s.label, s.kind === "window" ? ["done"] : ["active"], Math.max(s.start, view.start), Math.min(s.end, view.end));
  }
  if (view.failing.length > 0) {
    lines.push("  section Failing intervals");
    for (const f of view.failing) task("failing", ["crit"], Math.max(f.start, view.start), Math.min(f.end, view.end));
  }
  for (const row of view.rows) {
    lines.push(`  section ${mermaidText(row.site)}`);
    for (const b of view.bars.filter((x) => x.site === row.site)) {
      const tags = b.kind === "collision" ? ["done"] : b.kind === "soak" ? ["active"] : b.failing ? ["crit"] : [];
      const name = b.kind === "soak" ? `${view.multiChange ? `${b.changeId} ` : ""}${b.stepId} unproven (soak)` : b.kind === "collision" || view.multiChange ? `${b.changeId} ${b.stepId} ${b.action}` : `${b.stepId} ${b.action}`;
      task(name, tags, b.start, b.end);
    }
  }
  return lines.join("\n");
}
function storyLine(s, report, brief) {
  const what = s.blocking ? "**blocking**" : s.waivedBy ? "waived" : s.severity;
  const about = s.changeId ? ` (${md(s.changeId)}${s.stepId ? ` ${md(s.stepId)}` : ""})` : "";
  const count = storyCountText(s);
  const text = brief ? briefMessage(s.message, s.count > 1 ? 110 : 160) : s.message;
  const where = brief ? "" : ` (${s.locations.map((l) => markdownCode(l)).join(", ")})`;
  return `[${markdownCode(s.ruleId)}](${markdownLinkTarget(ruleDocHref(report, s.ruleId))})${about}${count !== "" ? ` **${md(count)}**` : ""} ${what}: ${md(text)}${where}`;
}
function findingLine(f) {
  const what = f.blocking ? "**blocking**" : f.severity;
  const about = f.changeId ? ` (${md(f.changeId)}${f.stepId ? ` ${md(f.stepId)}` : ""})` : "";
  const waived = f.waivedBy ? ` waived by ${md(f.waivedBy)}` : "";
  return `- ${what} [${markdownCode(f.ruleId)}](${markdownLinkTarget(f.docHref)})${about}${waived}: ${md(f.message)} (${markdownCode(f.location)})`;
}
function renderMarkdown(report) {
  const clock = new Clock(report.attestation.timeZone);
  const out = [];
  out.push(`# CAB summary: ${md(report.title)}`, "", `_${md(report.subtitle)} \xB7 changegate ${report.source.version}_`, "");
  out.push(`> **${report.verdict.toUpperCase()}**: ${md(report.verdictText.replace(/^[A-Z ]+: /, ""))}`, "");
  if (report.plan.verdict !== report.verdict || report.otherFindings > 0) out.push(md(report.plan.text), "");
  for (const c of report.context) out.push(`> ${md(c.text)}`, "");
  const h = report.headline;
  if (h) {
    out.push("## At a glance", "");
    const others = h.others.map((o) => `${o.changeId} holds ${plural(o.sites.length, "site")} at risk in the same interval`).join("; ");
    out.push(`- **${h.sitesAtRisk.length} of ${h.siteCount} sites at risk at once from this change** (${h.serversAtRisk} of ${h.serverCount} call servers) in ${md(h.interval.label)}, ${h.dayPart}: ${md(h.sitesAtRisk.join(", "))}${others !== "" ? `; ${md(others)}` : ""}.`);
    if (h.nextPeak) out.push(`- ${h.nextPeak.before !== "" ? `**${h.nextPeak.before} before**` : "During"} the ${h.nextPeak.dayPart} traffic peak at ${md(h.nextPeak.label)} (${fmt(h.nextPeak.sessions)} sessions forecast).`);
    if (h.margin) {
      const m = h.margin;
      out.push(`- Emergency margin in that interval (N-1): **${signed(m.emergency.margin)} sessions**${m.emergency.margin < 0 ? " (below zero)" : ""}; all calls ${signed(m.all.margin)} sessions.`);
    }
    for (const c of report.changes) {
      out.push(`- Risk of ${md(c.id)}: declared **${c.risk.declared}**, derived **${c.risk.derived ?? "not available"}**${c.risk.understated ? " (the label understates the change)" : ""}.`);
    }
    out.push("");
  }
  if (report.notes.length > 0) {
    out.push("> [!NOTE]");
    for (const n of report.notes) out.push(`> ${md(n)}`);
    out.push("");
  }
  const d = report.decision;
  out.push("## Decision", "", `Recommended by the gate: **${d.recommendation.toUpperCase()}**`, "");
  for (const r of d.reasons) out.push(`- ${md(r)}`);
  if (d.conditions.length > 0) {
    out.push("", "Conditions of an approval:", "");
    for (const c of d.conditions) out.push(`- ${md(c)}`);
  }
  out.push("", "| Board's decision | Conditions and remarks | Chair | Signature | Date |", "| --- | --- | --- | --- | --- |", "| \u2610 approve \u2610 approve with conditions \u2610 reject | | | | |", "");
  out.push("## Findings of this change, by impact", "");
  if (report.stories.length === 0) out.push("No finding of its own.", "");
  else {
    report.stories.slice(0, 5).forEach((s, i) => out.push(`${i + 1}. ${storyLine(s, report, true)}`));
    if (report.stories.length > 5) out.push("", `${plural(report.stories.length - 5, "further story", "further stories")} under Findings below.`);
    out.push("");
  }
  out.push("---", "", "# Appendix: the detail behind the summary", "");
  out.push("## Timeline", "");
  if (report.gantt) {
    out.push(`Times are local to ${md(clock.timeZone)}. Red (crit): steps in failing intervals and the failing intervals themselves; active: an unproven change still at risk while it soaks, and the daily traffic peaks; done (grey): maintenance windows and steps of other change requests overlapping this one.`, "");
    out.push("```mermaid", mermaidGantt(report.gantt, clock, `Steps per site`), "```", "");
  } else out.push("No step to draw.", "");
  out.push("## Capacity margin", "");
  const cap = report.capacity;
  if (cap && cap.rows.length > 0) {
    out.push(`Per interval: capacity not at risk, minus the remaining site whose loss hurts most (N-1), against forecast traffic \xD7 ${1 + cap.headroom} (headroom ${Math.round(cap.headroom * 100)} %), at the busiest forecast hour.`, "");
    for (const [label, row, which] of [["all calls", cap.minAll, "all"], ["emergency calls", cap.minEmergency, "emergency"]]) {
      if (row) out.push(`- Minimum margin, ${label}: **${signed(row[which].margin)} sessions** in ${md(row.label)} (${md(leftText(row[which]))}, ${fmt(row[which].required)} required).`);
    }
    out.push("");
    out.push(
      table(
        ["Interval", "Sites at risk", "Not at risk", "N-1", "Forecast", "Margin", "Margin (cps)", "Emergency N-1", "Emergency forecast", "Emergency margin"],
        cap.rows.map((r) => [
          `${md(r.label)}${r.failing ? " **failing**" : ""}`,
          `${r.sitesAtRisk.length} (${r.serversAtRisk} srv)${r.others.length > 0 ? `, also ${md(r.others.join(", "))}` : ""}`,
          fmt(r.all.available),
          fmt(r.all.afterN1),
          fmt(r.all.forecast),
          r.all.margin < 0 ? `**${signed(r.all.margin)}**` : signed(r.all.margin),
          `${r.cps.margin < 0 ? "" : "+"}${fmt1(r.cps.margin)}`,
          fmt(r.emergency.afterN1),
          fmt(r.emergency.forecast),
          r.emergency.margin < 0 ? `**${signed(r.emergency.margin)}**` : signed(r.emergency.margin)
        ]),
        true
      ),
      ""
    );
  } else out.push("No interval to show.", "");
  out.push(`## Findings (${report.findings.length}, merged into ${plural(report.stories.length, "story", "stories")}, by impact)`, "");
  if (report.stories.length === 0) out.push("No finding.");
  for (const s of report.stories) out.push(`- ${storyLine(s, report, false)}`);
  if (report.otherFindings > 0) out.push("", `${plural(report.otherFindings, "finding")} about other change requests also count in the plan's verdict; run \`changegate check --change ID\` to see them.`);
  if (report.waived.length > 0) {
    out.push("", `### Waived (${report.waived.length})`, "");
    for (const f of report.waived) out.push(findingLine(f));
  }
  out.push("");
  out.push("## Overview", "");
  for (const c of report.changes) {
    out.push(`### ${md(c.id)}: ${md(c.title)}`, "");
    out.push(
      table(
        ["", ""],
        [
          ["Owner", md(c.owner)],
          ["State", `${md(c.state)}${c.considered ? "" : " (not on the timeline)"}`],
          ...c.progress !== void 0 ? [["Progress (record)", md(c.progress)]] : [],
          ["Purpose", md(c.purpose)],
          ["Targets", `${c.sites.length} site(s): ${md(c.sites.join(", ") || "none")}; ${plural(c.servers, "call server")}, ${plural(c.trunks, "trunk")}`],
          ["Windows", `${md(c.windowText)} (${plural(c.steps, "step")})`],
          ["Risk", `declared ${c.risk.declared}, derived ${c.risk.derived ?? "not available"}`],
          ["Findings", `${c.blocking} blocking, ${c.warnings} warning(s)`],
          ["File", markdownCode(c.file, "table")]
        ],
        true
      ),
      ""
    );
    if (c.risk.reasons.length > 0) {
      out.push("Why the derived risk class:", "");
      for (const r of c.risk.reasons) out.push(`- ${md(r)}`);
      out.push("");
    }
    if (c.approvals.length === 0) out.push("**No approval.**", "");
    else {
      out.push(
        table(
          ["Approved by", "Role", "At", "Revision", "Remarks"],
          c.approvals.map((a2) => [
            md(a2.by),
            md(a2.role),
            md(a2.at),
            a2.revision === "matches" ? "matches" : a2.revision === "stale" ? "**another revision**" : "not recorded",
            [a2.isOwner ? "**owner approves own change**" : "", a2.knownApprover ? "" : "**not an approver of the policy**"].filter(Boolean).join("; ")
          ]),
          true
        ),
        ""
      );
    }
    if (c.waivers.length === 0) out.push("No waiver in force.", "");
    else {
      out.push(table(["Waiver", "Rule", "Step", "Expires", "Approved by", "Ticket", "Covers", "Justification"], c.waivers.map((w) => [w.id, w.rule, w.step ?? "all", w.expires, w.approvedBy, w.ticket, w.covers, w.justification])), "");
    }
  }
  const b = report.blast;
  if (b) {
    out.push("## Blast radius", "");
    out.push(`Touched: ${plural(b.sites.length, "site")} (${md(b.sites.join(", ") || "none")}), ${plural(b.servers.length, "call server")}, ${plural(b.trunks.length, "trunk")}; ${b.numbers.length} emergency number(s) and ${b.psaps.length} PSAP(s) depend on them.`, "");
    if (b.numbers.length > 0) {
      out.push(
        table(
          ["Number", "PSAPs", "Routes touched", "Left", "Sites left", "Worst interval"],
          b.numbers.map((n) => [`**${md(n.number)}** ${md(n.name)}`, md(n.psaps.join(", ")), `${n.touchedRoutes} / ${n.routes}`, n.remaining.length < 2 ? `**${n.remaining.length}**` : String(n.remaining.length), md(n.remainingSites.join(", ")) || "**none**", md(n.worst?.label ?? "")]),
          true
        ),
        ""
      );
    }
    if (b.psaps.length > 0) out.push(`PSAPs: ${b.psaps.map((p) => `${md(p.id)} (${md(p.name)}; ${md(p.numbers.join(", "))})`).join(", ")}.`, "");
  }
  if (report.rollback.length > 0) {
    out.push("## Rollback plan", "");
    out.push(table(["Step", "Action and targets", "Window", "Rollback procedure", "Minutes", "Fits the window"], report.rollback.map((r) => [`${md(r.changeId)} ${md(r.stepId)}`, `${md(r.action)}: ${md(r.targets)}`, md(r.window), r.procedure !== void 0 ? `${md(r.procedure)}${r.includesTrafficRecovery ? " (includes traffic recovery)" : ""}` : "**none**", r.minutes ?? "", r.fit === "fits" ? md(r.fitText) : `**${md(r.fitText)}**`]), true), "");
  }
  if (report.verification.length > 0) {
    out.push("## Verification plan", "");
    out.push(table(["Step", "Test calls", "Emergency numbers served", "Not tested"], report.verification.map((v) => [`${md(v.changeId)} ${md(v.stepId)} (${md(v.action)})`, v.tested.length > 0 ? `${md(v.tested.join(", "))}${v.from.length > 0 ? ` from ${md(v.from.join(", "))}` : ""}` : "none", md(v.served.join(", ") || "none"), v.missing.length > 0 ? `**${md(v.missing.join(", "))}**` : ""]), true), "");
  }
  if (report.stakeholders.length > 0) {
    out.push("## Stakeholders to notify", "");
    for (const s of report.stakeholders) {
      out.push(`### ${md(s.changeId)}`, "");
      if (s.notify.length === 0) out.push("**Nobody is to be notified.**", "");
      else out.push(table(["Party", "Who", "Contact", "Lead time", "Notify by", "PSAPs"], s.notify.map((n) => [md(n.party), md(n.name), md(n.contact), `${n.leadTimeHours} h`, `${md(n.notifyBy)}${n.late ? " **(already past)**" : ""}`, md(n.psaps.join(", "))]), true), "");
      out.push(s.escalation ? `Escalation: **${md(s.escalation.contact)}**${s.escalation.phone !== "" ? `, ${md(s.escalation.phone)}` : ""}, within ${s.escalation.targetMinutes} min.` : "Escalation: **no escalation contact**.", "");
      if (s.uncoveredPsaps.length > 0) out.push(`PSAPs the change can affect that no notification names: **${md(s.uncoveredPsaps.join(", "))}**.`, "");
    }
  }
  const a = report.attestation;
  out.push("## Attestation", "");
  out.push(
    `Evaluated ${plural(a.files, "file")}, ${plural(a.changeRequests, "change request")} (${a.changeRequestsConsidered} on the timeline), ${plural(a.steps, "step")}, ${plural(a.intervals, "interval")} and ${plural(a.rules, "rule")} of ${markdownCode(a.repo)}, as of ${md(a.asOfText)}. Result: ${plural(a.errors, "error")}, ${plural(a.warnings, "warning")}, ${plural(a.notices, "notice")}, ${a.waived} waived.`,
    "",
    `**${md(a.approvals)}**`,
    "",
    `Rules evaluated: ${a.ruleIds.length > 0 ? a.ruleIds.map((r) => markdownCode(r)).join(", ") : "none"}.`,
    "",
    `Change request revisions: ${report.changes.map((c) => `${md(c.id)} ${markdownCode(c.revision)}`).join("; ") || "none"}.`,
    "",
    "_Generated by changegate from the same evaluation as `changegate check`; the verdict above is that evaluation's verdict._",
    ""
  );
  return out.join("\n");
}
export {
  mermaidGantt,
  mermaidText,
  renderMarkdown
};
