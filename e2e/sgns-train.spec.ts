// The sgns-train widget: a step trains one chunk and draws the loss point and the Levy–Goldberg numbers, play
// streams more, pause stops the count, reset clears everything; the SVD side lists neighbours and answers an
// unknown word with suggestions. Small V, d and window from the query keep the worker fast.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/sgns-train/';
const widget = (page: Page) => page.locator('[data-widget="sgns-train"]');
const readout = (page: Page, name: string) => widget(page).locator(`[data-readout="${name}"]`);
const shown = async (page: Page, name: string) =>
  Number(await readout(page, name).getAttribute('data-value'));
const status = (page: Page) => widget(page).locator('[data-status]');
const button = (page: Page, name: string) => widget(page).getByRole('button', { name, exact: true });
const progress = (page: Page) => widget(page).getByRole('progressbar').first();

test('step, play, pause and reset drive the training; the check and the neighbours appear', async ({
  page,
}) => {
  await page.goto(`${EMBED}?V=1000&dim=10&window=2&epochs=2&word=money`);
  await expect(page.locator('[data-widget="sgns-train"][data-ready]')).toHaveCount(1);
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(readout(page, 'correlation')).toHaveText(/—/);

  // The SVD side needs no training: ten neighbours of "money" with their cosines.
  await expect(widget(page).getByTestId('svd-neighbours').locator('li')).toHaveCount(10, { timeout: 30_000 });

  // One step: one chunk of 50,000 tokens, one loss point, the Levy–Goldberg fit of the sampled pairs.
  await button(page, 'Step').click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused', { timeout: 30_000 });
  await expect(widget(page).getByTestId('loss-curve')).toHaveAttribute('d', /^M/);
  const r = await shown(page, 'correlation');
  expect(r).toBeGreaterThan(-1);
  expect(r).toBeLessThanOrEqual(1);
  expect(Number.isFinite(await shown(page, 'slope'))).toBe(true);
  expect(await shown(page, 'tokens-per-second')).toBeGreaterThan(0);
  await expect(widget(page).getByTestId('check').locator('circle').first()).toBeVisible();
  await expect(widget(page).getByTestId('fit')).toHaveAttribute('d', /^M/);
  await expect(widget(page).getByTestId('sgns-neighbours').locator('li')).toHaveCount(10);
  const afterStep = Number(await progress(page).getAttribute('aria-valuenow'));
  expect(afterStep).toBeGreaterThan(0);

  // Play streams more chunks; Pause stops the count where it stands.
  await button(page, 'Resume').click();
  await expect(status(page)).toHaveAttribute('data-status', 'running');
  await expect
    .poll(async () => Number(await progress(page).getAttribute('aria-valuenow')), { timeout: 30_000 })
    .toBeGreaterThan(afterStep);
  await button(page, 'Pause').click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  const paused = await progress(page).getAttribute('aria-valuenow');
  await page.waitForTimeout(1500);
  await expect(progress(page)).toHaveAttribute('aria-valuenow', paused ?? '');
  await expect(page.locator('body')).not.toContainText('NaN');

  // An unknown word gets suggestions; picking one lists its neighbours again.
  const field = widget(page).getByRole('searchbox', { name: 'Neighbours of' });
  await field.fill('monney');
  await field.press('Enter');
  const svdSide = widget(page).getByTestId('svd-neighbours');
  await expect(svdSide).toContainText('“monney” is not among the top V words');
  await svdSide.getByRole('button', { name: 'money' }).click();
  await expect(svdSide.locator('li')).toHaveCount(10);

  // Reset clears the run: no curve, no fit, idle.
  await button(page, 'Reset').click();
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(widget(page).getByTestId('loss-curve')).toHaveCount(0);
  await expect(readout(page, 'correlation')).toHaveText(/—/);
  await expect(widget(page).getByTestId('check').locator('circle')).toHaveCount(0);
});
