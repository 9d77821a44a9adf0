// `npm run bench`: generates repositories of growing size and measures, each in a fresh process and as the
// median of several runs: the honest floor (the included files read and parsed by js-yaml's CommonJS build
// in a standalone process, and by changegate's own loader), the full check with its stages, and peak
// memory; then dense shapes (many steps in one change request, many copies of one change, thousands of
// change requests overlapping in one week) with the ratio of each doubling; then the CLI's cold start and
// the pre-commit path against `node -e 0`. It prints tables in the terms the performance targets use.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRepo, writeRepo } from './generate.ts';
import type { GeneratorParams } from './generate.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]?.replace(/^--/, '') ?? '', process.argv[i + 1] ?? '');
const runs = Number(args.get('runs') ?? 5);
const denseRuns = Number(args.get('dense-runs') ?? Math.min(runs, 3));
const only = args.get('sizes')?.split(',');
const wanted = (name: string) => !only || only.includes(name);
const work = resolve(args.get('dir') ?? '.build/bench');
const childScript = resolve(args.get('child') ?? '.build/bench-child.mjs');
const floorScript = resolve('bench/floor-js-yaml.cjs');
const AS_OF = '2026-11-27T09:00:00+01:00';
mkdirSync(work, { recursive: true });

const XL: GeneratorParams = { sites: 60, serversPerSite: 50, trunksPerServer: 10, changes: 2000, stepsPerChange: 10, days: 180, seed: 42 };
const scaled = (f: number): GeneratorParams => ({ ...XL, sites: XL.sites * f, changes: XL.changes * f, days: Math.round(XL.days * f) });
const CUSTOM_KEYS = ['sites', 'servers-per-site', 'trunks-per-server', 'changes', 'steps-per-change', 'days', 'seed', 'start-within-days', 'groups', 'steps-per-night'];
const custom = CUSTOM_KEYS.some((k) => args.has(k));
const optionalNumber = (key: string) => (args.has(key) ? Number(args.get(key)) : undefined);

interface Size {
  name: string;
  dir: string;
  params?: GeneratorParams;
}
const sizes: Size[] = [{ name: 'S', dir: resolve('examples/six-sites') }];
if (custom) {
  const params: GeneratorParams = {
    sites: Number(args.get('sites') ?? 12), serversPerSite: Number(args.get('servers-per-site') ?? 10), trunksPerServer: Number(args.get('trunks-per-server') ?? 4),
    changes: Number(args.get('changes') ?? 100), stepsPerChange: Number(args.get('steps-per-change') ?? 5), days: Number(args.get('days') ?? 60), seed: Number(args.get('seed') ?? 42),
  };
  const startWithinDays = optionalNumber('start-within-days');
  const groups = optionalNumber('groups');
  const stepsPerNight = optionalNumber('steps-per-night');
  if (startWithinDays !== undefined) params.startWithinDays = startWithinDays;
  if (groups !== undefined) params.groups = groups;
  if (stepsPerNight !== undefined) params.stepsPerNight = stepsPerNight;
  sizes.push({ name: 'custom', dir: join(work, 'custom'), params });
} else {
  sizes.push({ name: 'M', dir: join(work, 'M'), params: scaled(0.25) }, { name: 'L', dir: join(work, 'L'), params: scaled(0.5) }, { name: 'XL', dir: join(work, 'XL'), params: XL });
}

