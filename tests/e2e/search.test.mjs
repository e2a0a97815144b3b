// Search (issue 6): the build-time index finds sections by body words, prefixes and small
// typos; results are marked, announced, and usable by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, ready, axeViolations, cspViolations, openWithAppHeld } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function search(page, q) {
  await page.fill('#search-page-input', q);
  await page.waitForFunction(
    (q) => document.querySelector('main [role="status"]')?.textContent.includes(`“${q}”`), q);
}

const status = (page) => page.locator('main').getByRole('status').textContent();
const hrefs = (page) => page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));

test("the build's page takes a search before its app loads, and the app keeps it and the focus", async () => {
  const { context, page, problems, release } = await openWithAppHeld(site, '/search');
  const box = page.getByLabel('Search for a word, a page or a command');
  assert.match(await page.locator('main').textContent(), /use your browser’s Find/, 'without the app, a way to find words');
  assert.equal(await page.locator('main').getByRole('link', { name: 'the whole runbook on one page' }).getAttribute('href'), '/all');
  assert.deepEqual(await axeViolations(page), [], "the build's page");
  await box.fill('suffix');
  await page.evaluate(() => { document.querySelector('form.search-form').drawnByTheBuild = true; });
  release();
  await page.waitForSelector('html.app-live', { state: 'attached', timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('main [role="status"]')?.textContent.includes('“suffix”'));
  assert.equal(await page.evaluate(() => document.querySelector('form.search-form').drawnByTheBuild), undefined,
    'the app drew the form itself');
  assert.equal(await box.inputValue(), 'suffix', 'what was typed is kept');
  assert.match(page.url(), /\/search\?q=suffix$/, 'and the address holds it');
  assert.equal(await box.evaluate((el) => el === document.activeElement), true, 'and so is the focus');
  assert.equal((await hrefs(page))[0], '/docs/point-in-time-restore#naming-the-restored-server');
  assert.doesNotMatch(await page.locator('main').textContent(), /use your browser’s Find/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the index is fetched alongside the app, once', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/search-index-')) fetched.push(r.url()); });
  await page.goto(`${site.url}search?q=suffix`);
  await ready(page);
  await page.waitForSelector('#search-results a');
  const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (ls) => ls.map((l) => l.getAttribute('href')));
  assert.equal(preloaded.filter((href) => href.includes('/search-index-')).length, 1, 'the page names its index');
  assert.equal(fetched.length, 1, `the app used the preloaded index: ${fetched.join(' ')}`);
  await context.close();
});

test('a word from a section body finds that section, marked, with a count announced', async () => {
  const page = await site.open('/search');
  await ready(page);
  await search(page, 'suffix');
  const links = await hrefs(page);
  assert.equal(links[0], '/docs/point-in-time-restore#naming-the-restored-server');
  const marks = await page.$$eval('#search-results li:first-child mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('suffix'), `the matched word is marked: ${marks}`);
  assert.match(await status(page), new RegExp(`^${links.length} results? for “suffix”$`));
  assert.match(page.url(), /\/search\?q=suffix$/, 'the address holds the query');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await cspViolations(page), []);
});

test('a prefix and a small typo both match', async () => {
  const page = await site.open('/search?q=restor');
  await ready(page);
  await page.waitForSelector('#search-results a');
  assert.equal(await page.inputValue('#search-page-input'), 'restor', 'the query from the address fills the box');
  const restor = await hrefs(page);
  assert.ok(restor.includes('/docs/point-in-time-restore'), restor.join(' '));
  const marked = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marked.some((m) => m.startsWith('restor') && m.length > 6), 'the whole word is marked');
  await search(page, 'maintenence');
  const typo = await hrefs(page);
  assert.equal(typo[0], '/docs/maintenance-mode');
  await search(page, 'zzzzqqq');
  assert.equal((await hrefs(page)).length, 0);
  assert.match(await status(page), /No results for “zzzzqqq”/);
});

