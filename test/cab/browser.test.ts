// The CAB report in a real browser driven by playwright-core: Debian's chromium when installed, else the
// Chromium shipped in the @sparticuz/chromium npm package (browser-launch.ts; never a downloaded browser). The report opens from file:// with no console error, its charts have the bars and points
// the evaluation implies, a screenshot is produced, a hostile change title stays inert text, and the
// Markdown's Mermaid block passes the mermaid package's own parser.
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCabReport } from '../../src/cab/model.ts';
import { evaluate } from '../default-pack.ts';
import { readFolder } from '../../src/source/folder.ts';
import { parseAsOf } from '../../src/core/as-of.ts';
import { launchBrowser } from './browser-launch.ts';
import { AS_OF, EXAMPLE, TEST_SOURCE, ROOT, XSS, hostileExample, mermaidBlock, reportArgs, runCli } from './helpers.ts';

const SCREENSHOT_FOR_DOCS = join(ROOT, 'docs', 'img', 'cab-report-incident.png');

let browser: Browser;
const work = mkdtempSync(join(tmpdir(), 'changegate-cab-browser-'));

beforeAll(async () => {
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
  dialogs: string[];
  requests: string[];
}

/** Opens a file and records console errors, page errors, dialogs and every request leaving the file. */
async function open(file: string, viewport = { width: 1100, height: 1250 }): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, dialogs, requests };
}

async function writeReport(name: string, args: string[]): Promise<string> {
  const run = await runCli(args);
  const file = join(work, name);
  writeFileSync(file, run.stdout);
  return file;
}

