// Players on their own devices, with no server (issue 21): a drill on two separate browser
// contexts (no shared storage, no BroadcastChannel between them) kept in step by the
// facilitator's sync code, through the join link; bad, stale and other drills' codes said
// plainly, with a way on; axe-core on the join and sync UI on both sides.
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

/** The facilitator's console on a fresh drill of SCENARIO with `seed`, paused. */
async function facilitatorOn(seed) {
  const page = await site.open('/drills');
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${site.url}drills/${SCENARIO}?seed=${seed}`);
  await ready(page);
  await page.click('[data-testid="start-drill"]');
  await page.waitForURL(/drill\/facilitator/);
  await ready(page);
  await page.getByRole('button', { name: 'Pause the clock', exact: true }).click();
  await page.locator('[data-testid="clock-status"]', { hasText: 'Paused' }).waitFor();
  return page;
}

const syncCode = (facilitator) =>
  facilitator.getByRole('region', { name: 'Players on other devices' }).getByLabel('Sync code', { exact: true }).inputValue();

async function paste(player, code) {
  const field = player.getByLabel('Sync code', { exact: true });
  await field.fill(code);
  await player.getByRole('button', { name: 'Bring up to date' }).click();
}

/** The times and titles of the injects a window shows, in order (the players' window marks the newest "Latest"). */
const injects = async (page) =>
  (await page.locator('[data-testid="inject"] h3').allTextContents()).map((t) => t.replace(/^Latest\s*/, ''));

test('a player on another device joins by link and follows the drill by sync code', async () => {
  const facilitator = await facilitatorOn(31);
  const remote = facilitator.getByRole('region', { name: 'Players on other devices' });
  const join = await remote.getByRole('link', { name: /drill\/participant\?drill=/ }).getAttribute('href');
  assert.equal(join, `${site.origin}/drill/participant?drill=${SCENARIO}&seed=31`, 'the join link names the scenario and seed');
  const firstCode = await syncCode(facilitator);
  assert.match(firstCode, /^SYNC1-[A-Z2-7]+$/);
  // Both as QR codes, drawn as SVG.
  await remote.getByText('Show the join link as a QR code').click();
  await remote.getByText('Show the sync code as a QR code').click();
  for (const name of ['QR code of the join link', 'QR code of the sync code']) {
    const qr = remote.getByRole('img', { name });
    assert.ok(await qr.isVisible(), `${name} shows`);
    assert.ok((await qr.locator('path').getAttribute('d')).length > 100, `${name} has its modules`);
  }
  await clean(facilitator, 'the console with the join link and sync code');

  // Another browser context: its own storage, so nothing reaches it but what is pasted.
  const other = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const player = await other.newPage();
  const problems = [];
  player.on('pageerror', (e) => problems.push(e.message));
  player.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await player.goto(join);
  await ready(player);
  await player.getByRole('heading', { level: 1, name: `Joined: ${title}` }).waitFor();
  assert.equal(await player.evaluate(() => localStorage.getItem('runbook-drill')), null, 'no shared storage');
  await clean(player, 'a joined window before its first code');

  // Bad codes: a clear message at the field, and the window unchanged.
  await paste(player, 'hello');
  const error = player.locator('#sync-code-error');
  await error.filter({ hasText: 'This is not a sync code.' }).waitFor();
  await player.waitForFunction(() => document.activeElement?.id === 'sync-code'); // focus goes back to the field
  await paste(player, firstCode.slice(0, -4));
  await error.filter({ hasText: 'This sync code is damaged or incomplete.' }).waitFor();
  await paste(player, firstCode.replace('SYNC1-', 'SYNC9-'));
  await error.filter({ hasText: 'from a newer version of the runbook' }).waitFor();
  assert.match(await player.getByLabel('Sync code', { exact: true }).getAttribute('aria-describedby'), /sync-code-error/);
  await clean(player, 'a refused code');

  // Event 1: the drill started (and paused): the window catches up.
  await paste(player, firstCode);
  await player.getByRole('status').filter({ hasText: 'Brought up to date: 2 new events.' }).waitFor();
  await player.locator('[data-testid="participant-view"]').waitFor();
  assert.equal(await player.locator('[data-testid="clock-status"]').textContent(),
    await facilitator.locator('[data-testid="clock-status"]').textContent());
  assert.equal(await player.getByLabel('Sync code', { exact: true }).inputValue(), '', 'the field is ready for the next');
  assert.equal(await player.locator('#sync-code-error').count(), 0);

  // Event 2: the facilitator moves the clock on and an inject arrives; the code changes.
  await facilitator.getByRole('button', { name: 'Advance 15 min on the incident clock' }).click();
  await facilitator.locator('[data-testid="inject"]').first().waitFor();
  const secondCode = await syncCode(facilitator);
  assert.notEqual(secondCode, firstCode, 'the code is re-shown after the event');
  assert.deepEqual(await injects(player), [], 'nothing new until the code is pasted');
  await paste(player, secondCode);
  await player.getByRole('status').filter({ hasText: /Brought up to date: \d+ new events?\./ }).waitFor();
  await player.locator('[data-testid="inject"]').first().waitFor();
  assert.deepEqual(await injects(player), await injects(facilitator), 'both windows show the same injects');
  assert.equal(await player.locator('[data-testid="sim-clock"]').textContent(),
    await facilitator.locator('[data-testid="sim-clock"]').textContent(), 'and the same incident clock');
  await clean(player, 'a joined window following the drill');

  // The same code again is up to date; an older one is stale and changes nothing.
  await paste(player, secondCode);
  await player.getByRole('status').filter({ hasText: 'This window was already up to date.' }).waitFor();
  await paste(player, firstCode);
  await error.filter({ hasText: 'This sync code is older than what this window shows' }).waitFor();
  assert.deepEqual(await injects(player), await injects(facilitator));

  // A reload keeps what the last code brought.
  await player.reload();
  await ready(player);
  await player.locator('[data-testid="inject"]').first().waitFor();
  assert.deepEqual(await injects(player), await injects(facilitator));

  // A code for another drill names it and offers to join that drill instead.
  await player.goto(`${site.url}drill/participant?drill=${SCENARIO}&seed=99`);
  await ready(player);
  await paste(player, secondCode);
  await error.filter({ hasText: 'This sync code is for another drill' }).waitFor();
  const instead = player.getByRole('link', { name: 'Join the drill this code is for' });
  assert.equal(await instead.getAttribute('href'), `/drill/participant?drill=${SCENARIO}&seed=31`);
  await instead.click();
  await player.waitForURL(/seed=31$/);
  await ready(player);
  await player.locator('[data-testid="inject"]').first().waitFor();

  // A broken join link says so.
  await player.goto(`${site.url}drill/participant?drill=${SCENARIO}&seed=soon`);
  await ready(player);
  await player.getByText('The join link\'s seed “soon” is not a whole number').waitFor();

  assert.deepEqual(problems, []);
  assert.deepEqual(facilitator.problems, []);
  await other.close();
  await facilitator.close();
});

test('a live link (WebRTC, host candidates only, codes swapped by hand) keeps a player\'s window in step by itself', async () => {
  const facilitator = await facilitatorOn(47);
  const remote = facilitator.getByRole('region', { name: 'Players on other devices' });
  const join = await remote.getByRole('link', { name: /drill\/participant\?drill=/ }).getAttribute('href');

  const other = await site.browser.newContext();
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  const player = await other.newPage();
  const problems = [];
  player.on('pageerror', (e) => problems.push(e.message));
  player.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await player.goto(join);
  await ready(player);
  const follow = player.getByRole('region', { name: 'Follow live' });

  // The wrong code in each place says where it goes.
  await follow.getByLabel('Live link code', { exact: true }).fill(await syncCode(facilitator));
  await follow.getByRole('button', { name: 'Make my answer' }).click();
  await follow.locator('#live-offer-error').filter({ hasText: 'This is not a live link code.' }).waitFor();

  await remote.getByRole('button', { name: 'Make a live link' }).click();
  const offer = await remote.getByLabel('Live link code for the player').inputValue();
  assert.match(offer, /^OFFER1-[A-Z2-7]+$/);
  await remote.getByLabel("The player's answer code").fill(offer);
  await remote.getByRole('button', { name: 'Connect' }).click();
  await remote.locator('#live-answer-error').filter({ hasText: "This is the console's own live link code" }).waitFor();
  await clean(facilitator, 'the console making a live link');

  await follow.getByLabel('Live link code', { exact: true }).fill(offer);
  await follow.getByRole('button', { name: 'Make my answer' }).click();
  const answerField = follow.getByLabel('Your answer code');
  await answerField.waitFor();
  const answer = await answerField.inputValue();
  assert.match(answer, /^ANSWER1-[A-Z2-7]+$/);
  const sdp = (code) => Buffer.from(code, 'utf8').length;
  await clean(player, 'a joined window with its answer code');

  const t0 = Date.now();
  await remote.getByLabel("The player's answer code").fill(answer);
  await remote.getByRole('button', { name: 'Connect' }).click();
  await remote.getByText('Live link 1: connected', { exact: false }).waitFor({ timeout: 15000 });
  // The drill so far arrives as the channel opens, with nothing pasted.
  await follow.getByText('Following live: this window updates by itself after each event.').waitFor();
  await player.locator('[data-testid="participant-view"]').waitFor();
  const connectedMs = Date.now() - t0;
  assert.equal(await player.locator('[data-testid="clock-status"]').textContent(),
    await facilitator.locator('[data-testid="clock-status"]').textContent());

  // Two more events follow by themselves: an inject arriving, then the clock running again.
  await facilitator.getByRole('button', { name: 'Advance 15 min on the incident clock' }).click();
  await facilitator.locator('[data-testid="inject"]').first().waitFor();
  await player.locator('[data-testid="inject"]').first().waitFor();
  assert.deepEqual(await injects(player), await injects(facilitator), 'the inject arrived live');
  await facilitator.getByRole('button', { name: 'Resume the clock', exact: true }).click();
  await player.locator('[data-testid="clock-status"]', { hasText: 'Running' }).waitFor();
  console.log(`live link: offer ${sdp(offer)} chars, answer ${sdp(answer)} chars, connected and first update in ${connectedMs} ms`);

  // The page asked for nothing beyond its own files (and names no STUN or TURN server).
  assert.deepEqual(requests.filter((url) => !url.startsWith(site.origin)), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(facilitator.problems, []);
  await other.close();
  await facilitator.close();
});
