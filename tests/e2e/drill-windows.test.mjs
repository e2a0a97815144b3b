// The windows of a drill in progress (issues 23 and 24): the players' presentation mode, the
// console's controls first and its runbook links beside it, damaged or full storage said at
// the action that failed, a saved drill too large to read, the drill channel following only
// what carries the drill on, and address notices on every drill page.
// Simulated time is moved with the Pause and Advance controls, never by waiting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations } from './harness.mjs';

const SCENARIO = 'database-deleted';
const title = readFileSync(`content/drills/${SCENARIO}.toml`, 'utf8').match(/^title = "(.*)"$/m)[1];

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

async function clean(page, label) {
  assert.deepEqual(await axeViolations(page), [], `${label}: axe-core finds nothing`);
  assert.deepEqual(await cspViolations(page), [], `${label}: no CSP violations`);
}

/** A facilitator's window on a drill of `scenario` with `seed`; `fresh` empties the browser's storage first. */
async function start(page, seed, { scenario = SCENARIO, fresh = true } = {}) {
  if (fresh) {
    await page.goto(`${site.url}drills`);
    await ready(page);
    await page.evaluate(() => localStorage.clear());
  }
  await page.goto(`${site.url}drills/${scenario}?seed=${seed}`);
  await ready(page);
  await page.click('[data-testid="start-drill"]');
  await page.waitForURL(/drill\/facilitator/);
  await ready(page);
  return page;
}

async function pause(facilitator) {
  await facilitator.getByRole('button', { name: 'Pause the clock', exact: true }).click();
  await facilitator.locator('[data-testid="clock-status"]', { hasText: 'Paused' }).waitFor();
}

async function endDrill(facilitator) {
  await facilitator.click('[data-testid="end-drill"]');
  await facilitator.click('[data-testid="end-drill-confirmed"]');
  await facilitator.locator('[data-testid="drill-ended"]').waitFor();
}

const saved = (page) => page.evaluate(() => localStorage.getItem('runbook-drill'));

test('the players\' window has a presentation mode for a projector, reached from both windows', async () => {
  const facilitator = await start(await site.open(null), 31);
  await pause(facilitator);
  const link = facilitator.getByRole('link', { name: /players' view in presentation mode \(opens in new tab\)/ });
  assert.equal(await link.getAttribute('href'), '/drill/participant?view=present', "the facilitator's link opens it");
  assert.equal(await link.getAttribute('target'), '_blank');

  const players = await site.open('/drill/participant');
  await ready(players);
  await players.getByRole('link', { name: 'Presentation mode', exact: true }).click();
  await players.waitForURL(/participant\?view=present$/);
  await ready(players);
  for (const frame of ['header', '.side-nav', 'footer', '.header-search']) {
    assert.equal(await players.locator(frame).first().isVisible(), false, `no ${frame} in presentation mode`);
  }
  assert.equal(await players.locator('[data-testid="role-choice"]').count(), 0);
  const clock = players.locator('[data-testid="sim-clock"]');
  assert.ok(parseFloat(await clock.evaluate((e) => getComputedStyle(e).fontSize)) >= 80, 'a large clock');
  const deadline = players.locator('[data-testid="participant-decision"] .hint').first();
  assert.ok(parseFloat(await deadline.evaluate((e) => getComputedStyle(e).fontSize)) >= 26, 'large deadlines');
  await clean(players, '/drill/participant?view=present');

  // An inject arriving is marked as the newest and brought into view.
  await facilitator.getByRole('button', { name: 'Advance 15 min on the incident clock' }).click();
  const newest = players.locator('[data-newest]');
  await newest.waitFor();
  assert.equal(await players.locator('.drill-inject--newest').count(), 1);
  assert.match(await newest.textContent(), /^Latest/);
  await players.waitForFunction(() => {
    const r = document.querySelector('[data-newest]').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.ok(await players.evaluate(() => window.scrollY > 0), 'the page scrolled to it');
  await clean(players, '/drill/participant?view=present (an inject)');

  // Full screen by keyboard, and out again.
  const full = players.getByRole('button', { name: 'Full screen', exact: true });
  await full.focus();
  await players.keyboard.press('Enter');
  const outcome = await Promise.race([
    players.waitForFunction(() => document.fullscreenElement !== null).then(() => 'full screen'),
    players.getByRole('status').filter({ hasText: 'would not go full screen' }).waitFor().then(() => 'said it could not'),
  ]);
  if (outcome === 'full screen') {
    const leave = players.getByRole('button', { name: 'Leave full screen', exact: true });
    await leave.waitFor();
    await leave.focus();
    await players.keyboard.press('Enter');
    await players.waitForFunction(() => document.fullscreenElement === null);
    await players.getByRole('button', { name: 'Full screen', exact: true }).waitFor();
  }

  // Leaving presentation mode keeps the role; the address holds the mode.
  await players.goto(`${site.url}drill/participant?role=developer&view=present`);
  await ready(players);
  await players.locator('[data-testid="my-role"]').waitFor();
  await players.getByRole('link', { name: 'Leave presentation mode', exact: true }).click();
  await players.waitForURL(/participant\?role=developer$/);
  await ready(players);
  assert.equal(await players.locator('header').first().isVisible(), true);
  assert.deepEqual(players.problems, []);
  await players.close();

  // Without the Fullscreen API the button is not offered, and nothing breaks.
  const plain = await site.open(null);
  await plain.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false });
  });
  await plain.goto(`${site.url}drill/participant?view=present`);
  await ready(plain);
  await plain.locator('[data-testid="sim-clock"]').waitFor();
  assert.equal(await plain.getByRole('button', { name: 'Full screen' }).count(), 0);
  await clean(plain, '/drill/participant?view=present (no Fullscreen API)');
  assert.deepEqual(plain.problems, []);
  await plain.close();
  await facilitator.evaluate(() => localStorage.clear());
  await facilitator.close();
});

