// The prose's live numbers follow the reader. (That every figure of every article mounts its widget without an
// error card is checked in the one pass over each page, pages.spec.ts; that the MDX's figures match the
// catalog, by content/figures.test.ts.)
import { formatInteger } from '../lib/format';
import { lowRankStorage } from '../lib/linalg/lowRankError';
import { expect, test } from './support/fixtures';

test('svd-autoencoder: dragging the rank in the prose updates the storage count', async ({ page }) => {
  await page.goto('/articles/svd-autoencoder/');
  const k = page.locator('.live-draggable[data-var="k"] [role="slider"]').first();
  await expect(k).toHaveAttribute('aria-valuenow', '20');
  const factors = page.locator('.live-var[data-var="factors"]').first();
  await expect(factors).toHaveText(formatInteger(lowRankStorage(1000, 1000, 20).factors));
  await k.focus();
  await page.keyboard.press('Shift+ArrowRight'); // 20 → 30
  await expect(k).toHaveAttribute('aria-valuenow', '30');
  await expect(factors).toHaveText(formatInteger(lowRankStorage(1000, 1000, 30).factors));
  // A rank is at most min(m, n): shrinking m to 1 takes k down with it, and k's slider stops there.
  const m = page.locator('.live-draggable[data-var="m"] [role="slider"]').first();
  await m.focus();
  await page.keyboard.press('Home');
  await expect(m).toHaveAttribute('aria-valuenow', '1');
  await expect(k).toHaveAttribute('aria-valuenow', '1');
  await expect(k).toHaveAttribute('aria-valuemax', '1');
  await expect(factors).toHaveText(formatInteger(lowRankStorage(1, 1000, 1).factors));
});
