// Command generators (issue 4): a live preview, errors beside the field and in a summary,
// Copy read back from the clipboard, the production confirmation, remembered values shared
// across generators and pages, generators embedded in doc pages, pre-filled addresses,
// damaged storage, and axe-core. Runs against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations, openWithAppHeld } from './harness.mjs';

const KEY = 'runbook.command-values';
const KONDUIT = 'bin/konduit.sh -n cpd-production -s s189p01-cpdec2-pd-pg-pitr -x cpd-ec2-production-web -- psql';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

/** Opens `path` with nothing remembered (or with `stored` as the raw stored text). */
async function openFresh(path, stored = null) {
  const page = await site.open('/commands');
  await ready(page);
  await page.evaluate(([key, text]) => {
    localStorage.clear();
    if (text !== null) localStorage.setItem(key, text);
  }, [KEY, stored]);
  await page.goto(site.url + path.replace(/^\//, ''));
  await ready(page);
  return page;
}

async function clean(page, what) {
  assert.deepEqual(await axeViolations(page), [], `${what}: axe violations`);
  assert.deepEqual(await cspViolations(page), [], `${what}: CSP violations`);
  assert.deepEqual(page.problems, [], `${what}: console or page errors`);
}

test("the app takes over the build's form, keeping what was typed before it loaded and the focus", async () => {
  const { context, page, problems, release } = await openWithAppHeld(site, '/commands/konduit-connect');
  // The build's form is accessible before its app has run.
  assert.deepEqual(await axeViolations(page), [], 'the build\'s form');
  await page.getByLabel('Database server').fill('s189p01-cpdec2-pd-pg-pitr');
  await page.getByLabel('Deployment').fill('cpd-ec2-production-web');
  await page.evaluate(() => { document.querySelector('form.generator__form').drawnByTheBuild = true; });
  release();
  await page.waitForSelector('html.app-live', { state: 'attached', timeout: 15000 });
  assert.equal(await page.evaluate(() => document.querySelector('form.generator__form').drawnByTheBuild), undefined,
    'the app drew the form itself');
  assert.equal(await page.getByLabel('Database server').inputValue(), 's189p01-cpdec2-pd-pg-pitr', 'what was typed is kept');
  assert.equal(await page.getByLabel('Deployment').evaluate((el) => el === document.activeElement), true, 'and so is the focus');
  // What was typed counts: the command is complete, and the address says so.
  assert.equal(await page.textContent('[data-testid="command-preview"]'), KONDUIT);
  assert.match(page.url(), /\?server=s189p01-cpdec2-pd-pg-pitr&deployment=cpd-ec2-production-web$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the list names every generator and where it acts, from the header link', async () => {
  const page = await openFresh('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Commands' }).click();
  await page.waitForURL(/\/commands$/);
  assert.equal(await page.textContent('main h1'), 'Command generators');
  const count = readdirSync('content/commands').filter((f) => f.endsWith('.toml')).length;
  const items = page.locator('[data-testid="generator-list"] > li');
  assert.equal(await items.count(), count);
  const konduit = items.filter({ hasText: 'Connect to a database with Konduit' });
  // The tag is the word "Production": the words after it do not repeat it (issue 23.8).
  assert.equal(await konduit.getByTestId('acts-on').textContent(), 'Acts on: Production when Namespace is cpd-production; otherwise another remote environment');
  assert.equal(await items.filter({ hasText: 'Deploy an image to production' }).getByTestId('acts-on').textContent(), 'Acts on: Production');
  assert.equal(await page.locator('[data-testid="generator-list"]', { hasText: 'Production Production' }).count(), 0);
  assert.match(await page.textContent('[data-testid="values-in-use-empty"]'), /No values remembered yet/);
  await clean(page, '/commands');
});

test('fill a generator: a hostile value shows its error, the fix shows the command, Copy reads back after confirming production', async () => {
  const page = await openFresh('/commands/konduit-connect');
  assert.match(await page.textContent('[data-testid="command-pending"]'), /Fill in Database server and Deployment/);
  assert.equal(await page.locator('[data-testid="error-summary"]').count(), 0, 'no errors before anything is typed');

  const server = page.getByLabel('Database server');
  await server.fill('s189; rm -rf /');
  const fieldError = page.locator('#cmd-konduit-connect-server-error');
  assert.match(await fieldError.textContent(), /Error: Database server must be an Azure server name/);
  assert.equal(await server.getAttribute('aria-describedby'), 'cmd-konduit-connect-server-hint cmd-konduit-connect-server-error');
  const summary = page.locator('[data-testid="error-summary"]');
  assert.match(await summary.textContent(), /There is a problem.*Database server must be an Azure server name/s);
  assert.match(await page.textContent('[data-testid="command-pending"]'), /no command to copy until the problems above are fixed/);
  assert.equal(await page.locator('[data-testid="command-preview"]').count(), 0, 'no preview while there are errors');
  await clean(page, 'generator with an error');

  await summary.getByRole('link', { name: /Database server must be/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cmd-konduit-connect-server', 'the summary link moves focus to the field');

  await server.fill('s189p01-cpdec2-pd-pg-pitr');
  await page.getByLabel('Deployment').fill('cpd-ec2-production-web');
  assert.equal(await summary.count(), 0, 'the error summary goes once the value is fixed');
  assert.equal(await page.textContent('[data-testid="command-preview"]'), KONDUIT);
  assert.match(page.url(), /\?server=s189p01-cpdec2-pd-pg-pitr&deployment=cpd-ec2-production-web$/, 'the address holds the values');
  assert.match(await page.textContent('[data-testid="production-warning"]'), /This command runs against production/);

  // Copy without confirming: nothing is copied, and the person is told why.
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await page.getByRole('button', { name: 'Copy command' }).click();
  const status = page.locator('[data-testid="copy-status"]');
  await status.filter({ hasText: 'Not copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'nothing copied yet');
  // A refusal looks and reads as an error, never as the green of success (issue 23.3).
  assert.equal(await status.evaluate((el) => getComputedStyle(el).color), 'rgb(212, 53, 28)', 'the GOV.UK error colour');
  assert.equal(await status.getAttribute('aria-live'), 'polite', 'announced');
  assert.equal(await status.textContent(), 'Error: Not copied: first confirm you understand this runs against production.');
  const confirm = page.getByLabel('I understand this runs against production');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'checkbox', 'focus moves to the confirmation');
  assert.match(await page.textContent('.generator__confirm .error-message'), /Tick the box to confirm/);
  await clean(page, 'production generator awaiting confirmation');

  await confirm.check();
  await page.getByRole('button', { name: 'Copy command' }).click();
  await page.locator('[data-testid="copy-status"]', { hasText: 'Copied the command' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), KONDUIT);
  assert.notEqual(await status.evaluate((el) => getComputedStyle(el).color), 'rgb(212, 53, 28)', 'a copy is not an error');
});

test('away from production there is no warning and Copy needs no confirmation; values are quoted safely', async () => {
  const page = await openFresh('/commands/local-restore');
  assert.equal(await page.locator('[data-testid="production-warning"]').count(), 0);
  await page.getByLabel('Dump file').fill("it's $(rm -rf /)");
  const expected = "createdb pitr-restore\npg_restore -d pitr-restore 'it'\\''s $(rm -rf /)'";
  assert.equal(await page.textContent('[data-testid="command-preview"]'), expected);
  await page.getByRole('button', { name: 'Copy command' }).click();
  await page.locator('[data-testid="copy-status"]', { hasText: 'Copied the command' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);

  const staging = await openFresh('/commands/konduit-connect?namespace=cpd-staging&server=s1-db&deployment=web');
  assert.equal(await staging.locator('[data-testid="production-warning"]').count(), 0, 'a staging namespace is not production');
  assert.equal(await staging.textContent('[data-testid="command-preview"]'), 'bin/konduit.sh -n cpd-staging -s s1-db -x web -- psql');
});

test('a value set once fills the fields of the same meaning on another page, says where from, and can be cleared', async () => {
  const page = await openFresh('/commands/konduit-connect');
  await page.getByLabel('Database server').fill('s189p01-shared-pitr');
  await page.getByLabel('Namespace').fill('cpd-staging');

  await page.goto(`${site.url}docs/partial-restore`);
  await ready(page);
  const embedded = page.locator('[data-generator="pitr-dump"]');
  // The server Konduit connected to is not the restored server: it fills nothing here.
  assert.equal(await embedded.locator('#cmd-pitr-dump-server').inputValue(), '');
  assert.equal(await embedded.locator('#cmd-pitr-dump-namespace').inputValue(), 'cpd-staging');
  assert.match(
    await embedded.locator('[data-field="namespace"] [data-testid="filled-from"]').textContent(),
    /^Remembered from Connect to a database with Konduit, today at \d\d:\d\d UTC\. Clear Namespace$/,
  );
  assert.equal(await embedded.locator('[data-testid="command-pending"]').textContent(), 'Fill in Restored database server and Deployment to see the command.');
  await embedded.locator('#cmd-pitr-dump-server').fill('s189p01-restored-pitr');
  await embedded.locator('#cmd-pitr-dump-deployment').fill('cpd-ec2-staging-web');
  assert.equal(await embedded.locator('[data-field="deployment"] [data-testid="filled-from"]').count(), 0, 'a value typed here needs no note');
  assert.equal(
    await embedded.locator('[data-testid="command-preview"]').textContent(),
    'bin/konduit.sh -n cpd-staging -s s189p01-restored-pitr -x cpd-ec2-staging-web -- pg_dump -F t -E utf8 -f pitr-backup.sql.tar',
  );

  await page.goto(`${site.url}commands`);
  await ready(page);
  const list = page.locator('[data-testid="values-in-use"]');
  const text = await list.textContent();
  for (const value of ['s189p01-shared-pitr', 's189p01-restored-pitr', 'cpd-staging', 'cpd-ec2-staging-web']) assert.ok(text.includes(value), `${value} is listed`);
  assert.match(await list.locator('.summary-list__row', { hasText: 'cpd-ec2-staging-web' }).textContent(), /Remembered from Copy a restored database to a local file, today at/);
  await clean(page, '/commands with values in use');
  await list.locator('.summary-list__row', { hasText: 'cpd-staging' }).getByRole('button', { name: /^Clear/ }).click();
  assert.ok(!(await list.textContent()).includes('cpd-staging'), 'a cleared value leaves the list');
  await page.getByRole('button', { name: 'Clear all values' }).click();
  await page.locator('[data-testid="values-in-use-empty"]').waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'storage is emptied');
});

test('the live server typed for Konduit never fills the restored server, which warns without -pitr (issue 23.1)', async () => {
  const page = await openFresh('/commands/konduit-connect');
  await page.getByLabel('Database server').fill('s189p01-cpdec2-pd-pg');
  await page.getByLabel('Deployment').fill('cpd-ec2-production-web');
  await page.goto(`${site.url}commands/pitr-dump`);
  await ready(page);
  const restored = page.getByLabel('Restored database server');
  assert.equal(await restored.inputValue(), '', 'not pre-filled with the live server');
  assert.equal(await page.locator('[data-testid="command-preview"]').count(), 0, 'so there is no command to copy');
  // The deployment is shared on purpose, and says where it came from; one click clears it.
  const deployment = page.locator('[data-field="deployment"]');
  assert.match(await deployment.getByTestId('filled-from').textContent(), /Remembered from Connect to a database with Konduit, today at \d\d:\d\d UTC\./);
  await restored.fill('s189p01-cpdec2-pd-pg');
  const warning = page.locator('[data-field="server"] .warning-text');
  assert.match(await warning.textContent(), /has no “-pitr”.*Check this is the restored server, not the live one/);
  assert.match(await page.textContent('.generator__output'), /has no “-pitr”/, 'and beside the command');
  await clean(page, 'pitr-dump with a live server name');
  await restored.fill('s189p01-cpdec2-pd-pg-pitr-20260522');
  assert.equal(await warning.count(), 0);
  await deployment.getByRole('button', { name: 'Clear Deployment' }).click();
  assert.equal(await page.getByLabel('Deployment').inputValue(), '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'cmd-pitr-dump-deployment', 'focus goes to the cleared field');
  assert.equal(await deployment.getByTestId('filled-from').count(), 0);
  assert.equal(await deployment.locator('.error-message').count(), 0, 'a cleared field is not yet a mistake');
  assert.ok(!(await page.textContent('[data-testid="values-in-use"]')).includes('cpd-ec2-production-web'), 'forgotten everywhere');
  assert.deepEqual(page.problems, []);
});

test('a value from the address says so, and Clear takes it away', async () => {
  const page = await openFresh('/commands/konduit-connect?namespace=cpd-staging');
  const namespace = page.locator('[data-field="namespace"]');
  assert.equal(await namespace.getByTestId('filled-from').textContent(), "Filled in from this page's address (the link you followed). Clear Namespace");
  await namespace.getByRole('button', { name: 'Clear Namespace' }).click();
  assert.equal(await page.getByLabel('Namespace').inputValue(), 'cpd-production', 'back to the default, in view');
  assert.ok(!page.url().includes('namespace='), 'and out of the address');
});

test('values remembered by the previous release still fill their fields, except the ambiguous server', async () => {
  // Format 2, as the previous release stored it: namespace = cpd-staging, server = s1.
  const page = await openFresh('/commands/pitr-dump', 'values/2:AgluYW1lc3BhY2ULY3BkLXN0YWdpbmcGc2VydmVyAnMx');
  assert.equal(await page.getByLabel('Namespace').inputValue(), 'cpd-staging');
  assert.equal(await page.locator('[data-field="namespace"] [data-testid="filled-from"]').textContent(), 'Remembered by an earlier version of the runbook. Clear Namespace');
  assert.equal(await page.getByLabel('Restored database server').inputValue(), '');
  assert.match(await page.textContent('[data-testid="values-problem"]'), /The database server this browser remembered \(“s1”\) was not kept/);
  assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /^values\/3:/, 'stored again in the current format');
  assert.deepEqual(page.problems, []);
});

test('a full storage is said at the field and in the values in use, not ignored (issue 24.8)', async () => {
  const first = await openFresh('/commands');
  await first.close();
  const page = await site.open(null);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`${site.url}commands/konduit-connect`);
  await ready(page);
  await page.getByLabel('Namespace').fill('cpd-staging');
  const note = page.locator('[data-field="namespace"] [data-testid="not-saved"]');
  assert.match(await note.textContent(), /This browser's storage is full, so this value is not remembered for other pages, tabs or visits/);
  assert.equal(await note.getAttribute('role'), 'alert');
  assert.match(await page.textContent('[data-testid="values-not-saved"]'), /storage is full/);
  assert.equal(await page.getByLabel('Namespace').inputValue(), 'cpd-staging', 'the value still works on this page');
  await clean(page, 'a generator whose storage is full');
});

test('an invisible formatting character never reaches a command, from the address or typed (issue 24.5)', async () => {
  const page = await openFresh('/commands/local-restore?file=%E2%80%AEevil');
  assert.equal(
    await page.textContent('#cmd-local-restore-file-error'),
    'Error: Dump file contains an invisible formatting character (U+202E). Type the value again without it.',
  );
  assert.equal(await page.locator('[data-testid="command-preview"]').count(), 0);
  await page.getByLabel('Local database name').fill('pitr\u200Brestore');
  assert.match(await page.textContent('[data-testid="error-summary"]'), /Local database name contains an invisible formatting character \(U\+200B\)/);
  await page.getByLabel('Dump file').fill('evil\u2066.tar');
  assert.match(await page.textContent('#cmd-local-restore-file-error'), /\(U\+2066\)/);
  await page.getByLabel('Dump file').fill('evil.tar');
  await page.getByLabel('Local database name').fill('pitr-restore');
  assert.equal(await page.textContent('[data-testid="command-preview"]'), 'createdb pitr-restore\npg_restore -d pitr-restore evil.tar');
  await clean(page, 'a generator refusing a bidi override');
});

test('a value typed in one tab shows in the runbook\'s other tabs without a reload', async () => {
  const list = await openFresh('/commands');
  await list.locator('[data-testid="values-in-use-empty"]').waitFor();
  const other = await site.open('/commands/konduit-connect');
  await ready(other);
  await other.getByLabel('Namespace').fill('cpd-staging');
  await list.locator('[data-testid="values-in-use"]', { hasText: 'cpd-staging' }).waitFor();
  await other.getByLabel('Namespace').fill('');
  await list.locator('[data-testid="values-in-use-empty"]').waitFor();
  assert.deepEqual(list.problems, []);
  assert.deepEqual(other.problems, []);
});

test('a pre-filled address fills the generator and wins over remembered values', async () => {
  // A value remembered the way a person leaves one: typed into a generator.
  const typed = await openFresh('/commands/pitr-server-name');
  await typed.getByLabel('Source server').fill('remembered-server');
  const stored = await typed.evaluate((key) => localStorage.getItem(key), KEY);
  assert.match(stored ?? '', /^values\/3:/, 'the value is remembered, as labelled text');
  const page = await openFresh('/commands/pitr-server-name?source-server=s189t01-cpdec2-st-pg&date=2026-05-22', stored);
  assert.equal(await page.getByLabel('Source server').inputValue(), 's189t01-cpdec2-st-pg');
  assert.equal(await page.textContent('[data-testid="command-preview"]'), 's189t01-cpdec2-st-pg-pitr-20260522');
  const remembered = await openFresh('/commands/pitr-server-name', stored);
  assert.equal(await remembered.getByLabel('Source server').inputValue(), 'remembered-server');
});

test('a hostile address gives field errors, not a blank page; an unknown generator has a way on', async () => {
  const page = await openFresh('/commands/konduit-connect?server=%24(reboot)&command=bash&nonsense=1');
  assert.match(await page.textContent('[data-testid="error-summary"]'), /Database server must be an Azure server name.*Command to run must be one of: psql, pg_dump, pg_restore/s);
  const missing = await openFresh('/commands/no-such-generator');
  assert.equal(await missing.textContent('main h1'), 'Command generator not found');
  await missing.getByRole('link', { name: 'list of command generators' }).click();
  await missing.waitForURL(/\/commands$/);
  await ready(missing);
  assert.equal(await missing.textContent('main h1'), 'Command generators');
});

test('a doc page whose generator cannot be fetched keeps its text and says why', async () => {
  // Without the service worker, which would answer from its cache before the route could.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/data-[0-9a-f]{16}\/generators\/konduit-connect\.bin$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${site.url}docs/konduit`);
  await page.locator('[data-testid="data-problem"]').waitFor();
  assert.match(await page.textContent('[data-testid="data-problem"]'), /The command generator “konduit-connect” could not be downloaded\. Check your connection/);
  assert.equal(await page.textContent('main h1'), 'Connecting to a database with Konduit', 'the static page is still there');
  assert.ok((await page.textContent('main')).includes('bin/konduit.sh'), 'and its commands');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('damaged remembered values are reported, offered for download and reset, never a crash', async () => {
  // A count of one value, then its name cut short.
  const page = await openFresh('/commands', 'values/3:AQU');
  assert.match(await page.textContent('[data-testid="values-problem"]'), /could not be read.*cleared/s);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  assert.deepEqual(page.problems, []);
  // Kept aside until dismissed, so another page offers it too; then downloaded as found.
  await page.reload();
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'remembered-values.txt');
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), 'values/3:AQU');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.damaged`), KEY), null, 'forgotten once dismissed');
  // What an earlier release wrote (JSON, format 1) is named as another version.
  const other = await openFresh('/commands', JSON.stringify({ 'schema-version': 1, values: { namespace: 'cpd-staging' } }));
  assert.match(await other.textContent('[data-testid="values-problem"]'), /different version of the runbook \(format 1, this is 3\)/);
});

test('checklists are numbered steps with the value to select; choosing another updates them', async () => {
  const page = await openFresh('/commands/maintenance-mode');
  const steps = page.locator('[data-testid="command-steps"] li');
  assert.equal(await steps.count(), 4);
  assert.equal(await steps.nth(2).locator('strong').textContent(), 'enable');
  await page.getByLabel('Disable (open the service)').check();
  assert.equal(await steps.nth(2).locator('strong').textContent(), 'disable');
  assert.match(page.url(), /\?mode=disable$/);
  assert.match(await page.textContent('[data-testid="production-warning"]'), /runs against production/);
});

test('a restore time is converted to UTC, with a warning outside the one-week window', async () => {
  const page = await openFresh('/commands/restore-timestamp');
  await page.getByRole('textbox', { name: 'Restore time' }).fill('2020-05-22 15:00 +01:00');
  assert.equal(await page.textContent('[data-testid="command-preview"]'), '2020-05-22T14:00:00Z');
  assert.match(await page.textContent('.generator__output'), /Warning This is more than a week ago/);
  assert.doesNotMatch(await page.textContent('.generator__output'), /read as UTC/, 'the offset was given');
  // No offset in British Summer Time: read as UTC, and the output says so.
  await page.getByRole('textbox', { name: 'Restore time' }).fill('2020-05-22 15:00');
  assert.equal(await page.textContent('[data-testid="command-preview"]'), '2020-05-22T15:00:00Z');
  assert.match(await page.textContent('.generator__output'), /No offset was given, so this time is read as UTC\. .* add \+01:00/);
  await page.getByRole('textbox', { name: 'Restore time' }).fill('yesterday');
  assert.match(await page.textContent('#cmd-restore-timestamp-timestamp-error'), /Restore time should look like 2026-05-22 14:30/);
  // A cleared field is an error, not a silent default.
  await page.getByRole('textbox', { name: 'Restore time' }).fill('');
  assert.match(await page.textContent('#cmd-restore-timestamp-timestamp-error'), /Restore time is empty: enter one, for example “2026-05-22 14:30 \+01:00”/);
});

test('a generator embedded in a doc page works there, next to the literal examples', async () => {
  const page = await openFresh('/docs/konduit');
  const embedded = page.locator('[data-testid="embedded-generator"]');
  assert.equal(await embedded.count(), 1);
  assert.ok(await page.locator('#build-the-command').isVisible(), 'under its own heading');
  assert.equal(await page.locator('.code-block code', { hasText: KONDUIT }).count(), 1, 'the literal example is kept');
  await embedded.getByLabel('Database server').fill('s189p01-cpdec2-pd-pg-pitr');
  await embedded.getByLabel('Deployment').fill('cpd-ec2-production-web');
  assert.equal(await embedded.locator('[data-testid="command-preview"]').textContent(), KONDUIT);
  assert.ok(!page.url().includes('?'), 'an embedded generator leaves the doc page address alone');
  await clean(page, '/docs/konduit with an embedded generator');
  await embedded.getByRole('button', { name: 'Copy command' }).click();
  await embedded.locator('.generator__confirm .error-message').waitFor();
  await embedded.getByLabel('I understand this runs against production').check();
  await embedded.getByRole('button', { name: 'Copy command' }).click();
  await embedded.locator('[data-testid="copy-status"]', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), KONDUIT);
});

test('a generator works by keyboard alone', async () => {
  const page = await openFresh('/commands/manual-deploy');
  await page.getByLabel('Docker image').focus();
  await page.keyboard.type('ghcr.io/dfe-digital/abc123');
  assert.equal(await page.textContent('[data-testid="command-preview"]'), 'DOCKER_IMAGE=ghcr.io/dfe-digital/abc123 make production terraform-apply');
  // Tab to the confirmation, tick it with Space, then Tab to Copy and press Enter.
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.type)) !== 'checkbox'; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement.textContent)).startsWith('Copy'); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="copy-status"]', { hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'DOCKER_IMAGE=ghcr.io/dfe-digital/abc123 make production terraform-apply');
});

test('what a generator\'s address asks for that cannot be used is said, and the rest is used', async () => {
  const page = await openFresh('/commands/konduit-connect?server=s189p01-x&name=%00&%%%');
  assert.equal(await page.inputValue('#cmd-konduit-connect-server'), 's189p01-x', 'the usable part fills its field');
  const notices = await page.textContent('[data-testid="generator-notices"]');
  assert.match(notices, /Part of the address was ignored/);
  assert.match(notices, /The address mentions “name”, which this generator does not have, so it was ignored\./);
  assert.match(notices, /Part of the address \(“%%%”\) could not be read, so it was ignored\./);
  await clean(page, '/commands/konduit-connect with a damaged address');
});
