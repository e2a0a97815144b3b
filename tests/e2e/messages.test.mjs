// Messages for the contact groups (issue 20): the list by scenario, a draft's live preview,
// a field's error in the error summary linked to its field, Copy read back from the
// clipboard and announced, a do-not-send page, the links from a scenario's Contact section
// and a wizard's outcome, the build's page with JavaScript off, and axe-core. Runs against the
// release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations, openWithAppHeld } from './harness.mjs';

const TRS = '/messages/trs-api-down-support-team';
const TRS_TITLE = 'The TRS API is down: message to the support team';
const NOT_SENT = '/messages/azure-down-schools-and-appropriate-bodies';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function open(path) {
  const page = await site.open(path);
  await ready(page);
  return page;
}

async function clean(page, what) {
  assert.deepEqual(await axeViolations(page), [], `${what}: axe violations`);
  assert.deepEqual(await cspViolations(page), [], `${what}: CSP violations`);
  assert.deepEqual(page.problems, [], `${what}: console or page errors`);
}

const preview = (page) => page.getByLabel('The message', { exact: true }).textContent();

test('the list, from the home page, has every message under its scenarios', async () => {
  const page = await open('/');
  // Not in the header: a fourth link there makes a phone's header too tall and puts a
  // page's first field a Tab further (site.test.mjs).
  await page.getByRole('main').getByRole('link', { name: 'messages for each contact group' }).click();
  await page.waitForURL(/\/messages$/);
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Messages');
  const files = readdirSync('content/messages').filter((f) => f.endsWith('.toml')).map((f) => f.replace(/\.toml$/, ''));
  for (const id of files) {
    assert.ok(await page.locator(`main a[href$="/messages/${id}"]`).count() >= 1, `${id} is listed`);
  }
  const trs = page.getByRole('region', { name: 'TRS API goes down' });
  await trs.getByRole('link', { name: TRS_TITLE }).click();
  await page.waitForURL(/\/messages\/trs-api-down-support-team$/);
  await ready(page);
  assert.equal(await page.textContent('main h1'), TRS_TITLE);
  await clean(page, '/messages');
});

