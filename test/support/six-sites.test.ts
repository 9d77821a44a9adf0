// The one test network stays in step with the example it was copied from, and the builders emit the
// line layout the tests count positions on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.ts';
import { INPUT_RULES } from '../../rules/input-rules.ts';
import { DEFAULT_AS_OF, SERVER_IDS, SITE_IDS, block, changeRequest, flow, networkFiles, networkText, night, sixSiteFiles, step, testCalls } from './builders.ts';
import { BROKEN_EDITS, applyEdits } from './fixture-repos.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'six-sites');

/** The text without its editor schema line, whose relative path depends on the folder's depth. */
const withoutSchemaLine = (text: string) => text.replace(/^# yaml-language-server: \$schema=.*\n/, '');

/** What the test network deliberately does not take from the example, file by file. */
const EXAMPLE_ONLY: Record<string, (text: string) => string> = {
  'policy/policy.yaml': (text) =>
    text
      .replace(/# The demo trusts the approvals written in the change requests[^]*?What the demo trusts"\)\.\n/, '# Test fixture: approvals count as written (declared); the verified sources have their own tests.\n')
      .replace(/\n# Per-rule overrides: none\.[^]*rules: \{\}\n$/, '\n'),
};

describe('the six-site test network', () => {
  const files = sixSiteFiles().filter((f) => f.path !== 'README.md');

  it('is the example network without its change requests and records (its policy without the demo notes)', () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      'inventory/call-servers.yaml',
      'inventory/emergency.yaml',
      'inventory/pstn.yaml',
      'inventory/sites.yaml',
      'policy/policy.yaml',
      'software/catalog.yaml',
      'traffic/forecast.yaml',
    ]);
    for (const file of files) {
      const example = readFileSync(join(EXAMPLE, file.path), 'utf8');
      const expected = (EXAMPLE_ONLY[file.path] ?? ((t: string) => t))(withoutSchemaLine(example));
      expect(withoutSchemaLine(networkText(file.path)), file.path).toBe(expected);
    }
  });

  it('has the sites and call servers the builders name, and evaluates with no finding', () => {
    const sites = networkText('inventory/sites.yaml');
    for (const site of SITE_IDS) expect(sites).toMatch(new RegExp(`id: ${site}\\b`));
    const servers = networkText('inventory/call-servers.yaml');
    expect([...servers.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1])).toEqual(SERVER_IDS);
    const evaluation = evaluate(networkFiles(), { asOf: Date.parse(DEFAULT_AS_OF), rules: INPUT_RULES });
    expect(evaluation.findings.filter((f) => f.messageId !== 'noRules').map((f) => f.message)).toEqual([]);
  });

  it("applies each of broken's mistakes exactly once", () => {
    const edited = applyEdits(BROKEN_EDITS);
    for (const e of BROKEN_EDITS) expect(edited[e.file]).toContain(e.to);
    expect(() => applyEdits([{ file: 'inventory/sites.yaml', from: 'no such text', to: '' }])).toThrow('must occur exactly once');
  });
});

describe('the builders', () => {
  it('write a change request with an 8-line header, its first step on line 9', () => {
    const text = changeRequest('CR-TEST-1', [{ id: 's1', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: night(8, '01:00', '02:00') }]);
    expect(text.split('\n')).toEqual([
      'kind: ChangeRequest',
      'id: CR-TEST-1',
      'title: Test change CR-TEST-1',
      'owner: j.dupont',
      'purpose: Exercise the gate on the six-site test network',
      'declaredRisk: high',
      'state: approved',
      'steps:',
      '  - id: s1',
      '    action: restart',
      '    targets: { callServers: [par1-cs1] }',
      '    window: { start: 2026-12-08T01:00:00+01:00, end: 2026-12-08T02:00:00+01:00 }',
      '',
    ]);
  });

  it('quote only strings YAML would read as something else, and write blocks one key per line', () => {
    expect(flow(testCalls('112', '15'))).toBe('{ testCalls: [{ number: "112" }, { number: "15" }] }');
    expect(flow({ version: '7.5.0', on: 'yes', empty: '', minutes: 20, ok: true, none: null })).toBe('{ version: 7.5.0, on: "yes", empty: "", minutes: 20, ok: true, none: null }');
    expect(step({ id: 's2', action: 'config-push', procedure: undefined, artefacts: block([{ name: 'a.cfg', sha256: 'ab' }]), rollback: block({ procedure: 'Undo', minutes: 5 }) })).toBe(
      ['  - id: s2', '    action: config-push', '    artefacts:', '      - name: a.cfg', '        sha256: ab', '    rollback:', '      procedure: Undo', '      minutes: 5', ''].join('\n'),
    );
  });
});
