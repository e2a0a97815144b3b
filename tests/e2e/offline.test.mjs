// Offline (issue 6): after one visit the service worker serves every route with the server
// stopped; a newer build is detected, announced, and taken only on Reload, never mixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startServer } from './server.mjs';
import { launchBrowser, ready, axeViolations } from './harness.mjs';

/** Every route the build has a page for: each folder holding an index.html. */
function routes(dist) {
  const out = [];
  const walk = (dir, prefix) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (existsSync(join(path, 'index.html'))) out.push(`${prefix}${name}`);
        walk(path, `${prefix}${name}/`);
      }
    }
  };
  walk(dist, '');
  return ['', ...out.sort()];
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

/** Serves `dir` and opens its home page in a new browser; `close` stops both. */
async function visitHome(dir) {
  const server = await startServer({ dir });
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    return { server, context, page, close };
  } catch (err) {
    await close();
    throw err;
  }
}

test('after one visit, every route opens with the server stopped', async () => {
  const { server, page, close } = await visitHome('dist');
  try {
    await controlled(page);
    await server.close();
    const all = routes('dist');
    assert.ok(all.length > 20, `the build has its routes (${all.length})`);
    for (const route of all) {
      await page.goto(server.url + route);
      await ready(page);
      // The app itself came from the cache; doc pages must show their content, not 404.
      const h1 = (await page.textContent('main h1')).trim();
      assert.ok(h1.length > 0, `${route} renders offline`);
      assert.notEqual(h1, 'Page not found', `${route} renders its page offline`);
      // A wizard's, generator's or drill page's data file came from the cache too.
      assert.equal(await page.locator('[data-testid="data-problem"]').count(), 0, `${route} has its data offline`);
    }
    // A wizard and a doc page's live generator, drawn from their data files, offline.
    await page.goto(`${server.url}wizards/lost-data`);
    await page.getByRole('button', { name: 'Continue' }).waitFor();
    await page.goto(`${server.url}docs/konduit`);
    await page.getByLabel('Database server').first().waitFor();
    assert.equal(await page.locator('[data-testid="data-problem"]').count(), 0);
    // The search index and the one-file runbook are cached too.
    await page.goto(`${server.url}search?q=restore`);
    await page.waitForSelector('#search-results a');
    const onefile = await page.evaluate(async () => (await fetch('/runbook.html')).status);
    assert.equal(onefile, 200);
  } finally {
    await close();
  }
});

test('a new build is detected, announced, and taken only on Reload', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'runbook-builds-'));
  const oldBuild = join(temp, 'old');
  const newBuild = join(temp, 'new');
  cpSync('dist', oldBuild, { recursive: true });
  cpSync('dist', newBuild, { recursive: true });
  // The second build: one changed file, then sw.js written again for it.
  const css = readdirSync(newBuild).find((f) => /^main-.*\.css$/.test(f));
  writeFileSync(join(newBuild, css), `${readFileSync(join(newBuild, css), 'utf8')}\n/* new build */\n`);
  const postbuild = spawnSync('cargo', ['run', '--quiet', '-p', 'sitegen', '--', 'offline', newBuild, '--base', '/'], { encoding: 'utf8' });
  assert.equal(postbuild.status, 0, postbuild.stderr);
  const swOld = readFileSync(join(oldBuild, 'sw.js'), 'utf8').match(/BUILD = '(\w+)'/)[1];
  const swNew = readFileSync(join(newBuild, 'sw.js'), 'utf8').match(/BUILD = '(\w+)'/)[1];
  assert.notEqual(swOld, swNew, 'the changed file gives a new build id');

  let server = await startServer({ dir: oldBuild });
  const port = new URL(server.url).port;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await controlled(page);
    await server.close();
    server = await startServer({ dir: newBuild, port: Number(port) });
    await page.goto(`${server.url}docs/azure-down`);
    await ready(page);
    const banner = page.locator('[data-testid="update-banner"]');
    await banner.waitFor({ timeout: 20000 });
    assert.match(await banner.textContent(), /A new version of the runbook is available/);
    assert.deepEqual(await axeViolations(page), []);
    const cssText = () => page.evaluate(async (f) => (await fetch(`/${f}`)).text(), css);
    assert.ok(!(await cssText()).includes('new build'), 'until Reload, files come from the old build');
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
    await ready(page);
    await controlled(page);
    assert.ok((await cssText()).includes('new build'), 'after Reload, files come from the new build');
    assert.equal(await page.locator('[data-testid="update-banner"]').count(), 0);
  } finally {
    await browser.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
});

