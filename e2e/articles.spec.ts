// Every figure of every article loads its widget (no error card), and the prose's live numbers follow the reader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articles } from '../content/articles';
import { formatInteger } from '../lib/format';
import { lowRankStorage } from '../lib/linalg/lowRankError';
import { expect, test } from './support/fixtures';

const figures = articles.flatMap(({ slug }) => {
  const source = readFileSync(path.join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');
  return [...source.matchAll(/<Figure\s+id="([^"]+)"\s+widget="([^"]+)"/g)].map((m) => ({
    slug,
    id: m[1] as string,
    widget: m[2] as string,
  }));
});

test('the articles have figures to check', () => {
  expect(figures.length).toBeGreaterThanOrEqual(articles.length);
});

for (const { slug, id, widget } of figures) {
  test(`${slug}: figure “${id}” loads ${widget} without an error card`, async ({ page }) => {
    await page.goto(`/articles/${slug}/#fig-${id}`);
    const fig = page.locator(`#fig-${id}`);
    await expect(fig.locator(`[data-widget="${widget}"][data-ready]`)).toBeVisible({ timeout: 30_000 });
    await expect(fig.locator('[data-error-card]')).toHaveCount(0);
  });
}

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
});
