// The loader: exact positions for every node, and every hostile or malformed input refused with a
// located issue (never a crash, never a hang, never a silently different value).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_LIMITS, loadYaml, locate } from '../../src/load/yaml.ts';
import type { LoadIssueCode, LoadLimits, LoadResult, YamlDocument } from '../../src/load/yaml.ts';

const encode = (text: string) => new TextEncoder().encode(text);

function load(text: string | Uint8Array, limits: LoadLimits = DEFAULT_LOAD_LIMITS): LoadResult {
  return loadYaml('file.yaml', typeof text === 'string' ? encode(text) : text, limits);
}

function loaded(text: string | Uint8Array): YamlDocument {
  const result = load(text);
  expect(result.issues).toEqual([]);
  if (!result.document) throw new Error('no document');
  return result.document;
}

/** The one issue a refused input yields, checked to be located and of the expected code. */
function refused(text: string | Uint8Array, code: LoadIssueCode, limits?: LoadLimits) {
  const result = load(text, limits);
  expect(result.document).toBeUndefined();
  expect(result.issues).toHaveLength(1);
  const issue = result.issues[0]!;
  expect(issue.code).toBe(code);
  expect(issue.message.length).toBeGreaterThan(20);
  return issue;
}

/** line:column of the node (or its key) at `pointer`. */
function at(doc: YamlDocument, pointer: string, atKey = false): string {
  const r = locate(doc, pointer, atKey);
  return `${r.line}:${r.column}`;
}

const NETWORK = `kind: Inventory
sites:
  - id: PAR1
    name: "Paris Nord"
    region: 'Ile-de-France'
    notes: |
      first line
      second line
    folded: >-
      one
      two
  - { id: LYO1, name: Lyon, zones: [a, "b", 'c'] }
deep:
  a:
    b:
      c: [1, {d: x}]
`;

describe('positions', () => {
  const doc = loaded(NETWORK);

  it('locates plain, quoted and flow values at several depths', () => {
    expect(at(doc, '/kind')).toBe('1:7');
    expect(at(doc, '/sites/0/id')).toBe('3:9');
    // Quoted scalars include their quotes.
    expect(at(doc, '/sites/0/name')).toBe('4:11');
    expect(locate(doc, '/sites/0/name')).toEqual({ line: 4, column: 11, endLine: 4, endColumn: 23 });
    expect(locate(doc, '/sites/0/region')).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 28 });
    expect(at(doc, '/sites/1')).toBe('12:5');
    expect(at(doc, '/sites/1/id')).toBe('12:11');
    expect(at(doc, '/sites/1/zones/0')).toBe('12:37');
    expect(locate(doc, '/sites/1/zones/1')).toEqual({ line: 12, column: 40, endLine: 12, endColumn: 43 });
    expect(at(doc, '/sites/1/zones/2')).toBe('12:45');
    expect(at(doc, '/deep/a/b/c/0')).toBe('16:11');
    expect(locate(doc, '/deep/a/b/c/1/d')).toEqual({ line: 16, column: 18, endLine: 16, endColumn: 19 });
  });

  it('locates a block scalar at its first content character, not in the indentation', () => {
    expect(doc.value).toMatchObject({ sites: [{ notes: 'first line\nsecond line\n', folded: 'one two' }, { id: 'LYO1' }] });
    expect(at(doc, '/sites/0/notes')).toBe('7:7');
    expect(at(doc, '/sites/0/folded')).toBe('10:7');
  });

  it('locates keys with atKey, and a missing property on the object that should hold it', () => {
    expect(locate(doc, '/sites/0/name', true)).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 9 });
    expect(at(doc, '/sites/1/zones', true)).toBe('12:29');
    expect(at(doc, '/deep/a/b/c/1/d', true)).toBe('16:15');
    // An array element has no key: atKey falls back to the value.
    expect(at(doc, '/sites/0', true)).toBe('3:5');
    expect(at(doc, '/sites/0/timeZone')).toBe('3:5');
    expect(at(doc, '/sites/7/id')).toBe('3:3');
    expect(at(doc, '')).toBe('1:1');
  });

  it('locates mapping entries whose keys the text spells differently from their value', () => {
    const keys = loaded(
      [
        'plain: 1',
        '"quoted key": 2',
        "'single ''q''': 3",
        '"esc\\tkey": 4',
        '~: 5',
        '0x1F: 6',
        '"a/b~c": 7',
        'anchored: &k shared',
        '*k : 8',
        '? |',
        '  block',
        ': 9',
        '',
      ].join('\n'),
    );
    expect(keys.value).toEqual({ plain: 1, 'quoted key': 2, "single 'q'": 3, 'esc\tkey': 4, '': 5, '31': 6, 'a/b~c': 7, anchored: 'shared', shared: 8, 'block\n': 9 });
    expect(at(keys, '/plain')).toBe('1:8');
    expect(at(keys, '/quoted key')).toBe('2:15');
    expect(at(keys, '/quoted key', true)).toBe('2:1');
    expect(at(keys, "/single 'q'")).toBe('3:17');
    expect(at(keys, '/esc\tkey')).toBe('4:13');
    expect(at(keys, '/')).toBe('5:4');
    expect(at(keys, '/31')).toBe('6:7');
    expect(at(keys, '/a~1b~0c')).toBe('7:10');
    expect(at(keys, '/shared')).toBe('9:6');
    expect(at(keys, '/block\n')).toBe('12:3');
    // A key that only looks like another one's text is not found: the pointer stops at the document.
    expect(at(keys, '/0x1F')).toBe('1:1');
  });

  it('counts lines the same with CRLF line ends', () => {
    const crlf = loaded(NETWORK.replace(/\n/g, '\r\n'));
    expect(crlf.value).toEqual(doc.value);
    for (const p of ['/kind', '/sites/0/name', '/sites/1/zones/1', '/deep/a/b/c/1/d', '/sites/0/notes']) {
      expect(locate(crlf, p), p).toEqual(locate(doc, p));
    }
  });

  it('ignores a byte-order mark: line 1 columns are those an editor shows', () => {
    const bom = loaded(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(NETWORK)]));
    expect(bom.value).toEqual(doc.value);
    expect(at(bom, '/kind')).toBe('1:7');
    expect(at(bom, '/kind', true)).toBe('1:1');
  });

  it('counts a tab as one column', () => {
    const tabs = loaded('kind:\tInventory\nname: x\t# comment\n');
    expect(tabs.value).toEqual({ kind: 'Inventory', name: 'x' });
    expect(at(tabs, '/kind')).toBe('1:7');
  });

  it('refuses a tab where the parser cannot take one, saying to use spaces', () => {
    const issue = refused('kind: Inventory\nsites: [a,\tb]\n', 'syntax');
    expect(issue.range.line).toBe(2);
    expect(issue.message).toMatch(/tab character: use spaces/);
    const indent = refused('sites:\n\t- a\n', 'syntax');
    expect(indent.range.line).toBe(2);
    expect(indent.message).toMatch(/tab/);
  });

  it('counts characters beyond the BMP as editors do (UTF-16 code units)', () => {
    const doc2 = loaded('a: "é€😀"\nb: x\n');
    expect(doc2.value).toEqual({ a: 'é€😀', b: 'x' });
    expect(locate(doc2, '/a')).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 10 });
  });
});