// Dense shapes: each doubles its knob twice, so every doubling has a ratio.
interface DenseShape {
  name: string;
  what: (n: number) => string;
  sizes: number[];
  make: (n: number, dir: string) => void;
}
const DENSE: DenseShape[] = [
  {
    name: 'steps',
    what: (n) => `one change request with ${n.toLocaleString('en')} steps (10 a night), 12 sites`,
    sizes: [2500, 5000, 10000],
    make: (n, dir) => writeRepo(dir, generateRepo({ sites: 12, serversPerSite: 10, trunksPerServer: 4, changes: 1, stepsPerChange: n, stepsPerNight: 10, days: Math.ceil(n / 10) + 10, seed: 42 })),
  },
  {
    name: 'incident',
    what: (n) => `${n} copies of the incident change (all six sites at 16:30) in the example`,
    sizes: [75, 150, 301],
    make: (n, dir) => incidentCopies(n, dir),
  },
  {
    name: 'XL-dense',
    what: (n) => `XL inventory, ${n.toLocaleString('en')} CRs overlapping in one week on 10 groups (60 servers), 10 steps a night`,
    sizes: [500, 1000, 2000],
    make: (n, dir) => writeRepo(dir, generateRepo({ ...XL, changes: n, startWithinDays: 7, groups: 10, stepsPerNight: 10 })),
  },
];

