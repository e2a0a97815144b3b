// A Copy button on a doc page (issue 23.3): a failed copy is an error, never the green of
// success, so nobody pastes what was never copied. Runs against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, ready, axeViolations } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

/** A doc page whose browser refuses every way of copying (as a locked-down laptop may). */
async function openWithoutClipboard(path) {
  const page = await site.open(null);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    document.execCommand = () => false;
  });
  await page.goto(site.url + path.replace(/^\//, ''));
  await ready(page);
  return page;
}

test('a copy that fails on a doc page is said as an error, in the error colour', async () => {
  const page = await openWithoutClipboard('/docs/konduit');
  const block = page.locator('.code-block', { hasText: 'make install-konduit' }).first();
  await block.getByRole('button', { name: /^Copy/ }).click();
  const status = block.getByRole('status');
  await status.filter({ hasText: 'Could not copy' }).waitFor();
  assert.equal((await status.textContent()).trim(),
    'Error: Could not copy: select the text and copy it by hand');
  const colour = await status.evaluate((el) => getComputedStyle(el).color);
  assert.equal(colour, 'rgb(212, 53, 28)', 'GOV.UK error red, not the green of success');
  assert.deepEqual(await axeViolations(page), []);
});

test('a copy that succeeds after one that failed is no longer shown as an error', async () => {
  const page = await site.open('/docs/konduit');
  await ready(page);
  const block = page.locator('.code-block', { hasText: 'make install-konduit' }).first();
  const status = block.getByRole('status');
  // The same element, first marked as a failure, then copied for real.
  await status.evaluate((el) => el.classList.add('copy__status--error'));
  await block.getByRole('button', { name: /^Copy/ }).click();
  await status.filter({ hasText: 'Copied' }).waitFor();
  const colour = await status.evaluate((el) => getComputedStyle(el).color);
  assert.notEqual(colour, 'rgb(212, 53, 28)');
  assert.equal((await status.textContent()).trim(), 'Copied');
});
