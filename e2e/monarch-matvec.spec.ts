// The monarch-matvec widget: times the fast Monarch product against the dense one in the worker, streams
// each size into its plots and table, checks the two results agree, cancels, and answers the keyboard (the
// URL and notice mechanism itself: components/figure/catalog.test.ts and widgets.spec.ts). Timings are only
// checked to be positive and finite: machines are noisy (the comparison is the bench's job).
import type { Locator, Page } from '@playwright/test';
import { formatNumber } from '../lib/format';
import { matvecCounts } from '../lib/monarch';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/monarch-matvec/';
const widget = (page: Page) => page.locator('[data-widget="monarch-matvec"]');
const status = (page: Page) => widget(page).locator('[data-status]');
const timePlot = (page: Page) => widget(page).locator('[data-export]');
const runButton = (page: Page) => widget(page).getByRole('button', { name: /^Run/ });
const cancelButton = (page: Page) => widget(page).getByRole('button', { name: 'Cancel' });
const rows = (page: Page) => widget(page).locator('tbody tr');
const cell = (row: Locator, col: string) => row.locator(`[data-col="${col}"]`);
const value = async (c: Locator) => Number(await c.getAttribute('data-value'));
/** Rows whose Monarch time has arrived. */
const timedRows = (page: Page) =>
  widget(page).locator('tbody tr:has([data-col="monarch"][data-value]:not([data-value=""]))');

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="monarch-matvec"][data-ready]')).toHaveCount(1);
}

test('a run to n = 256 started from the keyboard fills the plots and the table; both products agree', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await open(page);
  await expect(rows(page)).toHaveCount(5); // n = 16 … 4096 by default
  // Down to 256 with the keyboard: 4096 → 1024 → 256.
  const largest = widget(page).getByLabel('Largest n');
  await largest.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(largest).toHaveValue('256');
  await expect(rows(page)).toHaveCount(3);
  // Before a run: the counts' √n/2 is known, no timing is, and the plot shows the counts with a call to Run.
  for (const [i, m] of [4, 8, 16].entries()) {
    const row = rows(page).nth(i);
    await expect(row).toHaveAttribute('data-n', String(m * m));
    await expect(cell(row, 'theory')).toHaveText(`${formatNumber(matvecCounts(m).speedup, { digits: 3 })}×`);
    await expect(cell(row, 'monarch')).toHaveText('—');
  }
  await expect(timePlot(page)).toContainText('Press Run to time both products');
  await expect(status(page)).toHaveAttribute('data-status', 'idle');

  await runButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  await expect(widget(page).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  for (let i = 0; i < 3; i++) {
    const row = rows(page).nth(i);
    const dense = await value(cell(row, 'dense'));
    const monarch = await value(cell(row, 'monarch'));
    for (const t of [dense, monarch]) expect(Number.isFinite(t) && t > 0).toBe(true);
    const diff = await value(cell(row, 'diff'));
    expect(Number.isFinite(diff) && diff >= 0 && diff < 1e-9).toBe(true);
    const speedup = Number((await cell(row, 'speedup').textContent())?.replace(/[×,]/g, ''));
    expect(Math.abs(speedup / (dense / monarch) - 1)).toBeLessThan(0.01); // three digits shown
  }
  for (const series of ['dense', 'monarch']) {
    await expect(timePlot(page).locator(`[data-series="${series}"] [data-n]`)).toHaveCount(3);
  }
  await expect(widget(page).locator('[data-series="speedup"] [data-n]')).toHaveCount(3);
  await expect(widget(page).getByTestId('summary')).toContainText('At n = 256 the fast product took');
  await expect(page.locator('body')).not.toContainText('NaN');
  // A new seed clears measurements that no longer match it.
  const seed = widget(page).getByLabel('Seed');
  await seed.focus();
  await page.keyboard.press('ArrowUp');
  await expect(seed).toHaveValue('2');
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(timedRows(page)).toHaveCount(0);
});

test('Cancel stops a run: progress and rows stop where they were, Run comes back', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '?maxN=16384');
  await expect(rows(page)).toHaveCount(6);
  await expect(cell(rows(page).nth(5), 'dense')).toHaveText('not built');
  await runButton(page).click();
  await expect(cancelButton(page)).toBeEnabled();
  await expect(runButton(page)).toBeDisabled();
  await expect(timedRows(page)).not.toHaveCount(0, { timeout: 20_000 });
  const bar = widget(page).getByRole('progressbar');
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await cancelButton(page).click();
  await expect(status(page)).toHaveAttribute('data-status', 'cancelled');
  await expect(status(page)).toContainText(/Cancelled after [1-5] of 6 sizes/);
  await expect(runButton(page)).toBeEnabled();
  await expect(cancelButton(page)).toBeDisabled();
  const progress = await bar.getAttribute('aria-valuenow');
  const timed = await timedRows(page).count();
  await page.waitForTimeout(2000);
  expect(await bar.getAttribute('aria-valuenow')).toBe(progress);
  await expect(timedRows(page)).toHaveCount(timed);
  await expect(timePlot(page).locator('[data-series="monarch"] [data-n]')).toHaveCount(timed);
});
