// The whole runbook (issue 6): the /all page holds every doc in navigation order, and
// dist/runbook.html works from file:// with JavaScript off, links included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSite, ready, axeViolations, cspViolations, docSlugs } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function navOrder() {
  const page = await site.open('/');
  await ready(page);
  const order = await page.$$eval('nav.side-nav a', (as) => as.map((a) => ({
    slug: a.getAttribute('href').split('/').pop(), title: a.textContent.trim(),
  })));
  await page.close();
  return order;
}

test('/all holds every doc in navigation order, with a download of the one file', async () => {
  const order = await navOrder();
  assert.equal(order.length, docSlugs().length);
  const page = await site.open('/all');
  await ready(page);
  // Page bodies are fetched as files; the page fills in once every one has arrived.
  await page.waitForSelector('article.all-doc');
  const shown = await page.$$eval('article.all-doc', (as) => as.map((a) => ({
    slug: a.dataset.slug, title: a.querySelector('h2').textContent.trim(),
  })));
  assert.deepEqual(shown, order);
  const download = page.getByRole('link', { name: /Download the whole runbook as one file/ });
  assert.equal(await download.getAttribute('href'), '/runbook.html');
  assert.equal(await download.getAttribute('download'), 'runbook.html');
  const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'every id on the page is unique');
  // An in-page link between docs lands on its target.
  const link = page.locator('.all-doc__body a[href^="#"]').first();
  const target = (await link.getAttribute('href')).slice(1);
  assert.equal(await page.locator(`[id="${target}"]`).count(), 1, `#${target} exists`);
  await link.click();
  await page.waitForFunction((t) => location.hash === `#${t}`, target);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(await axeViolations(page), []);
});

test('print hides the site furniture and keeps the words', async () => {
  const page = await site.open('/all');
  await ready(page);
  await page.waitForSelector('article.all-doc');
  await page.emulateMedia({ media: 'print' });
  const visible = (sel) => page.$eval(sel, (el) => getComputedStyle(el).display !== 'none');
  assert.equal(await visible('.header'), false);
  assert.equal(await visible('nav.side-nav'), false);
  assert.equal(await visible('article.all-doc'), true);
  const breakBefore = await page.$eval('article.all-doc', (el) => getComputedStyle(el).breakBefore);
  assert.equal(breakBefore, 'page', 'each doc starts a new printed page');
});

test('runbook.html opens from file:// with JavaScript off: every doc, working links, accessible', async () => {
  const order = await navOrder();
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const url = pathToFileURL(resolve('dist/runbook.html')).href;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  const titles = await page.$$eval('article > h2', (hs) => hs.map((h) => h.textContent.trim()));
  assert.deepEqual(titles, order.map((o) => o.title), 'every doc, in navigation order');
  assert.equal(await page.locator('script').count(), 0);
  // Every in-file link points at an element that exists.
  const broken = await page.$$eval('a[href^="#"]', (as) => as
    .map((a) => a.getAttribute('href').slice(1))
    .filter((id) => !document.getElementById(decodeURIComponent(id))));
  assert.deepEqual(broken, []);
  const crossDoc = page.locator('article a[href*="--"]').first();
  const href = await crossDoc.getAttribute('href');
  await crossDoc.click();
  await page.waitForFunction((h) => location.hash === h, href);
  assert.ok(page.url().startsWith('file://'));
  await page.getByRole('link', { name: order[1].title, exact: true }).first().click();
  await page.waitForFunction((h) => location.hash === h, `#${order[1].slug}`);
  assert.deepEqual(requests.filter((r) => !r.startsWith('file://')), [], 'no network requests');
  await context.close();
  // axe needs script: run it over the same file with script on (the file itself has none).
  const withJs = await site.browser.newContext();
  const axePage = await withJs.newPage();
  await axePage.goto(url);
  assert.deepEqual(await axeViolations(axePage), []);
  await withJs.close();
});
