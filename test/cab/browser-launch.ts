// The browser for the real-browser tests, on any machine where `npm ci` ran: Debian's chromium when it
// is installed (CI installs it), otherwise the Chromium build shipped inside the @sparticuz/chromium npm
// package, unpacked from node_modules (nothing is downloaded). CHROMIUM_PATH names another browser
// (e.g. Chrome on GitHub's runners); CHANGEGATE_BROWSER=packaged forces the packaged build, to prove the
// fresh-machine path on a machine that has the system one.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface LaunchedBrowser {
  browser: Browser;
  /** Which browser runs: "system", "env" or "packaged". */
  source: 'system' | 'env' | 'packaged';
  executablePath: string;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const forced = process.env.CHANGEGATE_BROWSER;
  if (forced !== undefined && forced !== 'packaged' && forced !== 'system') {
    throw new Error(`CHANGEGATE_BROWSER must be "packaged" or "system", not "${forced}"`);
  }
  const fromEnv = process.env.CHROMIUM_PATH;
  if (forced !== 'packaged' && fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { browser: await launch(fromEnv, ['--no-sandbox', '--disable-gpu']), source: 'env', executablePath: fromEnv };
  }
  if (forced !== 'packaged' && existsSync(SYSTEM_CHROMIUM)) {
    return { browser: await launch(SYSTEM_CHROMIUM, ['--no-sandbox', '--disable-gpu']), source: 'system', executablePath: SYSTEM_CHROMIUM };
  }
  if (forced === 'system') throw new Error(`CHANGEGATE_BROWSER=system but ${SYSTEM_CHROMIUM} is missing (apt-get install -y --no-install-recommends chromium)`);
  // The package unpacks its brotli-compressed build (and the libraries it needs) into the temp folder.
  const packaged = (await import('@sparticuz/chromium')).default;
  const executablePath = await packaged.executablePath();
  // Its --single-process suits one page per Lambda call; here the browser is closed when its first page is.
  const args = packaged.args.filter((a) => a !== '--single-process');
  return { browser: await launch(executablePath, args), source: 'packaged', executablePath };
}

function launch(executablePath: string, args: readonly string[]): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...args, ...QUIET] });
}