test('a draft reads with placeholders, and its preview changes as each field is given', async () => {
  const page = await open(TRS);
  assert.match(await preview(page), /down since <SINCE>\./);
  assert.match(await preview(page), /We've closed Register early career teachers/, 'the default choice is in it');
  assert.equal(await page.getByRole('button', { name: /^Copy message/ }).count(), 0, 'nothing to copy yet');
  assert.equal(await page.getByText('Fill in every field to copy the message.').isVisible(), true);
  await page.getByLabel('When the TRS API went down').fill('2026-05-22 14:30');
  assert.match(await preview(page), /down since 3:30pm UK time on Friday 22 May 2026\./);
  assert.equal(await page.getByText('Reads as 3:30pm UK time on Friday 22 May 2026').isVisible(), true);
  await page.getByLabel('Open', { exact: true }).check();
  assert.match(await preview(page), /Register early career teachers is still open\./);
  assert.match(await preview(page), /We'll update you by <NEXT_UPDATE>\./);
  assert.equal(await page.getByLabel('When the TRS API went down').evaluate((el) => el === document.activeElement), false);
  await clean(page, 'a draft being filled in');
});

test("a field's error is beside it and in the error summary, which links to it", async () => {
  const page = await open(TRS);
  const since = page.getByLabel('When the TRS API went down');
  await since.fill('yesterday');
  // The GOV.UK error summary, named by its title.
  const summary = page.locator('.error-summary').filter({ hasText: 'There is a problem' });
  const link = summary.getByRole('link', { name: /^When the TRS API went down should look like/ });
  assert.equal(await link.count(), 1);
  assert.match(await page.locator('.error-message').first().textContent(), /When the TRS API went down should look like/);
  await link.click();
  assert.equal(await since.evaluate((el) => el === document.activeElement), true, 'the link moves focus to the field');
  // Checking the message with a field still empty says so too, and takes the reader there.
  await since.fill('2026-05-22 14:30');
  await page.getByRole('button', { name: 'Check the message' }).click();
  const missing = summary.getByRole('link', { name: "Enter when we'll send the next update" });
  assert.equal(await missing.count(), 1);
  assert.equal(await summary.evaluate((el) => el.contains(document.activeElement)), true, 'focus is on the summary');
  await missing.click();
  assert.equal(await page.getByLabel("When we'll send the next update").evaluate((el) => el === document.activeElement), true);
  await clean(page, 'a draft with errors');
});

test('Copy puts the exact text on the clipboard and says so', async () => {
  const page = await open(TRS);
  await page.getByLabel('When the TRS API went down').fill('2026-05-22 14:30');
  await page.getByLabel("When we'll send the next update").fill('2026-05-22T17:00Z');
  const expected = 'The TRS API has been down since 3:30pm UK time on Friday 22 May 2026. Schools and appropriate bodies cannot register new teachers. The lead provider API and the admin interface are not affected.\n\n'
    + "We've closed Register early career teachers with maintenance mode until the TRS API is back.\n\n"
    + 'You might get more tickets than usual from users whose journeys were interrupted.\n\n'
    + "We'll update you by 6pm UK time on Friday 22 May 2026.";
  assert.equal((await preview(page)).trim(), expected);
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await page.getByRole('button', { name: `Copy message ${TRS_TITLE}` }).click();
  const status = page.getByRole('status').filter({ hasText: 'Copied' });
  await status.waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  await clean(page, 'a copied message');
});

test("a do-not-send page gives the runbook's reason and no draft", async () => {
  const page = await open(NOT_SENT);
  assert.equal(await page.textContent('main h1'), 'Azure is down: we cannot email schools and appropriate bodies');
  assert.match(await page.locator('main').textContent(), /Do not send a message\. The runbook says why:/);
  assert.match(await page.locator('main').textContent(), /won't work while Azure is down/);
  assert.equal(await page.getByRole('button', { name: /Copy/ }).count(), 0);
  assert.equal(await page.locator('main form').count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Contacting users' }).count() >= 1, true, 'the reason keeps its links');
  await clean(page, 'a do-not-send page');
});

test("a scenario's Contact section and a wizard's outcome link to its messages", async () => {
  const page = await open('/docs/trs-api-down');
  const list = page.locator('#contact-messages');
  assert.equal(await list.getByRole('heading', { name: 'Messages for this scenario' }).count(), 1);
  // In the Contact section: after its heading, before the next section's.
  const order = await page.evaluate(() => {
    const contact = document.getElementById('contact');
    const messages = document.getElementById('contact-messages');
    return contact.compareDocumentPosition(messages) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'after the Contact heading');
  await list.getByRole('link', { name: TRS_TITLE }).click();
  await page.waitForURL(/\/messages\/trs-api-down-support-team$/);
  await ready(page);
  assert.equal(await page.textContent('main h1'), TRS_TITLE);
  const walk = await open('/wizards/which-runbook/steps');
  assert.ok(await walk.locator('main a[href$="/messages/trs-api-down-support-team"]').count() >= 1, 'the outcome offers it');
  await page.close();
  await walk.close();
});

test("the build's page works without JavaScript, and the app keeps what was typed before it loaded", async () => {
  const noJs = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(`${site.url}${TRS.slice(1)}`);
  assert.equal((await page.textContent('main h1')).trim(), TRS_TITLE);
  assert.equal(await page.getByLabel('When the TRS API went down').isVisible(), true);
  assert.equal(await page.getByLabel('Closed with maintenance mode').isChecked(), true);
  assert.match(await preview(page), /down since <SINCE>\./);
  assert.equal(await page.getByRole('button', { name: /Copy/ }).count(), 0);
  await noJs.close();

  const { context, page: held, problems, release } = await openWithAppHeld(site, TRS);
  // The build's page, before its app has run, is accessible.
  assert.deepEqual(await axeViolations(held), [], "the build's page");
  await held.getByLabel('When the TRS API went down').fill('2026-05-22 14:30');
  release();
  await held.waitForSelector('html.app-live', { state: 'attached', timeout: 15000 });
  assert.equal(await held.getByLabel('When the TRS API went down').inputValue(), '2026-05-22 14:30');
  assert.equal(await held.getByLabel('When the TRS API went down').evaluate((el) => el === document.activeElement), true);
  assert.match(await preview(held), /down since 3:30pm UK time on Friday 22 May 2026\./);
  assert.deepEqual(problems, []);
  await context.close();
});
