// The author's attacks on the facts the gate trusts, end to end through the CLI on fixture repositories:
// each attack fails (exit 1) with the rule and message that explain it, and its honest counterpart passes.
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, cleanupAll, cli } from '../git/helpers.ts';
import type { JsonReport } from '../git/helpers.ts';
import { GOOD_SHA, HONEST_CR, KNOWN_BAD_SHA, PAR1_CS1_CALLS, TEST_NUMBERS, catalogWithBadFile, honestPush, networkFolder, pushStep, trunkGroupChange } from './fixtures.ts';

afterAll(cleanupAll);

async function check(files: Record<string, string>): Promise<{ code: number; report: JsonReport; text: string }> {
  const dir = networkFolder(files);
  const json = await cli(['check', '.', '--format', 'json', '--as-of', AS_OF], dir);
  const text = await cli(['check', '.', '--as-of', AS_OF], dir);
  expect(text.code).toBe(json.code);
  return { code: json.code, report: JSON.parse(json.stdout) as JsonReport, text: text.stdout };
}

/** The text output's message of the finding at `location`, its wrapped lines joined again. */
function textMessage(text: string, location: string): string {
  const block = text.split('\n\n').find((b) => b.startsWith(`${location}\n`));
  expect(block, `no finding at ${location} in the text output`).toBeDefined();
  return (block as string).split('\n').slice(2).map((l) => l.trim()).join(' ');
}

const summary = (report: JsonReport) => report.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.file}:${f.line}:${f.column}`);

describe('a known-bad file applied by a config-push', () => {
  const artefact = (name: string, sha: string) => `    artefacts:\n      - name: ${name}\n        sha256: ${sha}\n`;

  it('is refused whatever its name: the digest names the content', async () => {
    const { code, report, text } = await check({ [HONEST_CR]: honestPush(artefact('trunk-groups-2026-12.cfg', KNOWN_BAD_SHA)), 'software/catalog.yaml': catalogWithBadFile() });
    expect(code).toBe(1);
    // The sha256 of the first artefact: line 22 of the change request, value at column 17.
    expect(summary(report)).toEqual([`software-qualification/knownBadArtefact ${HONEST_CR}:22:17`]);
    expect(report.findings[0]?.data).toMatchObject({ action: 'config-push', matchedFields: ['sha256'], reference: 'INC-2026-1107', servers: ['par1-cs1'] });
    expect(text).toContain(`${HONEST_CR}:22:17\n  error   software-qualification CR-2026-0900 step s1\n`);
    expect(textMessage(text, `${HONEST_CR}:22:17`)).toContain(`step s1 (config-push) applies a known-bad sha256 ${KNOWN_BAD_SHA} to par1-cs1: Trunk-group file that sets every emergency trunk out of service on reload (INC-2026-1107)`);
  });

  it('the corrected file under the same name passes', async () => {
    const { code, report } = await check({ [HONEST_CR]: honestPush(artefact('trunk-groups-2026-11.cfg', GOOD_SHA)), 'software/catalog.yaml': catalogWithBadFile() });
    expect(summary(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it('an artefact without its digest is a located schema error', async () => {
    const { code, report } = await check({ [HONEST_CR]: honestPush('    artefacts:\n      - name: trunk-groups-2026-12.cfg\n') });
    expect(code).toBe(2);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['schema-valid', HONEST_CR, 21]]);
  });
});

describe('a test call to a number the inventory does not know', () => {
  it('is refused and does not count as verification', async () => {
    const calls = '[{ number: "15" }, { number: "18" }, { number: "114" }, { number: "1977" }]';
    const plan = trunkGroupChange('CR-2026-0900', 'Push to par1-cs1', pushStep({ id: 's1', server: 'par1-cs1', start: '08T00:30', end: '08T01:30', procedure: 'CFG-TRUNKGROUP-V7', calls }));
    const { code, report, text } = await check({ [HONEST_CR]: plan });
    expect(code).toBe(1);
    expect(summary(report)).toEqual([`post-step-verification/missingNumbers ${HONEST_CR}:21:18`, `post-step-verification/unknownNumber ${HONEST_CR}:21:84`]);
    expect(textMessage(text, `${HONEST_CR}:21:84`)).toContain('step s1 places a test call to 1977, which is neither an emergency number nor a test number of the inventory');
    expect(textMessage(text, `${HONEST_CR}:21:18`)).toContain('its test calls cover only 15, 18, 114; add test calls to 197');
  });

  it('a test number declared in the inventory is accepted beside the emergency numbers served', async () => {
    const calls = PAR1_CS1_CALLS.replace(']', ', { number: "+33100000001" }]');
    const plan = trunkGroupChange('CR-2026-0900', 'Push to par1-cs1', pushStep({ id: 's1', server: 'par1-cs1', start: '08T00:30', end: '08T01:30', procedure: 'CFG-TRUNKGROUP-V7', calls }));
    const { code, report } = await check({ [HONEST_CR]: plan, 'inventory/test-numbers.yaml': TEST_NUMBERS });
    expect(summary(report)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('a reconfiguration step without its procedure', () => {
  const ALL_CALLS = '[{ number: "15" }, { number: "17" }, { number: "18" }, { number: "112" }, { number: "114" }, { number: "115" }, { number: "119" }, { number: "191" }, { number: "196" }, { number: "197" }]';
  const twoNights = (secondStart: string, secondEnd: string, procedure?: string) =>
    trunkGroupChange(
      'CR-2026-0900',
      'Push the trunk-group configuration to par1-cs1, then par2-cs1',
      pushStep({ id: 's1', server: 'par1-cs1', start: '08T00:30', end: '08T01:30', ...(procedure ? { procedure } : {}) }) +
        pushStep({ id: 's2', server: 'par2-cs1', start: secondStart, end: secondEnd, dependsOn: 's1', calls: ALL_CALLS, ...(procedure ? { procedure } : {}) }),
    );

  it('does not make the change look proven: the second server before the canary has soaked fails', async () => {
    const { code, report, text } = await check({ [HONEST_CR]: twoNights('09T00:30', '09T01:00') });
    expect(code).toBe(1);
    const canary = report.findings.filter((f) => f.ruleId === 'canary-and-soak');
    expect(canary.map((f) => `${f.messageId} ${f.line}:${f.column}`)).toEqual(['waveBeforeSoak 24:22']);
    expect(canary[0]?.data).toMatchObject({ signature: 'config-push without a procedure identifier in CR-2026-0900', canaryStep: 'CR-2026-0900#s1' });
    expect(text).toContain('CR-2026-0900#s2 bring config-push without a procedure identifier in CR-2026-0900 to par2-cs1');
    // The canary also stays at risk while it soaks, so both servers count together.
    expect(report.findings.some((f) => f.ruleId === 'redundancy-group-concurrency')).toBe(true);
  });

  it('the same plan naming its procedure fails the same way', async () => {
    const { code, report } = await check({ [HONEST_CR]: twoNights('09T00:30', '09T01:00', 'CFG-TRUNKGROUP-V7') });
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'canary-and-soak').map((f) => f.messageId)).toEqual(['waveBeforeSoak']);
  });

  it('once the canary has soaked across a peak, the plan passes, with or without a procedure', async () => {
    for (const procedure of [undefined, 'CFG-TRUNKGROUP-V7']) {
      const { code, report } = await check({ [HONEST_CR]: twoNights('10T00:30', '10T01:00', procedure) });
      expect(summary(report)).toEqual([]);
      expect(code).toBe(0);
    }
  });
});
