// Shared set-up for the browser tests: a static server over the release build, Debian's
// Chromium driven by Playwright, and the checks every page gets (axe-core, CSP, errors).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The slugs of every doc page in a build, from its route folders. */
export function docSlugs(dist = 'dist') {
  const dir = `${dist}/docs`;
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Starts a server over `dist` and a browser. Returns helpers; call `close()` when done.
 * Every page opened through `open()` records console errors, page errors and CSP
 * violations, so a test can assert there were none.
 */
export async function startSite({ dist = 'dist', base = '/' } = {}) {
  const server = await startServer({ dir: dist, base });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const open = async (path = '') => {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // Chromium reports CSP violations on the console as errors ("Refused to ...").
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.problems = problems;
    if (path !== null) await page.goto(server.url + path.replace(/^\//, ''));
    return page;
  };
  return {
    url: server.url,
    origin: server.origin,
    server,
    browser,
    context,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until the page's app runs (`<html class="app-live">`, src/browser.rs) and the page
 * has its main heading. A page the build drew has its heading at once, and works as plain
 * HTML until then: tests of the app wait for it rather than race it. A page with no app
 * (the one-file runbook) is ready once it has its heading.
 */
export async function ready(page) {
  if (await page.evaluate(() => document.querySelector('script[type="module"]') !== null)) {
    await page.waitForSelector('html.app-live', { state: 'attached', timeout: 15000 });
  }
  await page.waitForSelector('main h1', { timeout: 15000 });
}

/**
 * Opens `path` in a new context with the page's app held back until `release()` is called,
 * so a test can use the page as the build drew it before letting the app take it over.
 * `problems` collects page errors and console errors; close `context` when done.
 */
export async function openWithAppHeld(site, path) {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(site.url + path.replace(/^\//, ''), { waitUntil: 'domcontentloaded' });
  return { context, page, problems, release };
}

/** Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA) and returns the violations. */
export async function axeViolations(page) {
  // CDP evaluation is not subject to the page's CSP, so the site's policy stays strict.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** CSP violations seen by the page so far. */
export async function cspViolations(page) {
  return page.evaluate(() => window.__csp ?? []);
}
