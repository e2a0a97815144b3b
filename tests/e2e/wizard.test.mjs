// The decision wizards (issue 3): one question per page, answers in the URL, Back/Forward,
// reload, shared and malformed links, Check your answers with Change, the outcome with its
// record, the whole tree, keyboard-only journeys and axe-core. Runs against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations, openWithAppHeld } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

/** An outcome's title, read from the wizard's TOML so the test follows the content. */
function outcomeTitle(wizard, id) {
  const text = readFileSync(`content/wizards/${wizard}.toml`, 'utf8');
  const m = text.match(new RegExp(`\\[\\[outcome\\]\\]\\s*\\nid = "${id}"\\s*\\ntitle = "([^"]+)"`));
  assert.ok(m, `content/wizards/${wizard}.toml has an outcome ${id}`);
  return m[1];
}

/** A UTC date-time `days` days ago, as the URL holds it. */
function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 16);
}

const h1 = async (page) => (await page.textContent('main h1')).trim();

async function settled(page, text) {
  await page.waitForSelector('html.app-live', { state: 'attached', timeout: 15000 });
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent.includes(t), text, { timeout: 15000 });
}

/** After a step inside the app, the new page has focus, as after a full page load. */
async function stepped(page, text) {
  await settled(page, text);
  await page.waitForFunction(() => document.activeElement?.id === 'main-content', null, { timeout: 15000 });
}

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Chooses radio number `index` (0-based) of the question and continues, by keyboard. */
async function chooseByKeyboard(page, index) {
  await tabTo(page, 'form.wizard-question input[type=radio]');
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await tabTo(page, 'form.wizard-question button[type=submit]', 5);
  await page.keyboard.press('Enter');
}

