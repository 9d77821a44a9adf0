import { describe, expect, it } from 'vitest';
import rule, { compareVersions } from '../../rules/software-qualification.ts';
import { block, changeRequest, networkText, night, step } from '../support/builders.ts';
import { ruleTester } from './harness.ts';

const WINDOW = night(8, '01:00', '02:00');

// The builder's header, then one step whose software block starts on line 13: version on line 14 (value at column 16),
// then previousVersion, then artefact (line 16, column 17) and sha256 (line 17, column 15) when given.
const upgradeTo = (software: { version: string; artefact?: string; sha256?: string }, targets = 'callServers: [par1-cs1]', extraSteps = '') =>
  changeRequest(
    'CR-TEST-1',
    step({ id: 's1', action: 'software-upgrade', targets: `{ ${targets} }`, window: WINDOW, software: block({ version: software.version, previousVersion: '7.4.2', artefact: software.artefact, sha256: software.sha256 }) }) + extraSteps,
    { state: 'proposed' },
  );

const BASE_CATALOG = networkText('software/catalog.yaml');
const RC1 = 'a'.repeat(64);
const GOOD = 'b'.repeat(64);
// The base catalog plus an older qualified 7.4.0, a 7.10.0 (to check numeric ordering), a second platform,
// and known-bad entries by artefact, by digest alone, and by version together with a digest.
const CATALOG = BASE_CATALOG.replace(
  'versions:\n',
  `versions:
  - { platform: vx-mgcf, version: 7.4.0, status: qualified }
  - { platform: vx-mgcf, version: 7.10.0, status: qualified }
  - { platform: vx-sbc, version: 2.1.0, status: qualified }
`,
).trimEnd() + `
  - platform: vx-mgcf
    artefact: vx-mgcf-7.5.0-rc1.pkg
    reason: Release candidate build shipped by mistake; it lacks the reconnection fix.
  - sha256: ${RC1}
    reason: Corrupted package mirror copy.
    reference: INC-2026-0042
  - platform: vx-mgcf
    version: 7.10.0
    sha256: ${'c'.repeat(64)}
    reason: First 7.10.0 build, recalled by the vendor.
`;
const SBC = `kind: Inventory
callServers:
  - { id: par1-sbc1, site: PAR1, role: sbc, platform: vx-sbc, softwareVersion: 2.1.0, capacity: { sessions: 5000, cps: 80 }, redundancyGroup: ECI, emergency: true }
`;
const CR = 'changes/CR-TEST-1.yaml';

// A step of another action applying files: the first artefact's name is on line 15 (value at column 15),
// its sha256 on line 16 (column 17); a second artefact follows on lines 17-18.
const applying = (action: string, artefacts: { name: string; sha256: string }[], extra = '') =>
  changeRequest(
    'CR-TEST-1',
    step({ id: 's1', action, procedure: 'CFG-TRUNKGROUP-V7', targets: { callServers: ['par1-cs1'] }, window: WINDOW, artefacts: block(artefacts) }) + extra,
    { state: 'proposed' },
  );
const withCatalog = (text: string) => ({ [CR]: text, 'software/catalog.yaml': CATALOG });