test('the console puts its controls on the first screen and opens runbook links beside itself', async () => {
  const page = await start(await site.open(null), 32);
  assert.deepEqual(page.viewportSize(), { width: 1200, height: 900 });
  for (const name of ['Pause the clock', 'Advance 15 min on the incident clock', 'End the drill']) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox();
    assert.ok(box && box.y + box.height <= 900, `${name} is on the first screen (bottom at ${box && box.y + box.height})`);
  }
  // The controls come straight after the clocks: before the seed, the links and the drill's text.
  assert.ok(await page.evaluate(() => {
    const controls = document.querySelector('section[aria-labelledby="controls-title"]');
    const after = (el) => (controls.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return [...document.querySelectorAll('main p, main section')].every((el) => controls.contains(el) || el.closest('.drill-clocks, .error-summary, .warning-text, .notification-banner') || after(el));
  }), 'nothing but the notices and the clocks comes before the controls');
  // Every link into the runbook opens in a new tab and says so.
  const links = await page.locator('main a[href*="/docs/"]').evaluateAll((as) =>
    as.map((a) => ({ text: a.textContent, target: a.target, rel: a.rel })));
  assert.ok(links.length >= 3, `the console links into the runbook: ${JSON.stringify(links)}`);
  for (const l of links) {
    assert.equal(l.target, '_blank', `${l.text} opens in a new tab`);
    assert.match(l.rel, /noopener/);
    assert.match(l.text, /\(opens in new tab\)$/, `${l.text} says so`);
  }
  await clean(page, '/drill/facilitator');
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('a damaged list of past drills is kept, offered for download and cleared only when chosen', async () => {
  const DAMAGED = 'past-drills/2:%%damaged%%';
  const page = await start(await site.open(null), 41);
  await page.evaluate((d) => localStorage.setItem('runbook-drill-past', d), DAMAGED);
  // Starting another drill files the first in the past drills: the list cannot take it.
  await start(page, 42, { fresh: false });
  const warning = page.locator('[data-testid="past-drills-damaged"]');
  await warning.waitFor();
  assert.match(await warning.textContent(), new RegExp(`“${title}” could not be added to the list of past drills`));
  assert.equal(await page.evaluate(() => localStorage.getItem('runbook-drill-past')), DAMAGED, 'the damaged list is not written over');
  assert.notEqual(await page.evaluate(() => localStorage.getItem('runbook-drill-replaced')), null, 'the replaced drill is kept');
  await clean(page, '/drill/facilitator (damaged past drills)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the list of past drills', exact: true }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), DAMAGED, 'the download is the list as it was');
  // A reload still writes nothing over it.
  await page.reload();
  await ready(page);
  await warning.waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('runbook-drill-past')), DAMAGED);
  // The list of drills offers the same.
  const list = await site.open('/drills');
  await ready(list);
  await list.locator('[data-testid="past-drills-damaged"]').waitFor();
  const [again] = await Promise.all([
    list.waitForEvent('download'),
    list.getByRole('button', { name: 'Download the list of past drills', exact: true }).click(),
  ]);
  assert.equal(readFileSync(await again.path(), 'utf8'), DAMAGED);
  await clean(list, '/drills (damaged past drills)');
  await list.close();
  // Clearing it is the reader's choice: then the replaced drill is filed in a new list.
  await page.getByRole('button', { name: 'Clear the list of past drills', exact: true }).click();
  await page.locator('[data-testid="drill-filed"]').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('runbook-drill-replaced')), null);
  await page.goto(`${site.url}drills`);
  await ready(page);
  const rows = await page.locator('[data-testid="past-drills"] tbody tr').allTextContents();
  assert.equal(rows.length, 1);
  assert.ok(rows[0].includes('41'), rows[0]);
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('full storage is said at the action that failed', async () => {
  const page = await site.open(null);
  // The browser refuses to save the list of past drills, or to keep a replaced drill.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if ((window.__refuse ?? []).includes(key) || (sessionStorage.getItem('refuse') ?? '').split(',').includes(key)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await start(page, 51);
  await page.evaluate(() => sessionStorage.setItem('refuse', 'runbook-drill-past'));
  await endDrill(page);
  const said = page.locator('[data-testid="past-drills-unsaved"]');
  await said.waitFor();
  assert.match(await said.textContent(), /would not save the list of past drills/);
  await clean(page, '/drill/facilitator (past drills not saved)');

  // Starting a drill over one in progress, when the browser will not keep the first.
  await page.evaluate(() => sessionStorage.setItem('refuse', ''));
  await start(page, 52);
  const before = await saved(page);
  await page.evaluate(() => sessionStorage.setItem('refuse', 'runbook-drill-replaced'));
  await page.goto(`${site.url}drills/github-down?seed=53`);
  await ready(page);
  await page.click('[data-testid="start-drill"]');
  await page.locator('.error-summary', { hasText: 'would not keep the drill in progress' }).waitFor();
  assert.match(page.url(), /drills\/github-down/, 'the new drill did not start');
  assert.equal(await saved(page), before, 'the drill in progress is still the one saved');
  await clean(page, '/drills/github-down (drill in progress not kept)');
  assert.deepEqual(page.problems, []);
  await page.evaluate(() => { sessionStorage.clear(); localStorage.clear(); });
  await page.close();
});

