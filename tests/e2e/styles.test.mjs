// The style sheets ship minified (tools/minify-css.mjs, Lightning CSS). Chromium parses each
// source sheet and its minified form, and every selector must get the same declarations:
// minifying may reorder a rule's declarations, merge rules or shorten values, never change a
// style. The sheets in dist/ must be the minified ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { startSite } from './harness.mjs';
import { minifyCss } from '../../tools/minify-css.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.close(); });

const sources = readdirSync('style').filter((f) => f.endsWith('.css'));

/**
 * What Chromium reads from `css`, as `{ "<at-rules> | <selector>": { property: value } }`: each
 * rule's selector list split into its selectors (a whole `:is(a, b)`, which a minifier may
 * write for `a, b` of one specificity, read as `a` and `b`), each declaration as the longhands
 * Chromium stores it as, later rules overriding earlier ones as the cascade would (an
 * `!important` one is kept apart), and each value as Chromium computes it on an element (so
 * `transparent` and `rgba(0, 0, 0, 0)`, or `0 2px 0` and `0 2px`, read the same). A minifier
 * that merged, split or reordered rules reads the same; one that dropped or changed a
 * declaration does not.
 */
async function styles(page, css) {
  return page.evaluate((text) => {
    // Whether `selector` is one `:is(…)` whose parenthesis closes at its end.
    const wholeIs = (selector) => {
      if (!selector.startsWith(':is(')) return false;
      let depth = 0;
      for (let i = 3; i < selector.length; i += 1) {
        if (selector[i] === '(') depth += 1;
        else if (selector[i] === ')' && (depth -= 1) === 0) return i === selector.length - 1;
      }
      return false;
    };
    const split = (list) => {
      const parts = [];
      let depth = 0, start = 0;
      for (let i = 0; i < list.length; i += 1) {
        const c = list[i];
        if (c === '(' || c === '[') depth += 1;
        else if (c === ')' || c === ']') depth -= 1;
        else if (c === ',' && depth === 0) { parts.push(list.slice(start, i)); start = i + 1; }
      }
      parts.push(list.slice(start));
      return parts.map((p) => p.trim()).flatMap((p) => (wholeIs(p) ? split(p.slice(4, -1)) : [p]));
    };
    const out = {};
    const walk = (rules, context) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const selector of split(rule.selectorText)) {
            const key = `${context}| ${selector}`;
            const map = (out[key] ??= {});
            for (const property of rule.style) {
              const important = rule.style.getPropertyPriority(property);
              map[important ? `${property} !important` : property] = rule.style.getPropertyValue(property);
            }
          }
        } else if (rule.cssRules) {
          walk(rule.cssRules, `${context}@${rule.conditionText ?? rule.media?.mediaText ?? rule.name ?? ''} `);
        } else {
          out[`${context}| ${rule.cssText}`] = {};
        }
      }
    };
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    walk(sheet.cssRules, '');
    // A custom property computes to its text as written, so a colour in one is read as the
    // colour it is (`#ffdd00` and `#fd0`); a zero is a zero in any unit (a position of `0%`
    // and `0px`).
    const swatch = document.createElement('div');
    document.body.append(swatch);
    const normal = (value) => {
      if (CSS.supports('color', value)) {
        swatch.style.color = value;
        return getComputedStyle(swatch).color;
      }
      return value.replace(/(^|[\s(,])0(?:px|%)(?=$|[\s),])/g, '$10');
    };
    // Each rule's declarations on an element of their own, read back as computed.
    const probe = document.createElement('div');
    document.body.append(probe);
    const computed = {};
    for (const [key, map] of Object.entries(out)) {
      const properties = Object.keys(map).map((p) => p.replace(/ !important$/, ''));
      probe.style.cssText = Object.entries(map).map(([p, v]) => `${p.replace(/ !important$/, '')}: ${v}${p.endsWith('!important') ? ' !important' : ''}`).join('; ');
      const style = getComputedStyle(probe);
      computed[key] = Object.fromEntries(properties.sort().map((p) => [p, normal(style.getPropertyValue(p).trim())]));
    }
    probe.remove();
    swatch.remove();
    return computed;
  }, css);
}

test('minifying a style sheet changes no style Chromium reads from it', async () => {
  const page = await site.open('/');
  assert.ok(sources.length >= 5, `found ${sources.length} sheets in style/`);
  for (const file of sources) {
    const source = readFileSync(`style/${file}`, 'utf8');
    const minified = minifyCss(source, file);
    assert.ok(minified.length < source.length * 0.95, `${file} got smaller`);
    const expected = await styles(page, source);
    assert.ok(Object.keys(expected).length > 5, `${file} has rules`);
    assert.deepEqual(await styles(page, minified), expected, file);
  }
  // Strings, comments, the spaces that separate a selector's parts, and a media query.
  const tricky = '/* a */ .a .b , a :focus{content:" ( ; , { "; font: 1px/2 "A, B" , serif}\n@media (max-width: 40em) { .c > .d { margin : 0 auto } }';
  assert.deepEqual(await styles(page, minifyCss(tricky)), await styles(page, tricky));
  // The comparison itself can fail: a changed value is seen.
  assert.notDeepEqual(await styles(page, '.a{color:red}'), await styles(page, '.a{color:blue}'));
  // A sheet that cannot be parsed fails the build, saying where.
  assert.throws(() => minifyCss('a { color: red; } }', 'x.css'), /line 1, column \d+: /);
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
