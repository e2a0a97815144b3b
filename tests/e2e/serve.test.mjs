// `make serve` (issue 22): `sitegen serve --watch` over a copy of the content rebuilds as a
// Markdown file is saved and the open page reloads by itself; a broken file shows its
// diagnostic in an overlay over the last good build, which stays served; fixing it removes
// the overlay. Runs the native sitegen through cargo (no wasm is built: the apps are those
// `make dist` built into target/apps/dist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchBrowser, ready, axeViolations, cspViolations } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APPS = join(ROOT, 'target/apps/dist');

/** Starts `sitegen serve --watch` on a free port; resolves once it says where it serves. */
function startServe(content, dist) {
  const child = spawn('cargo', ['run', '--quiet', '-p', 'sitegen', '--', 'serve', APPS, dist, '--port', '0', '--watch'], {
    cwd: ROOT,
    env: { ...process.env, RUNBOOK_CONTENT_DIR: content },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const url = new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => output.push(d));
    child.stdout.on('data', (d) => {
      output.push(d);
      const found = output.join('').match(/serving .* on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`sitegen serve exited (${code}):\n${output.join('')}`)));
  });
  return { child, url, output };
}

/** Every file under `dir`. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('make serve rebuilds on a save, reloads the page, and shows a broken file over the last good build', { timeout: 600000 }, async () => {
  assert.ok(existsSync(join(APPS, 'docs', 'index.html')), 'the apps are built (make dist) into target/apps/dist');
  const tmp = mkdtempSync(join(tmpdir(), 'runbook-serve-'));
  const content = join(tmp, 'content');
  const dist = join(tmp, 'dist');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const serve = startServe(content, dist);
  const browser = await launchBrowser();
  try {
    const url = await serve.url;
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${url}docs/azure-down`);
    await ready(page);
    // Set in this document only: a reload loses it.
    await page.evaluate(() => { window.__firstDocument = true; });
    assert.match(await page.locator('main h1').textContent(), /Azure goes down/);

    // An edit shows with no manual reload.
    const file = join(content, 'docs', 'azure-down.md');
    const original = readFileSync(file, 'utf8');
    const edited = original.replace('title = "Azure goes down"', 'title = "Azure goes down (edited live)"')
      + '\nThis sentence was saved while the page was open.\n';
    assert.notEqual(edited, original);
    writeFileSync(file, edited);
    await page.waitForFunction(
      () => document.querySelector('main h1')?.textContent.includes('(edited live)')
        && document.querySelector('main').textContent.includes('saved while the page was open'),
      null,
      { timeout: 60000 },
    );
    assert.equal(await page.evaluate(() => window.__firstDocument), undefined, 'the page reloaded itself');

    // A broken file: the overlay names it at its line, and the last good build stays served.
    const broken = edited.replace('+++\n', '+++\ncolour = "red"\n');
    writeFileSync(file, broken);
    const alert = page.locator('#runbook-serve-problems [role="alert"]');
    await alert.waitFor({ timeout: 60000 });
    const said = await alert.textContent();
    assert.match(said, /content\/docs\/azure-down\.md:2: The front matter has an unknown key `colour`/);
    assert.match(await page.locator('main h1').textContent(), /\(edited live\)/, 'the page stays as it was');
    const again = await page.request.get(`${url}docs/azure-down`);
    assert.equal(again.status(), 200);
    assert.match(await again.text(), /Azure goes down \(edited live\)/, 'the last good build is still served');
    assert.deepEqual(await axeViolations(page), [], 'the overlay is accessible');
    // A page opened now shows the problem too.
    const other = await browser.newPage();
    await other.goto(`${url}docs/konduit`);
    await other.locator('#runbook-serve-problems [role="alert"]').waitFor({ timeout: 15000 });
    await other.close();

    // Fixed: the overlay goes, and the page is the new build.
    writeFileSync(file, edited.replace('(edited live)', '(fixed)'));
    await page.waitForFunction(
      () => document.querySelector('main h1')?.textContent.includes('(fixed)'),
      null,
      { timeout: 60000 },
    );
    assert.equal(await page.locator('#runbook-serve-problems').count(), 0);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);

    // What is served is the build plus the script; the build itself has no trace of it.
    const built = files(dist).filter((f) => readFileSync(f).includes('__runbook'));
    assert.deepEqual(built, [], 'dist/ holds nothing of the reload machinery');
  } finally {
    await browser.close();
    serve.child.kill();
    rmSync(tmp, { recursive: true, force: true });
  }
});
