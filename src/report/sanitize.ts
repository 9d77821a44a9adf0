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
