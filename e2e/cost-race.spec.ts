// The cost-race widget: runs the kernels in the worker, streams timings into its plots and table, cancels,
// and answers the keyboard (the URL and notice mechanism itself: components/figure/catalog.test.ts and
// widgets.spec.ts).
import type { Locator, Page } from '@playwright/test';
import { attentionMemory, attentionRowLists, expectedNnz, longestRow, type MaskKind } from '../lib/attention';
import { formatInteger, formatNumber } from '../lib/format';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/cost-race/';
const widget = (page: Page) => page.locator('[data-widget="cost-race"]');
const status = (page: Page) => widget(page).locator('[data-status]');
const timePlot = (page: Page) => widget(page).locator('[data-export]');
const runButton = (page: Page) => widget(page).getByRole('button', { name: /^Run/ });
const cancelButton = (page: Page) => widget(page).getByRole('button', { name: 'Cancel' });
const rows = (page: Page) => widget(page).locator('tbody tr');
const cell = (row: Locator, col: string) => row.locator(`[data-col="${col}"]`);
const kOf = (n: number) => Math.round(Math.sqrt(n));
/** Opens the embed page and waits until React has mounted the widget (earlier clicks would be lost). */
async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="cost-race"][data-ready]')).toHaveCount(1);
}
const parseMs = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

test('a race to n = 256 fills both plots and the table with three sizes × three kernels', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await open(page, '?maxN=256');
  await expect(rows(page)).toHaveCount(3);
  // Before running: the theory columns are known, the timings are not.
  for (const [i, n] of [64, 128, 256].entries()) {
    const row = rows(page).nth(i);
    await expect(row).toHaveAttribute('data-n', String(n));
    const nnz = expectedNnz('sparse', n, { k: kOf(n) });
    await expect(cell(row, 'nnz')).toHaveText(formatInteger(nnz));
    await expect(cell(row, 'theory')).toHaveText(`${formatNumber((n * n) / nnz, { digits: 3 })}×`);
    await expect(cell(row, 'sparse')).toHaveText('—');
  }
  await expect(timePlot(page).locator('[data-method]')).toHaveCount(0);

  await runButton(page).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 45_000 });
  for (const method of ['dense', 'unmasked', 'sparse']) {
    await expect(timePlot(page).locator(`[data-series="${method}"] [data-method="${method}"]`)).toHaveCount(
      3,
    );
  }
  // The bytes plot: one dense and one sparse marker per size.
  await expect(widget(page).locator('[data-series$="-bytes"] [data-method]')).toHaveCount(6);
  // Timings are never compared with each other here (machines are noisy; see the bench): each is a
  // positive number and the speed-up column is dense ÷ sparse of the times shown (up to display rounding).
  for (let i = 0; i < 3; i++) {
    const row = rows(page).nth(i);
    const [dense, unmasked, sparse] = await Promise.all(
      ['dense', 'unmasked', 'sparse'].map(async (c) => parseMs(await cell(row, c).textContent())),
    );
    for (const v of [dense, unmasked, sparse]) expect(v).toBeGreaterThan(0);
    const speedup = parseMs((await cell(row, 'speedup').textContent())?.replace('×', '') ?? '');
    expect(Math.abs(speedup / (dense / sparse) - 1)).toBeLessThan(0.05); // display rounding
  }
  await expect(runButton(page)).toHaveText('Run again');
  await expect(cancelButton(page)).toBeDisabled();
  await expect(page.locator('body')).not.toContainText('NaN');
  // Results never enter the URL.
  expect(new URL(page.url()).search).toBe('?maxN=256');
});

test('running again replaces the results instead of adding to them', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '?maxN=128&d=8');
  await runButton(page).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(timePlot(page).locator('[data-method]')).toHaveCount(6);
  await runButton(page).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(timePlot(page).locator('[data-method]')).toHaveCount(6);
  // Changing a parameter clears results that no longer match it.
  await widget(page).getByRole('slider', { name: 'Head size d' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(timePlot(page).locator('[data-method]')).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
});