/** `n` copies of the example's incident-shaped change request (the original and n - 1 more), without the gallery. */
function incidentCopies(n: number, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('examples/six-sites', dir, { recursive: true, filter: (src) => !src.includes('/gallery') });
  const incident = join(dir, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
  const text = readFileSync(incident, 'utf8');
  for (let i = 1; i < n; i++) {
    const suffix = String(i).padStart(4, '0');
    writeFileSync(join(dir, 'changes', `CR-2026-0601-copy-${suffix}.yaml`), text.replace(/^id: CR-2026-0601$/m, `id: CR-2026-0601-C${suffix}`));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

interface CheckResult {
  ms: number;
  /** User and system CPU time of the process over the same span (all its threads). */
  cpuMs: number;
  maxRssKb: number;
  loadMs: number;
  verdict: string;
  counts: Record<string, number>;
  stages: Record<string, number>;
  formatMs: number;
  scheduleMs: number;
  icsBytes: number;
  files: string[];
  customRules: string[];
  customRuleProblems: string[];
}

function runJson<T>(command: string[]): T {
  const result = spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench child failed (${command.join(' ')}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
const check = (dir: string) => runJson<CheckResult>([childScript, 'check', dir, AS_OF]);
const floorJsYaml = (dir: string, list: string) => runJson<{ ms: number; cpuMs: number; maxRssKb: number }>([floorScript, dir, list]);
const floorReader = (dir: string, list: string) => runJson<{ ms: number; cpuMs: number; maxRssKb: number }>([childScript, 'read', dir, list]);

function wall(command: string[], cwd?: string): { ms: number; status: number | null; stdout: string; stderr: string } {
  const start = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...(cwd !== undefined ? { cwd } : {}) });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const verdictText = (r: CheckResult) => `${r.verdict} (${r.counts.intervals} intervals, ${r.counts.rules} rules, ${r.counts.errors} errors, ${r.counts.warnings} warnings)`;
console.log(`changegate benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, ${runs} runs per figure (median), dense shapes ${denseRuns}\n`);

// 1. Standard sizes against the honest floor. Each run alternates the three processes, so a noisy
// moment of the shared machine falls on all of them alike.
const rows: string[] = [];
const stageRows: string[] = [];
const results = new Map<string, { check: number; floor: number; reader: number }>();
for (const size of sizes) {
  if (!wanted(size.name)) continue;
  let description = 'the bundled example';
  if (size.params) {
    const repo = generateRepo(size.params);
    writeRepo(size.dir, repo);
    const c = repo.counts;
    description = `${c.sites} sites, ${c.servers} servers, ${c.trunks} trunks, ${c.changes} CRs, ${c.steps} steps, ${size.params.days} days`;
  }
  // A first check lists the files the configuration includes: both floors read exactly those.
  const listing = check(size.dir);
  const list = join(work, `${size.name}.files`);
  writeFileSync(list, listing.files.join('\n') + '\n');
  const floor: number[] = [];
  const reader: number[] = [];
  const floorCpu: number[] = [];
  const checks: CheckResult[] = [];
  for (let i = 0; i < runs; i++) {
    const js = floorJsYaml(size.dir, list);
    floor.push(js.ms);
    floorCpu.push(js.cpuMs);
    reader.push(floorReader(size.dir, list).ms);
    checks.push(check(size.dir));
  }
  const fc = median(floorCpu);
  const cc = median(checks.map((c) => c.cpuMs));
  const f = median(floor);
  const r = median(reader);
  const ch = median(checks.map((c) => c.ms));
  const load = median(checks.map((c) => c.loadMs));
  const rss = median(checks.map((c) => c.maxRssKb));
  const last = checks[checks.length - 1] as CheckResult;
  results.set(size.name, { check: ch, floor: f, reader: r });
  rows.push(`| ${size.name} | ${description} | ${fmt(f, 1)} | ${fmt(r, 1)} | ${fmt(ch, 1)} | ${fmt(ch / f, 2)} | ${fmt(ch / r, 2)} | ${fmt(load, 1)} | ${fmt(ch - load, 1)} | ${fmt(rss / 1024)} | ${fmt(fc, 0)} / ${fmt(cc, 0)} = ${fmt(cc / fc, 2)} | ${verdictText(last)} |`);
  // Where the time goes: each stage and rule as the median over the runs, and the text report.
  const stageNames = Object.keys(last.stages);
  const parts = stageNames.map((name) => `${name} ${fmt(median(checks.map((c) => c.stages[name] ?? 0)), 0)}`);
  stageRows.push(`- ${size.name}: ${parts.join(', ')}; text report ${fmt(median(checks.map((c) => c.formatMs)), 0)} ms; schedule of 366 days as iCalendar ${fmt(median(checks.map((c) => c.scheduleMs)), 0)} ms (${fmt(last.icsBytes / 1024)} KiB)`);
}
if (rows.length > 0) {
  console.log('| Size | Repository | js-yaml parse, CommonJS (ms) | changegate loader (ms) | Full check (ms) | Check / js-yaml | Check / loader | Reading, loading, validating (ms) | Engine (ms) | Peak RSS (MiB) | CPU ms: js-yaml / check = ratio | Verdict |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log('\nThe floors read exactly the files the check includes, each in a standalone process timed from the first read to the last parse (js-yaml 5 through require(), its CommonJS build; changegate\'s loader: the fast reader and the builder of data and positions, no validation). The check is timed the same way, from reading the folder to the verdict. CPU ms is the user and system time of each process over the same span (every thread: V8 collects garbage and compiles on the second core), the fairer comparison when the machine is loaded.');
  const targets = ['M', 'L', 'XL'].filter((n) => results.has(n)).map((n) => {
    const r = results.get(n) as { check: number; floor: number };
    return `${n} ${fmt(r.check / r.floor, 2)}x ${r.check / r.floor <= 2 ? 'met' : 'MISSED'}`;
  });
  if (targets.length > 0) console.log(`Target full check <= 2x js-yaml parse: ${targets.join(', ')}`);
  const m = results.get('M');
  const l = results.get('L');
  const xl = results.get('XL');
  if (m && l && xl) console.log(`Scaling (each size doubles the previous): M -> L ${fmt(l.check / m.check, 2)}x, L -> XL ${fmt(xl.check / l.check, 2)}x; M -> XL (4x input) ${fmt(xl.check / m.check, 2)}x`);
  console.log('\nStages of the full check (ms, medians; "load" is reading, loading and validating; each rule in registry order):');
  for (const row of stageRows) console.log(row);
}

// 2. Dense shapes.
const denseRows: string[] = [];
const denseNotes: string[] = [];
for (const shape of DENSE) {
  if (!wanted(shape.name) && !wanted('dense')) continue;
  let previous: number | undefined;
  let previousCpu: number | undefined;
  for (const n of shape.sizes) {
    const dir = join(work, `${shape.name}-${n}`);
    shape.make(n, dir);
    const measured: CheckResult[] = [];
    for (let i = 0; i < denseRuns; i++) measured.push(check(dir));
    const ms = median(measured.map((c) => c.ms));
    const cpuMs = median(measured.map((c) => c.cpuMs));
    const rss = median(measured.map((c) => c.maxRssKb)) / 1024;
    const ratio = previous !== undefined ? ms / previous : undefined;
    const ok = ratio === undefined || ratio <= 2.3;
    const cpuRatio = previousCpu !== undefined ? cpuMs / previousCpu : undefined;
    denseRows.push(`| ${shape.name} | ${shape.what(n)} | ${fmt(ms, 0)} | ${fmt(cpuMs, 0)} | ${cpuRatio !== undefined ? `${fmt(cpuRatio, 2)}x` : '–'} | ${ratio !== undefined ? `${fmt(ratio, 2)}x ${ok ? 'met' : 'MISSED'}` : '–'} | ${fmt(rss)} | ${verdictText(measured[0] as CheckResult)} |`);
    if (shape.name === 'XL-dense' && n === 2000) denseNotes.push(`XL-dense (2,000 CRs in one week): ${fmt(ms / 1000, 2)} s, ${fmt(rss)} MiB; target under 10 s and 1 GiB: ${ms < 10_000 && rss < 1024 ? 'met' : 'MISSED'}`);
    previous = ms;
    previousCpu = cpuMs;
  }
}
if (denseRows.length > 0) {
  console.log('\n| Shape | Repository | Full check (ms) | CPU (ms) | CPU doubling ratio | Doubling ratio (target <= 2.3x) | Peak RSS (MiB) | Verdict |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of denseRows) console.log(row);
  for (const note of denseNotes) console.log(note);
}

// 3. Cold start, and the pre-commit path, against `node -e 0` in the same run.
const CLI = resolve('bin/changegate.js');
function againstNode(label: string, command: string[], cwd: string | undefined, target: number | undefined, count: number): void {
  const node0: number[] = [];
  const measured: number[] = [];
  for (let i = 0; i < count; i++) {
    node0.push(wall(['node', '-e', '0']).ms);
    measured.push(wall(command, cwd).ms);
  }
  const n0 = median(node0);
  const m0 = median(measured);
  const verdict = target !== undefined ? `, target ${target} ms: ${m0 <= target ? 'met' : 'MISSED'}` : '';
  console.log(`${label} ${fmt(m0, 1)} ms${verdict}; node -e 0 ${fmt(n0, 1)} ms; ratio ${fmt(m0 / n0, 2)}x`);
}

if (wanted('cold')) {
  console.log('');
  againstNode('Cold start: changegate check examples/six-sites', ['node', CLI, 'check', 'examples/six-sites', '--as-of', AS_OF], undefined, undefined, Math.max(runs, 7));
}

/**
 * `changegate check --staged` in a git clone of `source` with every file committed and one change request
 * edited and staged, so the hook reads the index and HEAD from git, evaluates both and labels what is
 * new. The first run fills the cache of loaded documents under .git/; the median is of the runs after it.
 */
function preCommit(label: string, source: string, target: number, count: number): void {
  const repo = mkdtempSync(join(tmpdir(), 'changegate-bench-precommit-'));
  try {
    cpSync(source, repo, { recursive: true, filter: (src) => !src.includes('/gallery') });
    const git = (...gitArgs: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...gitArgs], { cwd: repo, stdio: 'pipe' });
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '--no-verify', '-m', 'base');
    const edited = join('changes', readdirSync(join(repo, 'changes')).filter((f) => f.endsWith('.yaml')).sort()[0] ?? '');
    const text = readFileSync(join(repo, edited), 'utf8');
    writeFileSync(join(repo, edited), /^title: .*$/m.test(text) ? text.replace(/^(title: .*)$/m, '$1 (edited)') : `${text}# edited\n`);
    git('add', '--', edited);
    const command = ['node', CLI, 'check', '--staged', '--as-of', AS_OF];
    // A hook that fails fast (not a clone, a usage error) would look fast: check that it compared.
    const first = wall(command, repo);
    if ((first.status ?? 2) > 1 || !first.stdout.includes('Compared the index')) throw new Error(`pre-commit bench: check --staged did not compare (exit ${first.status}): ${first.stderr}`);
    console.log(`${label}: first run (filling the cache) ${fmt(first.ms, 1)} ms`);
    againstNode(`${label}: changegate check --staged (${edited} edited and staged)`, command, repo, target, count);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

// The fast reader on quoted scalars: one file of n single-quoted scalars (the 40,000 of the report among them) (no `''` until the last one)
// beside the example network. Reading must grow linearly with n (a search for `''` from each scalar to
// the end of the file once made it quadratic: 40,000 scalars took 9.9 s).
if (wanted('quoted')) {
  // n = 0 is the example alone: what the scalars cost is the difference.
  const counts = [0, 20_000, 40_000, 80_000, 160_000];
  const quotedRows: string[] = [];
  let baseline = 0;
  let previous: number | undefined;
  for (const n of counts) {
    const repo = mkdtempSync(join(tmpdir(), 'changegate-bench-quoted-'));
    try {
      cpSync('examples/six-sites', repo, { recursive: true });
      if (n > 0) {
        const lines = ['kind: ChangeRequest', 'id: CR-QUOTED', 'notes:'];
        for (let i = 0; i < n; i++) lines.push(`  - 'q${i}'`);
        lines.push("  - 'the last one''s quote is doubled'");
        writeFileSync(join(repo, 'changes', 'quoted.yaml'), lines.join('\n') + '\n');
      }
      const times: number[] = [];
      for (let i = 0; i < Math.max(runs, 3); i++) times.push(check(repo).loadMs);
      const ms = median(times);
      if (n === 0) {
        baseline = ms;
        quotedRows.push(`| 0 (the example alone) | ${fmt(ms, 1)} | | | |`);
        continue;
      }
      const cost = ms - baseline;
      quotedRows.push(`| ${n.toLocaleString('en')} | ${fmt(ms, 1)} | ${fmt(cost, 1)} | ${fmt((cost / n) * 1000, 2)} | ${previous === undefined ? '' : fmt(cost / previous, 2) + 'x'} |`);
      previous = cost;
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }
  console.log('\nQuoted scalars (one file beside the example; reading, loading and validating, median):\n');
  console.log('| Scalars | Reading, loading, validating (ms) | Cost of the scalars (ms) | ms per 1,000 scalars | Growth for 2x scalars |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of quotedRows) console.log(row);
}

if (wanted('precommit')) {
  console.log('');
  preCommit('Pre-commit on the example', 'examples/six-sites', 300, Math.max(runs, 7));
  if (!custom && (wanted('XL') || !only)) preCommit('Pre-commit on XL', join(work, 'XL'), 1000, runs);
}

// 4. Commands other work adds.
/**
 * `changegate guard` latency (automation calls it before every step): targets 300 ms on the example and
 * 1 s on L, cold start counted. Each run asks about a real step at its planned start; a guard that fails
 * to evaluate (exit 2) or answers neither GO nor NO-GO stops the benchmark, so a fast error cannot pass
 * for speed.
 */
function measureGuard(): void {
  const cases: { label: string; repo: string; change: string; target: number }[] = [{ label: 'the example', repo: resolve('examples/six-sites'), change: 'CR-2026-0412', target: 300 }];
  const l = sizes.find((s) => s.name === 'L');
  if (l?.params) {
    // The benchmark may have skipped L's table: the repository is generated here if it is missing.
    writeRepo(l.dir, generateRepo(l.params));
    cases.push({ label: 'L', repo: l.dir, change: 'CR-00001', target: 1000 });
  }
  for (const c of cases) {
    const file = readdirSync(join(c.repo, 'changes')).find((f) => f.startsWith(c.change) && f.endsWith('.yaml'));
    const text = readFileSync(join(c.repo, 'changes', file ?? `${c.change}.yaml`), 'utf8');
    const step = /^ {2}- id: (\S+)/m.exec(text)?.[1];
    const start = /start: (\d{4}-[0-9T:.+-]+Z?)/.exec(text.slice(text.indexOf('steps:')))?.[1];
    if (!step || !start) throw new Error(`guard bench: no step with a window in ${c.change}`);
    const command = ['node', CLI, 'guard', c.change, '--step', step, '--at', start, '--repo', c.repo, '--format', 'json'];
    const first = wall(command);
    if ((first.status ?? 2) > 1 || !/"status":\s*"(go|no-go)"/.test(first.stdout)) throw new Error(`guard bench: guard did not decide (exit ${first.status}): ${first.stderr}${first.stdout.slice(0, 400)}`);
    // Inside a git work tree the first run fills the document cache; the median is of the runs after it.
    console.log(`Guard on ${c.label}: first run ${fmt(first.ms, 1)} ms`);
    againstNode(`Guard on ${c.label}: changegate guard ${c.change} --step ${step} --at ${start}`, command, undefined, c.target, Math.max(runs, 7));
  }
}

/**
 * The planner: time to plan the incident-shaped change on the example (target under 1 s) and a change
 * over 20 sites on L (target under 10 s), each in a fresh process; then the length of its plans against
 * an exhaustive search on small generated networks.
 */
function measurePlanner(): void {
  const plan = (dir: string, change: string, from: string) => runJson<{ ms: number; cpuMs: number; status: string; nights?: number; evaluations?: number; binding?: string }>([childScript, 'plan', dir, change, from]);
  const example = [0, 1, 2].map(() => plan(resolve('examples/six-sites'), 'CR-2026-0601', AS_OF));
  const exampleMs = median(example.map((r) => r.ms));
  const e = example[0] as { status: string; nights?: number; evaluations?: number };
  console.log(`Planner, incident change on the example: ${fmt(exampleMs, 0)} ms, CPU ${fmt(median(example.map((r) => r.cpuMs)), 0)} ms (${e.status}, ${e.nights ?? '-'} nights, ${e.evaluations ?? '-'} evaluations); target 1000 ms: ${exampleMs < 1000 ? 'met' : 'MISSED'}`);
  const lDir = join(work, 'L-planner');
  writeRepo(lDir, generateRepo(scaled(0.5)));
  const members = Array.from({ length: 20 }, (_, i) => `s${String(i + 1).padStart(3, '0')}-cs1`);
  writeFileSync(
    join(lDir, 'changes', 'CR-PLAN-20.yaml'),
    ['kind: ChangeRequest', 'id: CR-PLAN-20', 'title: Routing procedure on 20 sites', 'owner: eng.b', 'purpose: Benchmark the planner', 'declaredRisk: low', 'state: proposed',
      'notify:', '  - { party: regulator, name: Regulator, leadTimeHours: 48 }', '  - { party: psap, name: PSAP liaison, leadTimeHours: 48 }', '  - { party: noc, name: NOC, leadTimeHours: 24 }',
      'escalation: { contact: NOC duty manager, targetMinutes: 30 }', 'steps:', '  - id: s1', '    action: config-push', '    procedure: PROC-NEW',
      `    targets: { callServers: [${members.join(', ')}] }`, '    window: { start: 2027-01-11T16:00:00+01:00, end: 2027-01-11T17:00:00+01:00 }',
      '    rollback: { procedure: Revert, minutes: 30, includesTrafficRecovery: true }', ''].join('\n'),
  );
  const l = plan(lDir, 'CR-PLAN-20', '2027-01-09T09:00:00+01:00');
  console.log(`Planner, a change over 20 sites on L: ${fmt(l.ms, 0)} ms, CPU ${fmt(l.cpuMs, 0)} ms (${l.status}${l.nights !== undefined ? `, ${l.nights} nights` : ''}${l.binding ? `: ${l.binding}` : ''}, ${l.evaluations ?? '-'} evaluations); target 10000 ms: ${l.ms < 10_000 ? 'met' : 'MISSED'}`);
  const { rows } = runJson<{ rows: { sites: number; otherChanges: number; stepMinutes: number; seed: number; planner: number | string; exhaustive?: number; complete?: boolean; exhaustiveEvaluations?: number; plannerEvaluations?: number; fewest: string; fewestExhaustive: string }[] }>([childScript, 'plan-optimality', '4']);
  console.log('\n| Small case | Planner finish (h after --from) | Exhaustive best (h) | Same | Evaluations: planner / exhaustive | fewest-per-night: planner | exhaustive | Same |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.sites} sites, ${r.otherChanges} other CRs, ${r.stepMinutes} min, seed ${r.seed} | ${r.planner} | ${r.exhaustive ?? 'none'}${r.complete === false ? ' (budget out)' : ''} | ${r.planner === r.exhaustive || (r.planner === 'no-plan' && r.exhaustive === undefined) ? 'yes' : 'NO'} | ${r.plannerEvaluations ?? '-'} / ${r.exhaustiveEvaluations ?? '-'} | ${r.fewest} | ${r.fewestExhaustive} | ${r.fewest === r.fewestExhaustive ? 'yes' : 'NO'} |`);
  }
}

/**
 * The example's three custom rules (rules/*.yaml) on L: what each costs beside the built-in rules. A rule
 * that cannot finish there (one-site-per-night compares every step with every other step of the night,
 * under its costLimit) stops the benchmark with its located error: a rule stopped by its limit is an
 * error verdict for every user of a network that size, never a figure to print.
 */
function measureCustomRules(): void {
  const l = sizes.find((s) => s.name === 'L');
  if (!l?.params) return;
  const dir = join(work, 'L-custom-rules');
  writeRepo(dir, generateRepo(l.params));
  const ruleFiles = readdirSync('examples/six-sites/rules').filter((f) => f.endsWith('.yaml')).sort();
  mkdirSync(join(dir, 'rules'), { recursive: true });
  for (const file of ruleFiles) cpSync(join('examples/six-sites/rules', file), join(dir, 'rules', file));
  const checks: CheckResult[] = [];
  for (let i = 0; i < Math.max(runs, 3); i++) checks.push(check(dir));
  const last = checks[checks.length - 1] as CheckResult;
  if (last.customRuleProblems.length > 0) throw new Error(`custom rules on L: ${last.customRuleProblems.length} rule(s) could not judge the plan:\n${last.customRuleProblems.join('\n')}`);
  const expected = ruleFiles.map((f) => f.replace(/\.yaml$/, ''));
  if (last.customRules.join(',') !== expected.join(',')) throw new Error(`custom rules on L: expected ${expected.join(', ')} to run, ran ${last.customRules.join(', ') || 'none'}`);
  const perRule = expected.map((id) => `${id} ${fmt(median(checks.map((c) => c.stages[id] ?? 0)), 0)} ms`);
  const total = median(checks.map((c) => expected.reduce((sum, id) => sum + (c.stages[id] ?? 0), 0)));
  const all = median(checks.map((c) => c.ms));
  console.log(`Custom rules on L (the example's ${expected.length} Rule documents beside ${last.counts.steps ?? '?'} steps): ${perRule.join(', ')}; together ${fmt(total, 0)} ms of a ${fmt(all, 0)} ms check (${fmt((total / all) * 100, 1)} %); ${verdictText(last)}; none over its cost limit`);
}

if (wanted('custom-rules')) {
  console.log('');
  measureCustomRules();
}
if (wanted('guard')) {
  console.log('');
  measureGuard();
}
if (wanted('planner')) {
  console.log('');
  measurePlanner();
}