test('a saved drill too large to read is offered for download, with a fresh start, at once', async () => {
  const page = await site.open('/drills');
  await ready(page);
  const huge = `drill/2:${'A'.repeat(4_500_000)}`;
  await page.evaluate((h) => { localStorage.clear(); localStorage.setItem('runbook-drill', h); }, huge);
  for (const path of ['drill/facilitator', 'drill/participant', 'drills']) {
    const started = Date.now();
    await page.goto(`${site.url}${path}`);
    await ready(page);
    const where = path === 'drill/participant' ? '[data-testid="participant-problem"]' : '[data-testid="drill-recovery-reason"]';
    await page.locator(where, { hasText: 'too large to read' }).waitFor({ timeout: 5000 });
    const ms = Date.now() - started;
    assert.ok(ms < 5000, `/${path} said so in ${ms} ms`);
  }
  await page.goto(`${site.url}drill/facilitator`);
  await ready(page);
  await page.locator('[data-testid="drill-recovery-reason"]').waitFor();
  assert.match(await page.textContent('[data-testid="drill-raw-size"]'), /The saved data is 4395 KB, too long to show here/);
  assert.equal(await page.locator('[data-testid="drill-raw"]').count(), 0, 'not laid out in a text box');
  await clean(page, '/drill/facilitator (too large)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the saved data', exact: true }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8').length, huge.length, 'the whole text is offered');
  await page.getByRole('button', { name: 'Start afresh', exact: true }).click();
  await page.locator('main h1', { hasText: 'No drill in progress' }).waitFor();
  assert.equal(await saved(page), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the drill channel: what does not carry the drill on is ignored, and nothing reloads in a loop', async () => {
  // A log of another drill (another seed), which has ended.
  const page = await start(await site.open(null), 61);
  await pause(page);
  await endDrill(page);
  const otherEnded = await saved(page);
  // The drill in play, paused, and an older copy of its log.
  await start(page, 62);
  const started = await saved(page);
  await pause(page);
  const players = await site.open('/drill/participant');
  await ready(players);
  await players.locator('[data-testid="clock-status"]', { hasText: 'Paused' }).waitFor();
  await players.evaluate(() => { window.__sameDocument = true; });
  let loads = 0;
  players.on('load', () => { loads += 1; });

  const post = (texts) => page.evaluate((ts) => {
    const channel = new BroadcastChannel('runbook-drill');
    for (const t of ts) channel.postMessage(t);
    channel.close();
  }, texts);
  // A scenario this page did not load (the retired one), posted again and again.
  const id = 'retired-drill';
  const retired = `drill/2:${Buffer.from([id.length, ...Buffer.from(id), 1, 0]).toString('base64').replace(/=+$/, '')}`;
  const github = readFileSync('content/drills/github-down.toml', 'utf8').match(/^title = "(.*)"$/m)[1];
  await post([otherEnded, started, retired, retired, retired]);
  // A message that does carry the drill on is still followed, after the others.
  await page.getByRole('button', { name: 'Resume the clock', exact: true }).click();
  await players.locator('[data-testid="clock-status"]', { hasText: 'Running' }).waitFor();
  assert.equal(await players.textContent('main h1'), title);
  assert.ok(await players.evaluate(() => window.__sameDocument === true), 'the window never reloaded');
  assert.equal(loads, 0);
  // The older copy did not take the clock back to Paused, nor the other drill end it.
  await post([started, otherEnded]);
  await page.getByRole('button', { name: 'Advance 1 min on the incident clock' }).click();
  await players.waitForTimeout(500);
  assert.equal(await players.textContent('[data-testid="clock-status"]'), 'Running');
  assert.equal(await players.textContent('main h1'), title, `not ${github}`);
  assert.equal(loads, 0);
  assert.deepEqual(players.problems, []);
  await players.close();
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('every drill page says which part of its address it ignored', async () => {
  const page = await site.open('/drills');
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  for (const [path, ignored] of [
    ['drills?utm_source=mail', 'utm_source'],
    [`drills/${SCENARIO}?seed=5&colour=red`, 'colour'],
    ['drill/facilitator?debug=1', 'debug'],
    ['drill/participant?role=developer&mode=big', 'mode'],
    ['drill/participant?view=cinema', 'cinema'],
  ]) {
    await page.goto(`${site.url}${path}`);
    await ready(page);
    const notice = page.locator('[data-testid="drill-notices"]');
    await notice.waitFor();
    assert.match(await notice.textContent(), new RegExp(`Part of the address was ignored.*“${ignored}”`, 's'), path);
    await clean(page, `/${path}`);
  }
  await page.goto(`${site.url}drills/${SCENARIO}?seed=5`);
  await ready(page);
  assert.equal(await page.locator('[data-testid="drill-notices"]').count(), 0, 'nothing to say, nothing said');
  assert.deepEqual(page.problems, []);
  await page.close();
});
