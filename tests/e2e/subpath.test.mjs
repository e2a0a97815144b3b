// The same site built for a sub-path (make dist-subpath): links, deep links and assets all
// carry the base path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, ready, cspViolations } from './harness.mjs';

let site;
before(async () => { site = await startSite({ dist: 'target/dist-subpath', base: '/runbook/' }); });
after(async () => { await site?.close(); });

test('under /runbook/ the home page, navigation and a deep link reload all work', async () => {
  const page = await site.open('/');
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Disaster recovery');
  const href = await page.getAttribute('nav.side-nav a >> text=Azure goes down', 'href');
  assert.equal(href, '/runbook/docs/azure-down');
  await page.click('nav.side-nav a >> text=Azure goes down');
  await page.waitForURL(`${site.origin}/runbook/docs/azure-down`);
  assert.equal(await page.textContent('main h1'), 'Azure goes down');
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Azure goes down');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('under /runbook/ an unknown page is the 404 page', async () => {
  const page = await site.open('/docs/nope');
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Page not found');
});
