// The fast reader for the plain subset of YAML must never change what the loader returns: for every
// input, reading with `auto` (fast reader first) and with js-yaml alone gives the same data, the same
// source positions and the same issues. It must also really be used, or the speed it buys is not there.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommonSubset } from '../../src/load/subset-reader.ts';
import { loadYaml } from '../../src/load/yaml.ts';
import type { LoadResult } from '../../src/load/yaml.ts';
import { fixtureWorkdir } from '../support/fixture-repos.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...yamlFiles(path));
    else if (name.endsWith('.yaml')) found.push(path);
  }
  return found;
}

/** Everything a load returns that a later stage can see. */
function observable(result: LoadResult) {
  const doc = result.document;
  return {
    issues: result.issues,
    value: doc?.value,
    rows: doc ? Array.from(doc.spans.rows) : undefined,
    spelledKeys: doc ? [...doc.spans.spelledKeys] : undefined,
  };
}

function bothReaders(text: string) {
  const bytes = new TextEncoder().encode(text);
  return {
    auto: observable(loadYaml('file.yaml', bytes, undefined, 'auto')),
    jsYaml: observable(loadYaml('file.yaml', bytes, undefined, 'js-yaml')),
  };
}

function accepts(text: string): boolean {
  return readCommonSubset(text, () => {});
}

