// The runbook site (issue 2): every page renders, deep links survive reload, the 404 page,
// Copy, CSP, accessibility and keyboard use. Runs against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSite, ready, axeViolations, cspViolations, docSlugs } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

test('every page in the navigation renders its title, and the current page is marked', async () => {
  const page = await site.open('/');
  await ready(page);
  const links = await page.$$eval('nav.side-nav a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })));
  assert.equal(links.length, docSlugs().length, 'the navigation lists every doc page');
  for (const { href, text } of links) {
    await page.goto(site.origin + href);
    await ready(page);
    assert.equal((await page.textContent('main h1')).trim(), text, `${href} shows its title`);
    const current = await page.$$eval('nav.side-nav a[aria-current="page"]', (as) => as.map((a) => a.textContent.trim()));
    assert.deepEqual(current, [text], `${href} is marked as the current page`);
  }
  assert.deepEqual(page.problems, []);
});

test('a deep link loads directly and survives a reload, landing on its section', async () => {
  const page = await site.open('/docs/point-in-time-restore#steps');
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Point-in-time restore of a database');
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Point-in-time restore of a database');
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, 'steps', 'the linked section has focus');
  assert.deepEqual(page.problems, []);
});

test('an unknown address shows the 404 page with status 404 and a way on', async () => {
  const page = await site.open(null);
  const response = await page.goto(`${site.url}no/such/page`);
  assert.equal(response.status(), 404);
  await ready(page);
  assert.equal(await page.textContent('main h1'), 'Page not found');
  const unknownDoc = await site.open('/docs/not-a-page');
  await ready(unknownDoc);
  assert.equal(await unknownDoc.textContent('main h1'), 'Page not found');
  await unknownDoc.click('text=start of the runbook');
  await unknownDoc.waitForURL(site.url);
  assert.equal(await unknownDoc.textContent('main h1'), 'Disaster recovery');
});

