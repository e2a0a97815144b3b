// `make bench`: how big and how fast the site is, measured in headless Chromium against the
// same local server, every figure beside a baseline measured in the same run (this machine is
// shared and noisy, so absolute numbers alone mean little).
//
// Inputs (built by `make bench` before this runs):
//   dist/                     the release site
//   target/bench/floor/       the static floor: each doc as plain HTML (sitegen floor)
//   target/bench/dist-x10/    the site built from the content multiplied by 10
//   target/bench/dist-x100/   ... and by 100
//   target/bench/build.json   build timings (written by tests/bench/build-times.sh)
// Output: a table on stdout and target/bench/results.json.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
// Chromium DevTools' "Fast 3G" preset, and a 4x slower CPU: a weak laptop on a poor link.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const CPU_SLOWDOWN = 4;
// Every kind of route, one each: each app (runbook::route::App) serves at least one of them.
const ROUTES = {
  home: '/',
  doc: '/docs/azure-down',
  docWithGenerator: '/docs/partial-restore',
  search: '/search?q=restore',
  wizard: '/wizards/lost-data',
  generator: '/commands/konduit-connect',
  drill: '/drills/azure-down',
  // A drill in progress is three apps, one per window.
  drillFacilitator: '/drill/facilitator',
  drillParticipant: '/drill/participant',
  drillReport: '/drill/report',
};
// Each page's first usable control (issue 18): what a reader can use first. A control drawn by
// the build works as plain HTML (a wizard's question is a GET form), so it counts as soon as
// it is on screen.
const FIRST_CONTROL = {
  wizard: ['/wizards/lost-data', 'form.wizard-question input[type=radio]'],
  generator: ['/commands/konduit-connect', 'form.generator__form input'],
  drillFacilitator: ['/drill/facilitator', 'main .drill a, main .drill button'],
  search: ['/search?q=restore', '.search-result a'],
};
// First load: 150 KB since issues 18 and 19 (mdBook's is about 240 KB); it was 120 KB.
const BUDGET = { firstLoadKB: 150, ttcRatio: 1.5, interactionP95: 16, growthRatio: 2, searchP95At100x: 16 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

async function newPage(browser, { throttle = false } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  // The time the first non-empty <h1> is on screen: the frame after it enters the DOM.
  await page.addInitScript(() => {
    const seen = () => {
      const h = document.querySelector('h1');
      if (!h || !h.textContent.trim()) return false;
      requestAnimationFrame(() => { window.__contentAt = performance.now(); });
      return true;
    };
    const obs = new MutationObserver(() => { if (seen()) obs.disconnect(); });
    obs.observe(document, { childList: true, subtree: true, characterData: true });
  });
  return { context, page, cdp };
}

/** Compressed bytes of every response while loading `url`, per file. */
async function firstLoad(browser, url) {
  const { context, page, cdp } = await newPage(browser);
  const urls = new Map();
  const files = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const name = (urls.get(e.requestId) ?? '?').replace(/^https?:\/\/[^/]+/, '');
    files.set(name, (files.get(name) ?? 0) + e.encodedDataLength);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('h1');
  await context.close();
  const total = [...files.values()].reduce((a, b) => a + b, 0);
  return { total, files: Object.fromEntries([...files.entries()].sort((a, b) => b[1] - a[1])) };
}

/** Median navigation-start-to-`selector` time (the frame after it is in the DOM) over RUNS throttled loads. */
async function timeToControl(browser, url, selector) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { context, page } = await newPage(browser, { throttle: true });
    await page.addInitScript((sel) => {
      const seen = () => {
        if (!document.querySelector(sel)) return false;
        requestAnimationFrame(() => { window.__controlAt = performance.now(); });
        return true;
      };
      const obs = new MutationObserver(() => { if (seen()) obs.disconnect(); });
      obs.observe(document, { childList: true, subtree: true });
    }, selector);
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => typeof window.__controlAt === 'number', null, { timeout: 120000 });
    times.push(await page.evaluate(() => window.__controlAt));
    await context.close();
  }
  return { median: median(times), runs: times.length };
}

