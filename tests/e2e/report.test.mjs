// The after-action report (issues 23 and 24): a drill ended early misses nothing still
// ahead; the report has its date, who took part, the discussion and the runbook's titles, in
// both exports; new seeds are short and old ones still work; damaged saved edits are kept
// for the reader; an import is bounded and speaks of the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations } from './harness.mjs';

const SCENARIO = 'database-deleted';
const toml = readFileSync(`content/drills/${SCENARIO}.toml`, 'utf8');
const prompts = [...toml.match(/^discussion = \[\n([\s\S]*?)\n\]/m)[1].matchAll(/"(.*)"/g)].map((m) => m[1]);
const EDITS_KEY = 'runbook-drill-report-edits';

let site;

/** What a report's summary list says for `key` (its row's value), by the term's text. */
function summaryValue(page, key, options) {
  const value = page.getByRole('term').filter({ hasText: new RegExp(`^${key}$`) }).locator('xpath=following-sibling::dd[1]');
  return options ? value.filter(options) : value;
}

/** What the report page says when this browser holds no drill. */
const NO_REPORT = 'There is no drill to report on in this browser.';
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function clean(page, label) {
  assert.deepEqual(await axeViolations(page), [], `${label}: axe-core finds nothing`);
  assert.deepEqual(await cspViolations(page), [], `${label}: no CSP violations`);
}

