// The self-training-lab widget: a bad weights parameter is named and the post's weights used instead; a tiny
// run (few sentences, a tiny tagger, from the query) can be cancelled, and run again to the end it fills the
// round table and the before / after F1.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/self-training-lab/';
const widget = (page: Page) => page.locator('[data-widget="self-training-lab"]');
const status = (page: Page) => widget(page).locator('[data-status]');
const button = (page: Page, name: string) => widget(page).getByRole('button', { name, exact: true });

test('bad weights get a message; a tiny run cancels, then fills the round table', async ({ page }) => {
  await page.goto(
    `${EMBED}?labelled=100&pool=100&test=100&epochs=1&hidden=4&embedDim=4&weights=${encodeURIComponent('10:x')}`,
  );
  await expect(page.locator('[data-widget="self-training-lab"][data-ready]')).toHaveCount(1);
  await expect(widget(page).getByTestId('weights-error')).toContainText('“10:x” is not labelled:pseudo');
  await expect(widget(page).getByTestId('weights-error')).toContainText('using the post’s 10:1, 5:1, 1:1');
  await expect(status(page)).toHaveText(/train 4 rounds/);

  const field = widget(page).getByRole('textbox', { name: 'Weights per round (labelled:pseudo)' });
  await field.fill('10:1, 1:1');
  await field.press('Enter');
  await expect(widget(page).getByTestId('weights-error')).toHaveCount(0);
  await expect(status(page)).toHaveText(/train 3 rounds/);

  await button(page, 'Run').click();
  await button(page, 'Cancel').click();
  await expect(status(page)).toHaveAttribute('data-status', 'cancelled');

  await button(page, 'Run again').click();
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const rows = widget(page).getByTestId('round-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('1 : 0.10');
  await expect(rows.nth(1)).toContainText('100 / 100');
  await expect(widget(page).getByTestId('round-curve')).toHaveCount(3);
  await expect(widget(page).getByTestId('round-0-loss')).toHaveAttribute('d', /^M/);
  await expect(widget(page).getByTestId('f1-after')).toHaveText(/^(0\.\d{3}|1\.000|—)$/);
  await expect(widget(page).getByText('After (round 2), Viterbi')).toBeVisible();
  await expect(widget(page)).not.toContainText('NaN');
});
