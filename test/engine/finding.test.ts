// Message interpolation and canonical JSON: every finding's message and fingerprint go through these.
import { describe, expect, it } from 'vitest';
import { interpolate, stableStringify } from '../../src/core/finding.ts';

describe('interpolate', () => {
  it('fills placeholders, with or without spaces inside the braces, and joins arrays with ", "', () => {
    expect(interpolate('{{change}} touches {{ servers }} at {{at}}.', { change: 'CR-1', servers: ['a', 'b'], at: 3 })).toBe('CR-1 touches a, b at 3.');
  });

  it('leaves a placeholder it has no value for exactly as written', () => {
    expect(interpolate('known {{a}}, unknown {{  b }} and {{c}}', { a: 1 })).toBe('known 1, unknown {{  b }} and {{c}}');
  });

  it('gives the same text for the same template every time (templates are compiled once)', () => {
    const template = '{{x}}-{{y}}-{{x}}';
    expect(interpolate(template, { x: 'p', y: 'q' })).toBe('p-q-p');
    expect(interpolate(template, { x: 'r', y: true })).toBe('r-true-r');
    expect(interpolate('no placeholders', { x: 1 })).toBe('no placeholders');
  });
});

describe('stableStringify', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(stableStringify({ b: 1, a: [{ d: null, c: 'x"y' }] })).toBe('{"a":[{"c":"x\\"y","d":null}],"b":1}');
  });
});
