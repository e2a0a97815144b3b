// The whole runbook (issue 6): the /all page holds every doc in navigation order, and
// dist/runbook.html works from file:// with JavaScript off, links included. The file also
// decides and acts (issue 21): every wizard is walked to every outcome through its in-file
// links, the paths from the core (`sitegen wizard-paths`); and a scenario's role cards print
// one to a page.
// Every message for a contact group is in the file too (a draft with placeholders, or the
// runbook's reason not to send), each scenario's page linking to its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSite, ready, axeViolations, cspViolations, docSlugs } from './harness.mjs';

let site;
let wizards;
before(async () => {
  const out = spawnSync('cargo', ['run', '--quiet', '-p', 'sitegen', '--', 'wizard-paths'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  wizards = JSON.parse(out.stdout);
  site = await startSite();
});
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

/** The heading of the one step of `wizard` (its section's id) on screen; fails unless exactly one shows. */
async function shownStep(page, wizard) {
  const shown = await page.evaluate((id) => [...document.getElementById(id).querySelectorAll('.wizard-walk__node')]
    .filter((n) => getComputedStyle(n).display !== 'none')
    .map((n) => n.querySelector('h1, h2, h3, h4, h5, h6').textContent.trim()), wizard);
  assert.equal(shown.length, 1, `${wizard}: one step on screen, not ${JSON.stringify(shown)}`);
  return shown[0];
}

test('runbook.html, from file:// with JavaScript off: every wizard walked to every outcome by its in-file links', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const url = pathToFileURL(resolve('dist/runbook.html')).href;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  let walked = 0;
  try {
    await page.goto(url);
    // The contents lead to each wizard.
    for (const w of wizards) {
      assert.equal(await page.locator(`nav a[href="#${w.in_file}"]`).count(), 1, `${w.wizard} in the contents`);
    }
    for (const w of wizards) {
      const outcomes = new Set();
      for (const path of w.paths) {
        const where = `${w.wizard}: ${path.answers.map((a) => a.answer).join(' > ')}`;
        await page.goto(`${url}#${w.in_file}`);
        const wizard = page.locator(`[id="${w.in_file}"]`);
        for (const { question, answer } of path.answers) {
          assert.equal(await shownStep(page, w.in_file), question, where);
          await wizard.getByRole('link', { name: answer, exact: true }).click();
        }
        assert.equal(await shownStep(page, w.in_file), path.title, where);
        assert.equal(new URL(page.url()).hash, `#${path.in_file_outcome}`, where);
        assert.ok(page.url().startsWith('file://'), where);
        outcomes.add(path.outcome);
        walked += 1;
      }
      // Start again, from the last outcome, is the first question.
      await page.locator(`[id="${w.in_file}"]`).getByRole('link', { name: 'Start again', exact: true }).click();
      assert.equal(await shownStep(page, w.in_file), w.paths[0].answers[0].question);
      assert.ok(outcomes.size > 1, `${w.wizard} reaches several outcomes`);
    }
    assert.equal(walked, wizards.reduce((n, w) => n + w.paths.length, 0));
    // An outcome's links into the docs and to a generator land in the file.
    for (const testid of ['doc-links', 'command-links']) {
      const at = await page.evaluate((t) =>
        document.querySelector(`.wizard-walk__node:has([data-testid="${t}"] a)`).id, testid);
      await page.goto(`${url}#${at}`);
      const link = page.locator(`[id="${at}"] [data-testid="${testid}"] a`).first();
      const href = await link.getAttribute('href');
      assert.match(href, /^#/, `${testid} stays in the file`);
      await link.click();
      await page.waitForFunction((h) => location.hash === h, href);
      assert.ok(await page.evaluate((h) => document.getElementById(h.slice(1)) !== null, href));
      await page.goBack();
    }
    // On paper, every step of every wizard prints, and every role card starts a page.
    await page.emulateMedia({ media: 'print' });
    for (const w of wizards) {
      const hidden = await page.evaluate((id) => [...document.getElementById(id).querySelectorAll('.wizard-walk__node')]
        .filter((n) => getComputedStyle(n).display === 'none').length, w.in_file);
      assert.equal(hidden, 0, `${w.wizard}: every step prints`);
    }
    const cards = await page.$$eval('.role-card', (cs) => cs.map((c) => getComputedStyle(c).breakBefore));
    assert.ok(cards.length > 0, 'the drills have role cards');
    assert.deepEqual(cards, cards.map(() => 'page'), 'each role card starts a printed page');
    assert.deepEqual(requests.filter((r) => !r.startsWith('file://')), [], 'no network requests');
  } finally {
    await context.close();
  }
});

test('runbook.html: every id is unique, every link stays in the file or leaves the site, and every generator and drill is there', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(resolve('dist/runbook.html')).href);
    const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
    const leaving = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href'))
      .filter((h) => !/^(#|https?:|mailto:)/.test(h)));
    assert.deepEqual(leaving, [], 'no link to the site, which is not beside the file');
    // Each generator is a template: placeholders, Production marked where it acts on it.
    const templates = page.locator('section.generator-template');
    assert.ok(await templates.count() > 1);
    const konduit = page.locator('[id="generator.konduit-connect"]');
    assert.match(await konduit.locator('pre code').textContent(), /<SERVER>/);
    assert.equal(await konduit.getByText('Production', { exact: true }).count(), 1);
    assert.match(await konduit.textContent(), /\/commands\/konduit-connect/);
    // A doc page's generator block links to its template in the file.
    const toTemplate = page.locator('article a[href^="#generator."]').first();
    assert.ok(await toTemplate.count() === 1, 'a doc page links to a generator template');
    assert.equal(await page.locator('section.drill-briefing').count() > 0, true);
    // Every message: a draft with placeholders and each field's rules, or the reason not to send.
    const messages = readdirSync('content/messages').filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -5));
    assert.equal(await page.locator('section.message-template').count(), messages.length);
    for (const id of messages) {
      assert.equal(await page.locator(`nav a[href="#message.${id}"]`).count(), 1, `${id} in the contents`);
    }
    const restore = page.locator('[id="message.database-deleted-schools-and-appropriate-bodies"]');
    assert.match(await restore.locator('pre code').textContent(), /<SINCE>.*<RESTORE_POINT>/s);
    assert.match(await restore.textContent(), /Subject: Register early career teachers is unavailable/);
    assert.match(await restore.textContent(), /UK time/);
    const dontSend = page.locator('[id="message.dfe-sign-in-down-schools-and-appropriate-bodies"]');
    assert.equal(await dontSend.locator('pre').count(), 0, 'no draft where the runbook says not to send');
    assert.match(await dontSend.textContent(), /Don.t send extra comms/);
    // A scenario's page links to its messages, further down the same file.
    const toMessage = page.locator('[id="messages.trs-api-down"] a').first();
    const href = await toMessage.getAttribute('href');
    assert.match(href, /^#message\./);
    await toMessage.click();
    await page.waitForFunction((h) => location.hash === h, href);
  } finally {
    await context.close();
  }
});

test('a scenario\'s role cards print one to a page, from a link on its briefing', async () => {
  const page = await site.open('/drills/azure-down');
  await ready(page);
  await page.getByRole('link', { name: 'Print the role cards' }).click();
  await page.waitForURL(/\/drills\/azure-down\/roles$/);
  await ready(page);
  assert.match(await page.locator('main h1').textContent(), /^Role cards: /);
  const cards = page.locator('main .role-card');
  const n = await cards.count();
  assert.ok(n > 1, 'every role has a card');
  assert.equal(await cards.locator('h2').count(), n, 'each card is headed by its role');
  assert.deepEqual(await axeViolations(page), []);
  const screen = await page.$$eval('main .role-card', (cs) => cs.map((c) => getComputedStyle(c).breakBefore));
  assert.ok(screen.every((b) => b !== 'page'), 'no page breaks on screen');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$$eval('main .role-card', (cs) => cs.map((c) => getComputedStyle(c).breakBefore));
  assert.deepEqual(printed, printed.map(() => 'page'), 'on paper each card starts a page');
  const visible = (sel) => page.$eval(sel, (el) => getComputedStyle(el).display !== 'none');
  assert.equal(await visible('.header'), false, 'no site furniture on the cards');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.close();
});
