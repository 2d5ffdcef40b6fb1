// The measuring-sparsity article: its live numbers follow the reader, and all four figures come up.
import { formatNumber } from '../lib/format';
import { sStarBounds } from '../lib/sparsity/measures';
import { expect, test } from './support/fixtures';

const ARTICLE = '/articles/measuring-sparsity/';

test('dragging n and p in the prose updates the range of S* in the live equation', async ({ page }) => {
  await page.goto(ARTICLE);
  const n = page.locator('.live-draggable[data-var="n"] [role="slider"]').first();
  const p = page.locator('.live-draggable[data-var="p"] [role="slider"]').first();
  const equation = page.locator('.live-equation').first();
  await expect(n).toHaveAttribute('aria-valuenow', '64');
  await expect(equation).toContainText(formatNumber(sStarBounds(64, 1, 2).sparse, { digits: 4 }));
  const serverMarkup = await equation.innerHTML();

  await n.focus();
  await page.keyboard.press('Shift+ArrowRight'); // 64 → 74
  await expect(n).toHaveAttribute('aria-valuenow', '74');
  await p.focus();
  await page.keyboard.press('End'); // p = 8
  await expect(p).toHaveAttribute('aria-valuenow', '8');
  await expect(equation).toContainText(formatNumber(sStarBounds(74, 1, 8).sparse, { digits: 4 }));
  await expect(equation).toContainText(formatNumber(sStarBounds(74, 1, 2).sparse, { digits: 4 }));

  // Back at the initial values, the browser's typesetting is the markup the server sent.
  await page.keyboard.press('Home'); // p = 1.1
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight'); // p = 2
  await expect(p).toHaveAttribute('aria-valuenow', '2');
  await n.focus();
  await page.keyboard.press('Shift+ArrowLeft'); // 74 → 64
  await expect(n).toHaveAttribute('aria-valuenow', '64');
  await expect.poll(() => equation.innerHTML()).toBe(serverMarkup);
});