test('keyboard: / focuses search, arrows move through results, Enter opens the section', async () => {
  const page = await site.open('/docs/azure-down');
  await ready(page);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'header-search-input');
  await page.keyboard.type('suffix');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?q=suffix$/);
  await page.waitForSelector('#search-results a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-page-input', 'focus follows the search');
  assert.equal(await page.inputValue('#search-page-input'), 'suffix');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-page-input', '/ prefers the results page box');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-result-0');
  const count = (await hrefs(page)).length;
  if (count > 1) {
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-result-1');
    await page.keyboard.press('ArrowUp');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-result-0');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-page-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/docs\/point-in-time-restore#naming-the-restored-server$/);
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Point-in-time restore of a database');
  await page.waitForFunction(() => document.activeElement?.id === 'naming-the-restored-server');
  assert.deepEqual(page.problems, []);
});

test('typing / in a field types a slash', async () => {
  const page = await site.open('/search');
  await ready(page);
  await page.focus('#search-page-input');
  await page.keyboard.type('a/b');
  assert.equal(await page.inputValue('#search-page-input'), 'a/b');
});

test('the search page with results has no accessibility violations', async () => {
  const page = await site.open('/search?q=konduit');
  await ready(page);
  await page.waitForSelector('#search-results a');
  assert.deepEqual(await axeViolations(page), []);
});

test('a malformed query string gives a page, not a crash', async () => {
  const page = await site.open('/search?q=%E0%A4%A&q2=%');
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Search the runbook');
  await page.waitForFunction(() => /\S/.test(document.querySelector('main [role="status"]').textContent)
    && !document.querySelector('main [role="status"]').textContent.startsWith('Loading'));
  assert.deepEqual(page.problems.filter((p) => p.startsWith('page error')), []);
});

test('when the index cannot be fetched, the page says so and offers a way on', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/search-index-*.bin', (route) => route.abort());
  await page.goto(`${site.url}search?q=restore`);
  await ready(page);
  const error = page.locator('main').getByText(/could not be downloaded/);
  await error.waitFor();
  assert.equal(await page.locator('main').getByRole('link', { name: 'the whole runbook on one page' }).getAttribute('href'), '/all');
  assert.equal(await page.locator('main').getByRole('link', { name: 'start of the runbook' }).getAttribute('href'), '/');
  assert.equal(await status(page), 'Search is not available.');
  await context.close();
});

test('a damaged index is reported, not a crash', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/search-index-*.bin', (route) => route.fulfill({ status: 200, body: Buffer.from([0xff, 0xff, 0xff, 0x01, 0x02]) }));
  page.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
  await page.goto(`${site.url}search?q=restore`);
  await ready(page);
  await page.locator('main').getByText(/The search index is damaged/).waitFor();
  assert.equal(await status(page), 'Search is not available.');
  await context.close();
});

test('what else the address holds is said above the search, as on a wizard or generator page', async () => {
  const page = await site.open('/search?utm_source=mail&q=restore&q=other&%zz=1');
  await ready(page);
  await page.waitForSelector('#search-results a');
  assert.equal(await page.inputValue('#search-page-input'), 'restore', 'the first q is the search');
  const banner = page.locator('[data-testid="search-notices"]');
  const notices = await banner.textContent();
  assert.match(notices, /Part of the address was ignored/);
  assert.match(notices, /The address mentions “utm_source”, which the search page does not use, so it was ignored\./);
  assert.match(notices, /The address gives more than one search \(“q”\)\. The first was used\./);
  assert.match(notices, /Part of the address \(“%zz=1”\) could not be read, so it was ignored\./);
  const banner_first = await page.evaluate(() => {
    const main = document.querySelector('main');
    const notices = main.querySelector('[data-testid="search-notices"]');
    return notices.compareDocumentPosition(main.querySelector('h1')) === Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(banner_first, 'the banner comes before the heading');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  // A search from the header is a new address, with nothing ignored.
  await page.fill('#header-search-input', 'konduit');
  await page.press('#header-search-input', 'Enter');
  await page.waitForURL(/\/search\?q=konduit$/);
  assert.equal(await banner.count(), 0);
  const clean = await site.open('/search?q=restore');
  await ready(clean);
  await clean.waitForSelector('#search-results a');
  assert.equal(await clean.locator('[data-testid="search-notices"]').count(), 0);
});
