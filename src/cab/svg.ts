// A very small SVG writer for the CAB report's charts. Charts are drawn by the project from the
// evaluation data (no charting dependency, no browser, no network); every attribute value and every
// text node goes through escapeHtml, so a value from the config repository can never become markup.
import { escapeHtml } from '../core/sanitize.ts';

export type AttrValue = string | number | boolean | undefined;
export type Attrs = Record<string, AttrValue>;

/** A serialised SVG fragment. Only `el`, `text` and `raw` create one, so strings are never markup by accident. */
export interface Svg {
  readonly svg: string;
}

/** Numbers are written with at most two decimals so output is stable and compact. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot draw a non-finite number (${value})`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(a)) {
    if (value === undefined || value === false) continue;
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/.test(name)) throw new Error(`invalid SVG attribute name "${name}"`);
    const text = value === true ? name : typeof value === 'number' ? num(value) : value;
    out += ` ${name}="${escapeHtml(text)}"`;
  }
  return out;
}

/** An element with escaped attributes; children are fragments or plain text (escaped). */
export function el(name: string, a: Attrs = {}, children: readonly (Svg | string)[] = []): Svg {
  if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) throw new Error(`invalid SVG element name "${name}"`);
  if (children.length === 0) return { svg: `<${name}${attrs(a)}/>` };
  const inner = children.map((c) => (typeof c === 'string' ? escapeHtml(c) : c.svg)).join('');
  return { svg: `<${name}${attrs(a)}>${inner}</${name}>` };
}

export function group(a: Attrs, children: readonly Svg[]): Svg {
  return el('g', a, children);
}

/**
 * The root element of an inline chart, with its text alternative: role="img", a <title> and a <desc>,
 * referenced by aria-labelledby so screen readers announce the chart as one image with a description.
 */
export function chart(options: { id: string; width: number; height: number; title: string; desc: string; className?: string }, children: readonly Svg[]): Svg {
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: options.id,
      class: options.className,
      viewBox: `0 0 ${num(options.width)} ${num(options.height)}`,
      width: options.width,
      height: options.height,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
    },
    [el('title', { id: titleId }, [options.title]), el('desc', { id: descId }, [options.desc]), ...children],
  );
}

/** Maps a numeric domain onto a pixel range (clamped), e.g. time -> x or sessions -> y. */
export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => {
    if (span === 0) return r0;
    const t = Math.min(1, Math.max(0, (value - d0) / span));
    return r0 + t * (r1 - r0);
  }) as Scale;
  return Object.assign(scale, { domain, range });
}

/**
 * A "nice" upper bound and tick step for a value axis starting at zero: steps of 1, 2 or 5 times a
 * power of ten, about `count` of them.
 */
export function niceTicks(max: number, count = 5): { max: number; step: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max: top, step, ticks };
}

/** Clips a [start, end) span to a domain; undefined when nothing of it is visible. */
export function clip(start: number, end: number, domain: readonly [number, number]): [number, number] | undefined {
  const s = Math.max(start, domain[0]);
  const e = Math.min(end, domain[1]);
  return e > s ? [s, e] : undefined;
}
