// Deterministic synthetic network-config repositories for the benchmark (and for scale tests).
// Same parameters and seed, same bytes. The repository is valid against the schemas and holds a mix of
// passing and failing change requests with overlapping windows, like a national operator's backlog.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadYaml } from '../src/load/yaml.ts';
import { revisionOf } from '../src/model/build.ts';

export interface GeneratorParams {
  sites: number;
  serversPerSite: number;
  trunksPerServer: number;
  changes: number;
  stepsPerChange: number;
  days: number;
  seed: number;
  /**
   * The overlap knob: every change request starts within the first `startWithinDays` days (default: spread
   * over `days`), and picks its redundancy group among the first `groups` groups (default: all), so
   * change requests pile up on the same elements in the same nights.
   */
  startWithinDays?: number;
  groups?: number;
  /** Steps run in one night's window, one after another (default 1: one step per night). */
  stepsPerNight?: number;
}

/** Small, fast, seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES_PER_REGION = 6;
const NUMBERS = ['15', '17', '18', '112', '114', '115', '119', '191', '196', '197'];
const WEEKDAY_TOTAL = [6, 4, 3, 3, 3, 4, 9, 20, 34, 40, 42, 44, 43, 41, 40, 42, 50, 60, 70, 68, 55, 38, 22, 12];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isoLocal(dayIndex: number, hour: number, minute: number): string {
  // Plan starts 2027-01-11 (a Monday in winter time, +01:00, no daylight-saving change for 11 weeks);
  // long plans cross the March change, so instants carry the right offset.
  const start = Date.UTC(2027, 0, 11);
  const date = new Date(start + dayIndex * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const summer = Date.UTC(y, m - 1, d) >= Date.UTC(2027, 2, 28) && Date.UTC(y, m - 1, d) < Date.UTC(2027, 9, 31);
  return `${y}-${pad(m, 2)}-${pad(d, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:00${summer ? '+02:00' : '+01:00'}`;
}

export interface GeneratedRepo {
  files: Map<string, string>;
  counts: { sites: number; servers: number; trunks: number; changes: number; steps: number };
}

export function generateRepo(p: GeneratorParams): GeneratedRepo {
  const random = prng(p.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const files = new Map<string, string>();
  const regions = Math.max(1, Math.ceil(p.sites / SITES_PER_REGION));
  const siteIds = Array.from({ length: p.sites }, (_, i) => `S${pad(i + 1, 3)}`);
  const switches = Array.from({ length: Math.max(4, regions * 4) }, (_, i) => `TR-${pad(i + 1, 3)}`);

  const inv: string[] = ['kind: Inventory', 'sites:'];
  for (const [i, id] of siteIds.entries()) {
    inv.push(`  - { id: ${id}, name: Site ${i + 1}, region: R${Math.floor(i / SITES_PER_REGION) + 1}, failureDomain: fd-${id.toLowerCase()}, timeZone: Europe/Paris }`);
  }
  // Groups: the k-th server of every site of a region back each other up.
  inv.push('redundancyGroups:');
  const groupIds: string[] = [];
  for (let r = 0; r < regions; r++) {
    for (let k = 0; k < p.serversPerSite; k++) {
      const id = `G-R${r + 1}-${k + 1}`;
      groupIds.push(id);
      inv.push(`  - { id: ${id}, name: Group ${k + 1} of region ${r + 1}, emergency: ${k === 0} }`);
    }
  }
  inv.push('callServers:');
  const serversBySite = new Map<string, string[]>();
  for (const [i, site] of siteIds.entries()) {
    const region = Math.floor(i / SITES_PER_REGION) + 1;
    const list: string[] = [];
    for (let k = 0; k < p.serversPerSite; k++) {
      const id = `${site.toLowerCase()}-cs${k + 1}`;
      const group = `G-R${region}-${k + 1}`;
      list.push(id);
      inv.push(`  - { id: ${id}, site: ${site}, role: mgcf, platform: vx-mgcf, softwareVersion: 7.4.2, capacity: { sessions: 10000, cps: 150 }, redundancyGroup: ${group}, emergency: ${k === 0} }`);
    }
    serversBySite.set(site, list);
  }
  inv.push('switches:');
  for (const sw of switches) inv.push(`  - { id: ${sw}, name: Transit ${sw} }`);
  inv.push('trunks:');
  const trunksByServer = new Map<string, { id: string; switch: string }[]>();
  let trunkCount = 0;
  for (const [i, site] of siteIds.entries()) {
    const region = Math.floor(i / SITES_PER_REGION);
    const regionSwitches = switches.slice(region * 4, region * 4 + 4);
    const localSwitches = regionSwitches.length > 0 ? regionSwitches : switches;
    for (const server of serversBySite.get(site) ?? []) {
      const list: { id: string; switch: string }[] = [];
      for (let t = 0; t < p.trunksPerServer; t++) {
        const sw = localSwitches[t % localSwitches.length] as string;
        const id = `${server}-t${t + 1}`;
        list.push({ id, switch: sw });
        inv.push(`  - { id: ${id}, callServer: ${server}, switch: ${sw}, capacity: { sessions: 2000 }, emergency: ${server.endsWith('-cs1')} }`);
        trunkCount++;
      }
      trunksByServer.set(server, list);
    }
  }
  inv.push('psaps:');
  for (let r = 0; r < regions; r++) for (const n of NUMBERS) inv.push(`  - { id: P-${n}-R${r + 1}, name: Centre ${n} region ${r + 1} }`);
  inv.push('emergencyNumbers:');
  for (const n of NUMBERS) {
    inv.push(`  - number: "${n}"`, `    name: Emergency ${n}`, `    psaps: [${Array.from({ length: regions }, (_, r) => `P-${n}-R${r + 1}`).join(', ')}]`, '    routes:');
    for (const [i, site] of siteIds.entries()) {
      const server = `${site.toLowerCase()}-cs1`;
      const trunk = trunksByServer.get(server)?.[0];
      if (!trunk) continue;
      inv.push(`      - { callServer: ${server}, trunk: ${trunk.id}, switch: ${trunk.switch}, psap: P-${n}-R${Math.floor(i / SITES_PER_REGION) + 1} }`);
    }
  }
  files.set('inventory/network.yaml', inv.join('\n') + '\n');

  const scale = p.sites * p.serversPerSite * 10000 * 0.01;
  const series = (factor: number) => `[${WEEKDAY_TOTAL.map((v) => Math.round(v * factor * scale / 100)).join(', ')}]`;
  files.set(
    'traffic/forecast.yaml',
    ['kind: TrafficForecast', 'timeZone: Europe/Paris', 'holidays: [2027-01-01, 2027-04-05, 2027-05-01]', 'profiles:',
      ...['weekday', 'weekend'].flatMap((day) => {
        const f = day === 'weekday' ? 1 : 0.8;
        return [`  ${day}:`, `    totalSessions: ${series(f * 0.5)}`, `    totalCps: ${series(f * 0.0075)}`, `    emergencySessions: ${series(f * 0.006)}`, `    emergencyCps: ${series(f * 0.0001)}`];
      }),
    ].join('\n') + '\n',
  );
  files.set('software/catalog.yaml', 'kind: SoftwareCatalog\nversions:\n  - { platform: vx-mgcf, version: 7.4.2, status: qualified }\n  - { platform: vx-mgcf, version: 7.5.0, status: qualified }\n  - { platform: vx-mgcf, version: 7.5.1, status: in-lab }\nknownBad:\n  - { platform: vx-mgcf, version: 7.3.0, reason: memory leak }\n');
  files.set(
    'policy/policy.yaml',
    'kind: Policy\ntimeZone: Europe/Paris\nmaintenanceWindows:\n  - { days: [weekday, weekend], start: "00:00", end: "05:00" }\nfreezePeriods:\n  - { id: FRZ-EASTER, reason: Easter weekend, start: 2027-03-26T00:00:00+01:00, end: 2027-03-29T00:00:00+02:00 }\napprovalSource: { kind: declared }\napprovers:\n  - { id: cab.a, name: CAB A, roles: [cab] }\n  - { id: cab.b, name: CAB B, roles: [cab, network-lead] }\n',
  );

  let steps = 0;
  for (let c = 0; c < p.changes; c++) {
    const id = `CR-${pad(c + 1, 5)}`;
    const group = pick(p.groups !== undefined ? groupIds.slice(0, Math.max(1, p.groups)) : groupIds);
    const [, regionText, kText] = /^G-R(\d+)-(\d+)$/.exec(group) as RegExpExecArray;
    const region = Number(regionText) - 1;
    const k = Number(kText);
    const sites = siteIds.slice(region * SITES_PER_REGION, region * SITES_PER_REGION + SITES_PER_REGION);
    const members = sites.map((s) => `${s.toLowerCase()}-cs${k}`);
    // About one change in eight is unsafe: an afternoon window, or a whole-group step.
    const unsafe = random() < 0.125;
    const perNight = Math.max(1, p.stepsPerNight ?? 1);
    const nights = Math.ceil(p.stepsPerChange / perNight);
    const firstDay = Math.floor(random() * Math.max(1, p.startWithinDays ?? p.days - nights));
    const lines = [
      'kind: ChangeRequest',
      `id: ${id}`,
      `title: Synthetic change ${c + 1} on ${group}`,
      'owner: eng.a',
      'purpose: Benchmark load',
      `declaredRisk: ${unsafe ? 'low' : 'high'}`,
      'state: approved',
      'notify:',
      '  - { party: regulator, name: Regulator, leadTimeHours: 72 }',
      '  - { party: noc, name: NOC, leadTimeHours: 24 }',
      'escalation: { contact: NOC duty manager, targetMinutes: 30 }',
      'steps:',
    ];
    for (let s = 0; s < p.stepsPerChange; s++) {
      // Several steps a night take 20-minute slots 25 minutes apart from midnight, each with its rollback
      // inside the 00:00-05:00 window; one step a night keeps the 01:00-02:30 window.
      const day = firstDay + Math.floor(s / perNight);
      const slot = s % perNight;
      const hour = unsafe && s === 0 ? 16 : perNight > 1 ? Math.floor((slot * 25) / 60) : 1;
      const minute = perNight > 1 && !(unsafe && s === 0) ? (slot * 25) % 60 : 0;
      const endMinutes = hour * 60 + minute + (perNight > 1 ? 20 : 90);
      const target = unsafe && s === 0 ? `callServers: [${members.join(', ')}]` : `callServers: [${members[s % members.length]}]`;
      lines.push(
        `  - id: s${s + 1}`,
        `    action: ${s % 3 === 1 ? 'software-upgrade' : 'config-push'}`,
        `    targets: { ${target} }`,
        `    window: { start: ${isoLocal(day, hour, minute)}, end: ${isoLocal(day, Math.floor(endMinutes / 60), endMinutes % 60)} }`,
        ...(s > 0 ? [`    dependsOn: [s${s}]`] : []),
        ...(s % 3 === 1 ? ['    software: { version: 7.5.0, previousVersion: 7.4.2 }'] : [`    procedure: PROC-${c % 7}`]),
        '    rollback: { procedure: Revert, minutes: 30, includesTrafficRecovery: true }',
        `    verification: { testCalls: [${NUMBERS.map((n) => `{ number: "${n}" }`).join(', ')}] }`,
      );
      steps++;
    }
    // Approvals name the revision they approved, as real ones do (a content hash of everything else),
    // so a change request fails only for what is wrong with its plan.
    const unapproved = lines.join('\n') + '\n';
    const loaded = loadYaml(`changes/${id}.yaml`, new TextEncoder().encode(unapproved));
    if (!loaded.document) throw new Error(`generator wrote invalid YAML for ${id}: ${loaded.issues[0]?.message}`);
    const revision = revisionOf(loaded.document.value as Record<string, unknown>);
    const approvals = ['approvals:', `  - { by: cab.a, role: cab, revision: "${revision}" }`, `  - { by: cab.b, role: cab, revision: "${revision}" }`];
    files.set(`changes/${id}.yaml`, unapproved + approvals.join('\n') + '\n');
  }
  return { files, counts: { sites: p.sites, servers: p.sites * p.serversPerSite, trunks: trunkCount, changes: p.changes, steps } };
}

export function writeRepo(dir: string, repo: GeneratedRepo): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of repo.files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
