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
 * Escapes text for inline GitHub-flavoured Markdown: Markdown punctuation and HTML are escaped, and
 * `@mentions` and `#123` references are broken with a zero-width joiner so nobody is pinged.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '\\' + c))
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200d');
}
