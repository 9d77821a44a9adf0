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
  escapeHtml
} from "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cab/svg.ts
function num(value) {
  if (!Number.isFinite(value)) throw new Error(`cannot draw a non-finite number (${value})`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
function attrs(a) {
  let out = "";
  for (const [name, value] of Object.entries(a)) {
    if (value === void 0 || value === false) continue;
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/.test(name)) throw new Error(`invalid SVG attribute name "${name}"`);
    const text = value === true ? name : typeof value === "number" ? num(value) : value;
    out += ` ${name}="${escapeHtml(text)}"`;
  }
  return out;
}
function el(name, a = {}, children = []) {
  if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) throw new Error(`invalid SVG element name "${name}"`);
  if (children.length === 0) return { svg: `<${name}${attrs(a)}/>` };
  const inner = children.map((c) => typeof c === "string" ? escapeHtml(c) : c.svg).join("");
  return { svg: `<${name}${attrs(a)}>${inner}</${name}>` };
}
function group(a, children) {
  return el("g", a, children);
}
function chart(options, children) {
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      id: options.id,
      class: options.className,
      viewBox: `0 0 ${num(options.width)} ${num(options.height)}`,
      width: options.width,
      height: options.height,
      role: "img",
      "aria-labelledby": `${titleId} ${descId}`
    },
    [el("title", { id: titleId }, [options.title]), el("desc", { id: descId }, [options.desc]), ...children]
  );
}
function linearScale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value) => {
    if (span === 0) return r0;
    const t = Math.min(1, Math.max(0, (value - d0) / span));
    return r0 + t * (r1 - r0);
  });
  return Object.assign(scale, { domain, range });
}
function niceTicks(max, count = 5) {
  if (!(max > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max: top, step, ticks };
}
function clip(start, end, domain) {
  const s = Math.max(start, domain[0]);
  const e = Math.min(end, domain[1]);
  return e > s ? [s, e] : void 0;
}

// src/cab/charts.ts
var COLORS = {
  focus: "#1d4e89",
  focusFailing: "#b3261e",
  collision: "#5f6368",
  window: "#d9efdf",
  freeze: "#e4dcf3",
  peak: "#fbd9b5",
  peakText: "#7a3b00",
  failing: "#b3261e",
  grid: "#c8ccd2",
  midnight: "#6b7280",
  text: "#1f2328",
  muted: "#4b5563",
  available: "#9ec5e8",
  n1: "#1d4e89",
  required: "#1f2328",
  deficit: "#b3261e",
  positive: "#1a6b35"
};
function patterns(id) {
  return el("defs", {}, [
    el("pattern", { id: `${id}-soak-ok`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
      el("rect", { width: 6, height: 6, fill: "#dbe6f3" }),
      el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.focus, "stroke-width": 2 })
    ]),
    el("pattern", { id: `${id}-soak-fail`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
      el("rect", { width: 6, height: 6, fill: "#f6d6d3" }),
      el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.focusFailing, "stroke-width": 2 })
    ]),
    el("pattern", { id: `${id}-freeze`, width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(-45)" }, [
      el("rect", { width: 8, height: 8, fill: COLORS.freeze }),
      el("line", { x1: 0, y1: 0, x2: 0, y2: 8, stroke: "#b9a8dc", "stroke-width": 3 })
    ]),
    el("pattern", { id: `${id}-deficit`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
      el("rect", { width: 6, height: 6, fill: "#f6d6d3" }),
      el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.deficit, "stroke-width": 2.5 })
    ])
  ]);
}
function barFill(bar, id) {
  if (bar.kind === "collision") return COLORS.collision;
  if (bar.kind === "soak") return `url(#${id}-soak-${bar.failing ? "fail" : "ok"})`;
  return bar.failing ? COLORS.focusFailing : COLORS.focus;
}
function ganttDescription(view, clock) {
  const focus = view.bars.filter((b) => b.kind === "focus");
  const sites = new Set(focus.map((b) => b.site));
  const parts = [
    `${focus.length} step bar(s) of the summarised change request(s) on ${sites.size} site(s) between ${clock.long(view.start)} and ${clock.long(view.end)} (${clock.timeZone}).`
  ];
  if (view.highlight) parts.push(`Most sites at risk at once: ${view.highlight.label}.`);
  const collisions = view.bars.filter((b) => b.kind === "collision");
  if (collisions.length > 0) parts.push(`${collisions.length} bar(s) of other change requests overlap them.`);
  if (view.failing.length > 0) parts.push(`Failing intervals: ${view.failing.map((f) => f.label).join("; ")}.`);
  if (view.contextFailing.length > 0) parts.push(`Failing because of other change requests: ${view.contextFailing.map((f) => `${f.label} (${f.changes.join(", ")})`).join("; ")}.`);
  const peaks = view.shades.filter((s) => s.kind === "peak");
  if (peaks.length > 0) parts.push(`Daily traffic peaks: ${peaks.map((p) => clock.medium(p.start)).join(", ")}.`);
  return parts.join(" ");
}
function ganttSvg(view, clock, id = "cab-timeline") {
  const width = 1e3;
  const left = 150;
  const right = 16;
  const top = 62;
  const rowH = 30;
  const plotH = Math.max(rowH, view.rows.length * rowH);
  const axisH = 40;
  const height = top + plotH + axisH;
  const x = linearScale([view.start, view.end], [left, width - right]);
  const plotBottom = top + plotH;
  const parts = [patterns(id)];
  const shades = [];
  for (const s of view.shades) {
    const c = clip(s.start, s.end, [view.start, view.end]);
    if (!c) continue;
    const fill = s.kind === "window" ? COLORS.window : s.kind === "freeze" ? `url(#${id}-freeze)` : COLORS.peak;
    shades.push(el("rect", { x: x(c[0]), y: top, width: Math.max(1, x(c[1]) - x(c[0])), height: plotH, fill, "data-shade": s.kind }, [el("title", {}, [s.label])]));
    if (s.kind === "peak") {
      shades.push(el("text", { x: Math.min((x(c[0]) + x(c[1])) / 2, width - right - 28), y: top - 6, "text-anchor": "middle", "font-size": 11, fill: COLORS.peakText, "font-weight": 600 }, [`peak ${clock.time(s.start)}`]));
    }
  }
  parts.push(group({ class: "shades" }, shades));
  const grid = [];
  for (const t of view.ticks) {
    const tx = x(t.at);
    grid.push(el("line", { x1: tx, y1: top, x2: tx, y2: plotBottom, stroke: t.midnight ? COLORS.midnight : COLORS.grid, "stroke-width": t.midnight ? 1.2 : 0.8 }));
    grid.push(el("text", { x: tx, y: plotBottom + 16, "text-anchor": "middle", "font-size": 11, fill: t.midnight ? COLORS.text : COLORS.muted, "font-weight": t.midnight ? 600 : 400 }, [t.label]));
  }
  parts.push(group({ class: "grid" }, grid));
  const rows = [];
  view.rows.forEach((r, i) => {
    const y = top + i * rowH;
    rows.push(el("line", { x1: left, y1: y + rowH, x2: width - right, y2: y + rowH, stroke: COLORS.grid, "stroke-width": 0.6 }));
    rows.push(el("text", { x: 8, y: y + rowH / 2 + 4, "font-size": 12, fill: COLORS.text }, [el("tspan", { "font-weight": 700 }, [r.site]), ` ${r.name.length > 14 ? r.name.slice(0, 13) + "\u2026" : r.name}`]));
  });
  parts.push(group({ class: "rows" }, rows));
  const failing = [];
  for (const f of view.failing) {
    const c = clip(f.start, f.end, [view.start, view.end]);
    if (!c) continue;
    failing.push(el("rect", { x: x(c[0]), y: top - 22, width: Math.max(2, x(c[1]) - x(c[0])), height: 6, fill: COLORS.failing, "data-failing": "interval" }, [el("title", {}, [`failing interval ${f.label}`])]));
  }
  if (failing.length > 0) failing.push(el("text", { x: left - 6, y: top - 16, "text-anchor": "end", "font-size": 11, fill: COLORS.failing, "font-weight": 700 }, ["failing"]));
  for (const f of view.contextFailing) {
    const c = clip(f.start, f.end, [view.start, view.end]);
    if (!c) continue;
    failing.push(el("rect", { x: x(c[0]), y: top - 14, width: Math.max(2, x(c[1]) - x(c[0])), height: 5, fill: COLORS.collision, "data-failing": "context" }, [el("title", {}, [`failing because of ${f.changes.join(", ")}: ${f.label}`])]));
  }
  parts.push(group({ class: "failing" }, failing));
  const bars = [];
  const order = (b) => b.kind === "soak" ? 0 : b.kind === "collision" ? 1 : 2;
  const rowIndex = new Map(view.rows.map((r, i) => [r.site, i]));
  const sorted = [...view.bars].sort((a, b) => order(a) - order(b));
  for (const b of sorted) {
    const c = clip(b.start, b.end, [view.start, view.end]);
    const i = rowIndex.get(b.site);
    if (!c || i === void 0) continue;
    const inset = b.kind === "soak" ? 9 : b.kind === "collision" ? 7 : 4;
    const y = top + i * rowH + inset;
    const h = rowH - 2 * inset;
    const bx = x(c[0]);
    const bw = Math.max(3, x(c[1]) - bx);
    const children = [el("title", {}, [`${b.label} (${b.site}, ${clock.span(b.start, b.end)})`])];
    const attrs2 = { "data-bar": b.kind, "data-change": b.changeId, "data-step": b.stepId, "data-site": b.site, "data-failing": b.failing ? "true" : "false" };
    bars.push(group(attrs2, [el("rect", { x: bx, y, width: bw, height: h, rx: 2, fill: barFill(b, id), stroke: b.kind === "collision" ? "#ffffff" : void 0 }, children)]));
    if (b.kind !== "soak" && bw > 26) {
      bars.push(el("text", { x: bx + bw / 2, y: y + h / 2 + 4, "text-anchor": "middle", "font-size": 10.5, fill: "#ffffff", "font-weight": 600, "aria-hidden": "true" }, [b.kind === "collision" || view.multiChange ? `${b.changeId.slice(-4)} ${b.stepId}` : b.stepId]));
    }
  }
  parts.push(group({ class: "bars" }, bars));
  if (view.highlight) {
    const c = clip(view.highlight.start, view.highlight.end, [view.start, view.end]);
    if (c) {
      const hx = x(c[0]);
      const hw = Math.max(3, x(c[1]) - hx);
      parts.push(
        group({ class: "highlight", "data-highlight": "interval" }, [
          el("rect", { x: hx - 2, y: top - 2, width: hw + 4, height: plotH + 4, fill: "none", stroke: COLORS.failing, "stroke-width": 2, "stroke-dasharray": "5 3" }),
          el("text", { x: Math.min(Math.max(hx + hw / 2, left + 90), width - right - 90), y: top - 34, "text-anchor": "middle", "font-size": 12.5, "font-weight": 700, fill: COLORS.failing }, [view.highlight.label])
        ])
      );
    }
  }
  const legendY = 14;
  const items = [
    [COLORS.focus, "step window"],
    [COLORS.focusFailing, "step in a failing interval"],
    [`url(#${id}-soak-fail)`, "unproven, still at risk (soak)"],
    [COLORS.collision, "other change request"],
    [COLORS.window, "maintenance window"],
    [COLORS.peak, "daily traffic peak"]
  ];
  const legend = [];
  let lx = 8;
  for (const [fill, label] of items) {
    legend.push(el("rect", { x: lx, y: legendY - 9, width: 14, height: 10, fill, stroke: "#9aa0a6", "stroke-width": 0.5 }));
    legend.push(el("text", { x: lx + 18, y: legendY, "font-size": 11, fill: COLORS.text }, [label]));
    lx += 30 + label.length * 6.1;
  }
  parts.push(group({ class: "legend", "aria-hidden": "true" }, legend));
  parts.push(el("text", { x: 8, y: plotBottom + 34, "font-size": 10.5, fill: COLORS.muted }, [`Local time, ${clock.timeZone}`]));
  return chart({ id, width, height, title: "Timeline: steps per site", desc: ganttDescription(view, clock), className: "chart" }, parts);
}
function pick(row, series) {
  return series === "all" ? row.all : row.emergency;
}
function capacityDescription(rows, series, clock) {
  const name = series === "all" ? "all calls" : "emergency calls";
  if (rows.length === 0) return `No interval of the plan: no ${name} capacity to show.`;
  const negative = rows.filter((r) => pick(r, series).margin < 0);
  const min = rows.reduce((best, r) => pick(r, series).margin < pick(best, series).margin ? r : best);
  const f = pick(min, series);
  void clock;
  return `Sessions for ${name} in ${rows.length} interval(s): capacity not at risk, what is left if one more site is lost (N-1), and forecast traffic with headroom. ${negative.length} interval(s) have a negative margin. Minimum margin ${signed(f.margin)} sessions in ${min.label}: ${fmt(f.afterN1)} left after N-1 against ${fmt(f.required)} required.`;
}
function capacitySvg(rows, series, clock, id, highlight) {
  const width = 1e3;
  const left = 70;
  const right = 16;
  const top = 52;
  const plotH = 150;
  const bottom = 58;
  const height = top + plotH + bottom;
  const plotW = width - left - right;
  const maxRequired = Math.max(1, ...rows.map((r) => pick(r, series).required));
  const maxAvailable = Math.max(0, ...rows.map((r) => pick(r, series).available));
  const maxValue = Math.max(maxRequired * 1.25, Math.min(maxAvailable, maxRequired * 4));
  const ticks = niceTicks(maxValue, 4);
  const y = linearScale([0, ticks.max], [top + plotH, top]);
  const band = rows.length > 0 ? plotW / rows.length : plotW;
  const barW = Math.max(2, Math.min(60, band * 0.6));
  const parts = [patterns(id)];
  const title = series === "all" ? "Capacity margin, all calls (sessions)" : "Capacity margin, emergency calls (sessions)";
  const axis = [];
  for (const t of ticks.ticks) {
    axis.push(el("line", { x1: left, y1: y(t), x2: width - right, y2: y(t), stroke: COLORS.grid, "stroke-width": t === 0 ? 1.2 : 0.6 }));
    axis.push(el("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end", "font-size": 11, fill: COLORS.muted }, [fmt(t)]));
  }
  parts.push(group({ class: "axis" }, axis));
  const every = Math.max(1, Math.ceil(70 / band));
  const hiIndex = highlight ? rows.findIndex((r) => r.index === highlight.index) : -1;
  const priority = rows.map((r, i) => ({ i, rank: i === hiIndex ? 0 : pick(r, series).margin < 0 ? 1 : 2 })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const labelled = /* @__PURE__ */ new Set();
  for (const { i } of priority) if (![...labelled].some((j) => Math.abs(j - i) < every)) labelled.add(i);
  const bars = [];
  const n1Points = [];
  const points = [];
  rows.forEach((r, i) => {
    const f = pick(r, series);
    const cx = left + band * i + band / 2;
    const bx = cx - barW / 2;
    bars.push(
      el("rect", { x: bx, y: y(f.available), width: barW, height: Math.max(0, y(0) - y(f.available)), fill: COLORS.available, "data-bar": "available", "data-interval": r.index }, [
        el("title", {}, [`${r.label}: ${fmt(f.available)} sessions not at risk`])
      ])
    );
    if (f.available > ticks.max && labelled.has(i)) {
      bars.push(el("text", { x: cx, y: top - 3, "text-anchor": "middle", "font-size": 10, fill: COLORS.muted, "data-cut": "true" }, [`\u25B2 ${fmt(f.available)}`]));
    }
    if (f.margin < 0) {
      const y0 = y(Math.max(0, f.afterN1));
      const y1 = y(f.required);
      bars.push(el("rect", { x: bx, y: y1, width: barW, height: Math.max(1, y0 - y1), fill: `url(#${id}-deficit)`, stroke: COLORS.deficit, "stroke-width": 1, "data-deficit": "true", "data-interval": r.index }, [el("title", {}, [`${r.label}: short by ${fmt(-f.margin)} sessions`])]));
    }
    n1Points.push(`${num(bx)},${num(y(f.afterN1))} ${num(bx + barW)},${num(y(f.afterN1))}`);
    points.push(el("circle", { cx, cy: y(f.afterN1), r: 3.2, fill: COLORS.n1, "data-point": "n1", "data-interval": r.index }, [el("title", {}, [f.largestSite === void 0 ? `${r.label}: nothing left outside the change (N-1: 0 sessions)` : `${r.label}: ${fmt(f.afterN1)} sessions after also losing ${f.largestSite} (N-1)`])]));
    points.push(
      el("path", { d: `M ${num(cx)} ${num(y(f.required) - 5)} l 5 5 l -5 5 l -5 -5 z`, fill: COLORS.required, "data-point": "required", "data-interval": r.index }, [
        el("title", {}, [`${r.label}: ${fmt(f.forecast)} sessions forecast, ${fmt(f.required)} with headroom`])
      ])
    );
    const negative = f.margin < 0;
    if (labelled.has(i)) {
      points.push(el("text", { x: cx, y: top + plotH + 16, "text-anchor": "middle", "font-size": 11, "font-weight": 700, fill: negative ? COLORS.deficit : COLORS.positive }, [signed(f.margin)]));
      points.push(el("text", { x: cx, y: top + plotH + 30, "text-anchor": "middle", "font-size": 10.5, fill: COLORS.muted }, [r.shortLabel]));
    }
  });
  parts.push(group({ class: "bars" }, bars));
  if (highlight && hiIndex >= 0) {
    const hx = left + band * hiIndex;
    parts.push(
      group({ class: "highlight", "data-highlight": "interval" }, [
        el("rect", { x: hx + 2, y: top - 4, width: band - 4, height: plotH + 40, fill: "none", stroke: COLORS.failing, "stroke-width": 1.6, "stroke-dasharray": "5 3" })
      ])
    );
  }
  if (n1Points.length > 0) parts.push(el("polyline", { points: n1Points.join(" "), fill: "none", stroke: COLORS.n1, "stroke-width": 2, "data-line": "n1" }));
  parts.push(group({ class: "points" }, points));
  parts.push(el("text", { x: left - 6, y: top + plotH + 16, "text-anchor": "end", "font-size": 10.5, fill: COLORS.muted }, ["margin"]));
  const legend = [
    [COLORS.available, "not at risk"],
    [COLORS.n1, "N-1 (one more site lost)"],
    [COLORS.required, "forecast \xD7 (1 + headroom)"],
    [`url(#${id}-deficit)`, "shortfall"]
  ];
  const items = [el("text", { x: 8, y: 16, "font-size": 13, "font-weight": 700, fill: COLORS.text }, [title])];
  let lx = 8;
  for (const [fill, label] of legend) {
    items.push(el("rect", { x: lx, y: 25, width: 14, height: 10, fill, stroke: "#9aa0a6", "stroke-width": 0.5 }));
    items.push(el("text", { x: lx + 18, y: 34, "font-size": 11, fill: COLORS.text }, [label]));
    lx += 30 + label.length * 6.1;
  }
  parts.push(group({ class: "legend", "aria-hidden": "true" }, items));
  const cut = rows.some((r) => pick(r, series).available > ticks.max);
  parts.push(el("text", { x: left, y: height - 8, "font-size": 10.5, fill: COLORS.muted }, [`Interval start, local time (${clock.timeZone}); one column per interval of the plan${cut ? `; bars above ${fmt(ticks.max)} are cut (\u25B2 value)` : ""}${every > 1 ? "; every column is in the table below" : ""}`]));
  return chart({ id, width, height, title, desc: capacityDescription(rows, series, clock), className: "chart" }, parts);
}