/** A small deterministic generator (mulberry32), so every run tests the same cases. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const REPOSITORY_FILES = [
  ...yamlFiles(join(ROOT, 'examples')),
  // The fixture repositories as the CLI tests see them: the six-site network with each one's files on top.
  ...yamlFiles(join(fixtureWorkdir(), 'test', 'fixtures', 'repos')),
  ...yamlFiles(join(ROOT, 'test', 'fixtures', 'network')),
];

describe('repository files', () => {
  it('every example and fixture repository file is read by the fast reader, to the same result as js-yaml, with LF or CRLF line breaks', () => {
    expect(REPOSITORY_FILES.length).toBeGreaterThan(60);
    for (const path of REPOSITORY_FILES) {
      const lf = readFileSync(path, 'utf8');
      for (const text of [lf, lf.replace(/\r?\n/g, '\r\n')]) {
        const { auto, jsYaml } = bothReaders(text);
        expect(auto, path).toEqual(jsYaml);
        // Fixtures written to be malformed are the full parser's; everything else is in the subset.
        if (jsYaml.issues.length === 0 && !/[&*!]\w|^---|\t/m.test(text)) expect(accepts(text), path).toBe(true);
      }
    }
  });

  it('every case of the YAML test suite loads the same with both readers', () => {
    const suite = join(ROOT, 'test', 'fixtures', 'yaml-test-suite');
    const inputs = yamlFiles(suite).filter((path) => path.endsWith('in.yaml'));
    expect(inputs.length).toBeGreaterThan(300);
    let read = 0;
    for (const path of inputs) {
      const text = readFileSync(path, 'utf8');
      const { auto, jsYaml } = bothReaders(text);
      expect(auto, path).toEqual(jsYaml);
      if (accepts(text)) read++;
    }
    // Most of the suite exercises what the subset leaves to js-yaml; some of it is plain.
    expect(read).toBeGreaterThan(20);
  });
});

describe('what the fast reader reads', () => {
  it.each([
    ['block mappings and sequences', 'a: 1\nb:\n  - x\n  -   y: 2\n      z: 3\nc:\n- d\n'],
    ['flow collections', 'a: { p: q, r: [s, "t"] }\nb: []\nc: {}\n'],
    ['a flow sequence over several lines with comments', 'a: [\n    1,  2,  # first\n\n    3   # last\n  ]\nb: 2\n'],
    ['quoted keys and scalars', '"a b": \'it\'\'s\'\nc: "x # y"\n'],
    ['doubled quotes only in some single-quoted scalars, before and after plain ones', "a: 'x'\nb: 'it''s'\nc: 'y'\nd: [ 'p', 'q''r', 's' ]\ne: 'last''s'\n"],
    ['plain scalars with colons, hashes and brackets inside', 'at: 2027-02-09T01:00:00+01:00\nurl: http://x/#y\nn: a[0]\n'],
    ['literal and folded block scalars', 'a: |\n  one\n   two\n\nb: >-\n  folded\n  text\n\n# comment\nc: |+\n  kept\n\n'],
    ['a block scalar in a sequence', 'a:\n  - |\n    x\n  - y\n'],
    ['comments everywhere', '# head\na: 1 # one\n  # indented comment\nb: # nested below\n  c: 2\n'],
    ['a document without a final line break', 'a: 1\nb: [x]'],
    ['CRLF line breaks', 'a: 1 # one\r\nb:\r\n  - [x,\r\n     y]\r\nc: |\r\n  text\r\n\r\nd: \'q\'\r\n'],
    ['values the core schema resolves', 'n: null\nt: true\ni: -5\nh: 0x1F\nf: 1e3\ns: no\n'],
  ])('%s: read, and the same as js-yaml', (_name, text) => {
    expect(accepts(text)).toBe(true);
    const { auto, jsYaml } = bothReaders(text);
    expect(auto).toEqual(jsYaml);
  });

  it('reports js-yaml\'s positions: a block mapping from its first key, a sequence from its dash, a block scalar to the next line', () => {
    const text = 'a: |\n  x\n\nb:\n  - q\n';
    const result = loadYaml('file.yaml', new TextEncoder().encode(text));
    const rows = Array.from(result.document!.spans.rows);
    // Rows of six: start, end, key start, key end, next row after the subtree, shape.
    expect(rows).toEqual([0, 18, -1, -1, 4, 1, 7, 10, 0, 1, 2, 0, 15, 18, 10, 11, 4, 2, 17, 18, -1, -1, 4, 0]);
  });
});

describe('what the fast reader leaves to js-yaml', () => {
  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['escapes in double quotes', 'a: "x\\ty"\n'],
    ['tabs', 'a:\t1\n'],
    ['a carriage return that is not part of a CRLF line break', 'a: 1\rb: 2\n'],
    ['document markers', '---\na: 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['a root sequence', '- a\n'],
    ['an empty file', '# only a comment\n'],
    ['complex keys', '? a\n: b\n'],
    ['a space before the colon', 'a : 1\n'],
    ['an explicit block indentation', 'a: |2\n   x\n'],
    ['a flow mapping entry over two lines', 'a: { b:\n    c }\n'],
    ['a trailing comma', 'a: [x, ]\n'],
    ['a nested sequence on one line', 'a:\n  - - x\n'],
    ['a byte-order mark inside the text', 'a: \ufeffx\n'],
  ])('%s', (_name, text) => {
    expect(accepts(text)).toBe(false);
    const { auto, jsYaml } = bothReaders(text);
    expect(auto).toEqual(jsYaml);
  });

  it('a document the builder refuses (a duplicate key) is reported exactly as js-yaml reads it', () => {
    const text = 'a: 1\nb: 2\na: 3\n';
    expect(accepts(text)).toBe(true);
    const { auto, jsYaml } = bothReaders(text);
    expect(auto).toEqual(jsYaml);
    expect(auto.issues).toMatchObject([{ code: 'duplicate-key', range: { line: 3, column: 1 } }]);
  });
});

describe('mutations', () => {
  // Random edits of repository files (cut short at a random line) around the places where the subset's
  // rules are decided: indentation, colons, comments, quotes, brackets, block indicators, odd characters.
  const PIECES = [' ', '  ', '\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-', '>+', '&a ', '*a', '!',
    '?', 'a', '1', '\t', '.', '%', '\\', '\r', '---\n', '~', '0x1F', '.inf', "''", '\u00a0', '\u2028', 'é', '\ufeff', '@', '<<: '];

  it('5,000 edited files load the same with both readers, and most of the unedited structure is still read fast', () => {
    const corpus = REPOSITORY_FILES.map((path) => readFileSync(path, 'utf8'));
    const rand = seeded(20261127);
    let read = 0;
    for (let i = 0; i < 5000; i++) {
      const lines = (corpus[rand(corpus.length)] as string).split('\n');
      let text = lines.slice(0, 1 + rand(Math.min(lines.length, 60))).join('\n') + (rand(2) ? '\n' : '');
      for (let edits = 1 + rand(3); edits > 0; edits--) {
        const at = rand(text.length + 1);
        const kind = rand(5);
        if (kind <= 1) text = text.slice(0, at) + PIECES[rand(PIECES.length)] + text.slice(at);
        else if (kind === 2) text = text.slice(0, at) + text.slice(at + 1 + rand(3));
        else {
          const all = text.split('\n');
          const line = rand(all.length);
          if (kind === 3) all[line] = rand(2) ? ' ' + all[line] : (all[line] as string).replace(/^ /, '');
          else all.splice(line, 0, all[rand(all.length)] as string);
          text = all.join('\n');
        }
      }
      if (rand(4) === 0) text = text.replace(/\r?\n/g, '\r\n');
      const { auto, jsYaml } = bothReaders(text);
      expect(auto, JSON.stringify(text)).toEqual(jsYaml);
      if (accepts(text)) read++;
    }
    // Not a vacuous comparison: a good part of the edited files still goes through the fast reader.
    expect(read).toBeGreaterThan(1000);
  });
});
