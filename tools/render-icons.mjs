// Renders public/favicon.svg as the PNG icons the web app manifest lists for installing the
// runbook (icon-192.png, icon-512.png in public/), in headless Debian Chromium. Run it again
// after changing the favicon; the PNGs are committed, so building needs no browser.
//
//   node tools/render-icons.mjs
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await launchBrowser();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
    await page.close();
    console.log(`render-icons: public/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