/** As drills.test.mjs: a facilitator's window on a new drill of SCENARIO, paused. */
async function startPaused(seed) {
  const page = await site.open('/drills');
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${site.url}drills/${SCENARIO}?seed=${seed}`);
  await ready(page);
  const before = Date.now();
  await page.click('[data-testid="start-drill"]');
  await page.waitForURL(/drill\/facilitator/);
  await ready(page);
  await page.getByRole('button', { name: 'Pause the clock', exact: true }).click();
  await page.locator('[data-testid="clock-status"]', { hasText: 'Paused' }).waitFor();
  page.startedBefore = before;
  return page;
}

async function endAndReport(page) {
  await page.click('[data-testid="end-drill"]');
  await page.click('[data-testid="end-drill-confirmed"]');
  await page.locator('[data-testid="drill-ended"]').waitFor();
  await page.getByRole('link', { name: 'Write the after-action report', exact: true }).click();
  await page.waitForURL(/drill\/report/);
  await ready(page);
  await summaryValue(page, 'Decisions').waitFor();
}

async function download(page, testidOrName) {
  const button = testidOrName === 'json'
    ? page.getByRole('button', { name: 'Download JSON', exact: true })
    : page.getByRole('button', { name: 'Download Markdown', exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** "3 December 2026, 17:27 UTC", as the report says when a drill started. */
function utcLabel(ms) {
  const d = new Date(ms);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

/** How the runbook's link to `slug#anchor` reads: the page's title and the section's heading. */
function runbookTitle(reference) {
  const [slug, anchor] = reference.split('#');
  const doc = readFileSync(`content/docs/${slug}.md`, 'utf8');
  const title = doc.match(/^title = "(.*)"$/m)[1];
  const heading = [...doc.matchAll(/^#+ (.*)$/gm)].map((m) => m[1])
    .find((h) => h.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') === anchor);
  return `${title}: ${heading}`;
}

test('a drill ended early: decisions still ahead are not reached, not missed, on the page and in both exports', async () => {
  const page = await startPaused(42);
  // 5 minutes in: the first call (5 minutes to decide) is past its deadline; "Which restore"
  // (deadline 13:00) and the contact decision (25:00) are still ahead.
  await page.getByRole('button', { name: 'Advance 5 min on the incident clock' }).click();
  await page.locator('[data-testid="sim-clock"]', { hasText: '05:' }).waitFor();
  await endAndReport(page);
  assert.equal(await summaryValue(page, 'Decisions').textContent(),
    '0 met, 1 missed, 1 critical miss; 2 not reached (the drill ended early)');
  const decisions = await page.getByRole('table', { name: 'Each decision, what was chosen and what the runbook says' }).textContent();
  assert.match(decisions, /Which restore[^]*Not reached \(ended early\)/);
  assert.equal((decisions.match(/Not reached \(ended early\)/g) ?? []).length, 2);
  assert.match(decisions, /No decision \(critical\)/, 'the call whose deadline passed is still missed');
  assert.ok(!(await page.getByRole('list', { name: 'What to improve', exact: true }).textContent()).includes('Which restore'), 'nothing to improve about a decision never due');
  await clean(page, '/drill/report (ended early)');

  const md = await download(page, 'markdown');
  assert.match(md, /- Decisions met: 0, missed: 1, critical misses: 1; 2 not reached \(the drill ended early\)\n/);
  assert.match(md, /\| Which restore[^\n]*\| Not reached \(ended early\) \|/);
  const json = JSON.parse(await download(page, 'json'));
  assert.equal(json['schema-version'], 2);
  assert.deepEqual([json.met, json.missed, json['critical-misses']], [0, 1, 1]);
  assert.equal(json.decisions.filter((d) => d.outcome === 'ended-early').length, 2);
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('the report has its date, who took part, the discussion and the runbook by title, kept and exported', async () => {
  const page = await startPaused(7);
  await endAndReport(page);
  const started = await summaryValue(page, 'Started').textContent();
  assert.ok([utcLabel(page.startedBefore), utcLabel(Date.now())].includes(started), `the drill's date and time: ${started}`);

  // The runbook, linked by the titles a reader knows, not by slugs.
  const which = toml.match(/id = "which-restore"[^]*?runbook = "(.*)"/)[1];
  const link = page.getByRole('table', { name: 'Each decision, what was chosen and what the runbook says' }).getByRole('link', { name: runbookTitle(which), exact: true });
  assert.match(await link.getAttribute('href'), new RegExp(`/docs/${which}$`));

  // Who took part: every problem at once, then the facilitator and two attendees.
  await page.getByRole('button', { name: 'Add attendee', exact: true }).click();
  assert.match(await page.textContent('#attendee-name-error'), /Enter the attendee's name/);
  assert.match(await page.textContent('#attendee-role-error'), /Enter their role/);
  await clean(page, '/drill/report (attendee errors)');
  await page.fill('#facilitator-name', ' Ada Lovelace ');
  await page.getByRole('button', { name: 'Save facilitator', exact: true }).click();
  await summaryValue(page, 'Facilitator', { hasText: 'Ada Lovelace' }).waitFor();
  for (const [name, role] of [['Bo Diddley', 'Incident lead'], ['Cy Twombly', 'Observer']]) {
    await page.fill('#attendee-name', name);
    await page.fill('#attendee-role', role);
    await page.getByRole('button', { name: 'Add attendee', exact: true }).click();
    await page.getByRole('table', { name: 'Attendees and their roles' }).filter({ hasText: name }).waitFor();
  }
  assert.equal(await page.locator('#attendee-name-error').count(), 0);

  // The scenario's discussion prompts, each with room for the answer.
  assert.ok(prompts.length > 0, 'the scenario has discussion prompts');
  for (const [i, prompt] of prompts.entries()) {
    assert.equal(await page.getByLabel(`${i + 1}. ${prompt}`, { exact: true }).inputValue(), '');
  }
  await page.getByLabel(`1. ${prompts[0]}`, { exact: true }).fill('A second pair of eyes on production commands');
  await page.getByRole('button', { name: 'Save answers', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Answers saved' }).waitFor();
  await clean(page, '/drill/report (who took part, discussion)');

  // All of it is kept through a reload.
  await page.reload();
  await ready(page);
  await page.getByRole('table', { name: 'Attendees and their roles' }).filter({ hasText: 'Cy Twombly' }).waitFor();
  assert.equal(await summaryValue(page, 'Facilitator').textContent(), 'Ada Lovelace');
  assert.equal(await page.inputValue('#facilitator-name'), 'Ada Lovelace');
  assert.equal(await page.getByLabel(`1. ${prompts[0]}`, { exact: true }).inputValue(), 'A second pair of eyes on production commands');

  // Both exports have them.
  const md = await download(page, 'markdown');
  assert.ok(md.includes(`- Started: ${started}\n`), md);
  assert.ok(md.includes('- Facilitator: Ada Lovelace\n- Attendees: Bo Diddley (Incident lead), Cy Twombly (Observer)\n'), md);
  assert.ok(md.includes(`## Discussion\n\n### 1. ${prompts[0]}\n\nA second pair of eyes on production commands\n`), md);
  assert.ok(md.includes(`### 2. ${prompts[1]}\n\nAnswer:\n\n`), 'room to write an answer in');
  assert.ok(md.includes(`([${runbookTitle(which)}](${site.origin}/docs/${which}))`), `a whole address, by title: ${md}`);
  await page.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Markdown copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md, 'the copy is the download');
  // A copy the browser refuses is an error, in the error colour, never the green of success.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
  });
  await page.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
  const exportStatus = page.getByRole('status').filter({ hasText: 'Could not copy' });
  await exportStatus.waitFor();
  assert.equal((await exportStatus.textContent()).trim(), 'Error: Could not copy: download the Markdown instead');
  assert.equal(await exportStatus.evaluate((el) => getComputedStyle(el).color), 'rgb(212, 53, 28)');
  const text = await download(page, 'json');
  const json = JSON.parse(text);
  assert.equal(json.facilitator, 'Ada Lovelace');
  assert.deepEqual(json.attendees, [{ name: 'Bo Diddley', role: 'Incident lead' }, { name: 'Cy Twombly', role: 'Observer' }]);
  assert.deepEqual(json.discussion.map((d) => d.prompt), prompts);
  assert.equal(json.discussion[0].answer, 'A second pair of eyes on production commands');

  // Imported into a browser with no drill, it shows them all.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  await page.getByText(NO_REPORT).waitFor();
  await page.fill('#report-json', text);
  await page.getByRole('button', { name: 'Import report', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'The report was imported.' }).waitFor();
  assert.equal(await summaryValue(page, 'Facilitator').textContent(), 'Ada Lovelace');
  assert.match(await page.getByRole('table', { name: 'Attendees and their roles' }).textContent(), /Bo Diddley.*Incident lead/s);
  assert.equal(await page.getByLabel(`1. ${prompts[0]}`, { exact: true }).inputValue(), 'A second pair of eyes on production commands');
  assert.equal(await summaryValue(page, 'Started').textContent(), started);
  await clean(page, '/drill/report (imported, with who took part)');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('seeds: a new one is six digits to write down; a long one from before still works', async () => {
  const page = await site.open('/drills');
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  assert.match(await page.inputValue('#seed'), /^\d{6}$/);
  await page.getByRole('button', { name: 'New random seed', exact: true }).click();
  assert.match(await page.inputValue('#seed'), /^\d{6}$/);
  await page.goto(`${site.url}drills/${SCENARIO}`);
  await ready(page);
  assert.match(await page.inputValue('#drill-seed'), /^\d{6}$/);

  // The wheel with an old, long seed: the same pick every time.
  const long = '18446744073709551615';
  await page.goto(`${site.url}drills`);
  await ready(page);
  await page.fill('#seed', long);
  await page.getByRole('button', { name: 'Spin the wheel', exact: true }).click();
  const picked = await page.locator('[data-testid="wheel-result"]').textContent();
  assert.match(picked, new RegExp(`seed ${long}`));
  await page.fill('#seed', '1234');
  await page.getByRole('button', { name: 'Spin the wheel', exact: true }).click();
  await page.locator('[data-testid="wheel-result"]', { hasText: 'seed 1234.' }).waitFor();
  await page.fill('#seed', long);
  await page.getByRole('button', { name: 'Spin the wheel', exact: true }).click();
  assert.equal(await page.locator('[data-testid="wheel-result"]').textContent(), picked, 'same seed, same pick');
  const href = await page.locator('[data-testid="wheel-result"] a').getAttribute('href');
  assert.ok(href.endsWith(`?seed=${long}`), href);

  // An address with the long seed starts that drill.
  await page.goto(`${site.url}drills/${SCENARIO}?seed=${long}`);
  await ready(page);
  assert.equal(await page.inputValue('#drill-seed'), long);
  await page.click('[data-testid="start-drill"]');
  await page.waitForURL(/drill\/facilitator/);
  await ready(page);
  assert.equal(await page.textContent('[data-testid="drill-seed"]'), long);
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('damaged saved edits are kept and offered for download until the reader chooses; a newer build\'s are never discarded', async () => {
  const page = await startPaused(11);
  await endAndReport(page);
  await page.fill('#went-well-new', 'Calm hand-over');
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await page.getByRole('list', { name: 'What went well', exact: true }).filter({ hasText: 'Calm hand-over' }).waitFor();
  const good = await page.evaluate((k) => localStorage.getItem(k), EDITS_KEY);
  assert.match(good, /^report-edits\/2:/);
  const stored = () => page.evaluate((k) => localStorage.getItem(k), EDITS_KEY);
  const addWentWell = async (text) => {
    await page.fill('#went-well-new', text);
    await page.getByRole('button', { name: 'Add', exact: true }).first().click();
    await page.getByRole('list', { name: 'What went well', exact: true }).filter({ hasText: text }).waitFor();
  };

  // Cut by one character: said so, with the text as it was saved.
  const cut = good.slice(0, -1);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [EDITS_KEY, cut]);
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('[data-testid="drill-recovery"] h2'), /Saved changes to the report could not be read/);
  assert.match(await page.textContent('[data-testid="drill-recovery-reason"]'), /could not be read/);
  assert.equal(await page.inputValue('[data-testid="drill-raw"]'), cut);
  assert.equal(await stored(), cut, 'loading leaves them as they were');
  await clean(page, '/drill/report (damaged edits)');
  // An edit now is not saved over them.
  await addWentWell('Typed while they were damaged');
  assert.equal(await stored(), cut, 'an edit does not overwrite them');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved data', exact: true }).click()]);
  assert.equal(file.suggestedFilename(), 'saved-report-changes.txt');
  assert.equal(readFileSync(await file.path(), 'utf8'), cut, 'the download is exactly what was saved');
  // The reader chooses to discard them: then edits are saved again.
  await page.getByRole('button', { name: 'Discard the saved changes', exact: true }).click();
  await page.locator('[data-testid="drill-recovery"]').waitFor({ state: 'detached' });
  assert.equal(await stored(), null);
  await addWentWell('Saved again');
  assert.match(await stored(), /^report-edits\/2:/);

  // A newer build's edits: said to be newer, not damaged, with no way to discard them.
  const newer = (await stored()).replace(/^report-edits\/2:/, 'report-edits/3:');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [EDITS_KEY, newer]);
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('[data-testid="drill-recovery-reason"]'), /made by a newer build of the runbook \(format 3; this is 2\)/);
  assert.equal(await page.getByRole('button', { name: 'Discard the saved changes' }).count(), 0);
  await addWentWell('Typed beside a newer build');
  await page.reload();
  await ready(page);
  await page.locator('[data-testid="drill-recovery"]').waitFor();
  assert.equal(await stored(), newer, 'never deleted or overwritten');
  await clean(page, '/drill/report (a newer build\'s edits)');
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('an import is bounded and says what is wrong with the file', async () => {
  const page = await site.open('/drills');
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${site.url}drill/report`);
  await ready(page);
  const report = {
    'schema-version': 1, 'scenario-id': SCENARIO, 'scenario-title': 'Reviewed', seed: 7,
    started: { wall_ms: 0, sim_ms: 0 }, ended: null, timeline: [], decisions: [],
    met: 0, missed: 0, 'critical-misses': 0, 'went-well': [], 'to-improve': [], notes: [], actions: [],
  };
  const importing = async (text) => {
    // Set in one step: typing megabytes would test the keyboard, not the import.
    await page.locator('#report-json').evaluate((field, t) => { field.value = t; }, text);
    const started = Date.now();
    await page.getByRole('button', { name: 'Import report', exact: true }).click();
    await page.locator('#report-json-error').waitFor({ timeout: 10000 });
    const message = (await page.textContent('#report-json-error')).replace(/^Error: /, '');
    return { message, took: Date.now() - started };
  };

  const notes = Array.from({ length: 100000 }, () => ({ 'sim-ms': 0, 'wall-ms': 0, text: 'x' }));
  const many = await importing(JSON.stringify({ ...report, notes }));
  assert.equal(many.message, 'This file has 100000 notes; a report can have at most 1000.');
  assert.ok(many.took < 5000, `refused in a moment, not a hang: ${many.took} ms`);
  assert.match(await page.locator('.error-summary').textContent(), /This file has 100000 notes/);
  await clean(page, '/drill/report (too many notes)');

  const big = await importing(JSON.stringify({ ...report, 'scenario-title': 'x'.repeat(6_000_000) }));
  assert.equal(big.message, 'This file is 6 MB; a report can be at most 5 MB.');

  for (const [text, said] of [
    ['{"schema-version": 2, "scenario-id": 3}', /^This file is not a report this runbook can read: “scenario-id” is a number, not text\.$/],
    ['{"schema-version": 3}', /^This file was made by a newer version of the runbook \(format 3; this is 2\)/],
    ['{"schema-version": 1, "seed": ', /^This file is not a report this runbook can read: it ends where a value should be/],
  ]) {
    const { message } = await importing(text);
    assert.match(message, said);
    assert.doesNotMatch(message, /saved drill/i, 'an import speaks of the file, not a saved drill');
  }

  // A file exported before (format 1) still imports.
  await page.locator('#report-json').evaluate((field, t) => { field.value = t; }, JSON.stringify(report));
  await page.getByRole('button', { name: 'Import report', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'The report was imported.' }).waitFor();
  assert.equal(await page.locator('#report-json-error').count(), 0);
  assert.equal(await summaryValue(page, 'Facilitator').textContent(), 'Not recorded yet');
  assert.deepEqual(page.problems, []);
  await page.close();
});