describe('the HTML report of the incident-shaped change in chromium', () => {
  it('opens with no console error and no request, and its charts have the bars and points of the evaluation', async () => {
    const file = await writeReport('incident.html', reportArgs('html', ['--change', 'CR-2026-0601']));
    const { page, problems, requests } = await open(file);

    // What the evaluation implies, from the same view-model the renderer drew.
    const asOf = parseAsOf(AS_OF, () => 0) as number;
    const snapshot = readFolder(join(ROOT, EXAMPLE));
    const model = buildCabReport(evaluate(snapshot.files, { asOf, refused: snapshot.refused }), { changes: ['CR-2026-0601'], docsBase: 'x', source: TEST_SOURCE });
    const gantt = model.gantt;
    const rows = model.capacity?.rows ?? [];
    expect(gantt).toBeDefined();

    const count = (selector: string) => page.locator(selector).count();
    // One reconnection step on all six sites: six step bars in the same column, six soak tails.
    expect(await count('#cab-timeline [data-bar="focus"]')).toBe(6);
    expect(await count('#cab-timeline [data-bar="soak"]')).toBe(6);
    expect(await count('#cab-timeline [data-bar="collision"]')).toBe(gantt?.bars.filter((b) => b.kind === 'collision').length);
    const sites = await page.locator('#cab-timeline [data-bar="focus"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
    expect(new Set(sites)).toEqual(new Set(['PAR1', 'PAR2', 'LYO1', 'MRS1', 'BDX1', 'LIL1']));
    const columns = await page.locator('#cab-timeline [data-bar="focus"] rect').evaluateAll((els) => els.map((e) => e.getAttribute('x')));
    expect(new Set(columns).size).toBe(1);
    expect(await count('#cab-timeline [data-bar="focus"][data-failing="true"]')).toBe(6);
    expect(await count('#cab-timeline [data-shade="peak"]')).toBeGreaterThanOrEqual(1);
    expect(await count('#cab-timeline [data-failing="interval"]')).toBe(gantt?.failing.length);

    // Capacity: one column per interval of the change, in both panels, and a shortfall in each.
    expect(rows.length).toBeGreaterThan(0);
    for (const panel of ['#cab-capacity-emergency', '#cab-capacity-all']) {
      expect(await count(`${panel} [data-bar="available"]`)).toBe(rows.length);
      expect(await count(`${panel} [data-point="n1"]`)).toBe(rows.length);
      expect(await count(`${panel} [data-point="required"]`)).toBe(rows.length);
      expect(await count(`${panel} [data-deficit="true"]`)).toBe(rows.length);
    }

    // The facts a board member reads first.
    await expect(page.locator('[data-fact="sites"] .big').textContent()).resolves.toBe('6 of 6 sites');
    await expect(page.locator('[data-fact="emergency-margin"] .big').textContent()).resolves.toBe('\u22121,008 sessions');
    await expect(page.locator('[data-fact="sites"]').textContent()).resolves.toContain('Wed 9 Dec 16:30–17:30 (afternoon)');
    await expect(page.locator('[data-fact="peak"]').textContent()).resolves.toContain('evening peak at Wed 9 Dec 18:00');
    // Charts carry text alternatives.
    for (const id of ['cab-timeline', 'cab-capacity-emergency', 'cab-capacity-all']) {
      await expect(page.locator(`#${id}`).getAttribute('role')).resolves.toBe('img');
      expect(((await page.locator(`#${id} > desc`).textContent()) ?? '').length).toBeGreaterThan(40);
    }

    const shot = join(work, 'cab-report-incident.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    mkdirSync(join(ROOT, 'docs', 'img'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_FOR_DOCS });

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('prints on A4 (the print stylesheet applies) without errors', async () => {
    const file = await writeReport('print.html', reportArgs('html', ['--change', 'CR-2026-0601']));
    const { page, problems } = await open(file);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // @page { size: A4 }: every page is 210 x 297 mm, 595 x 842 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) {
      expect(Math.abs((w as number) - 595.28)).toBeLessThan(1);
      expect(Math.abs((h as number) - 841.89)).toBeLessThan(1);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints the decision summary on one A4 page and the detail as an appendix starting on a new page', async () => {
    const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    for (const extra of [['--change', 'CR-2026-0601'], ['--change', 'CR-2026-0412'], []]) {
      const file = await writeReport(`pages-${extra[1] ?? 'all'}.html`, reportArgs('html', extra));
      const { page, problems } = await open(file);
      await page.emulateMedia({ media: 'print' });
      const full = pagesOf(await page.pdf({ preferCSSPageSize: true }));
      // The summary alone (what the board reads and signs) is one page.
      await page.addStyleTag({ content: '#appendix { display: none !important; }' });
      const summary = pagesOf(await page.pdf({ preferCSSPageSize: true }));
      expect(summary, `summary of ${extra[1] ?? 'the whole plan'}`).toBe(1);
      // The appendix starts on a page of its own: the pages of both add up exactly.
      await page.addStyleTag({ content: '#appendix { display: block !important; } #summary { display: none !important; }' });
      const appendix = pagesOf(await page.pdf({ preferCSSPageSize: true }));
      expect(full).toBe(summary + appendix);
      expect(appendix).toBeGreaterThan(1);
      // The decision block with its signature lines is on that first page.
      await expect(page.locator('#summary [data-recommendation]').count()).resolves.toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('keeps a hostile change title inert: no dialog, no injected element, the payload shown as text', async () => {
    const repo = hostileExample();
    const file = await writeReport('xss.html', ['report', repo, '--change', 'CR-2026-0601', '--format', 'html', '--as-of', AS_OF]);
    const { page, problems, dialogs, requests } = await open(file);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await expect(page.locator('h1').textContent()).resolves.toBe(`CR-2026-0601: ${XSS}`);
    await expect(page.title()).resolves.toBe(`CAB summary: CR-2026-0601: ${XSS}`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});

describe('the Markdown report’s Mermaid block', () => {
  it('is valid Mermaid syntax, by the mermaid package’s own parser', async () => {
    const texts = [
      mermaidBlock((await runCli(reportArgs('md', ['--change', 'CR-2026-0601']))).stdout),
      mermaidBlock((await runCli(reportArgs('md'))).stdout),
      mermaidBlock((await runCli(['report', hostileExample(), '--format', 'md', '--as-of', AS_OF])).stdout),
    ];
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
    for (const text of texts) {
      const result = await page.evaluate(async (source) => {
        const m = (globalThis as unknown as { mermaid: { parse: (t: string) => Promise<{ diagramType: string }> } }).mermaid;
        try {
          return { ok: true, type: (await m.parse(source)).diagramType };
        } catch (err) {
          return { ok: false, error: String(err) };
        }
      }, text);
      expect(result).toEqual({ ok: true, type: 'gantt' });
    }
    // The parser does reject what is not Mermaid, so the check above means something.
    const broken = await page.evaluate(async (source) => {
      const m = (globalThis as unknown as { mermaid: { parse: (t: string) => Promise<unknown> } }).mermaid;
      try {
        await m.parse(source);
        return 'accepted';
      } catch {
        return 'rejected';
      }
    }, 'gantt\n  dateFormat YYYY-MM-DD HH:mm\n  section A\n    bad: task :crit, t1, 2026-12-09 16:30, 2026-12-09 17:30\n  }}}');
    expect(broken).toBe('rejected');
    await page.close();
  });
});

describe('the browser the tests launch', () => {
  it('is the packaged Chromium when CHANGEGATE_BROWSER=packaged, and it renders and prints headless', async () => {
    const previous = process.env.CHANGEGATE_BROWSER;
    process.env.CHANGEGATE_BROWSER = 'packaged';
    try {
      const launched = await launchBrowser();
      try {
        expect(launched.source).toBe('packaged');
        const page = await launched.browser.newPage();
        await page.setContent('<!DOCTYPE html><html><body><h1>packaged</h1></body></html>');
        await expect(page.locator('h1').textContent()).resolves.toBe('packaged');
        expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        await launched.browser.close();
      }
    } finally {
      if (previous === undefined) delete process.env.CHANGEGATE_BROWSER;
      else process.env.CHANGEGATE_BROWSER = previous;
    }
  });
});