// src/cab/html.ts
var Markup = class {
  constructor(html2) {
    this.html = html2;
  }
  html;
};
function render(value) {
  if (value === void 0) return "";
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object" && "svg" in value) return value.svg;
  return escapeHtml(String(value));
}
function html(strings, ...values) {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return new Markup(out);
}
var CSS = `
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
var STATUS_WORD = { pass: "PASS", warn: "WARN", fail: "FAIL", "not evaluated": "NOT EVALUATED" };
function verdictBlock(report) {
  return html`<div class="verdict ${report.verdict.replace(" ", "-")}" role="status" data-verdict="${report.verdict}"><strong>${STATUS_WORD[report.verdict]}</strong><span>${report.verdictText.replace(/^[A-Z ]+: /, "")}</span></div>`;
}
function planAndContext(report) {
  const plan = report.plan.verdict !== report.verdict || report.otherFindings > 0 ? html`<p class="plan" data-plan="${report.plan.verdict}">${report.plan.text}</p>` : "";
  const context = report.context.length > 0 ? html`<div class="context" role="note" data-context="${report.context.map((c) => c.id).join(" ")}">${report.context.map((c) => html`<p>${c.text}</p>`)}</div>` : "";
  return html`${plan}${context}`;
}
function facts(report) {
  const cards = [];
  const h = report.headline;
  if (h) {
    const all = h.sitesAtRisk.length === h.siteCount;
    const others = h.others.map((o) => `${o.changeId} holds ${plural(o.sites.length, "site")} at risk too`).join("; ");
    cards.push(html`<div class="fact ${all || h.failing ? "bad" : ""}" data-fact="sites"><span class="small">Sites at risk at once from this change</span><span class="big">${h.sitesAtRisk.length} of ${h.siteCount} sites</span><span class="small">${h.interval.label} (${h.dayPart}); ${h.serversAtRisk} of ${h.serverCount} call servers: ${h.sitesAtRisk.join(", ")}${others !== "" ? `; ${others}` : ""}</span></div>`);
    if (h.nextPeak) {
      cards.push(html`<div class="fact ${h.nextPeak.before !== "" && h.dayPart !== "night" ? "bad" : ""}" data-fact="peak"><span class="small">Next daily traffic peak</span><span class="big">${h.nextPeak.before !== "" ? `${h.nextPeak.before} before` : "during"}</span><span class="small">the ${h.nextPeak.dayPart} peak at ${h.nextPeak.label} (${fmt(h.nextPeak.sessions)} sessions forecast)</span></div>`);
    }
    if (h.margin) {
      const m = h.margin;
      const shared = h.others.length > 0 ? ` (with ${h.others.map((o) => o.changeId).join(", ")} at risk in the same interval)` : "";
      cards.push(html`<div class="fact ${m.emergency.margin < 0 ? "bad" : ""}" data-fact="emergency-margin"><span class="small">Emergency margin in that interval (N-1)</span><span class="big">${signed(m.emergency.margin)} sessions</span><span class="small">${m.emergency.margin < 0 ? "below zero: " : ""}${leftText(m.emergency)} against ${fmt(m.emergency.required)} required; all calls ${signed(m.all.margin)}${shared}</span></div>`);
    }
  }
  for (const c of report.changes) {
    const r = c.risk;
    cards.push(html`<div class="fact ${r.understated ? "bad" : ""}" data-fact="risk"><span class="small">Risk of ${c.id}</span><span class="big">${r.derived ?? r.declared}${r.derived !== void 0 ? " (derived)" : " (declared)"}</span><span class="small">declared ${r.declared}${r.understated ? ": the label understates the change" : ""}</span></div>`);
  }
  return html`<div class="facts">${cards}</div>`;
}
var SUMMARY_CONDITIONS = 5;
var SUMMARY_STORIES = 5;
function decisionBlock(report) {
  const d = report.decision;
  const shown = d.conditions.slice(0, SUMMARY_CONDITIONS);
  const more = d.conditions.length - shown.length;
  return html`<section class="decision" id="decision" aria-labelledby="decision-title"><h2 id="decision-title">Decision</h2>
