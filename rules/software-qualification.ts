// Software deployed by upgrade steps: qualified in the catalog for each target's platform, not known-bad
// (by version, artefact or digest), and not older than what the target runs. Every file any step applies
// (software of any action, configuration and policy files) is checked against the known-bad list too.
import type { CallServer, KnownBad, Step, StepSoftware } from '../src/model/types.ts';
import { defineRule } from '../src/rule-api/rule.ts';
import { rolloutMembers } from '../src/timeline/rollout-members.ts';
import { targetsOf } from '../src/timeline/targets.ts';

/**
 * Compares dotted versions segment by segment: numeric parts as numbers (so 7.10.0 > 7.9.3), other parts
 * as text; a version that is a prefix of the other is older (7.5 < 7.5.1). Undefined when the versions
 * cannot be ordered (a numeric segment against a textual one).
 */
export function compareVersions(a: string, b: string): number | undefined {
  const split = (v: string) => v.split(/[.+~-]/).flatMap((seg) => seg.match(/\d+|\D+/g) ?? []);
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (nx !== ny) {
      return undefined;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

type Identifiers = Partial<Pick<StepSoftware, 'version' | 'artefact' | 'sha256'>>;

/**
 * A known-bad entry applies when its platform (if any) is the server's, at least one of its identifiers
 * (version, artefact, sha256) is stated by the step, and every identifier both state is equal. An
 * identifier the step leaves out cannot clear it: a known-bad version without its artefact is still refused.
 * The digest names the content: the same sha256 under another file name or version is the same bad file.
 */
function knownBadMatch(entry: KnownBad, platform: string | undefined, software: Identifiers): ('version' | 'artefact' | 'sha256')[] | undefined {
  if (entry.platform !== undefined && entry.platform !== platform) return undefined;
  if (entry.sha256 !== undefined && entry.sha256 === software.sha256) return ['sha256'];
  const matched: ('version' | 'artefact' | 'sha256')[] = [];
  for (const field of ['version', 'artefact', 'sha256'] as const) {
    const bad = entry[field];
    const mine = software[field];
    if (bad === undefined || mine === undefined) continue;
    if (bad !== mine) return undefined;
    matched.push(field);
  }
  return matched.length > 0 ? matched : undefined;
}

function describeMatch(matched: ('version' | 'artefact' | 'sha256')[], identifiers: Identifiers): string {
  return matched.map((m) => (m === 'sha256' ? `sha256 ${identifiers.sha256}` : m === 'artefact' ? `artefact ${identifiers.artefact}` : `version ${identifiers.version}`)).join(' and ');
}

function byPlatform(servers: CallServer[]): Map<string | undefined, CallServer[]> {
  const map = new Map<string | undefined, CallServer[]>();
  for (const s of servers) map.set(s.platform, [...(map.get(s.platform) ?? []), s]);
  return new Map([...map.entries()].sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1)));
}

