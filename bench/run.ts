// `npm run bench`: generates repositories of growing size, measures parse-only time, full check time and
// peak memory (median of several runs, each in a fresh process), and the CLI's cold start against
// `node -e 0`, then prints a table with the ratios the performance targets are stated in.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRepo, writeRepo } from './generate.ts';
import type { GeneratorParams } from './generate.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]?.replace(/^--/, '') ?? '', process.argv[i + 1] ?? '');
const runs = Number(args.get('runs') ?? 5);
const only = args.get('sizes')?.split(',');
const work = args.get('dir') ?? '.build/bench';
const childScript = args.get('child') ?? '.build/bench-child.mjs';

const XL: GeneratorParams = { sites: 60, serversPerSite: 50, trunksPerServer: 10, changes: 2000, stepsPerChange: 10, days: 180, seed: 42 };
const scaled = (f: number): GeneratorParams => ({ ...XL, sites: XL.sites * f, changes: XL.changes * f, days: Math.round(XL.days * f) });
const custom = ['sites', 'servers-per-site', 'trunks-per-server', 'changes', 'steps-per-change', 'days', 'seed'].some((k) => args.has(k));
const sizes: { name: string; dir: string; params?: GeneratorParams }[] = [{ name: 'S', dir: 'examples/six-sites' }];
if (custom) {
  sizes.push({
    name: 'custom',
    dir: join(work, 'custom'),
    params: {
      sites: Number(args.get('sites') ?? 12), serversPerSite: Number(args.get('servers-per-site') ?? 10), trunksPerServer: Number(args.get('trunks-per-server') ?? 4),
      changes: Number(args.get('changes') ?? 100), stepsPerChange: Number(args.get('steps-per-change') ?? 5), days: Number(args.get('days') ?? 60), seed: Number(args.get('seed') ?? 42),
    },
  });
} else {
  sizes.push({ name: 'M', dir: join(work, 'M'), params: scaled(0.25) }, { name: 'L', dir: join(work, 'L'), params: scaled(0.5) }, { name: 'XL', dir: join(work, 'XL'), params: XL });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function child(mode: 'parse' | 'check', dir: string): { ms: number; maxRssKb: number; loadMs?: number; verdict?: string; counts?: Record<string, number> } {
  const result = spawnSync(process.execPath, [childScript, mode, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench child failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function wall(command: string[], cwd?: string): number {
  const start = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), { encoding: 'utf8', ...(cwd !== undefined ? { cwd } : {}) });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  return ms;
}

const rows: string[] = [];
const fmt = (n: number, digits = 0) => n.toFixed(digits);
console.log(`changegate benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, ${runs} runs per figure (median)\n`);
const results: { name: string; parse: number; check: number; rss: number; steps: number }[] = [];
for (const size of sizes) {
  if (only && !only.includes(size.name)) continue;
  let description = 'the bundled example';
  if (size.params) {
    const repo = generateRepo(size.params);
    writeRepo(size.dir, repo);
    const c = repo.counts;
    description = `${c.sites} sites, ${c.servers} servers, ${c.trunks} trunks, ${c.changes} CRs, ${c.steps} steps, ${size.params.days} days`;
  }
  const parse: number[] = [];
  const check: number[] = [];
  const load: number[] = [];
  const engine: number[] = [];
  const rss: number[] = [];
  let last: ReturnType<typeof child> | undefined;
  for (let i = 0; i < runs; i++) {
    parse.push(child('parse', size.dir).ms);
    last = child('check', size.dir);
    check.push(last.ms);
    load.push(last.loadMs ?? Number.NaN);
    engine.push(last.ms - (last.loadMs ?? Number.NaN));
    rss.push(last.maxRssKb);
  }
  const p = median(parse);
  const ch = median(check);
  const r = median(rss);
  const ld = median(load);
  const en = median(engine);
  results.push({ name: size.name, parse: p, check: ch, rss: r, steps: last?.counts?.steps ?? 0 });
  rows.push(`| ${size.name} | ${description} | ${fmt(p, 1)} | ${fmt(ch, 1)} | ${fmt(ch / p, 2)} | ${fmt(ld, 1)} | ${fmt(en, 1)} | ${fmt(en / p, 2)} | ${fmt(r / 1024)} | ${last?.verdict} (${last?.counts?.intervals} intervals, ${last?.counts?.rules} rules, ${last?.counts?.errors} errors, ${last?.counts?.warnings} warnings) |`);
}
console.log('| Size | Repository | Parse only (ms) | Full check (ms) | Check / parse | Reading, loading, validating (ms) | Engine (ms) | Engine / parse | Peak RSS (MiB) | Verdict |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log('\nThe full check is reading, loading and validating the files, then the engine (model, timeline, rules, verdict); each is a median of its own.');

const byName = new Map(results.map((r) => [r.name, r]));
const m = byName.get('M');
const l = byName.get('L');
const xl = byName.get('XL');
if (m && l && xl) {
  console.log(`\nScaling (each size doubles the previous): M -> L ${fmt(l.check / m.check, 2)}x, L -> XL ${fmt(xl.check / l.check, 2)}x; M -> XL (4x input) ${fmt(xl.check / m.check, 2)}x`);
}

if (!only || only.includes('cold')) {
  const cli = ['node', 'bin/changegate.js', 'check', 'examples/six-sites', '--as-of', '2026-11-27T09:00:00+01:00'];
  const coldRuns = Math.max(runs, 7);
  const node0: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    node0.push(wall(['node', '-e', '0']));
    cold.push(wall(cli));
  }
  const n0 = median(node0);
  const c0 = median(cold);
  console.log(`\nCold start: node -e 0 ${fmt(n0, 1)} ms; changegate check examples/six-sites ${fmt(c0, 1)} ms; ratio ${fmt(c0 / n0, 2)}x`);
}

// The pre-commit path: `changegate check --staged` in a clone of the example with every file committed
// and one change request edited and staged, so the hook reads the index and HEAD from git, evaluates both
// and labels what is new. Target: under 300 ms.
if (!only || only.includes('precommit')) {
  const repo = mkdtempSync(join(tmpdir(), 'changegate-bench-precommit-'));
  try {
    cpSync('examples/six-sites', repo, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '--no-verify', '-m', 'example');
    const edited = join('changes', readdirSync(join(repo, 'changes')).filter((f) => f.endsWith('.yaml')).sort()[0] ?? '');
    const text = readFileSync(join(repo, edited), 'utf8');
    const changed = /^title: .*$/m.test(text) ? text.replace(/^(title: .*)$/m, '$1 (edited)') : `${text}# edited\n`;
    writeFileSync(join(repo, edited), changed);
    git('add', '--', edited);
    const cli = ['node', resolve('bin/changegate.js'), 'check', '--staged', '--as-of', '2026-11-27T09:00:00+01:00'];
    // A hook that fails fast (not a clone, a usage error) would look fast: check that it compared.
    const probe = spawnSync(cli[0] as string, cli.slice(1), { cwd: repo, encoding: 'utf8' });
    if ((probe.status ?? 2) > 1 || !probe.stdout.includes('Compared the index')) throw new Error(`pre-commit bench: check --staged did not compare (exit ${probe.status}): ${probe.stderr}`);
    const hookRuns = Math.max(runs, 7);
    const node0: number[] = [];
    const hook: number[] = [];
    for (let i = 0; i < hookRuns; i++) {
      node0.push(wall(['node', '-e', '0']));
      hook.push(wall(cli, repo));
    }
    const n0 = median(node0);
    const h0 = median(hook);
    console.log(
      `\nPre-commit: changegate check --staged (example, ${edited} edited and staged) ${fmt(h0, 1)} ms, target 300 ms: ${h0 <= 300 ? 'met' : 'MISSED'}; node -e 0 ${fmt(n0, 1)} ms; ratio ${fmt(h0 / n0, 2)}x`,
    );
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

// The fast reader on quoted scalars: one file of n single-quoted scalars (the 40,000 of the report among them) (no `''` until the last one)
// beside the example network. Reading must grow linearly with n (a search for `''` from each scalar to
// the end of the file once made it quadratic: 40,000 scalars took 9.9 s).
if (!only || only.includes('quoted')) {
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
      for (let i = 0; i < Math.max(runs, 3); i++) times.push(child('check', repo).loadMs ?? Number.NaN);
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
