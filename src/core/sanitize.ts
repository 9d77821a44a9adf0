// Values from a config repository end up in terminals, Markdown, HTML and GitHub workflow commands.
// Each output neutralises them for its own medium; these helpers are shared by the formatters.

/** Removes ANSI escapes and other control characters (keeps tab and newline) so a value cannot drive a terminal. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '');
}

/** One line of text: control characters removed, newlines folded. */
export function oneLine(text: string): string {
  return stripControl(text).replace(/[\r\n\t]+/g, ' ');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return stripControl(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Escapes text for inline GitHub-flavoured Markdown: the characters that mean something anywhere in a
 * line (emphasis, code, links, tables, strikethrough, HTML) are escaped; those that only mean something
 * at the start of a line (headings, lists, quotes) are escaped there only, so ids like CR-2026-0601 stay
 * readable. `#123` references are escaped and `@mentions` broken with a zero-width joiner, so nothing
 * links to an issue or pings anyone.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c))
    .replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/, (_, space: string, lead: string) => (/^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`))
    .replace(/\]\(/g, ']\\(')
    .replace(/#(?=\d)/g, '\\#')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200d');
}

/**
 * Inline code for Markdown that stays inline code whatever the value holds: a fence longer than any run
 * of backticks inside it, and in a table cell `|` escaped (GitHub splits cells on `|` even inside code
 * spans, which would end the span and let the rest render as Markdown and HTML).
 */
export function markdownCode(text: string, context: 'text' | 'table' = 'text'): string {
  let value = oneLine(text);
  if (context === 'table') value = value.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value === '' || value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A link destination that cannot end the link early or start markup: spaces, brackets and angle brackets percent-encoded. */
export function markdownLinkTarget(url: string): string {
  return oneLine(url).replace(/[\s()<>[\]\\`"|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A CI runner reads any line of a job's log that starts with `::` (after leading spaces) as a workflow
 * command. In changegate's own text only a file path can start a line, so such a line is written
 * `./::…`, which names the same file and is no command. The `github` format, whose commands are meant,
 * does not use this.
 */
export function withoutWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*)::/gm, '$1./::');
}

/**
 * A value as one shell word, for commands changegate suggests: as it is when it holds only characters
 * no shell reads specially, else in single quotes (`main; touch x` stays one argument, never a second
 * command). Control characters and line breaks are removed first.
 */
export function shellWord(text: string): string {
  const value = stripControl(text).replace(/[\r\n\t]/g, '');
  return /^[A-Za-z0-9._/+,:@=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