export default defineRule({
  id: 'software-qualification',
  title: 'Only qualified, not known-bad software is deployed, and never a downgrade unnoticed',
  summary:
    'Upgrade versions are qualified in the catalog for each target platform; withdrawn, in-lab, unknown and known-bad versions are refused; every file a step applies, whatever its action, is checked against the known-bad list by name and digest; downgrades are flagged.',
  category: 'process',
  defaultSeverity: 'error',
  rationale:
    'The 2 June 2021 outage followed a modernisation of the interconnect platform, and a latent software bug turned one procedure into a reboot loop on every call server. Public post-incident reviews of other outages describe a known-bad file applied again. Only versions the lab qualified for that platform may reach production; known-bad versions, packages and digests are refused whatever their status; and going back to an older version is a change of its own that must be intended, not a typo.',
  optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
  messages: {
    unknownVersion:
      'step {{stepId}} deploys {{version}} on {{platform}} ({{servers}}), a version the software catalog does not list for that platform, so it was never qualified. Deploy a qualified version ({{qualified}}) or have {{version}} qualified and added to the catalog first.',
    notQualified:
      'step {{stepId}} deploys {{version}} on {{platform}} ({{servers}}), which the software catalog lists as {{status}}: only qualified versions may reach production. Deploy a qualified version ({{qualified}}), or finish the qualification and mark {{version}} qualified in the catalog first.',
    knownBad:
      'step {{stepId}} deploys a known-bad {{matched}} on {{platform}} ({{servers}}): {{reason}}{{referenceNote}}. Do not deploy it: choose a qualified version ({{qualified}}) that the catalog does not list as known-bad.',
    knownBadArtefact:
      'step {{stepId}} ({{action}}) applies a known-bad {{matched}} to {{servers}}: {{reason}}{{referenceNote}}. The catalog refuses this file whatever the action applying it; apply a corrected file (another content, so another sha256) instead.',
    downgrade:
      'step {{stepId}} installs {{version}}, older than what {{servers}} run(s) now ({{current}}): a downgrade. If going back is intended, say so in a waiver with the reason; otherwise correct the target version.',
  },
  waivable: true,
  check(context) {
    const { network } = context;
    const catalog = network.catalog;
    const qualifiedCache = new Map<string, string[]>();
    const qualifiedOn = (platform: string) => {
      let versions = qualifiedCache.get(platform);
      if (!versions) {
        versions = [...catalog.versions.values()]
          .filter((v) => v.platform === platform && v.status === 'qualified' && !catalog.knownBad.some((k) => knownBadMatch(k, platform, { version: v.version })))
          .map((v) => v.version)
          .sort((a, b) => compareVersions(a, b) ?? (a < b ? -1 : 1));
        qualifiedCache.set(platform, versions);
      }
      return versions;
    };

    for (const change of network.changes) {
      if (!context.wants(change.id)) continue;
      for (const step of change.steps) {
        const software = step.software;
        const upgrade = step.action === 'software-upgrade' && software !== undefined;
        if (!upgrade && !software && step.artefacts.length === 0) continue;
        // The servers a step's files land on: its targets and the servers at the ends of its trunks.
        const servers = (upgrade ? targetsOf(network, step).servers : rolloutMembers(network, { servers: [...targetsOf(network, step).servers], step }))
          .map((id) => network.inventory.callServers.get(id))
          .filter((s): s is CallServer => s !== undefined);
        const platforms = byPlatform(servers);
        // A step whose targets resolve to no server still meets the entries that name no platform.
        if (platforms.size === 0) platforms.set(undefined, []);
        for (const [platform, onPlatform] of platforms) {
          if (upgrade && platform !== undefined) checkPlatform(step, software, platform, onPlatform);
          else if (software) checkArtefact(step, software, software.at.pointer, platform, onPlatform);
          for (const artefact of step.artefacts) {
            checkArtefact(step, { artefact: artefact.name, sha256: artefact.sha256 }, `${step.at.pointer}/artefacts/${artefact.index}`, platform, onPlatform, 'name');
          }
        }
      }
    }

    function checkArtefact(step: Step, identifiers: Identifiers, pointer: string, platform: string | undefined, servers: CallServer[], artefactKey = 'artefact'): void {
      for (const entry of catalog.knownBad) {
        const matched = knownBadMatch(entry, platform, identifiers);
        if (!matched) continue;
        const field = matched.includes('sha256') ? 'sha256' : matched.includes('artefact') ? artefactKey : 'version';
        context.reportStep(step, {
          messageId: 'knownBadArtefact',
          at: { file: step.at.file, pointer: `${pointer}/${field}` },
          data: {
            changeId: step.changeId,
            stepId: step.id,
            action: step.action,
            platform: platform ?? '',
            servers: servers.length > 0 ? servers.map((s) => s.id) : ['its targets'],
            matched: describeMatch(matched, identifiers),
            matchedFields: matched,
            reason: entry.reason.trim().replace(/\.$/, ''),
            reference: entry.reference ?? '',
            referenceNote: entry.reference ? ` (${entry.reference})` : '',
            catalogEntry: entry.at.pointer,
          },
        });
      }
    }

    function checkPlatform(step: Step, software: StepSoftware, platform: string, servers: CallServer[]): void {
      const ids = servers.map((s) => s.id);
      const qualified = qualifiedOn(platform);
      const common = { changeId: step.changeId, stepId: step.id, version: software.version, platform, servers: ids, qualified: qualified.length > 0 ? qualified : ['none listed'] };
      const versionAt = { file: software.at.file, pointer: software.at.pointer + '/version' };

      for (const entry of catalog.knownBad) {
        const matched = knownBadMatch(entry, platform, software);
        if (!matched) continue;
        // Point at the identifier that matched most specifically: the digest, then the artefact, then the version.
        const field = matched.includes('sha256') ? 'sha256' : matched.includes('artefact') ? 'artefact' : 'version';
        context.reportStep(step, {
          messageId: 'knownBad',
          at: { file: software.at.file, pointer: `${software.at.pointer}/${field}` },
          data: {
            ...common,
            matched: describeMatch(matched, software),
            matchedFields: matched,
            reason: entry.reason.trim(),
            reference: entry.reference ?? '',
            referenceNote: entry.reference ? ` (${entry.reference})` : '',
            catalogEntry: entry.at.pointer,
          },
        });
      }

      const listed = catalog.versions.get(`${platform}@${software.version}`);
      if (!listed) context.reportStep(step, { messageId: 'unknownVersion', at: versionAt, data: common });
      else if (listed.status !== 'qualified') context.reportStep(step, { messageId: 'notQualified', at: versionAt, data: { ...common, status: listed.status } });

      const older = servers.filter((s) => compareVersions(software.version, s.softwareVersion) === -1);
      if (older.length > 0) {
        context.reportStep(step, {
          messageId: 'downgrade',
          at: versionAt,
          data: { ...common, servers: older.map((s) => s.id), current: [...new Set(older.map((s) => s.softwareVersion))].sort() },
        });
      }
    }
  },
});
