import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
const server = await startServer({ root: 'out', port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, vp] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  for (const [q, tag, dark] of [['', 'default', false], ['?noise=0', 'noise0', false], ['?noise=0.5&seed=7&at=12', 'at12', true]]) {
    const page = await browser.newPage({ viewport: vp, colorScheme: dark ? 'dark' : 'light' });
    await page.goto(`${base}/embed/ocr-correct/${q}`);
    await page.locator('[data-sentence-accuracy]').waitFor({ timeout: 90_000 });
    await page.locator('[data-accuracy-panel] [data-stale]').first().waitFor({ state: 'detached', timeout: 90_000 }).catch(() => {});
    await page.waitForTimeout(300);
    await page.locator('[data-widget="ocr-correct"]').screenshot({ path: `/tmp/hocr/shots/${name}-${tag}.png` });
    await page.close();
  }
  const page = await browser.newPage({ viewport: vp });
  await page.goto(`${base}/articles/ocr-language-model/`);
  const h = page.locator('h2', { hasText: 'Correcting text' });
  await h.scrollIntoViewIfNeeded();
  await page.locator('#fig-correct [data-sentence-accuracy]').waitFor({ timeout: 90_000 }).catch(() => {});
  const box = await h.boundingBox();
  const end = await page.locator('h2', { hasText: 'What a bigram cannot see' }).boundingBox();
  const sy = await page.evaluate(() => window.scrollY);
  await page.screenshot({ path: `/tmp/hocr/shots/${name}-article.png`, fullPage: true, clip: { x: 0, y: box.y + sy - 10, width: vp.width, height: end.y - box.y + 20 } });
  await page.close();
}
await browser.close();
server.close();
