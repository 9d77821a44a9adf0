// The two charts of the CAB report, as inline SVG: the timeline (steps per site over the plan, with
// maintenance windows, freezes and the daily peak shaded and failing intervals marked) and the
// capacity margin per interval. Elements the browser test counts carry data-* attributes.
import type { CapacityFigures, CapacityRow } from './capacity.ts';
import type { Clock } from './clock.ts';
import { fmt, signed } from './format.ts';
import type { GanttBar, GanttView } from './model.ts';
import { chart, clip, el, group, linearScale, niceTicks, num } from './svg.ts';
import type { Svg } from './svg.ts';

export const COLORS = {
  focus: '#1d4e89',
  focusFailing: '#b3261e',
  collision: '#5f6368',
  window: '#d9efdf',
  freeze: '#e4dcf3',
  peak: '#fbd9b5',
  peakText: '#7a3b00',
  failing: '#b3261e',
  grid: '#c8ccd2',
  midnight: '#6b7280',
  text: '#1f2328',
  muted: '#4b5563',
  available: '#9ec5e8',
  n1: '#1d4e89',
  required: '#1f2328',
  deficit: '#b3261e',
  positive: '#1a6b35',
};

function patterns(id: string): Svg {
  return el('defs', {}, [
    el('pattern', { id: `${id}-soak-ok`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', { width: 6, height: 6, fill: '#dbe6f3' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.focus, 'stroke-width': 2 }),
    ]),
    el('pattern', { id: `${id}-soak-fail`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', { width: 6, height: 6, fill: '#f6d6d3' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.focusFailing, 'stroke-width': 2 }),
    ]),
    el('pattern', { id: `${id}-freeze`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' }, [
      el('rect', { width: 8, height: 8, fill: COLORS.freeze }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#b9a8dc', 'stroke-width': 3 }),
    ]),
    el('pattern', { id: `${id}-deficit`, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', { width: 6, height: 6, fill: '#f6d6d3' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.deficit, 'stroke-width': 2.5 }),
    ]),
  ]);
}

function barFill(bar: GanttBar, id: string): string {
  if (bar.kind === 'collision') return COLORS.collision;
  if (bar.kind === 'soak') return `url(#${id}-soak-${bar.failing ? 'fail' : 'ok'})`;
  return bar.failing ? COLORS.focusFailing : COLORS.focus;
}

/** Text alternative of the timeline: what a sighted reader takes from it at a glance. */
export function ganttDescription(view: GanttView, clock: Clock): string {
  const focus = view.bars.filter((b) => b.kind === 'focus');
  const sites = new Set(focus.map((b) => b.site));
  const parts = [
    `${focus.length} step bar(s) of the summarised change request(s) on ${sites.size} site(s) between ${clock.long(view.start)} and ${clock.long(view.end)} (${clock.timeZone}).`,
  ];
  if (view.highlight) parts.push(`Most sites at risk at once: ${view.highlight.label}.`);
  const collisions = view.bars.filter((b) => b.kind === 'collision');
  if (collisions.length > 0) parts.push(`${collisions.length} bar(s) of other change requests overlap them.`);
  if (view.failing.length > 0) parts.push(`Failing intervals: ${view.failing.map((f) => f.label).join('; ')}.`);
  if (view.contextFailing.length > 0) parts.push(`Failing because of other change requests: ${view.contextFailing.map((f) => `${f.label} (${f.changes.join(', ')})`).join('; ')}.`);
  const peaks = view.shades.filter((s) => s.kind === 'peak');
  if (peaks.length > 0) parts.push(`Daily traffic peaks: ${peaks.map((p) => clock.medium(p.start)).join(', ')}.`);
  return parts.join(' ');
}

export function ganttSvg(view: GanttView, clock: Clock, id = 'cab-timeline'): Svg {
  const width = 1000;
  const left = 150;
  const right = 16;
  const top = 62;
  const rowH = 30;
  const plotH = Math.max(rowH, view.rows.length * rowH);
  const axisH = 40;
  const height = top + plotH + axisH;
  const x = linearScale([view.start, view.end], [left, width - right]);
  const plotBottom = top + plotH;
  const parts: Svg[] = [patterns(id)];

  // Background shading, full height of the plot: windows, freezes, peaks.
  const shades: Svg[] = [];
  for (const s of view.shades) {
    const c = clip(s.start, s.end, [view.start, view.end]);
    if (!c) continue;
    const fill = s.kind === 'window' ? COLORS.window : s.kind === 'freeze' ? `url(#${id}-freeze)` : COLORS.peak;
    shades.push(el('rect', { x: x(c[0]), y: top, width: Math.max(1, x(c[1]) - x(c[0])), height: plotH, fill, 'data-shade': s.kind }, [el('title', {}, [s.label])]));
    if (s.kind === 'peak') {
      shades.push(el('text', { x: Math.min((x(c[0]) + x(c[1])) / 2, width - right - 28), y: top - 6, 'text-anchor': 'middle', 'font-size': 11, fill: COLORS.peakText, 'font-weight': 600 }, [`peak ${clock.time(s.start)}`]));
    }
  }
  parts.push(group({ class: 'shades' }, shades));

  // Grid and axis labels.
  const grid: Svg[] = [];
  for (const t of view.ticks) {
    const tx = x(t.at);
    grid.push(el('line', { x1: tx, y1: top, x2: tx, y2: plotBottom, stroke: t.midnight ? COLORS.midnight : COLORS.grid, 'stroke-width': t.midnight ? 1.2 : 0.8 }));
    grid.push(el('text', { x: tx, y: plotBottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: t.midnight ? COLORS.text : COLORS.muted, 'font-weight': t.midnight ? 600 : 400 }, [t.label]));
  }
  parts.push(group({ class: 'grid' }, grid));

  // Row labels and separators.
  const rows: Svg[] = [];
  view.rows.forEach((r, i) => {
    const y = top + i * rowH;
    rows.push(el('line', { x1: left, y1: y + rowH, x2: width - right, y2: y + rowH, stroke: COLORS.grid, 'stroke-width': 0.6 }));
    rows.push(el('text', { x: 8, y: y + rowH / 2 + 4, 'font-size': 12, fill: COLORS.text }, [el('tspan', { 'font-weight': 700 }, [r.site]), ` ${r.name.length > 14 ? r.name.slice(0, 13) + '…' : r.name}`]));
  });
  parts.push(group({ class: 'rows' }, rows));

  // Failing intervals: a red strip above the plot, and a thin outline over the rows.
  const failing: Svg[] = [];
  for (const f of view.failing) {
    const c = clip(f.start, f.end, [view.start, view.end]);
    if (!c) continue;
    failing.push(el('rect', { x: x(c[0]), y: top - 22, width: Math.max(2, x(c[1]) - x(c[0])), height: 6, fill: COLORS.failing, 'data-failing': 'interval' }, [el('title', {}, [`failing interval ${f.label}`])]));
  }
  if (failing.length > 0) failing.push(el('text', { x: left - 6, y: top - 16, 'text-anchor': 'end', 'font-size': 11, fill: COLORS.failing, 'font-weight': 700 }, ['failing']));
  // Intervals only other change requests' findings name: a grey strip under the red one, named after them.
  for (const f of view.contextFailing) {
    const c = clip(f.start, f.end, [view.start, view.end]);
    if (!c) continue;
    failing.push(el('rect', { x: x(c[0]), y: top - 14, width: Math.max(2, x(c[1]) - x(c[0])), height: 5, fill: COLORS.collision, 'data-failing': 'context' }, [el('title', {}, [`failing because of ${f.changes.join(', ')}: ${f.label}`])]));
  }
  parts.push(group({ class: 'failing' }, failing));

  // Step bars: soak tails first so the step windows sit on top of them.
  const bars: Svg[] = [];
  const order = (b: GanttBar) => (b.kind === 'soak' ? 0 : b.kind === 'collision' ? 1 : 2);
  const rowIndex = new Map(view.rows.map((r, i) => [r.site, i]));
  const sorted = [...view.bars].sort((a, b) => order(a) - order(b));
  for (const b of sorted) {
    const c = clip(b.start, b.end, [view.start, view.end]);
    const i = rowIndex.get(b.site);
    if (!c || i === undefined) continue;
    const inset = b.kind === 'soak' ? 9 : b.kind === 'collision' ? 7 : 4;
    const y = top + i * rowH + inset;
    const h = rowH - 2 * inset;
    const bx = x(c[0]);
    const bw = Math.max(3, x(c[1]) - bx);
    const children: Svg[] = [el('title', {}, [`${b.label} (${b.site}, ${clock.span(b.start, b.end)})`])];
    const attrs = { 'data-bar': b.kind, 'data-change': b.changeId, 'data-step': b.stepId, 'data-site': b.site, 'data-failing': b.failing ? 'true' : 'false' };
    bars.push(group(attrs, [el('rect', { x: bx, y, width: bw, height: h, rx: 2, fill: barFill(b, id), stroke: b.kind === 'collision' ? '#ffffff' : undefined }, children)]));
    if (b.kind !== 'soak' && bw > 26) {
      bars.push(el('text', { x: bx + bw / 2, y: y + h / 2 + 4, 'text-anchor': 'middle', 'font-size': 10.5, fill: '#ffffff', 'font-weight': 600, 'aria-hidden': 'true' }, [b.kind === 'collision' || view.multiChange ? `${b.changeId.slice(-4)} ${b.stepId}` : b.stepId]));
    }
  }
  parts.push(group({ class: 'bars' }, bars));

  // The interval the headline is about: outlined across every row and labelled.
  if (view.highlight) {
    const c = clip(view.highlight.start, view.highlight.end, [view.start, view.end]);
    if (c) {
      const hx = x(c[0]);
      const hw = Math.max(3, x(c[1]) - hx);
      parts.push(
        group({ class: 'highlight', 'data-highlight': 'interval' }, [
          el('rect', { x: hx - 2, y: top - 2, width: hw + 4, height: plotH + 4, fill: 'none', stroke: COLORS.failing, 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
          el('text', { x: Math.min(Math.max(hx + hw / 2, left + 90), width - right - 90), y: top - 34, 'text-anchor': 'middle', 'font-size': 12.5, 'font-weight': 700, fill: COLORS.failing }, [view.highlight.label]),
        ]),
      );
    }
  }

  // Legend.
  const legendY = 14;
  const items: [string, string][] = [
    [COLORS.focus, 'step window'],
    [COLORS.focusFailing, 'step in a failing interval'],
    [`url(#${id}-soak-fail)`, 'unproven, still at risk (soak)'],
    [COLORS.collision, 'other change request'],
    [COLORS.window, 'maintenance window'],
    [COLORS.peak, 'daily traffic peak'],
  ];
  const legend: Svg[] = [];
  let lx = 8;
  for (const [fill, label] of items) {
    legend.push(el('rect', { x: lx, y: legendY - 9, width: 14, height: 10, fill, stroke: '#9aa0a6', 'stroke-width': 0.5 }));
    legend.push(el('text', { x: lx + 18, y: legendY, 'font-size': 11, fill: COLORS.text }, [label]));
    lx += 30 + label.length * 6.1;
  }
  parts.push(group({ class: 'legend', 'aria-hidden': 'true' }, legend));
  parts.push(el('text', { x: 8, y: plotBottom + 34, 'font-size': 10.5, fill: COLORS.muted }, [`Local time, ${clock.timeZone}`]));

  return chart({ id, width, height, title: 'Timeline: steps per site', desc: ganttDescription(view, clock), className: 'chart' }, parts);
}

type Series = 'all' | 'emergency';

function pick(row: CapacityRow, series: Series): CapacityFigures {
  return series === 'all' ? row.all : row.emergency;
}

export function capacityDescription(rows: CapacityRow[], series: Series, clock: Clock): string {
  const name = series === 'all' ? 'all calls' : 'emergency calls';
  if (rows.length === 0) return `No interval of the plan: no ${name} capacity to show.`;
  const negative = rows.filter((r) => pick(r, series).margin < 0);
  const min = rows.reduce((best, r) => (pick(r, series).margin < pick(best, series).margin ? r : best));
  const f = pick(min, series);
  void clock;
  return (
    `Sessions for ${name} in ${rows.length} interval(s): capacity not at risk, what is left if one more site is lost (N-1), and forecast traffic with headroom. ` +
    `${negative.length} interval(s) have a negative margin. Minimum margin ${signed(f.margin)} sessions in ${min.label}: ${fmt(f.afterN1)} left after N-1 against ${fmt(f.required)} required.`
  );
}

/**
 * One capacity panel: per interval a bar of capacity not at risk, the N-1 level as a line with a point
 * per interval, the required level (forecast x headroom) as a marker, and a hatched deficit where the
 * N-1 level is below the requirement. The scale follows what matters (the larger of capacity left and
 * requirement), so a deficit of 1,000 emergency sessions is not flattened by 120,000 installed.
 */
export function capacitySvg(rows: CapacityRow[], series: Series, clock: Clock, id: string, highlight?: { index: number; label: string }): Svg {
  const width = 1000;
  const left = 70;
  const right = 16;
  const top = 52;
  const plotH = 150;
  const bottom = 58;
  const height = top + plotH + bottom;
  const plotW = width - left - right;
  // Scale to the requirement, not to installed capacity: bars far above it are cut at the top and
  // labelled with their value, so a shortfall of 1,000 sessions stays visible next to 120,000 installed.
  const maxRequired = Math.max(1, ...rows.map((r) => pick(r, series).required));
  const maxAvailable = Math.max(0, ...rows.map((r) => pick(r, series).available));
  const maxValue = Math.max(maxRequired * 1.25, Math.min(maxAvailable, maxRequired * 4));
  const ticks = niceTicks(maxValue, 4);
  const y = linearScale([0, ticks.max], [top + plotH, top]);
  const band = rows.length > 0 ? plotW / rows.length : plotW;
  const barW = Math.max(2, Math.min(60, band * 0.6));
  const parts: Svg[] = [patterns(id)];
  const title = series === 'all' ? 'Capacity margin, all calls (sessions)' : 'Capacity margin, emergency calls (sessions)';

  const axis: Svg[] = [];
  for (const t of ticks.ticks) {
    axis.push(el('line', { x1: left, y1: y(t), x2: width - right, y2: y(t), stroke: COLORS.grid, 'stroke-width': t === 0 ? 1.2 : 0.6 }));
    axis.push(el('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11, fill: COLORS.muted }, [fmt(t)]));
  }
  parts.push(group({ class: 'axis' }, axis));

  // Column labels where they fit: the highlighted interval first, then shortfalls, then the rest,
  // keeping labelled columns at least `every` apart so their text never overlaps.
  const every = Math.max(1, Math.ceil(70 / band));
  const hiIndex = highlight ? rows.findIndex((r) => r.index === highlight.index) : -1;
  const priority = rows
    .map((r, i) => ({ i, rank: i === hiIndex ? 0 : pick(r, series).margin < 0 ? 1 : 2 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  const labelled = new Set<number>();
  for (const { i } of priority) if (![...labelled].some((j) => Math.abs(j - i) < every)) labelled.add(i);
  const bars: Svg[] = [];
  const n1Points: string[] = [];
  const points: Svg[] = [];
  rows.forEach((r, i) => {
    const f = pick(r, series);
    const cx = left + band * i + band / 2;
    const bx = cx - barW / 2;
    bars.push(
      el('rect', { x: bx, y: y(f.available), width: barW, height: Math.max(0, y(0) - y(f.available)), fill: COLORS.available, 'data-bar': 'available', 'data-interval': r.index }, [
        el('title', {}, [`${r.label}: ${fmt(f.available)} sessions not at risk`]),
      ]),
    );
    if (f.available > ticks.max && labelled.has(i)) {
      bars.push(el('text', { x: cx, y: top - 3, 'text-anchor': 'middle', 'font-size': 10, fill: COLORS.muted, 'data-cut': 'true' }, [`▲ ${fmt(f.available)}`]));
    }
    if (f.margin < 0) {
      const y0 = y(Math.max(0, f.afterN1));
      const y1 = y(f.required);
      bars.push(el('rect', { x: bx, y: y1, width: barW, height: Math.max(1, y0 - y1), fill: `url(#${id}-deficit)`, stroke: COLORS.deficit, 'stroke-width': 1, 'data-deficit': 'true', 'data-interval': r.index }, [el('title', {}, [`${r.label}: short by ${fmt(-f.margin)} sessions`])]));
    }
    n1Points.push(`${num(bx)},${num(y(f.afterN1))} ${num(bx + barW)},${num(y(f.afterN1))}`);
    points.push(el('circle', { cx, cy: y(f.afterN1), r: 3.2, fill: COLORS.n1, 'data-point': 'n1', 'data-interval': r.index }, [el('title', {}, [f.largestSite === undefined ? `${r.label}: nothing left outside the change (N-1: 0 sessions)` : `${r.label}: ${fmt(f.afterN1)} sessions after also losing ${f.largestSite} (N-1)`])]));
    points.push(
      el('path', { d: `M ${num(cx)} ${num(y(f.required) - 5)} l 5 5 l -5 5 l -5 -5 z`, fill: COLORS.required, 'data-point': 'required', 'data-interval': r.index }, [
        el('title', {}, [`${r.label}: ${fmt(f.forecast)} sessions forecast, ${fmt(f.required)} with headroom`]),
      ]),
    );
    const negative = f.margin < 0;
    if (labelled.has(i)) {
      points.push(el('text', { x: cx, y: top + plotH + 16, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: negative ? COLORS.deficit : COLORS.positive }, [signed(f.margin)]));
      points.push(el('text', { x: cx, y: top + plotH + 30, 'text-anchor': 'middle', 'font-size': 10.5, fill: COLORS.muted }, [r.shortLabel]));
    }
  });
  parts.push(group({ class: 'bars' }, bars));
  if (highlight && hiIndex >= 0) {
    const hx = left + band * hiIndex;
    parts.push(
      group({ class: 'highlight', 'data-highlight': 'interval' }, [
        el('rect', { x: hx + 2, y: top - 4, width: band - 4, height: plotH + 40, fill: 'none', stroke: COLORS.failing, 'stroke-width': 1.6, 'stroke-dasharray': '5 3' }),
      ]),
    );
  }
  if (n1Points.length > 0) parts.push(el('polyline', { points: n1Points.join(' '), fill: 'none', stroke: COLORS.n1, 'stroke-width': 2, 'data-line': 'n1' }));
  parts.push(group({ class: 'points' }, points));
  parts.push(el('text', { x: left - 6, y: top + plotH + 16, 'text-anchor': 'end', 'font-size': 10.5, fill: COLORS.muted }, ['margin']));

  const legend: [string, string][] = [
    [COLORS.available, 'not at risk'],
    [COLORS.n1, 'N-1 (one more site lost)'],
    [COLORS.required, 'forecast × (1 + headroom)'],
    [`url(#${id}-deficit)`, 'shortfall'],
  ];
  const items: Svg[] = [el('text', { x: 8, y: 16, 'font-size': 13, 'font-weight': 700, fill: COLORS.text }, [title])];
  let lx = 8;
  for (const [fill, label] of legend) {
    items.push(el('rect', { x: lx, y: 25, width: 14, height: 10, fill, stroke: '#9aa0a6', 'stroke-width': 0.5 }));
    items.push(el('text', { x: lx + 18, y: 34, 'font-size': 11, fill: COLORS.text }, [label]));
    lx += 30 + label.length * 6.1;
  }
  parts.push(group({ class: 'legend', 'aria-hidden': 'true' }, items));
  const cut = rows.some((r) => pick(r, series).available > ticks.max);
  parts.push(el('text', { x: left, y: height - 8, 'font-size': 10.5, fill: COLORS.muted }, [`Interval start, local time (${clock.timeZone}); one column per interval of the plan${cut ? `; bars above ${fmt(ticks.max)} are cut (▲ value)` : ''}${every > 1 ? '; every column is in the table below' : ''}`]));
  return chart({ id, width, height, title, desc: capacityDescription(rows, series, clock), className: 'chart' }, parts);
}
