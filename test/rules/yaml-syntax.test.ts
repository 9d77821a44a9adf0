// yaml-syntax through the engine: every way a file can fail to load is one located error finding, the
// verdict is error (exit 2), and nothing else about that file is guessed at.
import { describe, expect, it } from 'vitest';
import { yamlSyntax } from '../../rules/input-rules.ts';
import { DEFAULT_LOAD_LIMITS } from '../../src/load/yaml.ts';
import { baseNetworkFiles } from './harness.ts';
import { BASE_CR, CR_PATH, describeFinding, edit, evaluateInput, positionOf } from '../validate/helpers.ts';

function yamlFindings(files: Record<string, string | null>, limits = DEFAULT_LOAD_LIMITS) {
  const evaluation = evaluateInput(files, { limits });
  return { evaluation, own: evaluation.findings.filter((f) => f.ruleId === 'yaml-syntax') };
}

/** Every message id the rule declares is exercised below. */
const exercised = new Set<string>();

function expectOne(files: Record<string, string | null>, messageId: string, where: { line: number; column: number }, limits = DEFAULT_LOAD_LIMITS) {
  const { evaluation, own } = yamlFindings(files, limits);
  expect(own.map(describeFinding)).toHaveLength(1);
  const f = own[0]!;
  expect(f).toMatchObject({ ruleId: 'yaml-syntax', messageId, severity: 'error', ...where, data: { code: messageId } });
  expect(f.message).toBe(f.message.trim());
  expect(f.fingerprint).toMatch(/^[0-9a-f]{24}$/);
  expect(evaluation.verdict).toBe('error');
  // The file did not load, so no schema finding is made up about it.
  expect(evaluation.findings.filter((x) => x.file === f.file && x.ruleId !== 'yaml-syntax')).toEqual([]);
  exercised.add(messageId);
  return f;
}

