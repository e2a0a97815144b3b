// `make screenshots`: pictures of the real build for the README.
import { startSite, ready } from './harness.mjs';

const site = await startSite();
try {
  const page = await site.open('/docs/partial-restore');
  await ready(page);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.screenshot({ path: 'docs/screenshots/doc-page.png' });
  console.log('wrote docs/screenshots/doc-page.png');
} finally {
  await site.close();
}