test('Copy puts exactly the command on the clipboard and announces it', async () => {
  const page = await site.open('/docs/konduit');
  await ready(page);
  const block = page.locator('.code-block', { hasText: 'make install-konduit' }).first();
  const shown = await block.locator('code').textContent();
  await block.getByRole('button', { name: /^Copy/ }).click();
  await block.locator('[role="status"]', { hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, 'make install-konduit');
  assert.equal(copied, shown, 'what is copied is what is shown');
  assert.ok(!copied.endsWith('\n'), 'no trailing newline');

  // An example that names production cannot be copied in one click: it is labelled, and the
  // generator on the same page builds the command, asking for a confirmation first.
  const example = page.locator('.code-block', { hasText: '-- psql' }).first();
  assert.match(await example.textContent(), /^Example only: do not run it as it stands/);
  assert.equal(await example.getByRole('button').count(), 0, 'no Copy button on a production example');
});

test('Copy link on a heading copies a link to that section', async () => {
  const page = await site.open('/docs/maintenance-mode');
  await ready(page);
  await page.getByRole('button', { name: 'Copy link to the section Enable maintenance mode' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${site.url}docs/maintenance-mode#enable-maintenance-mode`);
});

test('a page past its review date says so; a current page does not', async () => {
  const stale = await site.open('/docs/github-down');
  await ready(stale);
  assert.match(await stale.textContent('[data-testid="review-overdue"]'), /due for review on 2026-09-02/);
  const current = await site.open('/docs/azure-down');
  await ready(current);
  assert.equal(await current.locator('[data-testid="review-overdue"]').count(), 0);
  assert.match(await current.textContent('.review-meta'), /Owner.*RECT development team/s);
});

test('the footer names the build commit', async () => {
  const page = await site.open('/');
  await ready(page);
  assert.match(await page.textContent('[data-testid="build-commit"]'), /^[0-9a-f]{7,40}$|^unknown$/);
});

test('no CSP violations and no console errors on any route', async () => {
  for (const path of ['/', ...docSlugs().map((s) => `/docs/${s}`), '/missing']) {
    const page = await site.open(path);
    await ready(page);
    assert.deepEqual(await cspViolations(page), [], `${path}: CSP violations`);
    assert.deepEqual(page.problems.filter((p) => !p.includes('404')), [], `${path}: console errors`);
    await page.close();
  }
});

test('axe-core finds no violations on any route', async () => {
  for (const path of ['/', ...docSlugs().map((s) => `/docs/${s}`), '/missing']) {
    const page = await site.open(path);
    await ready(page);
    assert.deepEqual(await axeViolations(page), [], `${path}: axe violations`);
    await page.close();
  }
});

test('the skip link is the first tab stop and moves focus to the main content', async () => {
  const page = await site.open('/docs/azure-down');
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content');
});

test('the navigation works by keyboard alone', async () => {
  const page = await site.open('/');
  await ready(page);
  // Tab until the "Azure goes down" navigation link has focus, then follow it with Enter.
  // The side navigation follows the page, so the page's own links come first.
  for (let i = 0; i < 100; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => document.activeElement.textContent.trim() === 'Azure goes down'
      && document.activeElement.closest('nav')?.getAttribute('aria-label') === 'Runbook pages');
    if (found) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.closest('nav')?.getAttribute('aria-label')), 'Runbook pages');
  await page.keyboard.press('Enter');
  await page.waitForURL(/docs\/azure-down$/);
  assert.equal(await page.textContent('main h1'), 'Azure goes down');
});

test('a doc page arrives whole: readable without JavaScript, and the app leaves the text as it was', async () => {
  const noJs = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(`${site.url}docs/maintenance-mode`);
  assert.equal((await page.textContent('main h1')).trim(), 'Maintenance mode');
  assert.match(await page.textContent('main .doc-body'), /Set maintenance mode/);
  assert.equal(await page.getAttribute('nav.side-nav a[aria-current="page"]', 'href'), '/docs/maintenance-mode');
  assert.match(await page.textContent('[data-testid="build-commit"]'), /^[0-9a-f]{7,}|unknown$/);
  const staticText = await page.textContent('main .doc-body');
  await noJs.close();

  const withJs = await site.open('/docs/maintenance-mode');
  await ready(withJs);
  assert.equal(await withJs.locator('h1').count(), 1, 'one page heading');
  assert.equal(await withJs.textContent('main .doc-body'), staticText, 'the app adds behaviour, not text');
});

test('a drill briefing arrives whole too; only the start form needs the app', async () => {
  const toml = readFileSync('content/drills/azure-down.toml', 'utf8');
  const title = toml.match(/^title = "(.*)"$/m)[1];
  const noJs = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(`${site.url}drills/azure-down`);
  assert.equal((await page.textContent('main h1')).trim(), title);
  const main = await page.textContent('main');
  assert.match(main, /Objectives.*The situation.*Roles.*Start the drill/s);
  assert.equal(await page.locator('#drill-start form').count(), 0, 'no form without the app');
  await noJs.close();

  const withJs = await site.open('/drills/azure-down');
  await ready(withJs);
  await withJs.locator('#drill-start form [data-testid="start-drill"]').waitFor();
  assert.equal(await withJs.locator('h1').count(), 1, 'one page heading');
  assert.deepEqual(withJs.problems, []);
});

test("a generator's page arrives with its text, its form and its command as a template, without JavaScript", async () => {
  const toml = readFileSync('content/commands/konduit-connect.toml', 'utf8');
  const title = toml.match(/^title = "(.*)"$/m)[1];
  const noJs = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(`${site.url}commands/konduit-connect?namespace=cpd-staging`);
  assert.equal((await page.textContent('main h1')).trim(), title);
  assert.match(await page.textContent('main'), /Acts on:.*Explained in the runbook/s);
  const opening = toml.match(/description = """\n(\S+ \S+ \S+)/)[1];
  assert.ok((await page.textContent('main .doc-body')).startsWith(opening), `the description starts "${opening}"`);
  // The form is there, drawn by the build (issue 18), with its defaults: a static host
  // ignores the address, so the namespace is the default, not the address's.
  const form = page.getByRole('form', { name: `Values for: ${title}` });
  assert.equal(await form.getByLabel('Namespace').inputValue(), 'cpd-production');
  assert.equal(await form.getByLabel('Database server').inputValue(), '');
  // The command as far as the defaults make it, with a placeholder for each value to give.
  assert.equal(
    await page.getByLabel('The command with placeholders').textContent(),
    'bin/konduit.sh -n cpd-production -s <SERVER> -x <DEPLOYMENT> -- psql',
  );
  assert.match(await page.textContent('main'), /Each value in capitals between < and > is one still to give/);
  assert.equal(await page.getByRole('button', { name: 'Copy command' }).count(), 0, 'nothing to copy without the app');
  await noJs.close();

  const withJs = await site.open('/commands/konduit-connect?namespace=cpd-staging');
  await ready(withJs);
  await withJs.locator('#generator-form-slot form.generator__form').waitFor();
  assert.equal(await withJs.inputValue('#generator-form-slot input[name="namespace"]'), 'cpd-staging', 'pre-filled from the address');
  assert.equal(await withJs.locator('h1').count(), 1, 'one page heading');
  assert.deepEqual(withJs.problems, []);
});

test('each area loads its own app and nothing of the others', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  // A doc page that embeds a live generator is the commands app's (runbook::route::Route::app).
  const expected = [
    ['/', 'docs'], ['/docs/azure-down', 'docs'], ['/all', 'docs'], ['/search?q=restore', 'search'],
    ['/docs/konduit', 'commands'], ['/commands/konduit-connect', 'commands'],
    ['/wizards/lost-data', 'wizards'], ['/wizards/lost-data/steps', 'wizards'], ['/drills/azure-down', 'drills'],
    // Each window of a drill in progress is its own app.
    ['/drill/facilitator', 'drill_facilitator'], ['/drill/participant', 'drill_participant'], ['/drill/report', 'drill_report'],
    // The incident record is its own app: only it links the record's JSON export.
    ['/incident', 'incident'],
  ];
  for (const [path, app] of expected) {
    const page = await context.newPage();
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.replace(/-[0-9a-f]+_bg\.wasm$/, '')); });
    await page.goto(`${site.url}${path.slice(1)}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(wasm, [`/${app}`], path);
    await page.close();
  }
  await context.close();
});


test('on a narrow screen the page starts in the first screen, its navigation folded', async () => {
  const page = await site.open('/docs/database-deleted');
  await ready(page);
  const link = page.getByRole('link', { name: 'GitHub goes down', exact: true });
  const toggle = page.locator('summary', { hasText: 'Pages in this runbook' });
  // Beside the page, the navigation is open, with no toggle.
  assert.ok(await link.isVisible(), 'wide: the pages are listed');
  assert.ok(!(await toggle.isVisible()), 'wide: no toggle');

  await page.setViewportSize({ width: 320, height: 640 });
  const top = await page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top);
  assert.ok(top < 640, `the page's title is in the first screen (at ${top}px)`);
  assert.ok(!(await link.isVisible()), 'narrow: the pages are folded away');
  // By keyboard: the toggle opens the list, and its links can be followed.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.ok(await link.isVisible(), 'narrow: opened, the pages are listed');
  assert.deepEqual(await axeViolations(page), [], 'narrow: axe violations');
  await page.close();
});

test('the home page leads with "Something is broken? Start here", a link to the triage wizard', async () => {
  const page = await site.open('/');
  await ready(page);
  const headings = await page.$$eval('main h1, main h2', (hs) => hs.map((h) => h.textContent.trim()));
  assert.equal(headings[1], 'Something is broken? Start here', headings.join(' | '));
  const first = page.locator('main a').first();
  assert.equal(await first.getAttribute('href'), '/wizards/which-runbook', 'the first link in main is the triage wizard');
  await first.click();
  await page.waitForURL(/\/wizards\/which-runbook$/);
  await ready(page);
  assert.equal((await page.textContent('main h1')).trim(), 'What is going wrong?');
  assert.deepEqual(page.problems, []);
});

test('every scenario page links, near its top, to the wizard that decides for it and the generators that act on it', async () => {
  const nav = readFileSync('content/nav.toml', 'utf8');
  const section = nav.split('[[section]]').find((s) => s.includes('Things that could go wrong'));
  const slugs = [...section.matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]);
  assert.ok(slugs.length >= 7, slugs.join(' '));
  const page = await site.open('/');
  for (const slug of slugs) {
    await page.goto(`${site.origin}/docs/${slug}`);
    await ready(page);
    const box = page.getByTestId('decide-and-act');
    assert.equal(await box.getByRole('heading', { name: 'Decide and act' }).count(), 1, slug);
    const wizards = await box.locator('[data-testid="decide"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(wizards.length > 0 && wizards.every((h) => h.startsWith('/wizards/')), `${slug}: ${wizards}`);
    // Before the page's own text, so it is found without scrolling past the procedure.
    const before = await page.evaluate(() => {
      const b = document.querySelector('[data-testid="decide-and-act"]');
      return !!(b.compareDocumentPosition(document.querySelector('.doc-body')) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(before, slug);
  }
  await page.goto(`${site.origin}/docs/data-loss`);
  await ready(page);
  const box = page.getByTestId('decide-and-act');
  assert.equal(await box.getByRole('link', { name: 'We have lost data: what kind of restore?' }).getAttribute('href'), '/wizards/lost-data');
  assert.equal(await box.getByRole('link', { name: 'Choose the restore time' }).getAttribute('href'), '/commands/restore-timestamp');
  await box.getByRole('link', { name: 'We have lost data: what kind of restore?' }).click();
  await page.waitForURL(/\/wizards\/lost-data$/);
  await ready(page);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
});

test('on a 320 x 640 phone the header is compact and the page heading is in the first screen', async () => {
  // Issue 23.6: the header took about 480 of the 640 px.
  const page = await site.open(null);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['', 'docs/konduit', 'commands/pitr-dump', 'wizards/lost-data', 'search']) {
    await page.goto(site.url + path);
    await ready(page);
    const [header, heading, width] = await page.evaluate(() => [
      document.querySelector('header.header').getBoundingClientRect().height,
      document.querySelector('main h1').getBoundingClientRect().bottom,
      document.documentElement.scrollWidth,
    ]);
    assert.ok(header <= 160, `/${path}: the header is ${header}px high`);
    assert.ok(heading <= 640, `/${path}: the page heading ends at ${heading}px, in the first screen`);
    assert.ok(width <= 320, `/${path}: no sideways scroll (${width}px)`);
    // Everything in the header is still there, and can be used.
    for (const name of ['Commands', 'Decide', 'Drills']) {
      assert.ok(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true }).isVisible(), name);
    }
    assert.ok(await page.getByRole('searchbox', { name: 'Search the runbook' }).isVisible());
  }
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

/** Hyphenated words in the page's code blocks that are drawn on more than one line. */
function brokenWords(page) {
  return page.evaluate(() => {
    const checked = [];
    const broken = [];
    for (const pre of document.querySelectorAll('main pre')) {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/[^\s'"]+-[^\s'"]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          checked.push(m[0]);
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return { checked, broken };
  });
}

test('at 320 px a command never breaks inside a word: a long one scrolls in its box', async () => {
  // Issue 23.6: commands wrapped at hyphens (`cpd-` / `production`).
  const page = await site.open(null);
  await page.setViewportSize({ width: 320, height: 640 });
  const generator = 'commands/pitr-dump?server=s189p01-cpdec2-pd-pg-pitr&deployment=cpd-ec2-production-web';
  for (const path of ['docs/konduit', generator, 'all', 'runbook.html']) {
    await page.goto(site.url + path);
    await ready(page);
    await page.waitForSelector('main pre');
    if (path.startsWith('commands/')) {
      await page.waitForFunction(() => document.querySelector('[data-testid="command-preview"]')?.textContent.includes('cpd-production'));
    }
    const { checked, broken } = await brokenWords(page);
    assert.ok(checked.includes('cpd-production'), `/${path}: a command with cpd-production was measured`);
    assert.deepEqual(broken, [], `/${path}: words broken across lines`);
    const scrolls = await page.$$eval('main pre', (pres) => pres
      .filter((p) => p.scrollWidth > p.clientWidth)
      .map((p) => p.tabIndex === 0 || p.closest('[tabindex="0"]') !== null));
    assert.ok(scrolls.length > 0, `/${path}: a long command scrolls in its box`);
    assert.ok(scrolls.every(Boolean), `/${path}: and each box that scrolls takes focus, to scroll by keyboard`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `/${path}: the page itself does not scroll sideways`);
  }
  await page.close();
});

// The skip link, the service's name, the three header links, the search box and its button,
// and the page's back link come first: the first field is the ninth stop.
const MAX_TABS = 9;

/** How many presses of Tab, from the top of the page, bring focus to `selector`. */
async function tabsTo(page, selector) {
  for (let presses = 1; presses <= 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return presses;
  }
  return Infinity;
}

test("a generator's and a wizard's own controls come a few Tabs from the top, before the side navigation", async () => {
  // Issue 23.7: 33 Tabs to reach the production checkbox.
  for (const [path, field] of [
    ['commands/pitr-dump', '#generator-form-slot input, #generator-form-slot select'],
    ['wizards/lost-data', 'main input'],
  ]) {
    const page = await site.open(path);
    await ready(page);
    await page.waitForSelector(field);
    const presses = await tabsTo(page, field);
    assert.ok(presses <= MAX_TABS, `/${path}: ${presses} Tabs to the first field`);
    const order = await page.evaluate(() => {
      const main = document.querySelector('main');
      const nav = document.querySelector('nav.side-nav');
      const [m, n] = [main.getBoundingClientRect(), nav.getBoundingClientRect()];
      return {
        after: (main.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        left: n.right <= m.left,
        top: Math.abs(n.top - m.top),
      };
    });
    assert.ok(order.after, `/${path}: the side navigation follows the page in reading order`);
    assert.ok(order.left, `/${path}: on a wide screen it is drawn on the left of the page`);
    assert.ok(order.top < 5, `/${path}: level with the top of the page`);
    await page.close();
  }
});
