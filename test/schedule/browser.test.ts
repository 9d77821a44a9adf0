// The HTML schedule in a real browser (Debian's chromium, else the one packaged in @sparticuz/chromium;
// see test/cab/browser-launch.ts): it renders with no console error and no request, groups the steps by
// night, shows the freeze and the failing change in words, stays readable (large type, contrast, no
// sideways scrolling on a phone), and a hostile change title stays text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../cab/browser-launch.ts';
import { CALENDAR_ID, EXAMPLE, copyExample, runCli } from './helpers.ts';

let browser: Browser;
const work = mkdtempSync(join(tmpdir(), 'changegate-schedule-browser-'));

beforeAll(async () => {
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
});

async function page(repo: string, options: { width: number; height: number; colorScheme: 'dark' | 'light' }) {
  const file = join(work, `schedule-${options.width}-${options.colorScheme}.html`);
  const run = await runCli(['schedule', repo, '--from', '2026-12-07T00:00:00+01:00', '--to', '2026-12-27T00:00:00+01:00', '--calendar-id', CALENDAR_ID, '--out', file]);
  expect(run.code).toBe(1);
  const opened: Page = await browser.newPage({ viewport: { width: options.width, height: options.height }, colorScheme: options.colorScheme });
  const problems: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  opened.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  opened.on('pageerror', (e) => problems.push(e.message));
  opened.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  opened.on('request', (r) => {
    if (r.url() !== pathToFileURL(file).href) requests.push(r.url());
  });
  await opened.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page: opened, problems, requests, dialogs, file };
}

/** Relative luminance contrast of two CSS rgb() colours (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the HTML schedule of the example in chromium', () => {
  it('renders the nights, the freeze and the failing reconnection, with no console error and no request', async () => {
    const { page: p, problems, requests } = await page(EXAMPLE, { width: 1200, height: 1000, colorScheme: 'dark' });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await p.locator('section.night').count()).toBe(6);
    expect(await p.locator('section.night h2').allInnerTexts()).toEqual([
      'Night of Mon 7 → Tue 8 Dec 2026',
      'Night of Tue 8 → Wed 9 Dec 2026',
      'Night of Wed 9 → Thu 10 Dec 2026',
      'Night of Thu 10 → Fri 11 Dec 2026',
      'Night of Fri 11 → Sat 12 Dec 2026',
      'Night of Sat 12 → Sun 13 Dec 2026',
    ]);
    expect(await p.locator('tr.step').count()).toBe(19);
    const freeze = p.locator('.freeze').first();
    expect(await freeze.isVisible()).toBe(true);
    expect(await freeze.innerText()).toContain('FREEZE FRZ-2026-EOY: 2026-12-24 00:00 (+01:00) to 2027-01-02 00:00 (+01:00)');
    const incident = p.locator('tr.step', { hasText: 'CR-2026-0601' });
    expect(await incident.count()).toBe(1);
    expect(await incident.locator('.badge').innerText()).toBe('FAIL');
    expect(await incident.locator('.outside').innerText()).toBe('outside every window');
    expect(await incident.locator('td.time').innerText()).toContain('16:30–17:30');
    // Readable at 3 a.m.: large type, strong contrast for the text and the FAIL badge on the dark page.
    const style = await p.evaluate(() => {
      const body = getComputedStyle(document.body);
      const badge = getComputedStyle(document.querySelector('tr.step .badge.fail') as Element);
      const cell = getComputedStyle(document.querySelector('td.time') as Element);
      const card = getComputedStyle(document.querySelector('section.night') as Element);
      return { size: parseFloat(cell.fontSize), fg: body.color, bg: body.backgroundColor, badge: badge.color, card: card.backgroundColor };
    });
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(contrast(style.fg, style.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(style.badge, style.card)).toBeGreaterThanOrEqual(4.5);
    await p.screenshot({ path: join(work, 'schedule.png'), fullPage: true });
    await p.close();
  });

  it('fits a phone in light mode without sideways scrolling', async () => {
    const { page: p, problems } = await page(EXAMPLE, { width: 390, height: 844, colorScheme: 'light' });
    expect(problems).toEqual([]);
    const widths = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const style = await p.evaluate(() => ({ fg: getComputedStyle(document.body).color, bg: getComputedStyle(document.body).backgroundColor }));
    expect(contrast(style.fg, style.bg)).toBeGreaterThanOrEqual(7);
    await p.close();
  });

  it('keeps a hostile change title as text', async () => {
    const repo = copyExample();
    const file = join(repo, 'changes', 'CR-2026-0601-reconnection-all-sites.yaml');
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(hostile)}`));
    const { page: p, problems, requests, dialogs } = await page(repo, { width: 1200, height: 1000, colorScheme: 'dark' });
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await p.locator('img, script').count()).toBe(0);
    expect(await p.locator('tr.step', { hasText: 'CR-2026-0601' }).innerText()).toContain(hostile);
    await p.close();
  });
});
