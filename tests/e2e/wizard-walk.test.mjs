// Every wizard walked to every outcome with JavaScript off (issue 18, item 6): each wizard's
// page of every step (/wizards/<id>/steps) shows one question at a time by `:target`, each
// answer a link. The paths come from the core (`sitegen wizard-paths`), so the test follows
// the content: each is walked by clicking its answers' links by name, and must end at the
// outcome the core says. Runs against dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startSite, ready, axeViolations, cspViolations } from './harness.mjs';

let site;
let wizards;
before(async () => {
  const out = spawnSync('cargo', ['run', '--quiet', '-p', 'sitegen', '--', 'wizard-paths'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  wizards = JSON.parse(out.stdout);
  site = await startSite();
});
after(async () => { await site?.close(); });

/** The one page heading on screen: the section shown has it, the others are hidden. */
async function shownHeading(page) {
  return (await page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).trim();
}

/** The heading of the step that has focus, if a step has it. */
async function focusedStepHeading(page) {
  return page.evaluate(() => {
    const step = document.activeElement?.closest('section[aria-labelledby]');
    return step ? document.getElementById(step.getAttribute('aria-labelledby'))?.textContent.trim() : null;
  });
}

async function follow(page, name) {
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
}

test('the core lists paths for every wizard the site lists', async () => {
  const page = await site.open('/wizards');
  await ready(page);
  const listed = await page.$$eval('[data-wizard]', (els) => els.map((e) => e.dataset.wizard).sort());
  assert.deepEqual(wizards.map((w) => w.wizard).sort(), listed);
  for (const w of wizards) assert.ok(w.paths.length > 1, `${w.wizard} has paths`);
});

test('without JavaScript, every wizard can be walked to every outcome by its links', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let walked = 0;
  try {
    for (const w of wizards) {
      const outcomes = new Set();
      for (const path of w.paths) {
        const where = `${w.wizard}: ${path.answers.map((a) => a.answer).join(' > ')}`;
        await page.goto(site.url + w.steps.slice(1));
        for (const { question, answer } of path.answers) {
          assert.equal(await shownHeading(page), question, where);
          await follow(page, answer);
          // Focus moves to the step the answer leads to, not left on a hidden link.
          assert.equal(await focusedStepHeading(page), await shownHeading(page), where);
        }
        assert.equal(await shownHeading(page), path.title, where);
        outcomes.add(path.outcome);
        walked += 1;
      }
      // Start again, from the last outcome reached, is the first question.
      await follow(page, 'Start again');
      assert.equal(await shownHeading(page), w.paths[0].answers[0].question);
      assert.ok(outcomes.size > 1, `${w.wizard} reaches several outcomes`);
    }
    assert.equal(walked, wizards.reduce((n, w) => n + w.paths.length, 0));
    // On paper, every step prints.
    await page.goto(site.url + wizards[0].steps.slice(1));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.getByRole('main').getByRole('heading', { level: 1 }).count();
    assert.ok(printed > wizards[0].paths.length, `every step prints (${printed} headings)`);
  } finally {
    await context.close();
  }
});

test("without JavaScript, a wizard's page and the list lead to its every step", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}wizards/lost-data`);
    await page.getByRole('link', { name: 'Answer it with every step on one page' }).click();
    await page.waitForURL(/\/wizards\/lost-data\/steps$/);
    assert.equal(await shownHeading(page), 'What has been lost?');
    await page.goto(`${site.url}wizards`);
    await page.getByRole('link', { name: 'Every step on one page of the wizard: We have lost data: what kind of restore?' }).click();
    await page.waitForURL(/\/wizards\/lost-data\/steps$/);
    assert.equal(await shownHeading(page), 'What has been lost?');
  } finally {
    await context.close();
  }
});

test('every link within a walk resolves, the app leaves the page as it is, and axe-core is clean', async () => {
  for (const w of wizards) {
    const page = await site.open(w.steps);
    await ready(page);
    const first = w.paths[0].answers[0].question;
    assert.equal(await shownHeading(page), first, `${w.wizard}: the first question until one is chosen`);
    const dangling = await page.$$eval('main a[href^="#"]', (links) =>
      links.map((a) => a.getAttribute('href')).filter((h) => document.getElementById(h.slice(1)) === null));
    assert.deepEqual(dangling, [], w.wizard);
    assert.deepEqual(await axeViolations(page), [], `${w.wizard}: the first question`);
    // A path's last question and its outcome, as the address's # shows them.
    const path = w.paths[w.paths.length - 1];
    for (const { answer } of path.answers) await follow(page, answer);
    assert.equal(await shownHeading(page), path.title);
    assert.match(page.url(), /#outcome-/);
    assert.deepEqual(await axeViolations(page), [], `${w.wizard}: an outcome`);
    await page.goBack();
    assert.equal(await shownHeading(page), path.answers[path.answers.length - 1].question, 'Back is the question before');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
