// Minifies the runbook's style sheets as shipped: comments go, and runs of white space become
// one space, or none beside `{`, `}` and `;`. Strings are copied as written, and a space that
// may separate a selector's parts (`.a .b`, `a :focus`) or a value's (`var(--a), 0`: Chromium
// keeps a `var()` value as written) is kept, so the rules the browser reads are the same (tests/e2e/styles.test.mjs has Chromium parse both and compares every
// rule). Trunk 0.21 minifies CSS only with --minify, which would also rewrite the HTML shell.
export function minifyCss(css) {
  let out = '';
  let space = false;
  const tight = (c) => c === '{' || c === '}' || c === ';';
  const put = (text) => {
    if (space && out && !tight(out[out.length - 1])) out += ' ';
    space = false;
    out += text;
  };
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`a comment at character ${i + 1} is never closed`);
      i = end + 2;
      space = true;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      if (j >= css.length) throw new Error(`a string at character ${i + 1} is never closed`);
      put(css.slice(i, j + 1));
      i = j + 1;
    } else if (/\s/.test(c)) {
      space = true;
      i += 1;
    } else if (tight(c)) {
      space = false;
      out += c;
      i += 1;
    } else {
      put(c);
      i += 1;
    }
  }
  return out;
}
