// escapeMarkdown escapes what Markdown would read, and nothing else: ids stay as they are written.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/core/sanitize.ts';

describe('escapeMarkdown', () => {
  it('leaves ids, dates, versions and parentheses alone', () => {
    expect(escapeMarkdown('CR-2026-0601 step s1 (reconnection) on 2026-12-09 16:30 (+01:00), v2.1!')).toBe('CR-2026-0601 step s1 (reconnection) on 2026-12-09 16:30 (+01:00), v2.1!');
  });

  it('escapes emphasis, code, links, tables, strikethrough and HTML anywhere', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) f|g ~~h~~ <i> & \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e) f\\|g \\~\\~h\\~\\~ &lt;i&gt; &amp; \\\\');
  });

  it('escapes what starts a heading, list or ordered list only at the start', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('3) item')).toBe('3\\) item');
    expect(escapeMarkdown('a - b + c = d')).toBe('a - b + c = d');
  });

  it('never links an issue or pings anyone', () => {
    expect(escapeMarkdown('see #12, ask @alice')).toBe('see \\#12, ask @\u200dalice');
  });
});
