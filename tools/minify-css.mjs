// Minifies the runbook's style sheets as shipped, with Lightning CSS (the npm build of the
// Rust crate: no compile time, the same minifier). It was a hand-written whitespace and
// comment stripper; Lightning CSS parses the sheets, so it also shortens values and merges
// rules, and a sheet it cannot parse fails the build with its line and column
// (docs/performance.md, "Hand-made parts", has the figures). tests/e2e/styles.test.mjs has
// Chromium read each source sheet and its minified form and checks every element a selector
// names gets the same declarations: minifying must change bytes, never styles.
//
// The targets are the oldest browsers the styles are written for; Lightning CSS writes
// nothing newer than they read (for example a media query's `width <= 40em` stays
// `max-width: 40em`). Trunk 0.21 minifies CSS only with --minify, which would also rewrite
// the HTML shell.
import { transform } from 'lightningcss';

// Lightning CSS's version encoding: major << 16 | minor << 8.
const version = (major, minor = 0) => (major << 16) | (minor << 8);
export const targets = { chrome: version(90), edge: version(90), firefox: version(88), safari: version(14, 1), ios_saf: version(14, 5) };

/** The minified text of `css`; throws "line L, column C: reason" for a sheet it cannot parse. */
export function minifyCss(css, filename = 'style.css') {
  try {
    return transform({ filename, code: Buffer.from(css), minify: true, targets, errorRecovery: false }).code.toString();
  } catch (e) {
    const where = e.loc ? `line ${e.loc.line}, column ${e.loc.column}: ` : '';
    throw new Error(`${where}${e.message}`);
  }
}
