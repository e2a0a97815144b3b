// The incident record (issue 20): a whole incident from start to export and import, the
// banner on every page, recording from the wizards and the generators, two tabs in step, a
// drill alongside that writes nothing to it, full and damaged storage, axe-core, and the
// page without JavaScript. Runs against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const NAME = 'Database deleted on registration day';
const KONDUIT = 'bin/konduit.sh -n cpd-production -s s189p01-cpdec2-pd-pg-pitr -x cpd-ec2-production-web -- psql';
const UTC_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/;

/** A new browser context (its own storage), with the clipboard allowed. */
async function freshContext() {
  const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  return context;
}

/** Opens `path` in `context`, collecting page and console errors. */
async function open(context, path) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console error: ${m.text()}`); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (path) {
    await page.goto(site.url + path.replace(/^\//, ''));
    await ready(page);
  }
  return page;
}

async function clean(page, label) {
  assert.deepEqual(await axeViolations(page), [], `${label}: no axe violations`);
  assert.deepEqual(await cspViolations(page), [], `${label}: no CSP violations`);
}

/** Starts an incident from the start form on /incident. */
async function startIncident(page, name = NAME) {
  await page.getByLabel('Short name').fill(name);
  await page.getByLabel('Scenario, if you know it').selectOption({ label: 'We accidentally delete the database' });
  await page.getByLabel('Priority level').fill('P1');
  await page.getByLabel('The data that’s gone').fill('Every registration');
  await page.getByLabel('How easy it is to replace').fill('Only from a backup');
  await page.getByLabel('How many users it will affect').fill('Every school');
  await page.getByRole('button', { name: 'Start the incident' }).click();
  await page.waitForFunction((n) => document.querySelector('main h1')?.textContent === n, name);
}

/** Each entry of the record on the page: its time, kind and text. */
async function entries(page) {
  return page.locator('.incident-entry').evaluateAll((items) => items.map((li) => ({
    at: li.querySelector('.incident-entry__time').textContent,
    kind: li.querySelector('.incident-entry__kind').textContent,
    text: li.querySelector('.incident-entry__line').textContent,
  })));
}

async function waitForEntries(page, n) {
  await page.waitForFunction((count) => document.querySelectorAll('.incident-entry').length === count, n, { timeout: 15000 });
}

test('a whole incident: start, decide, tick, copy, note, reload, a second tab, export and import', async () => {
  const context = await freshContext();
  const page = await open(context, '/incident');
  assert.equal((await page.textContent('main h1')).trim(), 'Incident record');
  // No incident: no banner anywhere.
  assert.equal(await page.locator('.incident-banner').count(), 0);
  await startIncident(page);
  assert.match(await page.textContent('main .incident__label'), /Real incident/);
  await waitForEntries(page, 1);
  await clean(page, '/incident with an open incident');

  // The lost-data wizard to its outcome: the banner is there, labelled as a real incident.
  await page.goto(`${site.url}wizards/lost-data`);
  await ready(page);
  const banner = page.getByRole('region', { name: 'Real incident' });
  assert.match(await banner.textContent(), new RegExp(`Real incident\\s*${NAME}, open for less than a minute\\.\\s*Add a note`));
  await page.locator('input[type=radio]').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.includes('When was the database deleted?'));
  const d = new Date(Date.now() - 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  const when = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  await page.locator('input[data-datetime]').fill(when);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Stop the service and restore the whole database'));
  // Two steps ticked, kept across a reload.
  await page.check('#step-1');
  await page.check('#step-3');
  await page.reload();
  await ready(page);
  assert.equal(await page.isChecked('#step-1'), true, 'a ticked step is kept');
  assert.equal(await page.isChecked('#step-2'), false);
  assert.equal(await page.isChecked('#step-3'), true);
  await clean(page, 'a wizard outcome with the incident banner');

  // A production command, copied once confirmed.
  await page.goto(`${site.url}commands/konduit-connect`);
  await ready(page);
  await page.getByLabel('Database server').fill('s189p01-cpdec2-pd-pg-pitr');
  await page.getByLabel('Deployment').fill('cpd-ec2-production-web');
  await page.getByLabel('I understand this runs against production').check();
  await page.getByRole('button', { name: 'Copy command' }).click();
  await page.locator('[data-testid="copy-status"]', { hasText: 'Copied the command' }).waitFor();

  // A note, from the banner's link.
  await page.getByRole('region', { name: 'Real incident' }).getByRole('link', { name: 'Add a note' }).click();
  await ready(page);
  await page.waitForFunction(() => document.activeElement?.id === 'incident-note');
  await page.getByLabel('Note', { exact: true }).fill('Asked the platform team for the last good backup.');
  await page.getByRole('button', { name: 'Add the note' }).click();
  await waitForEntries(page, 6);
  assert.equal(await page.getByLabel('Note', { exact: true }).inputValue(), '', 'the note form empties once the note is kept');

  await page.reload();
  await ready(page);
  const shown = await entries(page);
  assert.deepEqual(shown.map((e) => e.kind), ['Started', 'Decision', 'Step done', 'Step done', 'Command copied', 'Note']);
  for (const e of shown) assert.match(e.at, UTC_TIME);
  assert.match(shown[1].text, /Stop the service and restore the whole database from a point in time/);
  assert.match(shown[2].text, /Done: step 1 of We have lost data: what kind of restore\?: Stop the service and restore the whole database from a point in time: Start the incident process/);
  assert.match(shown[3].text, /step 3 of .*Enable maintenance mode/);
  assert.match(await page.locator('.incident-entry').nth(4).textContent(), /Production confirmed\s*Yes/);
  assert.equal(await page.locator('.incident-entry__exact').first().textContent(), KONDUIT);
  assert.match(await page.locator('.incident-entry').nth(1).textContent(), /What has been lost\?/);

  // A second tab shows the same record, and each follows what the other adds.
  const second = await open(context, '/incident');
  assert.deepEqual(await entries(second), shown);
  await second.getByLabel('Note', { exact: true }).fill('Second tab: maintenance mode is on.');
  await second.getByRole('button', { name: 'Add the note' }).click();
  await waitForEntries(page, 7);
  // A correction keeps what it replaced; a strike-out keeps the entry.
  const note = page.locator('.incident-entry').nth(6);
  await note.getByText('Correct this note').click();
  await note.getByLabel('Corrected note').fill('Second tab: maintenance mode is on since 14:40 UTC.');
  await note.getByRole('button', { name: 'Save the correction' }).click();
  await page.locator('.incident-entry__edit', { hasText: 'It read: “Second tab: maintenance mode is on.”' }).waitFor();
  await second.locator('.incident-entry__edit').waitFor();
  assert.equal(await second.locator('.incident-entry').count(), 7);
  await clean(second, '/incident, second tab');
  await second.close();

  // Markdown: every entry in order with its UTC time.
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown', exact: true }).click()]);
  assert.match(md.suggestedFilename(), /^incident-\d{4}-\d\d-\d\d-\d{4}\.md$/);
  const markdown = readFileSync(await md.path(), 'utf8');
  assert.match(markdown, new RegExp(`^# Incident: ${NAME}\n`));
  const lines = markdown.split('\n').filter((l) => l.startsWith('- 20'));
  assert.deepEqual(
    lines.map((l) => l.split(' · ')[1]),
    ['Started', 'Decision', 'Step done', 'Step done', 'Command copied', 'Note', 'Note'],
  );
  for (const l of lines) assert.match(l, /^- \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC · /);
  const times = lines.map((l) => l.slice(2, 25));
  assert.deepEqual([...times].sort(), times, 'in the order recorded');
  assert.ok(markdown.includes(KONDUIT), 'the command exactly as copied');
  assert.match(markdown, /Before, it said: Second tab: maintenance mode is on\./);

  // JSON, imported back in another browser, which had no incident.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
  const recorded = await entries(page);
  const other = await freshContext();
  const elsewhere = await open(other, '/incident');
  await elsewhere.setInputFiles('#incident-import', await json.path());
  await elsewhere.getByRole('button', { name: 'Import', exact: true }).click();
  await elsewhere.waitForFunction((n) => document.querySelector('main h1')?.textContent === n, NAME);
  assert.deepEqual(await entries(elsewhere), recorded, 'the same record, every entry');
  assert.deepEqual(elsewhere.problems, []);
  await other.close();
  assert.deepEqual(page.problems, []);
  await page.close();

  // Close: filed under past incidents, the banner goes.
  const closing = await open(context, '/incident');
  await closing.getByRole('button', { name: 'Close the incident' }).click();
  await closing.getByRole('heading', { name: 'Past incidents' }).waitFor();
  assert.match(await closing.textContent('.past-incidents'), new RegExp(NAME));
  assert.equal((await closing.textContent('main h1')).trim(), 'Incident record');
  await closing.goto(`${site.url}docs/data-loss`);
  await ready(closing);
  assert.equal(await closing.locator('.incident-banner').count(), 0, 'no banner once closed');
  assert.deepEqual(closing.problems, []);
  await context.close();
});

