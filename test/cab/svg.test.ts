import { describe, expect, it } from 'vitest';
import { chart, clip, el, linearScale, niceTicks, num } from '../../src/cab/svg.ts';

describe('svg writer', () => {
  it('escapes attribute values and text, so config values never become markup', () => {
    const hostile = '"><script>alert(1)</script>';
    const out = el('text', { 'data-change': hostile, x: 1.006 }, [hostile]).svg;
    expect(out).toBe('<text data-change="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" x="1.01">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    expect(out).not.toContain('<script');
  });

  it('refuses element and attribute names that could break out of the tag', () => {
    expect(() => el('g onload=x', {})).toThrow(/invalid SVG element name/);
    expect(() => el('g', { 'x onload': 1 })).toThrow(/invalid SVG attribute name/);
  });

  it('drops undefined and false attributes and writes true ones by name', () => {
    expect(el('rect', { a: undefined, b: false, hidden: true, c: 0 }).svg).toBe('<rect hidden="hidden" c="0"/>');
  });

  it('writes numbers with at most two decimals, never -0, and refuses non-finite ones', () => {
    expect(num(1 / 3)).toBe('0.33');
    expect(num(-0.001)).toBe('0');
    expect(num(120000)).toBe('120000');
    expect(() => num(Number.NaN)).toThrow(/non-finite/);
  });

  it('gives every chart a text alternative: role img, title and desc referenced by aria-labelledby', () => {
    const out = chart({ id: 'c1', width: 100, height: 50, title: 'T <1>', desc: 'D & E' }, [el('rect', { width: 1 })]).svg;
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="c1" viewBox="0 0 100 50" width="100" height="50" role="img" aria-labelledby="c1-title c1-desc">/);
    expect(out).toContain('<title id="c1-title">T &lt;1&gt;</title><desc id="c1-desc">D &amp; E</desc>');
  });

  it('maps a domain onto a range, clamped, including a reversed range for y axes', () => {
    const y = linearScale([0, 1000], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(500)).toBe(100);
    expect(y(2000)).toBe(0);
    expect(linearScale([5, 5], [10, 20])(5)).toBe(10);
  });

  it('chooses nice ticks of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(84000, 4)).toEqual({ max: 100000, step: 50000, ticks: [0, 50000, 100000] });
    expect(niceTicks(1080, 4)).toEqual({ max: 1500, step: 500, ticks: [0, 500, 1000, 1500] });
    expect(niceTicks(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('clips spans to the visible domain', () => {
    expect(clip(0, 10, [5, 20])).toEqual([5, 10]);
    expect(clip(0, 5, [5, 20])).toBeUndefined();
  });
});
