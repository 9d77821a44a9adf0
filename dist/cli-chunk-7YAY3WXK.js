import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/cab/format.ts
var INTEGER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
var ONE_DECIMAL = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
function fmt(value) {
  const rounded = Math.round(value);
  const text = INTEGER.format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}
function fmt1(value) {
  const rounded = Math.round(value * 10) / 10;
  const text = ONE_DECIMAL.format(Math.abs(rounded));
  return rounded < 0 ? `\u2212${text}` : text;
}
function signed(value) {
  return Math.round(value) > 0 ? `+${fmt(value)}` : fmt(value);
}
function plural(n, word, pluralWord = `${word}s`) {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
function leftText(f) {
  if (f.available <= 0) return "nothing left outside the change";
  return `${fmt(f.afterN1)} left after also losing ${f.largestSite ?? "the largest site"}`;
}

export {
  fmt,
  fmt1,
  signed,
  plural,
  leftText
};