<p>Recommended by the gate: <span class="recommended" data-recommendation="${d.recommendation}">${d.recommendation.toUpperCase()}</span></p>
<ul>${d.reasons.map((r) => html`<li>${r}</li>`)}</ul>
${shown.length > 0 ? html`<p><strong>Conditions of an approval</strong></p><ul data-conditions="${d.conditions.length}">${shown.map((c) => html`<li>${c}</li>`)}${more > 0 ? html`<li>${plural(more, "further condition")} in the appendix.</li>` : ""}</ul>` : ""}
<div class="sign"><div class="wide">Board's decision: <span class="tick"></span>approve <span class="tick"></span>approve with conditions <span class="tick"></span>reject</div><div class="box wide">Conditions and remarks:</div><div class="box">Chair (name)</div><div class="box">Signature</div><div class="box">Date</div></div></section>`;
}
function storyLine(s) {
  const count = storyCountText(s);
  return html`<span class="sev ${s.severity}">${s.blocking ? "blocking" : s.waivedBy ? "waived" : s.severity}</span> <code>${s.ruleId}</code>${s.changeId ? html` <span class="tag">${s.changeId}${s.stepId ? ` ${s.stepId}` : ""}</span>` : ""}${count !== "" ? html` <strong>${count}</strong>` : ""}`;
}
function topFindings(report) {
  if (report.stories.length === 0) return html`<section id="top-findings"><h2>Findings of this change</h2><p class="pos">No finding of its own.</p></section>`;
  const shown = report.stories.slice(0, SUMMARY_STORIES);
  const rest = report.stories.length - shown.length;
  return html`<section id="top-findings"><h2>Findings of this change, by impact</h2><ol class="top">${shown.map((s) => html`<li data-story="${s.ruleId}">${storyLine(s)}: ${briefMessage(s.message, s.count > 1 ? 110 : 160)}</li>`)}</ol>${rest > 0 ? html`<p class="muted">${plural(rest, "further story", "further stories")} (${plural(report.findings.length, "finding")} in all) in the appendix.</p>` : ""}</section>`;
}
function attestation(report) {
  const a = report.attestation;
  return html`<section id="attestation"><h2>Attestation</h2>
<p>Evaluated <strong>${plural(a.files, "file")}</strong>, <strong>${plural(a.changeRequests, "change request")}</strong> (${a.changeRequestsConsidered} on the timeline), <strong>${plural(a.steps, "step")}</strong>, <strong>${plural(a.intervals, "interval")}</strong> and <strong>${plural(a.rules, "rule")}</strong> of <code>${a.repo}</code>, as of <strong>${a.asOfText}</strong>. Result: ${plural(a.errors, "error")}, ${plural(a.warnings, "warning")}, ${plural(a.notices, "notice")}, ${a.waived} waived. Times are local to ${a.timeZone}.</p>
<p data-fact="approval-source"><strong>${a.approvals}</strong></p>
<p class="muted">Rules evaluated: ${a.ruleIds.length > 0 ? a.ruleIds.join(", ") : "none"}.</p>
<p class="muted">Change request revisions: ${report.changes.map((c) => `${c.id} ${c.revision}`).join("; ") || "none"}.</p></section>`;
}
function changeSection(c, report) {
  const approvals = c.approvals.length === 0 ? html`<p class="neg">No approval.</p>` : html`<table><caption>Approvals</caption><thead><tr><th scope="col">By</th><th scope="col">Role</th><th scope="col">At</th><th scope="col">Revision</th><th scope="col">Remarks</th></tr></thead><tbody>${c.approvals.map(
    (a) => html`<tr><td>${a.by}</td><td>${a.role}</td><td>${a.at}</td><td>${a.revision === "matches" ? "matches" : a.revision === "stale" ? html`<span class="neg">another revision</span>` : "not recorded"}</td><td>${a.isOwner ? html`<span class="tag bad">owner approves own change</span> ` : ""}${a.knownApprover ? "" : html`<span class="tag bad">not an approver of the policy</span>`}</td></tr>`
  )}</tbody></table>`;
  const waivers = c.waivers.length === 0 ? html`<p class="muted">No waiver in force.</p>` : html`<table><caption>Waivers in force</caption><thead><tr><th scope="col">Waiver</th><th scope="col">Rule</th><th scope="col">Step</th><th scope="col">Expires</th><th scope="col">Approved by</th><th scope="col">Ticket</th><th scope="col" class="num">Covers</th><th scope="col">Justification</th></tr></thead><tbody>${c.waivers.map(
    (w) => html`<tr><td>${w.id}</td><td>${w.rule}</td><td>${w.step ?? "all"}</td><td>${w.expires}</td><td>${w.approvedBy}</td><td>${w.ticket}</td><td class="num">${w.covers}</td><td>${w.justification}</td></tr>`
  )}</tbody></table>`;
  const r = c.risk;
  const risk = html`<h3>Risk class</h3><p>Declared <strong>${r.declared}</strong>; derived by the gate: <strong class="${r.understated ? "neg" : ""}">${r.derived ?? "not available"}</strong>.</p>${r.reasons.length > 0 ? html`<ul>${r.reasons.map((x) => html`<li>${x}</li>`)}</ul>` : ""}${r.findings.length > 0 ? html`<p>risk-classification findings:</p><ul>${r.findings.map((x) => html`<li>${x}</li>`)}</ul>` : ""}`;
  void report;
  return html`<article id="change-${c.id}"><h3>${c.id}: ${c.title}</h3>
<table><tbody>
<tr><th scope="row">Owner</th><td>${c.owner}</td><th scope="row">State</th><td>${c.state}${c.considered ? "" : " (not on the timeline)"}</td></tr>
${c.progress !== void 0 ? html`<tr><th scope="row">Progress (record)</th><td colspan="3" class="${/FAILED|unverified/.test(c.progress) ? "neg" : ""}">${c.progress}</td></tr>` : ""}<tr><th scope="row">Purpose</th><td colspan="3">${c.purpose}</td></tr>
<tr><th scope="row">Targets</th><td colspan="3">${c.sites.length} site(s): ${c.sites.join(", ") || "none"}; ${plural(c.servers, "call server")}, ${plural(c.trunks, "trunk")}</td></tr>
<tr><th scope="row">Windows</th><td>${c.windowText} (${plural(c.steps, "step")})</td><th scope="row">Findings</th><td><span class="${c.blocking > 0 ? "neg" : ""}">${c.blocking} blocking</span>, ${c.warnings} warning(s)</td></tr>
<tr><th scope="row">File</th><td colspan="3"><code>${c.file}</code></td></tr>
</tbody></table>${risk}${approvals}${waivers}</article>`;
}
function timelineSection(report, clock) {
  const g = report.gantt;
  if (!g) return html`<section id="timeline"><h2>Timeline</h2><p class="muted">No step to draw.</p></section>`;
  const collisions = new Set(g.bars.filter((b) => b.kind === "collision").map((b) => `${b.changeId} ${b.stepId}`));
  return html`<section id="timeline"><h2>Timeline</h2><figure>${ganttSvg(g, clock)}<figcaption>Steps per site. Hatched: an unproven change still counted at risk until it has soaked across a traffic peak. Shaded: maintenance windows (green), freeze periods (violet), the daily traffic peak (orange). Red strip: intervals a blocking finding about this change names.${g.contextFailing.length > 0 ? ` Grey strip: intervals only findings about other change requests name (${[...new Set(g.contextFailing.flatMap((f) => f.changes))].join(", ")}).` : ""}${collisions.size > 0 ? ` Grey: steps of other change requests judged together with this one (${[...collisions].join(", ")}).` : ""}</figcaption></figure></section>`;
}
function capacitySection(report, clock) {
  const cap = report.capacity;
  if (!cap || cap.rows.length === 0) return html`<section id="capacity"><h2>Capacity margin</h2><p class="muted">No interval to show.</p></section>`;
  const highlight = report.headline?.margin ? { index: report.headline.margin.index, label: report.headline.interval.label } : void 0;
  const callout = (label, row, which) => row ? html`<li>Minimum margin, ${label}: <strong class="${row[which].margin < 0 ? "neg" : "pos"}">${signed(row[which].margin)} sessions</strong> in ${row.label} (${leftText(row[which])} against ${fmt(row[which].required)} required)${row.others.length > 0 ? `, with ${row.others.join(", ")} at risk in the same interval` : ""}.</li>` : "";
  const rows = cap.rows.map(
    (r) => html`<tr${r.failing ? html` class="failing"` : ""}><td>${r.label}${r.failing ? html` <span class="tag bad">failing</span>` : ""}</td><td>${r.sitesAtRisk.length} (${r.serversAtRisk} srv)${r.others.length > 0 ? html`<br><span class="muted">${r.ownSites.length} from this change; also ${r.others.join(", ")}</span>` : ""}</td><td class="num">${fmt(r.all.available)}</td><td class="num">${fmt(r.all.afterN1)}</td><td class="num">${fmt(r.all.forecast)}</td><td class="num ${r.all.margin < 0 ? "neg" : "pos"}">${signed(r.all.margin)}</td><td class="num ${r.cps.margin < 0 ? "neg" : "pos"}">${r.cps.margin < 0 ? "" : "+"}${fmt1(r.cps.margin)}</td><td class="num">${fmt(r.emergency.afterN1)}</td><td class="num">${fmt(r.emergency.forecast)}</td><td class="num ${r.emergency.margin < 0 ? "neg" : "pos"}">${signed(r.emergency.margin)}</td></tr>`
  );
  return html`<section id="capacity"><h2>Capacity margin</h2>
<p>Per interval: capacity not at risk, minus the remaining site whose loss hurts most (N-1), against forecast traffic × ${1 + cap.headroom} (headroom ${Math.round(cap.headroom * 100)} %), at the busiest forecast hour of the interval.</p>
<ul>${callout("all calls", cap.minAll, "all")}${callout("emergency calls", cap.minEmergency, "emergency")}</ul>
<figure>${capacitySvg(cap.rows, "emergency", clock, "cab-capacity-emergency", highlight)}</figure>
<figure>${capacitySvg(cap.rows, "all", clock, "cab-capacity-all", highlight)}<figcaption>Dashed outline: the interval with the most sites at risk. Margins below each column: N-1 capacity minus the requirement.</figcaption></figure>
<table><caption>Capacity per interval (sessions unless stated)</caption><thead><tr><th scope="col">Interval</th><th scope="col">Sites at risk</th><th scope="col" class="num">Not at risk</th><th scope="col" class="num">N-1</th><th scope="col" class="num">Forecast</th><th scope="col" class="num">Margin</th><th scope="col" class="num">Margin (cps)</th><th scope="col" class="num">Emergency N-1</th><th scope="col" class="num">Emergency forecast</th><th scope="col" class="num">Emergency margin</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
function blastSection(report) {
  const b = report.blast;
  if (!b) return html``;
  const numbers = b.numbers.map(
    (n) => html`<tr><td><strong>${n.number}</strong> ${n.name}</td><td>${n.psaps.join(", ")}</td><td class="num">${n.touchedRoutes} / ${n.routes}</td><td class="num ${n.remaining.length < 2 ? "neg" : ""}">${n.remaining.length}</td><td>${n.remainingSites.join(", ") || html`<span class="neg">none</span>`}</td><td>${n.worst?.label ?? ""}</td><td>${n.remaining.length > 0 ? n.remaining.join("; ") : html`<span class="neg">no route left</span>`}</td></tr>`
  );
  return html`<section id="blast-radius"><h2>Blast radius</h2>
<p>Touched: ${plural(b.sites.length, "site")} (${b.sites.join(", ") || "none"}), ${plural(b.servers.length, "call server")}, ${plural(b.trunks.length, "trunk")}. Emergency numbers with a route through them: ${b.numbers.length}; PSAPs depending on them: ${b.psaps.length}.</p>
${b.numbers.length > 0 ? html`<table><caption>Emergency numbers and the routes that remain in their worst interval</caption><thead><tr><th scope="col">Number</th><th scope="col">PSAPs</th><th scope="col" class="num">Routes touched</th><th scope="col" class="num">Left</th><th scope="col">Sites left</th><th scope="col">Worst interval</th><th scope="col">Routes left</th></tr></thead><tbody>${numbers}</tbody></table>` : html`<p class="muted">No emergency route goes through the touched elements.</p>`}
${b.psaps.length > 0 ? html`<table><caption>PSAPs depending on touched elements</caption><thead><tr><th scope="col">PSAP</th><th scope="col">Name</th><th scope="col">Numbers</th></tr></thead><tbody>${b.psaps.map((p) => html`<tr><td>${p.id}</td><td>${p.name}</td><td>${p.numbers.join(", ")}</td></tr>`)}</tbody></table>` : ""}</section>`;
}
function rollbackSection(report) {
  if (report.rollback.length === 0) return html``;
  return html`<section id="rollback"><h2>Rollback plan</h2><table><thead><tr><th scope="col">Step</th><th scope="col">Action and targets</th><th scope="col">Window</th><th scope="col">Rollback procedure</th><th scope="col" class="num">Minutes</th><th scope="col">Fits the maintenance window</th></tr></thead><tbody>${report.rollback.map(
    (r) => html`<tr><td>${r.changeId} ${r.stepId}</td><td>${r.action}: ${r.targets}</td><td>${r.window}</td><td>${r.procedure ?? html`<span class="neg">none</span>`}${r.includesTrafficRecovery ? " (includes traffic recovery)" : ""}</td><td class="num">${r.minutes ?? ""}</td><td class="${r.fit === "fits" ? "pos" : "neg"}">${r.fitText}</td></tr>`
  )}</tbody></table></section>`;
}
function verificationSection(report) {
  if (report.verification.length === 0) return html``;
  return html`<section id="verification"><h2>Verification plan</h2><table><thead><tr><th scope="col">Step</th><th scope="col">Test calls</th><th scope="col">Emergency numbers served</th><th scope="col">Not tested</th></tr></thead><tbody>${report.verification.map(
    (v) => html`<tr><td>${v.changeId} ${v.stepId} (${v.action})</td><td>${v.tested.length > 0 ? `${v.tested.join(", ")}${v.from.length > 0 ? ` from ${v.from.join(", ")}` : ""}` : html`<span class="muted">none</span>`}</td><td>${v.served.join(", ") || "none"}</td><td class="${v.missing.length > 0 ? "neg" : ""}">${v.missing.join(", ")}</td></tr>`
  )}</tbody></table></section>`;
}
function stakeholderSection(report) {
  if (report.stakeholders.length === 0) return html``;
  return html`<section id="stakeholders"><h2>Stakeholders to notify</h2>${report.stakeholders.map(
    (s) => html`<h3>${s.changeId}</h3>${s.notify.length === 0 ? html`<p class="neg">Nobody is to be notified.</p>` : html`<table><thead><tr><th scope="col">Party</th><th scope="col">Who</th><th scope="col">Contact</th><th scope="col" class="num">Lead time</th><th scope="col">Notify by</th><th scope="col">PSAPs</th></tr></thead><tbody>${s.notify.map(
      (n) => html`<tr><td>${n.party}</td><td>${n.name}</td><td>${n.contact}</td><td class="num">${n.leadTimeHours} h</td><td class="${n.late ? "neg" : ""}">${n.notifyBy}${n.late ? " (already past)" : ""}</td><td>${n.psaps.join(", ")}</td></tr>`
    )}</tbody></table>`}<p>Escalation: ${s.escalation ? html`<strong>${s.escalation.contact}</strong>${s.escalation.phone !== "" ? `, ${s.escalation.phone}` : ""}, within ${s.escalation.targetMinutes} min` : html`<span class="neg">no escalation contact</span>`}.</p>${s.uncoveredPsaps.length > 0 ? html`<p class="neg">PSAPs the change can affect that no notification names: ${s.uncoveredPsaps.join(", ")}.</p>` : ""}`
  )}</section>`;
}
function storyItem(s, docHref) {
  return html`<li data-finding="${s.severity}" data-count="${s.count}">${storyLine(s)} <a href="${docHref(s.ruleId)}">rule page</a>${s.waivedBy ? html` <span class="tag">waived by ${s.waivedBy}</span>` : ""}<br>${s.message}${s.count > 1 ? html` <span class="muted">(the first of ${s.count}; the others differ in ${s.varies?.label ?? "their details"})</span>` : ""}<br><span class="where">${s.locations.join(", ")}</span></li>`;
}
function findingsSection(report) {
  const docHref = (ruleId) => ruleDocHref(report, ruleId);
  const blocking = report.findings.filter((f) => f.blocking).length;
  return html`<section id="findings"><h2>Findings (${report.findings.length}, ${blocking} blocking; merged into ${plural(report.stories.length, "story", "stories")}, by impact)</h2>${report.stories.length > 0 ? html`<ul class="findings">${report.stories.map((s) => storyItem(s, docHref))}</ul>` : html`<p class="pos">No finding.</p>`}${report.otherFindings > 0 ? html`<p class="muted">${plural(report.otherFindings, "finding")} about other change requests also count in the plan's verdict; run <code>changegate check --change ID</code> to see them.</p>` : ""}${report.waived.length > 0 ? html`<h3>Waived (${report.waived.length})</h3><ul class="findings">${report.waived.map((f) => html`<li data-finding="waived"><span class="sev ${f.severity}">waived</span> <a href="${f.docHref}"><code>${f.ruleId}</code></a>${f.changeId ? html` <span class="tag">${f.changeId}${f.stepId ? ` ${f.stepId}` : ""}</span>` : ""} <span class="tag">waived by ${f.waivedBy ?? ""}</span><br>${f.message}<br><span class="where">${f.location}</span></li>`)}</ul>` : ""}${report.decision.conditions.length > SUMMARY_CONDITIONS ? html`<h3>All conditions of an approval</h3><ul>${report.decision.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : ""}</section>`;
}
function renderHtml(report) {
  const clock = new Clock(report.attestation.timeZone);
  const body = html`<main>
<div class="summary" id="summary">
<header><p class="eyebrow">${report.subtitle} · changegate ${report.source.version}</p><h1>${report.title}</h1></header>
${verdictBlock(report)}
${planAndContext(report)}
${facts(report)}
${report.notes.length > 0 ? html`<div class="notes" role="note"><ul>${report.notes.map((n) => html`<li>${n}</li>`)}</ul></div>` : ""}
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
<footer class="muted"><p>Generated by changegate ${report.source.version} from the same evaluation as <code>changegate check</code>. Rule pages: ${report.docsBase}/&lt;rule&gt;.md${Object.keys(report.customRuleFiles).length > 0 ? html`; the repository's own rules (${Object.keys(report.customRuleFiles).join(", ")}) link to their Rule documents in the repository` : ""}.</p></footer>
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
export {
  renderHtml
};
