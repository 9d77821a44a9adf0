// Number wording shared by the Markdown and HTML renderers.
import type { CapacityFigures } from './capacity.ts';

const INTEGER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "79,200", "−1,008" (a real minus sign, so a negative margin cannot be misread as a dash). */
export function fmt(value: number): string {
  const rounded = Math.round(value);
  const text = INTEGER.format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}

/** Like fmt, with one decimal (call attempts per second can be fractional). */
export function fmt1(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = ONE_DECIMAL.format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}

/** "+12,000" or "−1,008". */
export function signed(value: number): string {
  return Math.round(value) > 0 ? `+${fmt(value)}` : fmt(value);
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** What is left after N-1, in words. */
export function leftText(f: CapacityFigures): string {
  if (f.available <= 0) return 'nothing left outside the change';
  return `${fmt(f.afterN1)} left after also losing ${f.largestSite ?? 'the largest site'}`;
}
