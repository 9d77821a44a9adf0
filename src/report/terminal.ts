// Pieces shared by the human outputs (plain text, the comparison text, JUnit messages).
import type { Finding } from '../core/finding.ts';

export const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', green: '\u001b[32m', reset: '\u001b[0m' };

export type Paint = (code: keyof typeof ANSI, text: string) => string;

export function painter(color: boolean): Paint {
  return (code, text) => (color ? ANSI[code] + text + ANSI.reset : text);
}

/** The severity column, padded so messages line up. */
export function severityLabel(f: Finding, paint: Paint): string {
  return f.severity === 'error' ? paint('red', 'error  ') : f.severity === 'warning' ? paint('yellow', 'warning') : paint('cyan', 'notice ');
}

/** A repository-relative path as the user typed the repository (`prefix`), or `(repository)` for findings about the whole. */
export function displayPath(prefix: string, file: string): string {
  if (file === '') return '(repository)';
  if (prefix === '' || prefix === '.') return file;
  return prefix.replace(/\/+$/, '') + '/' + file;
}
