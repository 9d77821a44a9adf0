// Moves line numbers from one version of the files to another through git's diff. A pull request is
// evaluated on GitHub's test merge (what would be merged), but its annotations and links are shown on
// the pull request's head commit: when the base branch added or removed lines above a finding since the
// branch point, the merge's line numbers are off on the head. This maps each finding's lines from the
// merge (the working tree) back to the head, hunk by hunk.

interface Hunk {
  /** Lines of the "from" side (the head) and the "to" side (the merge), as in `@@ -a,b +c,d @@`. */
  fromStart: number;
  fromCount: number;
  toStart: number;
  toCount: number;
}

interface FileDiff {
  /** Path on the "from" side; undefined when the file does not exist there (added). */
  from: string | undefined;
  to: string | undefined;
  hunks: Hunk[];
}

export interface MappedLine {
  line: number;
  /**
   * False when the line is not in the "from" version (the base branch added or changed it): the line
   * given is the nearest one before it.
   */
  exact: boolean;
}

/** Undoes git's C-style quoting of unusual paths ("a/t\303\251st.yaml"). */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 1; i < path.length - 1; i++) {
    const c = path[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = path[i + 1] as string;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(path.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function side(header: string, prefix: 'a/' | 'b/'): string | undefined {
  const raw = unquote(header.replace(/\t$/, ''));
  if (raw === '/dev/null') return undefined;
  return raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
}

export function parseUnifiedDiff(text: string): FileDiff[] {
  const files: FileDiff[] = [];
  let current: FileDiff | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = { from: undefined, to: undefined, hunks: [] };
      files.push(current);
    } else if (current && current.hunks.length === 0 && line.startsWith('--- ')) {
      current.from = side(line.slice(4), 'a/');
    } else if (current && current.hunks.length === 0 && line.startsWith('+++ ')) {
      current.to = side(line.slice(4), 'b/');
    } else if (current && line.startsWith('@@ ')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (m) current.hunks.push({ fromStart: Number(m[1]), fromCount: m[2] === undefined ? 1 : Number(m[2]), toStart: Number(m[3]), toCount: m[4] === undefined ? 1 : Number(m[4]) });
    }
  }
  return files;
}

/** Maps lines of the "to" side of a diff (the merge) to its "from" side (the head). */
export class LineMap {
  private readonly byTarget = new Map<string, FileDiff>();

  constructor(diff: readonly FileDiff[]) {
    for (const file of diff) if (file.to !== undefined) this.byTarget.set(file.to, file);
  }

  static fromDiff(text: string): LineMap {
    return new LineMap(parseUnifiedDiff(text));
  }

  /** Files of the "to" side that do not exist on the "from" side (the base branch added them). */
  isOnlyInTarget(file: string): boolean {
    return this.byTarget.get(file)?.from === undefined && this.byTarget.has(file);
  }

  /** The line on the "from" side; undefined when the file is not there at all. */
  map(file: string, line: number): MappedLine | undefined {
    const diff = this.byTarget.get(file);
    if (!diff) return { line, exact: true };
    if (diff.from === undefined) return undefined;
    let shift = 0;
    for (const h of diff.hunks) {
      const toEnd = h.toStart + h.toCount - 1;
      if (h.toCount > 0 && line >= h.toStart && line <= toEnd) {
        // Inside lines the base branch added or rewrote: the nearest head line at or before them.
        const nearest = h.fromCount > 0 ? h.fromStart + Math.min(line - h.toStart, h.fromCount - 1) : h.fromStart;
        return { line: Math.max(1, nearest), exact: false };
      }
      // A hunk is before the line when its merge side ends above it (a pure removal sits after toStart).
      const before = h.toCount > 0 ? toEnd < line : h.toStart < line;
      if (!before) break;
      shift += h.fromCount - h.toCount;
    }
    return { line: line + shift, exact: true };
  }
}