describe('refused inputs', () => {
  it('duplicate key: located on the second, naming the line of the first', () => {
    const issue = refused('kind: Inventory\nsites:\n  x: 1\n  y: 2\n  x: 3\n', 'duplicate-key');
    expect(issue.range).toMatchObject({ line: 5, column: 3 });
    expect(issue.pointer).toBe('/sites/x');
    expect(issue.message).toContain('already defined on line 3');
    // Quoting does not make a different key.
    expect(refused('a: 1\n"a": 2\n', 'duplicate-key').message).toContain('line 1');
    expect(refused('m: {a: 1, b: 2, a: 3}\n', 'duplicate-key').range).toMatchObject({ line: 1, column: 17 });
  });

  it('custom and non-data tags', () => {
    const custom = refused('kind: Inventory\nsites:\n  - !site PAR1\n', 'unsupported-tag');
    expect(custom.range).toMatchObject({ line: 3, column: 5 });
    expect(custom.message).toContain('!site');
    expect(custom.message).toContain('by design');
    expect(refused('a: !!binary aGVsbG8=\n', 'unsupported-tag').message).toContain('!!binary');
    expect(refused('a: !!int "3"\n', 'unsupported-tag').range).toMatchObject({ line: 1, column: 4 });
    expect(refused('a: !!python/object:os.system ls\n', 'unsupported-tag').message).toContain('!!python/object');
    expect(refused('a: !foo {b: 1}\n', 'unsupported-tag').range).toMatchObject({ line: 1, column: 4 });
  });

  it('accepts the standard string, map and sequence tags, short or verbatim', () => {
    expect(loaded('a: !!str 123\nb: !<tag:yaml.org,2002:str> 0x10\nc: !!seq [1]\nd: !!map {e: f}\n').value).toEqual({
      a: '123',
      b: '0x10',
      c: [1],
      d: { e: 'f' },
    });
  });

  it('more aliases than the bound', () => {
    const aliases = (n: number) => `a: &x v\nb: [${Array(n).fill('*x').join(', ')}]\n`;
    expect(loaded(aliases(DEFAULT_LOAD_LIMITS.maxAliases)).value).toMatchObject({ b: Array(100).fill('v') });
    const issue = refused(aliases(DEFAULT_LOAD_LIMITS.maxAliases + 1), 'too-many-aliases');
    expect(issue.pointer).toBe('/b/100');
    expect(issue.range).toMatchObject({ line: 2, column: 5 + 4 * 100 });
  });

  it('an alias bomb (billion laughs) is stopped by the node bound, fast', () => {
    const names = 'abcdefghi';
    let text = `a: &a [${Array(9).fill('"lol"').join(', ')}]\n`;
    for (let i = 1; i < names.length; i++) text += `${names[i]}: &${names[i]} [${Array(9).fill('*' + names[i - 1]).join(', ')}]\n`;
    const issue = refused(text, 'too-many-nodes');
    expect(issue.message).toContain('alias bomb');
    expect(issue.range.line).toBeGreaterThan(1);
    expect(issue.range.line).toBeLessThanOrEqual(9);
  });

  it('an alias to no anchor', () => {
    expect(refused('a: 1\nb: *nowhere\n', 'unknown-alias').range).toMatchObject({ line: 2, column: 4 });
  });

  it('aliases copy the value: changing one place cannot change another', () => {
    const doc = loaded('a: &x {p: 1}\nb: *x\n');
    const value = doc.value as { a: { p: number }; b: { p: number } };
    expect(value.b).toEqual({ p: 1 });
    expect(value.b).not.toBe(value.a);
  });

  describe('nesting', () => {
    const depth = DEFAULT_LOAD_LIMITS.maxDepth;
    const blockMaps = (n: number) => Array.from({ length: n }, (_, i) => '  '.repeat(i) + 'k:\n').join('') + '  '.repeat(n) + 'v\n';
    const blockSeqs = (n: number) => '- '.repeat(n) + 'v\n';
    const flowSeqs = (n: number) => 'a: ' + '['.repeat(n - 1) + ']'.repeat(n - 1) + '\n';
    const flowMaps = (n: number) => 'a: ' + '{b: '.repeat(n - 1) + '1' + '}'.repeat(n - 1) + '\n';

    for (const [name, make] of [
      ['block mappings', blockMaps],
      ['block sequences', blockSeqs],
      ['flow sequences', flowSeqs],
      ['flow mappings', flowMaps],
    ] as const) {
      it(`${name}: exactly ${depth} levels load, ${depth + 1} are refused`, () => {
        expect(load(make(depth)).issues).toEqual([]);
        const issue = refused(make(depth + 1), 'too-deep');
        expect(issue.message).toContain(`deeper than ${depth} levels`);
        expect(issue.range.line).toBeGreaterThanOrEqual(1);
      });
    }

    it('10,000 levels are refused without a stack overflow', () => {
      expect(refused('a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n', 'too-deep').range).toMatchObject({ line: 1 });
      expect(refused('a: ' + '{b: '.repeat(10_000) + '1' + '}'.repeat(10_000) + '\n', 'too-deep').range).toMatchObject({ line: 1 });
      expect(refused(blockSeqs(10_000), 'too-deep').range).toMatchObject({ line: 1 });
    });
  });

  it('a file larger than the bound is refused before parsing', () => {
    const limits = { ...DEFAULT_LOAD_LIMITS, maxBytes: 1000 };
    expect(load('a: ' + 'x'.repeat(990) + '\n', limits).issues).toEqual([]);
    const issue = refused('a: ' + 'x'.repeat(2000) + '\n', 'file-too-large', limits);
    expect(issue.message).toContain('2004 bytes');
    expect(issue.range).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(refused(new Uint8Array(DEFAULT_LOAD_LIMITS.maxBytes + 1).fill(0x20), 'file-too-large').message).toContain(
      String(DEFAULT_LOAD_LIMITS.maxBytes),
    );
  });

  it('non-UTF-8 bytes: the position of the first bad byte', () => {
    const bad = new Uint8Array([...encode('kind: Inventory\nname: ab'), 0xff, ...encode('cd\n')]);
    const issue = refused(bad, 'invalid-utf8');
    expect(issue.range).toMatchObject({ line: 2, column: 9 });
    expect(issue.message).toContain('0xff at offset 24');
    // Latin-1 "é" (0xe9) followed by ASCII is a truncated sequence.
    expect(refused(new Uint8Array([...encode('a: caf'), 0xe9, ...encode('\n')]), 'invalid-utf8').range).toMatchObject({ line: 1, column: 7 });
    // Overlong encoding of "/", an encoded surrogate, a truncated sequence at the end of the file.
    expect(refused(new Uint8Array([...encode('a: '), 0xc0, 0xaf]), 'invalid-utf8').range).toMatchObject({ line: 1, column: 4 });
    expect(refused(new Uint8Array([...encode('a: '), 0xed, 0xa0, 0x80]), 'invalid-utf8').range).toMatchObject({ line: 1, column: 4 });
    expect(refused(new Uint8Array([...encode('a: b\nc: '), 0xe2, 0x82]), 'invalid-utf8').range).toMatchObject({ line: 2, column: 4 });
    // After a BOM and multi-byte characters, the column is the editor's.
    expect(refused(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('a: é€'), 0xc3, 0x28]), 'invalid-utf8').range).toMatchObject({ line: 1, column: 6 });
  });

  it('several documents in one file, located at the second `---`', () => {
    expect(refused('kind: Inventory\n---\nkind: Policy\n', 'multiple-documents').range).toMatchObject({ line: 2, column: 1 });
    const issue = refused('---\na: 1\n...\n---\nb: 2\n', 'multiple-documents');
    expect(issue.range).toMatchObject({ line: 4, column: 1 });
    expect(issue.message).toContain('by design');
  });

  it('an empty file, or one with only comments', () => {
    expect(refused('', 'empty-file').range).toMatchObject({ line: 1, column: 1 });
    expect(refused('# nothing here\n\n', 'empty-file').message).toContain('kind:');
    expect(refused(new Uint8Array([0xef, 0xbb, 0xbf]), 'empty-file').code).toBe('empty-file');
  });

  it('a mapping used as a key', () => {
    expect(refused('a: 1\n? [x, y]\n: 2\n', 'complex-key').range).toMatchObject({ line: 2, column: 3 });
    expect(refused('{[a]: 1}\n', 'complex-key').range).toMatchObject({ line: 1, column: 2 });
  });

  it('syntax errors are located', () => {
    expect(refused('a: [1, 2\nb: 3\n', 'syntax').range.line).toBeGreaterThanOrEqual(2);
    expect(refused('a: "unterminated\n', 'syntax').message).toMatch(/^YAML syntax error: /);
    expect(refused('a: 1\n b: 2\n', 'syntax').range).toMatchObject({ line: 2 });
  });
});