test('Cancel stops a running race: progress and plots stop, Run comes back', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '?maxN=4096');
  await runButton(page).click();
  await expect(cancelButton(page)).toBeEnabled();
  await expect(runButton(page)).toBeDisabled();
  const bar = widget(page).getByRole('progressbar');
  await expect(bar).toHaveAccessibleName(/^(dense \+ mask|dense, no mask|sparse kernel), n = [\d,]+$/);
  // Let a few timings land (the small sizes take milliseconds), then cancel.
  await expect
    .poll(() => timePlot(page).locator('[data-method]').count(), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(2);
  await cancelButton(page).click();
  await expect(status(page)).toHaveAttribute('data-status', 'cancelled');
  await expect(status(page)).toContainText(/Cancelled after \d+ of 21 timings/);
  await expect(cancelButton(page)).toBeDisabled();
  await expect(runButton(page)).toBeEnabled();
  const progress = await bar.getAttribute('aria-valuenow');
  const markers = await timePlot(page).locator('[data-method]').count();
  expect(markers).toBeLessThan(21);
  await page.waitForTimeout(2500);
  expect(await bar.getAttribute('aria-valuenow')).toBe(progress);
  await expect(timePlot(page).locator('[data-method]')).toHaveCount(markers);
  // The size chips are usable again.
  await expect(widget(page).getByRole('button', { name: '4,096' })).toBeEnabled();
});

test('the widget answers the keyboard: pattern, causal and the size chips change the table', async ({
  page,
}) => {
  await open(page, '?maxN=512');
  await expect(rows(page)).toHaveCount(4);
  const pattern = widget(page).getByLabel('Pattern');
  await pattern.focus();
  await page.keyboard.press('ArrowUp'); // sparse → atrous
  await expect(pattern).toHaveValue('atrous');
  await expect(cell(rows(page).nth(3), 'nnz')).toHaveText(
    formatInteger(expectedNnz('atrous', 512, { k: 23 })),
  );
  await widget(page).getByRole('switch', { name: 'Causal' }).focus();
  await page.keyboard.press('Space');
  await expect(cell(rows(page).nth(0), 'nnz')).toHaveText(
    formatInteger(expectedNnz('atrous', 64, { k: 8, causal: true })),
  );
  // Space on a size chip leaves that size out of the race.
  const chip = widget(page).getByRole('button', { name: '128', exact: true });
  await chip.focus();
  await page.keyboard.press('Space');
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(rows(page)).toHaveCount(3);
  await expect(widget(page).locator('tbody tr[data-n="128"]')).toHaveCount(0);
  await expect(status(page)).toContainText('3 sizes × 3 kernels');
});

test('the bytes plot matches attentionMemory for each size', async ({ page }) => {
  await open(page, '?maxN=256&pattern=fixed');
  // Strided and fixed are always causal: the toggle shows it and is disabled.
  await expect(widget(page).getByRole('switch', { name: 'Causal' })).toHaveAttribute('aria-checked', 'true');
  await expect(widget(page).getByRole('switch', { name: 'Causal' })).toBeDisabled();
  const kind: MaskKind = 'fixed';
  for (const [i, n] of [64, 128, 256].entries()) {
    const k = kOf(n);
    const nnz = expectedNnz(kind, n, { k });
    await expect(cell(rows(page).nth(i), 'nnz')).toHaveText(formatInteger(nnz));
    const sparse = attentionMemory('sparse', n, nnz, {
      longestRow: longestRow(attentionRowLists(kind, n, { k })),
    });
    const dense = attentionMemory('dense', n, nnz);
    // Each marker sits at its value: higher bytes, higher on the plot (smaller y).
    const y = async (m: string) =>
      Number(
        await widget(page)
          .locator(`[data-series="${m}-bytes"] [data-n="${n}"]`)
          .evaluate((el) => el.getBoundingClientRect().y),
      );
    expect(dense.total).toBeGreaterThan(sparse.total);
    expect(await y('dense')).toBeLessThan(await y('sparse'));
  }
});
