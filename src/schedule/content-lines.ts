// iCalendar content lines (RFC 5545, 3.1 and 3.3.11): TEXT escaping, folding at 75 octets, CRLF.

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters, which no content line may hold, are dropped. */
export function escapeText(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const LIMIT = 75;

/**
 * Folds one content line into lines of at most 75 octets, each continuation starting with a space.
 * UTF-8 sequences are never split: a character that would cross the limit starts the next line.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= LIMIT) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines carry the leading space, so they hold 74 octets of content.
    const room = parts.length === 0 ? LIMIT : LIMIT - 1;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The lines as an iCalendar stream: folded, each ended by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + '\r\n').join('');
}

/** Unfolds an iCalendar stream into its logical content lines (for reading a previous calendar back). */
export function unfoldLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '').split(/\r?\n/).filter((l) => l !== '');
}