test('a reminder makes an update due; a file that is not a record is refused at the import form', async () => {
  const context = await freshContext();
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  await page.clock.install();
  await page.goto(`${site.url}incident`);
  await ready(page);
  await startIncident(page);
  await page.getByLabel('Remind me to send an update every (minutes)').fill('thirty');
  await page.getByRole('button', { name: 'Set the reminder' }).click();
  await page.locator('#incident-reminder-error').waitFor();
  assert.match(await page.textContent('#incident-reminder-error'), /whole number from 1 to 1440/);
  await page.getByLabel('Remind me to send an update every (minutes)').fill('30');
  await page.getByRole('button', { name: 'Set the reminder' }).click();
  await waitForEntries(page, 2);
  assert.match(await page.textContent('.incident-summary'), /Every 30 minutes\. The next is due at/);
  await page.clock.fastForward('31:00');
  await page.getByText('An update is due.', { exact: false }).first().waitFor();
  assert.equal(await page.getByRole('link', { name: 'Draft the update from the message templates' }).getAttribute('href'), '/messages');
  // Every other page's banner says so, with the drafts a click away.
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + 31 * 60_000 });
  await later.goto(`${site.url}docs/data-loss`);
  await ready(later);
  const banner = later.getByRole('region', { name: 'Real incident' });
  await banner.getByText('An update is due.').waitFor();
  assert.equal(await banner.getByRole('link', { name: 'Draft the update' }).getAttribute('href'), '/messages');
  assert.deepEqual(await axeViolations(later), [], 'a doc page with an update due: no axe violations');
  await later.close();
  // A file that is not a record says so at the form.
  await page.goto(`${site.url}incident`);
  await ready(page);
  await page.setInputFiles('#incident-import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('#incident-import-error').waitFor();
  assert.match(await page.textContent('#incident-import-error'), /not an incident record/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a drill running at the same time writes nothing to the incident, and the incident nothing to the drill', async () => {
  const context = await freshContext();
  const page = await open(context, '/incident');
  await startIncident(page);
  const incidentBefore = await page.evaluate(() => localStorage.getItem('runbook-incident'));
  await page.goto(`${site.url}drills/database-deleted?seed=7`);
  await ready(page);
  await page.click('[data-testid="start-drill"]');
  await page.waitForURL(/drill\/facilitator/);
  await ready(page);
  // Both are open, each labelled: the drill's window is a drill's, the banner a real incident's.
  assert.match(await page.textContent('[data-testid="end-drill"]'), /drill/i, 'the drill window says it is a drill');
  assert.match(await page.getByRole('region', { name: 'Real incident' }).textContent(), new RegExp(NAME));
  await page.getByRole('button', { name: 'Pause the clock', exact: true }).click();
  await page.locator('[data-testid="clock-status"]', { hasText: 'Paused' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('runbook-incident')), incidentBefore, 'the drill wrote nothing to the incident');
  const drillBefore = await page.evaluate(() => localStorage.getItem('runbook-drill'));
  assert.ok(drillBefore?.startsWith('drill/'));
  await page.goto(`${site.url}incident`);
  await ready(page);
  await page.getByLabel('Note', { exact: true }).fill('A note during the drill.');
  await page.getByRole('button', { name: 'Add the note' }).click();
  await waitForEntries(page, 2);
  assert.equal(await page.evaluate(() => localStorage.getItem('runbook-drill')), drillBefore, 'the incident wrote nothing to the drill');
  assert.deepEqual((await entries(page)).map((e) => e.kind), ['Started', 'Note']);
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** A page on which saving the incident's keys throws QuotaExceededError, as a full browser does. */
async function withFullStorage(page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('runbook-incident')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

test('full storage is said at once at the action that failed, and nothing on screen is lost', async () => {
  const context = await freshContext();
  // Starting: the form keeps what was typed and says why at its button.
  const full = await context.newPage();
  await withFullStorage(full);
  await full.goto(`${site.url}incident`);
  await ready(full);
  await full.getByLabel('Short name').fill(NAME);
  await full.getByLabel('Priority level').fill('P2');
  await full.getByRole('button', { name: 'Start the incident' }).click();
  await full.locator('#incident-start-error').waitFor();
  assert.match(await full.textContent('#incident-start-error'), /Error: This browser would not save the incident record: its storage may be full or blocked/);
  assert.equal(await full.getByLabel('Short name').inputValue(), NAME, 'what was typed stays');
  await clean(full, '/incident, full storage at the start');
  await full.close();

  // An incident started while there was room; then storage fills.
  const page = await open(context, '/incident');
  await startIncident(page);
  await page.close();
  const later = await context.newPage();
  await withFullStorage(later);
  await later.goto(`${site.url}incident`);
  await ready(later);
  await later.getByLabel('Note', { exact: true }).fill('This note must not vanish.');
  await later.getByRole('button', { name: 'Add the note' }).click();
  await later.locator('#incident-note-error').waitFor();
  assert.match(await later.textContent('#incident-note-error'), /would not save the incident record/);
  assert.equal(await later.getByLabel('Note', { exact: true }).inputValue(), 'This note must not vanish.');
  assert.equal(await later.locator('.incident-entry').count(), 1, 'the record shows only what is saved');
  // A command copied: copied, and the Copy button says it is not in the record.
  await later.goto(`${site.url}commands/local-restore`);
  await ready(later);
  await later.getByLabel('Dump file').fill('backup.dump');
  await later.getByRole('button', { name: /^Copy/ }).first().click();
  await later.locator('[data-testid="copy-status"]', { hasText: 'not added to the incident record' }).waitFor();
  await context.close();
});

test('damaged saved data is shown with its raw text to download, and a fresh start works', async () => {
  const context = await freshContext();
  const DAMAGED = 'incident/1:this is not a record';
  const page = await open(context, '/incident');
  await page.evaluate((t) => localStorage.setItem('runbook-incident', t), DAMAGED);
  // Every page says the record cannot be read, and where to go.
  await page.goto(`${site.url}docs/data-loss`);
  await ready(page);
  assert.match(await page.getByRole('region', { name: 'Real incident' }).textContent(), /cannot be read/);
  await page.goto(`${site.url}incident`);
  await ready(page);
  assert.match(await page.textContent('main'), /The saved incident could not be read/);
  assert.equal(await page.inputValue('#drill-raw'), DAMAGED);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved data' }).click()]);
  assert.equal(download.suggestedFilename(), 'unreadable-incident-data.txt');
  assert.equal(readFileSync(await download.path(), 'utf8'), DAMAGED);
  // A recording elsewhere writes nothing over it.
  await page.goto(`${site.url}commands/local-restore`);
  await ready(page);
  await page.getByLabel('Dump file').fill('backup.dump');
  await page.getByRole('button', { name: /^Copy/ }).first().click();
  await page.locator('[data-testid="copy-status"]', { hasText: 'not added to the incident record' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('runbook-incident')), DAMAGED);
  await page.goto(`${site.url}incident`);
  await ready(page);
  await clean(page, '/incident with damaged data');
  await page.getByRole('button', { name: 'Start afresh' }).click();
  await page.getByRole('button', { name: 'Start the incident' }).waitFor();
  await startIncident(page);
  await waitForEntries(page, 1);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('without JavaScript /incident shows its form, and says the record needs JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}incident`);
  assert.equal((await page.textContent('main h1')).trim(), 'Incident record');
  for (const label of ['Short name', 'Scenario, if you know it', 'When it started, in UTC', 'Priority level', 'The data that’s gone']) {
    assert.equal(await page.getByLabel(label).count(), 1, label);
  }
  const options = await page.locator('#incident-scenario option').allTextContents();
  assert.ok(options.includes('We accidentally delete the database'), 'the runbook’s scenarios');
  assert.match(await page.textContent('main'), /The incident record is kept by your browser, and needs JavaScript/);
  assert.ok(await page.getByText('The incident record is kept by your browser', { exact: false }).isVisible());
  await context.close();
});