async function answerRadio(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('the list of wizards links to each, and the header says Decide', async () => {
  const page = await site.open('/wizards');
  await ready(page);
  assert.equal(await h1(page), 'Decide what to do');
  const ids = await page.$$eval('[data-wizard]', (els) => els.map((e) => e.dataset.wizard).sort());
  assert.deepEqual(ids, ['lost-data', 'stop-the-service', 'which-runbook']);
  assert.equal(await page.getAttribute('header nav a >> text=Decide', 'href'), '/wizards');
  await page.getByRole('link', { name: 'Start the wizard: We have lost data: what kind of restore?' }).click();
  await settled(page, 'What has been lost?');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('each wizard can be finished by keyboard alone', async () => {
  // lost-data: the whole database deleted a day ago -> restore it, with the service stopped.
  const page = await site.open('/wizards');
  await ready(page);
  await tabTo(page, 'a[href="/wizards/lost-data"]');
  // A link to a wizard is a page load; the steps inside it are not (see stepped()).
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await settled(page, 'What has been lost?');
  await chooseByKeyboard(page, 0);
  await stepped(page, 'When was the database deleted?');
  await tabTo(page, 'input[data-datetime]');
  // Typed as the hint shows it, in UTC: a text field, not the browser's local-time picker.
  assert.match(await page.textContent('#when-deleted-hint'), /For example, 2026-05-22 14:30\./);
  const d = new Date(Date.now() - 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  await page.keyboard.type(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`);
  await tabTo(page, 'form.wizard-question button[type=submit]', 8);
  await page.keyboard.press('Enter');
  const title = outcomeTitle('lost-data', 'restore-whole-database');
  await stepped(page, title);
  assert.match(await page.textContent('[data-testid="service"]'), /Stop the service/);
  assert.match(page.url(), new RegExp(`when-deleted=${daysAgo(1).slice(0, 10)}`));

  // which-runbook: the database was deleted -> the database-deleted outcome.
  await page.goto(`${site.url}wizards/which-runbook`);
  await ready(page);
  await chooseByKeyboard(page, 5);
  await stepped(page, outcomeTitle('which-runbook', 'database-deleted'));

  // stop-the-service: restoring data, a full restore -> maintenance mode.
  await page.goto(`${site.url}wizards/stop-the-service`);
  await ready(page);
  await chooseByKeyboard(page, 0);
  await stepped(page, 'Which restore are we doing?');
  assert.equal(await page.locator('input[type=radio]:checked').count(), 0, 'a new question starts unanswered');
  await chooseByKeyboard(page, 0);
  await stepped(page, outcomeTitle('stop-the-service', 'maintenance-mode'));
  assert.match(await page.textContent('[data-testid="service"]'), /Stop the service/);
  // The next steps are real checkboxes that work by keyboard.
  await tabTo(page, 'input[type=checkbox]');
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#step-1'), true);
  assert.deepEqual(page.problems, []);
});

test('the first question is in the page as the build drew it, and works as a plain form without JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}wizards/lost-data`);
  assert.equal(await h1(page), 'What has been lost?');
  assert.ok(await page.getByRole('radio', { name: 'The whole database has been deleted' }).isVisible());
  assert.match(await page.textContent('main noscript'), /Without JavaScript, this wizard shows only its first question/);
  // The form's own submission is the wizard's next address, so it works before the app loads.
  await page.getByLabel('The whole database has been deleted', { exact: true }).check();
  await Promise.all([page.waitForURL(/\?what-is-lost=whole-database$/), page.getByRole('button', { name: 'Continue' }).click()]);
  await context.close();
  // The page as the build drew it is accessible before its app has run. (axe needs
  // JavaScript, so here the app is held back instead of JavaScript being off.)
  const before = await site.browser.newContext({ serviceWorkers: 'block' });
  const drawn = await before.newPage();
  await drawn.route(/\.wasm$/, () => {});
  await drawn.goto(`${site.url}wizards/lost-data`, { waitUntil: 'domcontentloaded' });
  assert.equal(await h1(drawn), 'What has been lost?');
  assert.deepEqual(await axeViolations(drawn), []);
  await before.close();
  // With JavaScript, that address is the next question.
  const next = await site.open('/wizards/lost-data?what-is-lost=whole-database');
  await settled(next, 'When was the database deleted?');
  assert.deepEqual(next.problems, []);
});

test('the app takes over the drawn question, keeping a choice made and the focus from before it loaded', async () => {
  // Hold the app until the reader has chosen.
  const { context, page, problems, release } = await openWithAppHeld(site, '/wizards/lost-data');
  const important = page.getByLabel('Important data is missing', { exact: true });
  await important.check();
  await page.evaluate(() => { document.querySelector('form.wizard-question').drawnByTheBuild = true; });
  release();
  await page.waitForSelector('html.app-live', { state: 'attached', timeout: 15000 });
  assert.equal(await page.evaluate(() => document.querySelector('form.wizard-question').drawnByTheBuild), undefined,
    'the app drew the question itself');
  assert.equal(await important.isChecked(), true, 'the choice made before the app loaded is kept');
  assert.equal(await important.evaluate((el) => el === document.activeElement), true, 'and so is the focus');
  // Continue is the app's now: the next question comes without a page load, with focus on it.
  await page.getByRole('button', { name: 'Continue' }).click();
  await stepped(page, 'When was the data lost?');
  assert.match(page.url(), /\?what-is-lost=important$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('continuing without an answer, or with a future date, shows the GOV.UK error pattern', async () => {
  const page = await site.open('/wizards/lost-data');
  await ready(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('[data-testid="error-summary"]');
  assert.match(await page.textContent('[data-testid="error-summary"]'), /There is a problem.*Select an answer/s);
  assert.match(await page.textContent('.error-message'), /Error: Select an answer/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  assert.match(await page.title(), /^Error: /);
  assert.ok(page.url().endsWith('/wizards/lost-data'), 'no navigation on an error');
  assert.deepEqual(await axeViolations(page), []);
  // The summary's link moves focus to the first radio.
  await page.click('[data-testid="error-summary"] a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'what-is-lost-0');

  await page.goto(`${site.url}wizards/lost-data?what-is-lost=whole-database`);
  await ready(page);
  await page.fill('input[data-datetime]', '2099-01-01T10:00');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('[data-testid="error-summary"]');
  assert.match(await page.textContent('.error-message'), /in the future/);
  assert.deepEqual(await axeViolations(page), []);
});

test('Back and Forward, the Back link, and a reload mid-way all agree with the URL', async () => {
  const page = await site.open('/wizards/lost-data');
  await ready(page);
  await answerRadio(page, 'Important data is missing');
  await settled(page, 'When was the data lost?');
  const second = page.url();
  await page.fill('input[data-datetime]', daysAgo(2));
  await page.getByRole('button', { name: 'Continue' }).click();
  await settled(page, 'Did we notice it was missing quickly?');
  const third = page.url();
  // The on-page Back link goes where the browser's Back goes.
  assert.equal(site.origin + (await page.getAttribute('[data-testid="back-link"]', 'href')), second);
  await page.goBack();
  await settled(page, 'When was the data lost?');
  assert.equal(page.url(), second);
  await page.goForward();
  await settled(page, 'Did we notice it was missing quickly?');
  await page.reload();
  await ready(page);
  assert.equal(await h1(page), 'Did we notice it was missing quickly?');
  assert.equal(page.url(), third);
  await answerRadio(page, 'Yes');
  await settled(page, outcomeTitle('lost-data', 'stop-and-full-restore'));
  await page.click('[data-testid="back-link"]');
  await settled(page, 'Did we notice it was missing quickly?');
  assert.equal(page.url(), third);
  assert.deepEqual(page.problems, []);
});

test('a shared link opens the outcome, with reasons, steps, links and a Markdown record', async () => {
  const when = daysAgo(1);
  const page = await site.open(`/wizards/lost-data?what-is-lost=important&when-important-lost=${encodeURIComponent(when)}&noticed-quickly=no`);
  await ready(page);
  const title = outcomeTitle('lost-data', 'stop-and-partial-restore');
  assert.equal(await h1(page), title);
  const rows = await page.$$eval('[data-testid="wizard-summary"] .summary-list__row', (els) => els.map((e) => e.dataset.question));
  assert.deepEqual(rows, ['what-is-lost', 'when-important-lost', 'noticed-quickly']);
  assert.ok(await page.locator('input[type=checkbox]').count() >= 3, 'next steps are checkboxes');
  const docHrefs = await page.$$eval('[data-testid="doc-links"] a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(docHrefs.includes('/docs/partial-restore#steps'), docHrefs.join(' '));
  const cmdHrefs = await page.$$eval('[data-testid="command-links"] a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(cmdHrefs.includes('/commands/maintenance-mode?mode=enable'), cmdHrefs.join(' '));
  await page.getByRole('button', { name: 'Copy decision as Markdown' }).click();
  await page.locator('.wizard-record [role="status"]', { hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^\*\*Decision: We have lost data: what kind of restore\?\*\*\nRecorded \d{4}-\d\d-\d\d \d\d:\d\d UTC\n/);
  assert.ok(copied.includes('- Did we notice it was missing quickly? **No**'), copied);
  assert.ok(copied.includes(`Outcome: **${title}**`), copied);
  assert.ok(copied.includes('Service: stop it (maintenance mode)'), copied);
  assert.ok(copied.includes(`Link: ${page.url()}`), copied);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('changing an answer from the summary asks any new question, then returns to the summary', async () => {
  const page = await site.open('/wizards/lost-data?what-is-lost=not-sure');
  await ready(page);
  assert.equal(await h1(page), outcomeTitle('lost-data', 'not-covered'));
  await page.click('[data-question="what-is-lost"] a');
  await settled(page, 'What has been lost?');
  assert.equal(await page.isChecked('input[value="not-sure"]'), true, 'the current answer is pre-filled');
  assert.match(await page.getAttribute('[data-testid="back-link"]', 'href'), /view=check/);
  await answerRadio(page, 'The whole database has been deleted');
  await settled(page, 'When was the database deleted?');
  await page.fill('input[data-datetime]', daysAgo(10));
  await page.getByRole('button', { name: 'Continue' }).click();
  await settled(page, 'Check your answers');
  const rows = await page.$$eval('.summary-list__value', (els) => els.map((e) => e.textContent.trim()));
  assert.equal(rows[0], 'The whole database has been deleted');
  assert.deepEqual(await axeViolations(page), []);
  // A change that keeps the path complete goes straight back to the summary.
  await page.click('[data-question="when-deleted"] a');
  await settled(page, 'When was the database deleted?');
  await page.fill('input[data-datetime]', daysAgo(1));
  await page.getByRole('button', { name: 'Continue' }).click();
  await settled(page, 'Check your answers');
  await page.click('[data-testid="continue"]');
  await settled(page, outcomeTitle('lost-data', 'restore-whole-database'));
  await page.click('text=Start again');
  await settled(page, 'What has been lost?');
  assert.ok(page.url().endsWith('/wizards/lost-data'));
});

test('a malformed or stale URL is explained and ignored; an unknown wizard is a 404', async () => {
  const page = await site.open('/wizards/lost-data?what-is-lost=whole-database&utm_source=mail&when-deleted=%zz&noticed-quickly=yes&oops');
  await ready(page);
  assert.equal(await h1(page), 'When was the database deleted?');
  const notices = await page.textContent('[data-testid="wizard-notices"]');
  assert.match(notices, /“utm_source”, which is not a question in this wizard/);
  assert.match(notices, /\(“when-deleted=%zz”\) could not be read/);
  assert.match(notices, /\(“oops”\) could not be read/);
  assert.match(notices, /“Did we notice it was missing quickly\?”, which your other answers do not lead to/);
  assert.deepEqual(await axeViolations(page), []);

  const bad = await site.open('/wizards/lost-data?what-is-lost=everything&view=map');
  await ready(bad);
  assert.equal(await h1(bad), 'What has been lost?');
  assert.match(await bad.textContent('.error-message'), /“everything” is not one of the answers/);
  assert.match(await bad.textContent('[data-testid="wizard-notices"]'), /view “map”/);
  assert.deepEqual(bad.problems, []);

  // Served by 404.html (status 404), which names what is missing and links to the list.
  const missing = await site.open('/wizards/no-such-wizard');
  await ready(missing);
  assert.equal(await h1(missing), 'Decision wizard not found');
  assert.match(await missing.textContent('main'), /no decision wizard called ‘no-such-wizard’/);
  assert.equal(await missing.getAttribute('main a >> text=list of decision wizards', 'href'), '/wizards');
});

test('a wizard whose data cannot be fetched or read says so, with a way on, not a blank page', async () => {
  const file = /\/data-[0-9a-f]{16}\/wizards\/lost-data\.bin$/;
  // Without the service worker, which would answer from its cache before the route could.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const down = await context.newPage();
  await down.route(file, (route) => route.fulfill({ status: 503, body: 'down' }));
  await down.goto(`${site.url}wizards/lost-data`);
  const problem = down.locator('[data-testid="data-problem"]');
  await problem.waitFor();
  assert.equal(await down.textContent('main h1'), 'This page could not load');
  assert.match(await problem.textContent(), /The wizard “lost-data” could not be downloaded \(the server answered 503\)/);
  assert.equal(await problem.getByRole('link', { name: "The runbook's pages" }).getAttribute('href'), '/');
  assert.deepEqual(await axeViolations(down), []);

  // A page from an older build than the server's names a data folder that is gone.
  const stale = await context.newPage();
  await stale.route(file, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await stale.goto(`${site.url}wizards/lost-data`);
  await stale.locator('[data-testid="data-problem"]').waitFor();
  assert.match(await stale.textContent('[data-testid="data-problem"]'), /The wizard “lost-data” is not on the server: this page is from another version of the runbook\. Reload/);

  const damaged = await context.newPage();
  const errors = [];
  damaged.on('pageerror', (e) => errors.push(e.message));
  await damaged.route(file, (route) => route.fulfill({ status: 200, body: Buffer.from([0xff, 0xff, 0xff]) }));
  await damaged.goto(`${site.url}wizards/lost-data`);
  await damaged.locator('[data-testid="data-problem"]').waitFor();
  assert.match(await damaged.textContent('[data-testid="data-problem"]'), /The wizard “lost-data” arrived damaged\. Reload the page/);
  assert.deepEqual(errors, [], 'damaged data is reported on the page, not thrown');
  await context.close();
});

test('the tree is fetched only for its own view, and a failed fetch says so', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const treeRequests = [];
  page.on('request', (r) => { if (r.url().endsWith('.tree.bin')) treeRequests.push(r.url()); });
  await page.goto(`${site.url}wizards/lost-data`);
  await settled(page, 'What has been lost?');
  assert.deepEqual(treeRequests, [], 'a question page does not download the tree');
  await page.route(/\/data-[0-9a-f]{16}\/wizards\/lost-data\.tree\.bin$/, (route) => route.abort('internetdisconnected'));
  await page.click('text=See the whole decision tree');
  const problem = page.locator('[data-testid="data-problem"]');
  await problem.waitFor();
  assert.match(await problem.textContent(), /The decision tree of the wizard “lost-data” could not be downloaded\. Check your connection/);
  assert.equal(treeRequests.length, 1);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("the tree's drawing downloads alongside the wizard, not after it", async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // Hold the wizard's file until the drawing has been asked for: fetched one after the
  // other, the drawing would never be asked for, and the page would not finish.
  let drawingAsked;
  const asked = new Promise((resolve) => { drawingAsked = resolve; });
  await page.route(/\/wizards\/lost-data\.tree\.bin$/, (route) => { drawingAsked(); route.continue(); });
  await page.route(/\/data-[0-9a-f]{16}\/wizards\/lost-data\.bin$/, async (route) => {
    const inTime = await Promise.race([asked.then(() => true), new Promise((r) => setTimeout(() => r(false), 10000))]);
    assert.ok(inTime, 'the drawing was asked for while the wizard was still downloading');
    await route.continue();
  });
  await page.goto(`${site.url}wizards/lost-data?view=tree`);
  await settled(page, 'The whole decision tree');
  assert.equal(await page.locator('.wizard-tree svg').count(), 1);
  await context.close();
});

test('the whole tree: an SVG with the path highlighted, and Mermaid and Graphviz text', async () => {
  const page = await site.open(`/wizards/lost-data?what-is-lost=important&when-important-lost=${encodeURIComponent(daysAgo(1))}`);
  await ready(page);
  await page.click('text=See the whole decision tree');
  await settled(page, 'The whole decision tree');
  assert.match(page.url(), /view=tree/);
  assert.equal(await page.locator('.wizard-tree svg').count(), 1);
  assert.equal(await page.getAttribute('.wizard-tree .current', 'data-node'), 'noticed-quickly');
  const onPath = await page.$$eval('.wizard-tree .wizard-node.on-path', (els) => els.map((e) => e.dataset.node));
  assert.deepEqual(onPath.sort(), ['noticed-quickly', 'what-is-lost', 'when-important-lost']);
  assert.match(await page.textContent('[data-testid="mermaid"]'), /^---\ntitle: We have lost data/);
  assert.match(await page.textContent('[data-testid="graphviz"]'), /^digraph "lost-data"/);
  await page.getByRole('button', { name: 'Copy Mermaid text' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('flowchart TD'));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await cspViolations(page), []);
  await page.click('[data-testid="back-link"]');
  await settled(page, 'Did we notice it was missing quickly?');
  assert.deepEqual(page.problems, []);
});

test("a full restore says how much new data it loses, asks nothing it has decided, and its restore-time link carries the time answered", async () => {
  // 22 hours ago, to the minute, as the URL holds it.
  const when = new Date(Date.now() - 22 * 3_600_000).toISOString().slice(0, 16);
  const page = await site.open(`/wizards/lost-data?what-is-lost=important&when-important-lost=${encodeURIComponent(when)}&noticed-quickly=yes`);
  await ready(page);
  assert.equal(await h1(page), outcomeTitle('lost-data', 'stop-and-full-restore'));
  const lost = (await page.getByTestId('data-lost').textContent()).replace(/\s+/g, ' ');
  assert.match(lost, /Everything written after \d+ \w+ \d{4}, \d\d:\d\d UTC, the time you gave, will be lost: (about )?22 hours of new data as of now/);
  // The outcome says to stop the service, so it does not offer the wizard that decides it.
  assert.equal(await page.locator('main a[href*="/wizards/stop-the-service"]').count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Decide next' }).count(), 0);
  await page.getByRole('link', { name: 'The restore time', exact: true }).click();
  await page.waitForURL(/\/commands\/restore-timestamp\?/);
  const field = page.getByRole('textbox', { name: 'Restore time' });
  await field.waitFor();
  await page.waitForFunction(() => document.querySelector('input[name="timestamp"]')?.value, null, { timeout: 15000 });
  assert.equal(await field.inputValue(), when.replace('T', ' '), 'the generator opens with the time already answered');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
});
