// What to say about a "bad indentation" YAML error: the column the line's key was expected at (that of
// the keys of the mapping it follows) and the item it probably belongs to ("step s1"), so a tired
// operator fixes the line instead of counting spaces.

interface KeyLine {
  line: number;
  /** 0-based column of the key. */
  column: number;
  key: string;
  /** The line starts a sequence item (`- key: ...`). */
  item: boolean;
  /** 0-based column of the `-` of a sequence item. */
  dash: number;
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][\w.-]*)\s*:(\s|$)/;

function keyLine(text: string, line: number): KeyLine | undefined {
  const m = KEY_LINE.exec(text);
  if (!m) return undefined;
  const indent = m[1]?.length ?? 0;
  return { line, column: indent + (m[2]?.length ?? 0), key: m[3] as string, item: m[2] !== undefined, dash: indent };
}

function meaningful(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

/** The item a key line belongs to, as "step s1" or "`window`", by walking up from `from`. */
function ownerOf(lines: readonly string[], from: KeyLine): string | undefined {
  // The first line of the mapping: the nearest line above at the same key column that starts an item,
  // or the key the mapping is the value of.
  for (let i = from.line; i >= 0; i--) {
    const text = lines[i] as string;
    if (!meaningful(text)) continue;
    const k = keyLine(text, i);
    if (!k) continue;
    if (k.column === from.column && k.item) {
      const id = /\bid\s*:\s*([^\s,}#]+)/.exec(text)?.[1];
      const parent = findParent(lines, i, k.dash);
      const kind = parent !== undefined ? parent.replace(/s$/, '') : 'item';
      return id !== undefined ? `${kind} ${id}` : `the ${kind} on line ${i + 1}`;
    }
    if (k.column < from.column) return `\`${k.key}\``;
  }
  return undefined;
}

function findParent(lines: readonly string[], from: number, column: number): string | undefined {
  for (let i = from - 1; i >= 0; i--) {
    const text = lines[i] as string;
    if (!meaningful(text)) continue;
    const k = keyLine(text, i);
    if (k && k.column < column) return k.key;
    if (k && k.column === column && !k.item) return undefined;
  }
  return undefined;
}

/**
 * For js-yaml's "bad indentation of a mapping entry" at `position`: the expected column and the probable
 * owner, as a sentence to append; '' when the lines do not show it.
 */
export function indentationHint(text: string, position: number): string {
  const lines = text.split(/\r?\n/);
  const lineIndex = text.slice(0, position).split('\n').length - 1;
  const here = keyLine(lines[lineIndex] ?? '', lineIndex);
  if (!here) return '';
  for (let i = lineIndex - 1; i >= 0; i--) {
    const text = lines[i] as string;
    if (!meaningful(text)) continue;
    const previous = keyLine(text, i);
    if (!previous) return '';
    if (previous.column === here.column) return '';
    const owner = ownerOf(lines, previous);
    return `: \`${here.key}\` starts at column ${here.column + 1}, but the keys it follows (\`${previous.key}\` on line ${i + 1}) start at column ${previous.column + 1}; indent it to column ${previous.column + 1}${owner !== undefined ? ` to put it in ${owner}` : ''}`;
  }
  return '';
}