/** Two copies of dist in a temporary folder: `old`, and `new` with one file changed, then
 * `change(newBuild)`, then sw.js written again for it (a second build, made by hand). */
function twoBuilds(change = () => {}) {
  const temp = mkdtempSync(join(tmpdir(), 'runbook-builds-'));
  const oldBuild = join(temp, 'old');
  const newBuild = join(temp, 'new');
  cpSync('dist', oldBuild, { recursive: true });
  cpSync('dist', newBuild, { recursive: true });
  const css = readdirSync(newBuild).find((f) => /^main-.*\.css$/.test(f));
  writeFileSync(join(newBuild, css), `${readFileSync(join(newBuild, css), 'utf8')}\n/* new build */\n`);
  change(newBuild);
  const offline = spawnSync('cargo', ['run', '--quiet', '-p', 'sitegen', '--', 'offline', newBuild, '--base', '/'], { encoding: 'utf8' });
  assert.equal(offline.status, 0, offline.stderr);
  return { temp, oldBuild, newBuild, css };
}

/** Asks the browser for a newer worker and says how its install ended: `installed`,
 * `redundant` (refused), or `none` (no newer worker). */
function checkForUpdate(page) {
  return page.evaluate(() => new Promise((resolve) => {
    navigator.serviceWorker.getRegistration().then((reg) => {
      const follow = (worker) => {
        const settled = () => {
          if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
        };
        worker.addEventListener('statechange', settled);
        settled();
      };
      // One may be installing already (the app asks for updates as it starts).
      if (reg.installing) follow(reg.installing);
      reg.addEventListener('updatefound', () => follow(reg.installing));
      reg.update().then(() => {
        if (reg.installing) follow(reg.installing);
        else if (reg.waiting) resolve('installed');
        else resolve('none');
      }, () => {});
    });
  }));
}

const BUILD_META = /<meta name="runbook-build" content="(\w+)">/;

test('a build whose pages name another build is refused at install, and the old one keeps serving', async () => {
  // Issue 24.10: a deploy that is not atomic, caught half-way: one page is still the
  // build before's.
  let original;
  const stale = 'docs/azure-down/index.html';
  const { temp, oldBuild, newBuild, css } = twoBuilds((dir) => {
    original = readFileSync(join(dir, stale), 'utf8');
    const named = original.match(BUILD_META);
    assert.ok(named, 'every page names its build');
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8').match(BUILD_META)[1], named[1]);
    writeFileSync(join(dir, stale), original.replace(named[0], '<meta name="runbook-build" content="0123456789abcdef">'));
  });
  let server = await startServer({ dir: oldBuild });
  const port = new URL(server.url).port;
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await ready(page);
    await controlled(page);
    assert.equal(await checkForUpdate(page), 'none', 'the build the page came from is the newest');
    await server.close();
    server = await startServer({ dir: newBuild, port: Number(port) });
    assert.equal(await checkForUpdate(page), 'redundant', 'the install is refused');
    assert.equal(await page.evaluate(async () => (await caches.keys()).length), 1, 'nothing of the refused build is kept');
    await page.goto(`${server.url}docs/azure-down`);
    await ready(page);
    const cssText = () => page.evaluate(async (f) => (await fetch(`/${f}`)).text(), css);
    assert.ok(!(await cssText()).includes('new build'), 'the old build goes on serving');
    assert.equal(await page.locator('[data-testid="update-banner"]').count(), 0, 'no new version is offered');
    // Each page load tries again (the app asks for updates as it starts), and is refused
    // again while the deploy is half-way; once it has finished, the next check installs it.
    assert.equal(await checkForUpdate(page), 'redundant', 'refused again');
    writeFileSync(join(newBuild, stale), original);
    assert.equal(await checkForUpdate(page), 'installed');
  } finally {
    await browser.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
});