ruleTester(rule, {
  valid: [
    { name: 'a qualified version', files: { [CR]: upgradeTo({ version: '7.5.0', artefact: 'vx-mgcf-7.5.0.pkg' }) } },
    { name: 're-installing the running version is not a downgrade', files: { [CR]: upgradeTo({ version: '7.4.2' }) } },
    { name: '7.10.0 is newer than 7.4.2 (numeric, not text, order)', files: withCatalog(upgradeTo({ version: '7.10.0', sha256: GOOD })) },
    {
      name: 'a known-bad entry naming a version and a digest does not match another digest of that version',
      files: withCatalog(upgradeTo({ version: '7.10.0', sha256: 'd'.repeat(64) })),
    },
    {
      name: 'steps that deploy no software are not judged',
      files: {
        [CR]: changeRequest('CR-TEST-1', [{ id: 's1', action: 'restart', targets: { callServers: ['par1-cs1'] }, window: WINDOW }], { state: 'proposed' }),
      },
    },
    {
      name: 'a config-push applying files the catalog does not list as known-bad',
      files: withCatalog(applying('config-push', [{ name: 'trunk-groups-2026-12.cfg', sha256: GOOD }])),
    },
    {
      name: 'a known-bad entry naming a version and a digest does not match a file with another digest',
      files: withCatalog(applying('reconnection', [{ name: 'reconnect-seq.txt', sha256: 'd'.repeat(64) }])),
    },
    {
      name: 'a cancelled change is not judged',
      files: { [CR]: upgradeTo({ version: '7.5.1' }).replace('state: proposed', 'state: cancelled') },
    },
  ],
  invalid: [
    {
      name: 'a version still in the lab',
      files: { [CR]: upgradeTo({ version: '7.5.1' }) },
      errors: [{ messageId: 'notQualified', line: 14, column: 16, stepId: 's1', data: { version: '7.5.1', status: 'in-lab', platform: 'vx-mgcf', servers: ['par1-cs1'], qualified: ['7.4.2', '7.5.0'] } }],
    },
    {
      name: 'the withdrawn, known-bad 7.3.0 is refused and is a downgrade',
      files: { [CR]: upgradeTo({ version: '7.3.0' }, 'callServers: [par1-cs1, par1-cs2]') },
      errors: [
        { messageId: 'notQualified', line: 14, column: 16, data: { status: 'withdrawn', servers: ['par1-cs1', 'par1-cs2'] } },
        { messageId: 'knownBad', line: 14, column: 16, data: { matchedFields: ['version'], reference: 'VendorX security and stability advisory VX-SA-2025-017' } },
        { messageId: 'downgrade', line: 14, column: 16, data: { servers: ['par1-cs1', 'par1-cs2'], current: ['7.4.2'] } },
      ],
    },
    {
      name: 'a version the catalog does not list',
      files: { [CR]: upgradeTo({ version: '8.0.0' }) },
      errors: [{ messageId: 'unknownVersion', line: 14, column: 16, data: { version: '8.0.0', platform: 'vx-mgcf' } }],
    },
    {
      name: 'a known-bad artefact of a qualified version',
      files: withCatalog(upgradeTo({ version: '7.5.0', artefact: 'vx-mgcf-7.5.0-rc1.pkg' })),
      errors: [{ messageId: 'knownBad', file: CR, line: 16, column: 17, data: { matchedFields: ['artefact'], reference: '' } }],
    },
    {
      name: 'a known-bad digest on any platform',
      files: withCatalog(upgradeTo({ version: '7.5.0', artefact: 'vx-mgcf-7.5.0.pkg', sha256: RC1 })),
      errors: [{ messageId: 'knownBad', file: CR, line: 17, column: 15, data: { matchedFields: ['sha256'], reference: 'INC-2026-0042' } }],
    },
    {
      name: 'a known-bad version+digest entry matches a step that does not state its digest',
      files: withCatalog(upgradeTo({ version: '7.10.0' })),
      errors: [{ messageId: 'knownBad', file: CR, line: 14, column: 16, data: { matchedFields: ['version'] } }],
    },
    {
      name: 'a known-bad digest applied by a config-push, under another file name',
      files: withCatalog(applying('config-push', [{ name: 'trunk-groups-2026-12.cfg', sha256: GOOD }, { name: 'renamed.cfg', sha256: RC1 }])),
      errors: [{ messageId: 'knownBadArtefact', file: CR, line: 18, column: 17, stepId: 's1', data: { action: 'config-push', matchedFields: ['sha256'], matched: `sha256 ${RC1}`, servers: ['par1-cs1'], reference: 'INC-2026-0042' } }],
    },
    {
      name: 'a known-bad file name applied by a reconnection',
      files: withCatalog(applying('reconnection', [{ name: 'vx-mgcf-7.5.0-rc1.pkg', sha256: GOOD }])),
      errors: [{ messageId: 'knownBadArtefact', file: CR, line: 15, column: 15, data: { action: 'reconnection', matchedFields: ['artefact'], platform: 'vx-mgcf' } }],
    },
    {
      name: 'the digest of a known-bad version+digest entry is refused whatever the version stated',
      files: withCatalog(upgradeTo({ version: '7.5.0', artefact: 'vx-mgcf-7.5.0.pkg', sha256: 'c'.repeat(64) })),
      errors: [{ messageId: 'knownBad', file: CR, line: 17, column: 15, data: { matchedFields: ['sha256'] } }],
    },
    {
      name: 'known-bad software carried by a step that is not an upgrade',
      files: { [CR]: upgradeTo({ version: '7.3.0' }).replace('action: software-upgrade', 'action: restart') },
      errors: [{ messageId: 'knownBadArtefact', file: CR, line: 14, column: 16, data: { action: 'restart', matchedFields: ['version'] } }],
    },
    {
      name: 'a downgrade to an older qualified version',
      files: withCatalog(upgradeTo({ version: '7.4.0' }, 'sites: [PAR2]')),
      errors: [{ messageId: 'downgrade', file: CR, line: 14, column: 16, data: { version: '7.4.0', servers: ['par2-cs1', 'par2-cs2'], current: ['7.4.2'] } }],
    },
    {
      name: 'a site target reaches a server of another platform, where the version is unknown',
      files: { [CR]: upgradeTo({ version: '7.5.0' }, 'sites: [PAR1]'), 'inventory/sbc.yaml': SBC, 'software/catalog.yaml': CATALOG },
      errors: [{ messageId: 'unknownVersion', file: CR, line: 14, column: 16, data: { platform: 'vx-sbc', servers: ['par1-sbc1'], qualified: ['2.1.0'] } }],
    },
  ],
});

describe('compareVersions', () => {
  it('orders dotted numeric versions numerically', () => {
    expect(compareVersions('7.10.0', '7.9.3')).toBe(1);
    expect(compareVersions('7.4.2', '7.4.2')).toBe(0);
    expect(compareVersions('7.3.0', '7.4.2')).toBe(-1);
    expect(compareVersions('7.5', '7.5.1')).toBe(-1);
    expect(compareVersions('10.0', '9.99.99')).toBe(1);
  });
  it('orders suffixes as text and refuses to order a number against text', () => {
    expect(compareVersions('7.5.0-hf2', '7.5.0-hf10')).toBe(-1);
    expect(compareVersions('7.5.0rc1', '7.5.0rc2')).toBe(-1);
    expect(compareVersions('7.5.x', '7.5.1')).toBeUndefined();
  });
});