/** Median navigation-start-to-heading time over RUNS throttled loads. */
async function timeToContent(browser, url) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { context, page } = await newPage(browser, { throttle: true });
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => typeof window.__contentAt === 'number', null, { timeout: 120000 });
    times.push(await page.evaluate(() => window.__contentAt));
    await context.close();
  }
  return { median: median(times), runs: times.length };
}

// Runs `act` in the page and resolves with the milliseconds until `done` holds, observed
// on DOM mutations (so the figure is the app's work, not the next paint).
const MEASURE = `async ({ act, done }) => {
  const doneFn = new Function(done);
  const actFn = new Function(act);
  return new Promise((resolve) => {
    const t0 = performance.now();
    const finish = () => { obs.disconnect(); resolve(performance.now() - t0); };
    const obs = new MutationObserver(() => { if (doneFn()) finish(); });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    actFn();
    if (doneFn()) finish();
  });
}`;

async function samples(page, n, prepare, act, done) {
  const out = [];
  for (let i = 0; i < n; i += 1) {
    await prepare(i);
    // CDP evaluation is not subject to the page's CSP, so `new Function` is fine here.
    out.push(await page.evaluate(`(${MEASURE})(${JSON.stringify({ act: act(i), done: done(i) })})`));
  }
  return { p50: pct(out, 50), p95: pct(out, 95), n: out.length };
}