test('a tab still on the old build keeps getting its files after another tab takes the new one', async () => {
  // Issue 24.10: the new build no longer has (nor does the server) a hashed file of the old.
  let index;
  const { temp, oldBuild, newBuild } = twoBuilds((dir) => {
    index = readdirSync(dir).find((f) => /^search-index-.*\.bin$/.test(f));
    rmSync(join(dir, index));
  });
  let server = await startServer({ dir: oldBuild });
  const port = new URL(server.url).port;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const reloading = await context.newPage();
    await reloading.goto(server.url);
    await ready(reloading);
    await controlled(reloading);
    const staying = await context.newPage();
    await staying.goto(`${server.url}docs/azure-down`);
    await ready(staying);
    await controlled(staying);
    await server.close();
    server = await startServer({ dir: newBuild, port: Number(port) });
    await reloading.goto(`${server.url}docs/azure-down`);
    await ready(reloading);
    const banner = reloading.locator('[data-testid="update-banner"]');
    await banner.waitFor({ timeout: 20000 });
    await Promise.all([reloading.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
    await ready(reloading);
    await controlled(reloading);
    const status = (page) => page.evaluate(async (f) => (await fetch(`/${f}`)).status, index);
    assert.equal((await fetch(server.url + index)).status, 404, 'the server has it no more');
    assert.equal(await status(staying), 200, 'the tab on the old build still gets it');
    // Once that tab has reloaded too, the old build's cache goes.
    await staying.reload();
    await ready(staying);
    await staying.goto(`${server.url}docs/konduit`);
    await ready(staying);
    await staying.waitForFunction(async () => (await caches.keys()).length === 1, null, { timeout: 15000, polling: 250 });
  } finally {
    await browser.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
});

test('under a sub-path: worker scope, manifest, search and offline all carry the base path', async (t) => {
  const dist = 'target/dist-subpath';
  if (!existsSync(`${dist}/sw.js`)) {
    t.skip('run `make dist-subpath` first');
    return;
  }
  const manifest = JSON.parse(readFileSync(`${dist}/manifest.webmanifest`, 'utf8'));
  assert.equal(manifest.start_url, '/runbook/');
  assert.equal(manifest.scope, '/runbook/');
  assert.ok(manifest.icons.length > 0, 'the manifest lists an icon');
  for (const icon of manifest.icons) {
    assert.ok(icon.src.startsWith('/runbook/'), icon.src);
    assert.ok(existsSync(`${dist}/${icon.src.slice('/runbook/'.length)}`), `${icon.src} is in the build`);
  }
  const server = await startServer({ dir: dist, base: '/runbook/' });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}search?q=suffix`);
    await ready(page);
    await page.waitForSelector('#search-results a');
    const href = await page.getAttribute('#search-results a', 'href');
    assert.equal(href, '/runbook/docs/point-in-time-restore#naming-the-restored-server');
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${server.origin}/runbook/`);
    await server.close();
    await page.goto(`${server.url}all`);
    await ready(page);
    assert.equal(await page.textContent('main h1'), 'The whole runbook');
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the runbook can be installed as an app: Chromium finds nothing missing in its manifest', async () => {
  const { context, page, close } = await visitHome('dist');
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, []);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito, which alone stops installing.
    const ids = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    assert.deepEqual(ids, []);
  } finally {
    await close();
  }
});
