// The style sheets ship minified (tools/minify-css.mjs). Chromium parses each source sheet and
// its minified form, and every rule it reads must be the same: minifying must change bytes,
// never styles. The sheets in dist/ must be the minified ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { startSite } from './harness.mjs';
import { minifyCss } from '../../tools/minify-css.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const sources = readdirSync('style').filter((f) => f.endsWith('.css'));

/** The text of every rule Chromium reads from `css`, nested rules (media queries) included. */
async function rules(page, css) {
  return page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return [...sheet.cssRules].map((r) => r.cssText);
  }, css);
}

test('minifying a style sheet changes no rule Chromium reads from it', async () => {
  const page = await site.open('/');
  assert.ok(sources.length >= 5, `found ${sources.length} sheets in style/`);
  for (const file of sources) {
    const source = readFileSync(`style/${file}`, 'utf8');
    const minified = minifyCss(source);
    assert.ok(minified.length < source.length * 0.9, `${file} got smaller`);
    const expected = await rules(page, source);
    assert.ok(expected.length > 5, `${file} has rules`);
    assert.deepEqual(await rules(page, minified), expected, file);
  }
  // Strings, comments and the spaces that separate a selector's parts.
  const tricky = '/* a */ .a .b , a :focus{content:" ( ; , { "; font: 1px/2 "A, B" , serif}\n@media (max-width: 40em) { .c > .d { margin : 0 auto } }';
  assert.deepEqual(await rules(page, minifyCss(tricky)), await rules(page, tricky));
  assert.throws(() => minifyCss('a { color: red } /* open'), /never closed/);
  await page.close();
});

test('the site serves its style sheets minified', async () => {
  const shipped = readdirSync('dist').filter((f) => f.endsWith('.css'));
  assert.ok(shipped.length >= sources.length);
  for (const file of shipped) {
    const css = readFileSync(`dist/${file}`, 'utf8');
    assert.ok(!css.includes('/*') && !css.includes('\n'), `${file} is minified`);
  }
  // And every page still gets them: the integrity hashes match the minified files.
  const page = await site.open('/wizards/lost-data');
  await page.waitForSelector('h1');
  const loaded = await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length));
  assert.ok(loaded.length >= 3 && loaded.every((n) => n > 0), `${loaded}`);
  await page.close();
});