describe('yaml-syntax', () => {
  it('valid: the base network with a change request loads', () => {
    expect(yamlFindings({ [CR_PATH]: BASE_CR }).own).toEqual([]);
  });

  it('a badly indented key says the column expected and the step it probably belongs to', () => {
    // Over-indented under a scalar value, and under-indented out of its step: both belong to step s1.
    for (const [indent, column] of [['      ', 7], ['  ', 3]] as const) {
      const text = edit(BASE_CR, '    rollback: { procedure: Re-admit traffic, minutes: 10 }\n', `${indent}rollback: { procedure: Re-admit traffic, minutes: 10 }\n`);
      const broken = edit(text, '    window:\n      start: 2026-12-08T00:30:00+01:00\n      end: 2026-12-08T00:50:00+01:00\n', '    window: { start: 2026-12-08T00:30:00+01:00, end: 2026-12-08T00:50:00+01:00 }\n');
      const lineOf = (prefix: string) => broken.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
      const { own } = yamlFindings({ [CR_PATH]: broken });
      expect(own).toHaveLength(1);
      expect(own[0]?.line).toBe(lineOf(`${indent}rollback`));
      expect(own[0]?.message).toBe(`YAML syntax error: bad indentation of a mapping entry: \`rollback\` starts at column ${column}, but the keys it follows (\`window\` on line ${lineOf('    window')}) start at column 5; indent it to column 5 to put it in step s1`);
    }
    // Inside a nested mapping: the mapping's key is named.
    const nested = edit(BASE_CR, '      end: 2026-12-08T02:30:00+01:00\n', '     end: 2026-12-08T02:30:00+01:00\n');
    const { own } = yamlFindings({ [CR_PATH]: nested });
    expect(own[0]?.message).toContain(`\`end\` starts at column 6, but the keys it follows (\`start\` on line ${BASE_CR.split('\n').findIndex((l) => l.startsWith('      start: 2026-12-08T00:50')) + 1}) start at column 7; indent it to column 7 to put it in \`window\``);
  });

  it('valid: comments, anchors within bounds, quoted values and a BOM', () => {
    const text = '\uFEFF# a comment\n' + edit(BASE_CR, 'rollback: { procedure: Re-admit traffic, minutes: 10 }', 'rollback: &rb { procedure: Re-admit traffic, minutes: 10 }');
    expect(yamlFindings({ [CR_PATH]: text }).own).toEqual([]);
  });

  it('duplicate key', () => {
    const text = edit(BASE_CR, 'state: approved\n', 'state: approved\nowner: m.leroy\n');
    const f = expectOne({ [CR_PATH]: text }, 'duplicate-key', positionOf(text, 'owner: m.leroy'));
    expect(f.message).toContain('already defined on line 4');
    expect(f.path).toBe('/owner');
  });

  it('syntax error', () => {
    const text = edit(BASE_CR, 'targets: { callServers: [par1-cs1] }', 'targets: { callServers: [par1-cs1 }');
    const f = expectOne({ [CR_PATH]: text }, 'syntax', positionOf(text, '}\n    window'));
    expect(f.message).toMatch(/^YAML syntax error: /);
  });

  it('custom tag', () => {
    const text = edit(BASE_CR, 'minutes: 40', 'minutes: !minutes 40');
    expectOne({ [CR_PATH]: text }, 'unsupported-tag', positionOf(text, '!minutes'));
  });

  it('several documents', () => {
    const text = BASE_CR + '---\n' + BASE_CR;
    expectOne({ [CR_PATH]: text }, 'multiple-documents', positionOf(text, '---'));
  });

  it('empty file', () => {
    expectOne({ [CR_PATH]: '# to be written\n' }, 'empty-file', { line: 1, column: 1 });
  });

  it('non-UTF-8 bytes: the position of the bad byte', () => {
    // The title saved in Latin-1: "à" is the single byte 0xe0.
    const text = edit(BASE_CR, 'title: Software upgrade', 'title: Mise a jour');
    const utf8 = new TextEncoder().encode(text);
    const at = utf8.indexOf(0x61, text.indexOf('Mise a') + 5);
    const latin1 = new Uint8Array(utf8);
    latin1[at] = 0xe0;
    const evaluation = evaluateInput({}, { bytes: { [CR_PATH]: latin1 } });
    const own = evaluation.findings.filter((f) => f.ruleId === 'yaml-syntax');
    expect(own.map(describeFinding)).toHaveLength(1);
    expect(own[0]).toMatchObject({ file: CR_PATH, messageId: 'invalid-utf8', ...positionOf(text, 'a jour'), data: { code: 'invalid-utf8' } });
    expect(own[0]!.message).toContain(`byte 0xe0 at offset ${at}`);
    expect(evaluation.verdict).toBe('error');
    exercised.add('invalid-utf8');
  });

  it('file larger than the bound', () => {
    // A bound just above the largest base file; the change request is padded with comments past it.
    const largest = Math.max(...baseNetworkFiles().map((f) => f.bytes.length));
    const limits = { ...DEFAULT_LOAD_LIMITS, maxBytes: largest + 1 };
    const text = BASE_CR + '# padding\n'.repeat(Math.ceil(largest / 10) + 1);
    const f = expectOne({ [CR_PATH]: text }, 'file-too-large', { line: 1, column: 1 }, limits);
    expect(f.message).toContain(`${new TextEncoder().encode(text).length} bytes, more than the limit of ${largest + 1} bytes`);
  });

  it('nesting deeper than the bound', () => {
    const text = edit(BASE_CR, 'purpose: Move', `notes: ${'['.repeat(70)}${']'.repeat(70)}\npurpose: Move`);
    const { own } = yamlFindings({ [CR_PATH]: text });
    expect(own.map(describeFinding)).toHaveLength(1);
    const f = own[0]!;
    expect(f).toMatchObject({ messageId: 'too-deep', line: positionOf(text, 'notes').line });
    // Inside the run of brackets, at or just after the first one beyond the bound (column 8 is level 2).
    expect(f.column).toBeGreaterThanOrEqual(8 + 63);
    expect(f.column).toBeLessThanOrEqual(8 + 69);
    expect(f.message).toContain('deeper than 64 levels');
    exercised.add('too-deep');
  });

  it('more aliases than the bound', () => {
    const list = Array(DEFAULT_LOAD_LIMITS.maxAliases + 1).fill('*id').join(', ');
    const text = edit(BASE_CR, 'id: CR-2026-0700', `id: &id CR-2026-0700\nalso: [${list}]`);
    expectOne({ [CR_PATH]: text }, 'too-many-aliases', { line: 3, column: 8 + 5 * DEFAULT_LOAD_LIMITS.maxAliases });
  });

  it('alias bomb', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 8; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    // a5 is where the expansion passes a million nodes: at its eighth alias.
    const f = expectOne({ [CR_PATH]: bomb + BASE_CR }, 'too-many-nodes', { line: 6, column: 10 + 5 * 7 });
    expect(f.message).toContain('alias bomb');
  });

  it('alias to no anchor', () => {
    const text = edit(BASE_CR, 'owner: j.dupont', 'owner: *author');
    expectOne({ [CR_PATH]: text }, 'unknown-alias', positionOf(text, '*author'));
  });

  it('mapping used as a key', () => {
    const text = edit(BASE_CR, 'state: approved\n', 'state: approved\n? [a, b]\n: c\n');
    expectOne({ [CR_PATH]: text }, 'complex-key', { line: positionOf(text, '? [a').line, column: 3 });
  });

  it('infinite number', () => {
    const text = edit(BASE_CR, 'minutes: 40', 'minutes: .inf');
    expectOne({ [CR_PATH]: text }, 'non-finite-number', positionOf(text, '.inf'));
  });

  it('integer too large to be exact', () => {
    const text = edit(BASE_CR, 'minutes: 40', 'minutes: 90071992547409930');
    expectOne({ [CR_PATH]: text }, 'unsafe-integer', positionOf(text, '90071992547409930'));
  });

  it('a broken inventory file stops the rules: the verdict is error, never a pass', () => {
    const { evaluation, own } = yamlFindings({ 'inventory/sites.yaml': 'kind: Inventory\nsites: [\n' });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ file: 'inventory/sites.yaml', messageId: 'syntax' });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.counts.rules).toBe(0);
  });

  it('a broken changegate.yaml is located in that file', () => {
    const { evaluation, own } = yamlFindings({ 'changegate.yaml': 'kind: ChangegateConfig\ninclude: [inventory\n' });
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ file: 'changegate.yaml', messageId: 'syntax', line: 3 });
    expect(evaluation.verdict).toBe('error');
    expect(evaluation.counts.files).toBe(0);
  });

  it('every message id is exercised', () => {
    const untested = Object.keys(yamlSyntax.messages).filter((id) => !exercised.has(id));
    expect(untested).toEqual([]);
  });
});