async function interactions(browser, base) {
  const { context, page } = await newPage(browser);
  const result = {};
  // Baseline: the same measurement around a trivial DOM write, in the same page.
  await page.goto(`${base}docs/overview`);
  await page.waitForSelector('main h1');
  result.baseline = await samples(page, SAMPLES, async () => {},
    (i) => `document.querySelector('main h1').dataset.n = '${i}'`,
    (i) => `return document.querySelector('main h1').dataset.n === '${i}'`);

  // A wizard answer to the next question shown.
  result.wizard = await samples(page, SAMPLES,
    async () => {
      await page.goto(`${base}wizards/lost-data`);
      // The question is drawn by the build; the answer is measured once the app runs it.
      await page.waitForSelector('html.app-live', { state: 'attached' });
      await page.waitForSelector('main input[type=radio]');
      await page.locator('main input[type=radio]').first().check();
    },
    () => `window.__q = document.querySelector('main h1').textContent; [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Continue').click()`,
    () => `const h = document.querySelector('main h1'); return !!h && h.textContent !== window.__q`);

  // A search keystroke to results shown.
  await page.goto(`${base}search?q=restor`);
  await page.waitForSelector('#search-page-input');
  await page.waitForFunction(() => /result/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
  const words = ['maintenance', 'konduit', 'restore', 'banner', 'azure', 'notify', 'deploy', 'sign'];
  result.search = await samples(page, SAMPLES, async () => {},
    (i) => `const el = document.querySelector('#search-page-input'); el.value = ${JSON.stringify(words[i % words.length])}; el.dispatchEvent(new Event('input', { bubbles: true }))`,
    (i) => `return (document.querySelector('main [role="status"]')?.textContent ?? '').includes(${JSON.stringify(words[i % words.length])})`);

  // A generator keystroke to the preview updated.
  await page.goto(`${base}commands/konduit-connect?server=s189p01-cpdec2-pd-pg-pitr&deployment=cpd-ec2-production-web`);
  await page.waitForSelector('[data-testid="command-preview"]');
  result.generator = await samples(page, SAMPLES, async () => {},
    (i) => `const el = document.querySelector('input[name="server"], #cmd-konduit-connect-server'); el.value = 's189p01-cpdec2-pd-pg-pitr-${i}'; el.dispatchEvent(new Event('input', { bubbles: true }))`,
    (i) => `return (document.querySelector('[data-testid="command-preview"]')?.textContent ?? '').includes('pitr-${i} ')`);
  await context.close();
  return result;
}

async function searchOnly(browser, base) {
  const { context, page } = await newPage(browser);
  await page.goto(`${base}search?q=restor`);
  await page.waitForFunction(() => /result/.test(document.querySelector('main [role="status"]')?.textContent ?? ''), null, { timeout: 60000 });
  const words = ['maintenance', 'konduit', 'restore', 'banner', 'azure', 'notify', 'deploy', 'sign'];
  const r = await samples(page, SAMPLES, async () => {},
    (i) => `const el = document.querySelector('#search-page-input'); el.value = ${JSON.stringify(words[i % words.length])}; el.dispatchEvent(new Event('input', { bubbles: true }))`,
    (i) => `return (document.querySelector('main [role="status"]')?.textContent ?? '').includes(${JSON.stringify(words[i % words.length])})`);
  await context.close();
  return r;
}

const servers = {};
const browser = await launchBrowser();
try {
  servers.site = await startServer({ dir: 'dist' });
  servers.floor = await startServer({ dir: 'target/bench/floor' });
  // The same site served brotli-compressed, as most hosts serve current browsers. The budget
  // is checked against gzip, which every static host serves.
  servers.brotli = await startServer({ dir: 'dist', encoding: 'br' });
  const results = { when: new Date().toISOString(), runs: RUNS, samples: SAMPLES, budgets: BUDGET, firstLoad: {}, firstLoadBrotli: {}, timeToContent: {}, growth: {} };

  for (const [kind, path] of Object.entries(ROUTES)) {
    results.firstLoad[kind] = await firstLoad(browser, servers.site.url + path.slice(1));
    results.firstLoadBrotli[kind] = (await firstLoad(browser, servers.brotli.url + path.slice(1))).total;
  }
  results.firstLoad.floorDoc = await firstLoad(browser, `${servers.floor.url}docs/partial-restore/`);

  const site = await timeToContent(browser, `${servers.site.url}docs/partial-restore`);
  const floor = await timeToContent(browser, `${servers.floor.url}docs/partial-restore/`);
  // A page the app renders (a wizard): what a doc page would cost if it were not static HTML.
  const appOnly = await timeToContent(browser, `${servers.site.url}wizards/lost-data`);
  results.timeToContent = { site, floor, ratio: site.median / floor.median, appOnly, appOnlyRatio: appOnly.median / floor.median };
  results.firstControl = {};
  for (const [kind, [path, selector]] of Object.entries(FIRST_CONTROL)) {
    const t = await timeToControl(browser, servers.site.url + path.slice(1), selector);
    results.firstControl[kind] = { ...t, ratio: t.median / floor.median };
  }

  results.interactions = await interactions(browser, servers.site.url);

  for (const factor of [10, 100]) {
    const dir = `target/bench/dist-x${factor}`;
    if (!existsSync(dir)) continue;
    const s = await startServer({ dir });
    const load = {};
    for (const [kind, path] of Object.entries(ROUTES)) load[kind] = (await firstLoad(browser, s.url + path.slice(1))).total;
    results.growth[`x${factor}`] = { firstLoad: load, search: await searchOnly(browser, s.url) };
    await s.close();
  }
  if (existsSync('target/bench/build.json')) results.build = JSON.parse(readFileSync('target/bench/build.json', 'utf8'));

  mkdirSync('target/bench', { recursive: true });
  writeFileSync('target/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  report(results);
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}

function report(r) {
  const line = (...cells) => console.log(`| ${cells.join(' | ')} |`);
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log(`\nRunbook benchmarks (${r.when}); Fast 3G + ${CPU_SLOWDOWN}x CPU for time to content, median of ${r.runs}\n`);
  console.log('First load, compressed as served (gzip -9; the budget is checked against it), and served brotli-compressed:');
  line('route', 'KB', 'x floor doc page', `budget ${BUDGET.firstLoadKB} KB`, 'brotli KB', 'largest files');
  line('---', '---', '---', '---', '---', '---');
  const floorBytes = r.firstLoad.floorDoc.total;
  for (const kind of Object.keys(ROUTES)) {
    const f = r.firstLoad[kind];
    const top = Object.entries(f.files).slice(0, 3).map(([n, b]) => `${n.split('/').pop()} ${kb(b)}`).join(', ');
    line(kind, kb(f.total), (f.total / floorBytes).toFixed(1), verdict(f.total <= BUDGET.firstLoadKB * 1024), kb(r.firstLoadBrotli[kind]), top);
  }
  line('floor doc page', kb(floorBytes), '1.0', '', '', '');
  const t = r.timeToContent;
  console.log(`\nTime to content (doc page): site ${t.site.median.toFixed(0)} ms, floor ${t.floor.median.toFixed(0)} ms, ratio ${t.ratio.toFixed(2)}x (budget ${BUDGET.ttcRatio}x: ${verdict(t.ratio <= BUDGET.ttcRatio)})`);
  console.log(`Time to content of a page the app renders (a wizard; doc pages are static HTML): ${t.appOnly.median.toFixed(0)} ms, ${t.appOnlyRatio.toFixed(2)}x the floor`);
  console.log(`\nFirst usable control, against the floor's heading (${t.floor.median.toFixed(0)} ms; budget ${BUDGET.ttcRatio}x, search 2x):`);
  line('route', 'control', 'ms', 'x floor heading', 'budget');
  line('---', '---', '---', '---', '---');
  for (const [kind, [, selector]] of Object.entries(FIRST_CONTROL)) {
    const c = r.firstControl[kind];
    const budget = kind === 'search' ? 2 : BUDGET.ttcRatio;
    line(kind, `\`${selector}\``, c.median.toFixed(0), c.ratio.toFixed(2), verdict(c.ratio <= budget));
  }
  console.log('\nInteraction latency, event to DOM updated (ms):');
  line('interaction', 'p50', 'p95', 'p95 / baseline p95', `budget p95 < ${BUDGET.interactionP95} ms`);
  line('---', '---', '---', '---', '---');
  const b = r.interactions.baseline;
  line('baseline (trivial DOM write)', b.p50.toFixed(2), b.p95.toFixed(2), '1.0', '');
  for (const k of ['wizard', 'search', 'generator']) {
    const x = r.interactions[k];
    line(k, x.p50.toFixed(2), x.p95.toFixed(2), (x.p95 / Math.max(b.p95, 0.1)).toFixed(1), verdict(x.p95 < BUDGET.interactionP95));
  }
  for (const [factor, g] of Object.entries(r.growth)) {
    const worst = Math.max(...Object.keys(ROUTES).map((k) => g.firstLoad[k] / r.firstLoad[k].total));
    console.log(`\nGrowth ${factor}: first load ${Object.entries(g.firstLoad).map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')}; worst ratio to 1x ${worst.toFixed(2)}x (budget ${BUDGET.growthRatio}x at x100: ${factor === 'x100' ? verdict(worst <= BUDGET.growthRatio) : 'n/a'}); search p50 ${g.search.p50.toFixed(2)} ms, p95 ${g.search.p95.toFixed(2)} ms${factor === 'x100' ? ` (budget < ${BUDGET.searchP95At100x} ms: ${verdict(g.search.p95 < BUDGET.searchP95At100x)})` : ''}`);
  }
  if (r.build) {
    console.log(`\nBuild (make dist: every app and the static pages): site crate from clean ${r.build.cleanSeconds.toFixed(1)} s; rebuild after editing one Markdown file ${r.build.rebuildSeconds.toFixed(1)} s (${(r.build.rebuildSeconds / r.build.cleanSeconds).toFixed(2)}x of clean)`);
  }
  console.log('\nFull figures: target/bench/results.json');
}
