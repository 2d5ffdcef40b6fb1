// Han text is drawn with a real CJK font on a machine without one (a fresh Debian has none): the site ships
// Noto Sans SC from its own origin, as small pieces cut at build time for the Han text pages are served with
// (scripts/cjk-fonts.mjs) and as whole unicode-range slices for what widgets draw from their data.
import { expect, test } from './support/fixtures';

/**
 * The fonts Chromium used to draw the text of the first element matching `selector` (CDP), or with
 * `field: true` the text inside that form field (its user-agent shadow tree's editor).
 */
async function platformFonts(
  page: import('@playwright/test').Page,
  selector: string,
  { field = false } = {},
) {
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: field });
  let { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (field) {
    const { node } = await client.send('DOM.describeNode', { nodeId, depth: 2, pierce: true });
    const editor = node.shadowRoots?.[0]?.children?.[0];
    if (!editor) throw new Error(`${selector} has no user-agent shadow editor`);
    const { nodeIds } = await client.send('DOM.pushNodesByBackendIdsToFrontend', {
      backendNodeIds: [editor.backendNodeId],
    });
    nodeId = nodeIds[0] ?? 0;
  }
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  await client.detach();
  return fonts;
}

/** The fonts of the stack in app/globals.css (--font-cjk) that may draw Han characters. */
const CJK_FONTS = /PingFang SC|Microsoft YaHei|Noto Sans CJK SC|Noto Sans SC/;

test('Han text in an article is drawn with a CJK font, the self-hosted one where the system has none', async ({
  page,
  guard,
}) => {
  await page.goto('/articles/ocr-language-model/');
  const title = page.locator('.article-byline a[lang="zh-Hans"]');
  await expect(title).toHaveText(/[\u4e00-\u9fff]/);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const hanChars =
    ((await title.textContent()) ?? '').match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/g) ?? [];
  const fonts = await platformFonts(page, '.article-byline a[lang="zh-Hans"]');
  // Every Han character (and CJK punctuation) of the title is drawn by a font of the CJK stack: no tofu, no
  // stray fallback (Latin letters and digits may come from the Latin font) …
  const cjk = fonts.filter((f) => CJK_FONTS.test(f.familyName));
  const drawn = cjk.reduce((sum, f) => sum + f.glyphCount, 0);
  expect(drawn, JSON.stringify(fonts)).toBeGreaterThanOrEqual(hanChars.length);
  // … and where that is the web font, it came from this site as the subset pieces cut for the served text.
  if (cjk.some((f) => f.isCustomFont)) {
    const pieces = guard.requests.filter((r) =>
      /\/frugal-cjk-noto-sans-sc-\d+-wght-normal\.\w+\.woff2$/.test(r.url),
    );
    expect(pieces.length).toBeGreaterThan(0);
  }
});

test('a page with Han text but no widget fetches only the subset pieces, never a whole Noto slice', async ({
  page,
  guard,
}) => {
  await page.goto('/about/');
  const link = page.locator('a[lang="zh-Hans"]').first();
  await expect(link).toHaveText(/[\u4e00-\u9fff]/);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const fonts = await platformFonts(page, 'a[lang="zh-Hans"]');
  const drawn = fonts.filter((f) => CJK_FONTS.test(f.familyName)).reduce((sum, f) => sum + f.glyphCount, 0);
  expect(drawn, JSON.stringify(fonts)).toBeGreaterThanOrEqual(4);
  const urls = guard.requests.map((r) => r.url);
  // The whole slices' stylesheet is attached after load; no text on the page needs one of its slices.
  await expect.poll(() => guard.requests.some((r) => /\/noto-sans-sc\.\w+\.css$/.test(r.url))).toBe(true);
  expect(urls.filter((u) => /\/noto-sans-sc-\d+-wght-normal\.\w+\.woff2$/.test(u))).toEqual([]);
  if (fonts.some((f) => f.isCustomFont))
    expect(urls.some((u) => /\/frugal-cjk-noto-sans-sc-\d+-wght-normal\.\w+\.woff2$/.test(u))).toBe(true);
});

test('Chinese in a text field is redrawn with the web font once its slices arrive, not left as boxes', async ({
  page,
}) => {
  // The OCR sentence field is drawn with its Han text before the font slices for it have loaded; without
  // components/controls/webFontFields.ts Chromium keeps the fallback font's empty boxes in it.
  await page.goto('/embed/ocr-correct/');
  const field = page.locator('textarea[lang="zh"]');
  await expect(field).toHaveValue(/[\u4e00-\u9fff]/);
  await page.locator('[data-widget="ocr-correct"][data-ready]').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const han = ((await field.inputValue()).match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/g) ?? []).length;
  await expect
    .poll(
      async () => {
        const fonts = await platformFonts(page, 'textarea[lang="zh"]', { field: true });
        return fonts.filter((f) => CJK_FONTS.test(f.familyName)).reduce((sum, f) => sum + f.glyphCount, 0);
      },
      { message: 'glyphs of the field drawn by a CJK font' },
    )
    .toBeGreaterThanOrEqual(han);
});