describe('no prototype pollution', () => {
  it('__proto__, constructor and prototype keys are plain own properties', () => {
    const doc = loaded('__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: 1}}\nprototype: 2\nx: [{__proto__: {polluted: 3}}]\n');
    const value = doc.value as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'prototype', 'x']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(Object.prototype.hasOwnProperty.call(value, 'constructor')).toBe(true);
    const inner = (value.x as Record<string, unknown>[])[0]!;
    expect(Object.prototype.hasOwnProperty.call(inner, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(at(doc, '/__proto__/polluted')).toBe('1:23');
  });

  it('an alias of a __proto__ mapping stays an own property too', () => {
    const doc = loaded('a: &p {__proto__: {polluted: 1}}\nb: *p\n');
    const b = (doc.value as Record<string, Record<string, unknown>>).b!;
    expect(Object.prototype.hasOwnProperty.call(b, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('YAML 1.2 core schema', () => {
  it('resolves plain scalars as YAML 1.2 does, not YAML 1.1', () => {
    const doc = loaded(
      'a: no\nb: on\nc: yes\nd: 2021-06-02\ne: 1e3\nf: 0x1F\ng: 0o17\nh: ~\ni: True\nj: 012\nk: 1_000\nl: -.5\nm: null\nn: 12:30\no: 2026-12-08T00:30:00+01:00\np: "0x1F"\nq: 9007199254740991\n',
    );
    expect(doc.value).toEqual({
      a: 'no',
      b: 'on',
      c: 'yes',
      d: '2021-06-02',
      e: 1000,
      f: 31,
      g: 15,
      h: null,
      i: true,
      j: 12,
      k: '1_000',
      l: -0.5,
      m: null,
      n: '12:30',
      o: '2026-12-08T00:30:00+01:00',
      p: '0x1F',
      q: 9007199254740991,
    });
  });

  it('refuses infinities and not-a-number', () => {
    for (const text of ['.inf', '-.inf', '+.Inf', '.NaN', '.nan']) {
      const issue = refused(`capacity:\n  sessions: ${text}\n`, 'non-finite-number');
      expect(issue.range).toMatchObject({ line: 2, column: 13 });
      expect(issue.pointer).toBe('/capacity/sessions');
    }
    expect(loaded('a: ".inf"\n').value).toEqual({ a: '.inf' });
    expect(refused('a: 1e400\n', 'non-finite-number').message).toContain('too large');
  });

  it('refuses integers too large to be exact', () => {
    const issue = refused('a:\n  - 12345678901234567890\n', 'unsafe-integer');
    expect(issue.range).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 25 });
    expect(issue.message).toContain('quote it');
    expect(refused('a: 9007199254740993\n', 'unsafe-integer').pointer).toBe('/a');
    expect(refused('a: 0xFFFFFFFFFFFFFFFFFF\n', 'unsafe-integer').code).toBe('unsafe-integer');
    expect(loaded('a: "12345678901234567890"\n').value).toEqual({ a: '12345678901234567890' });
  });
});
