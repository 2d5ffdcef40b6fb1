// The monarch-project widget shows lib's numbers: the errors of both fits and the spectra of the slices are
// recomputed here with lib/monarch (projectInputMatrix, compareMonarchLowRank, densitySweepPoint) and compared
// with the page after the input menu, the keyboard and clicks; the density sweep streams its points, cancels,
// and its table matches lib.
import type { Page } from '@playwright/test';
import { formatNumber } from '../lib/format';
import {
  compareMonarchLowRank,
  densitySweepPoint,
  type ProjectInput,
  type ProjectInputOptions,
  projectInputMatrix,
  SWEEP_DENSITIES,
} from '../lib/monarch';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/monarch-project/';
const pct = (v: number) => formatNumber(v, { style: 'percent', digits: 3 });
/** The widget's wording for a relative error that is rounding noise. */
const pctError = (v: number) => (v < 1e-12 ? '0% (to rounding)' : pct(v));

function expected(kind: ProjectInput, m: number, options: ProjectInputOptions) {
  return compareMonarchLowRank(projectInputMatrix(kind, m, options), m);
}

async function projected(page: Page) {
  // A change is drawn in a deferred render: wait for it (and its worker job) before reading the status.
  await widgetsSettled(page);
  await expect(page.getByTestId('project-status')).toHaveAttribute('data-status', 'done', {
    timeout: 20_000,
  });
}

test('the errors, a slice’s spectrum by click and keys, a noiseless Monarch matrix and a bad Hadamard size', async ({
  page,
}) => {
  await page.goto(EMBED);
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  await projected(page);

  // Default: sparse Gaussian, m = 8, ρ = 5%, seed 1.
  const c = expected('sparse', 8, { density: 0.05, seed: 1 });
  await expect(page.getByTestId('monarch-error')).toHaveText(pctError(c.monarch.relativeError));
  await expect(page.getByTestId('low-rank-error')).toHaveText(pctError(c.lowRankRelativeError));
  await expect(page.getByTestId('budget')).toContainText('2m³ = 1,024 and (n + n)·m = 1,024, of n² = 4,096');

  // A click on cell (i = 2, b = 5) selects that slice; its spectrum is lib's.
  const grid = page.getByTestId('slice-errors');
  const box = await grid.locator('[data-slice="21"] rect').boundingBox();
  if (!box) throw new Error('slice cell not drawn');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const slider = page.getByRole('slider', { name: /Error of each of the 64 slices/ });
  await expect(slider).toHaveAttribute('aria-valuenow', '21');
  const bars = page.getByTestId('slice-spectrum').locator('[data-sigma]');
  const spectrumOf = (s: number) => Array.from(c.monarch.spectra.subarray(s * 8, s * 8 + 8));
  const read = () => bars.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value'))));
  await expect.poll(read).toEqual(spectrumOf(21));
  await expect(page.getByTestId('slice-spectrum').locator('[data-kept]')).toHaveCount(1);

  // Keys move the selection: down one row (i + 1), then to the row's last column.
  await slider.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '31');
  await expect.poll(read).toEqual(spectrumOf(31));

  // A Monarch matrix without noise is its own projection; rank 8 cannot fit it.
  await page.getByRole('combobox', { name: 'Matrix' }).selectOption('monarch');
  await page.getByRole('slider', { name: 'Noise', exact: true }).focus();
  await page.keyboard.press('Home');
  await projected(page);
  const monarch = expected('monarch', 8, { noise: 0, seed: 1 });
  await expect(page.getByTestId('monarch-error')).toHaveText('0% (to rounding)');
  await expect(page.getByTestId('low-rank-error')).toHaveText(pctError(monarch.lowRankRelativeError));

  // The Hadamard matrix needs n a power of two: m = 3 is refused with lib's message, in the widget.
  await page.getByRole('combobox', { name: 'Matrix' }).selectOption('hadamard');
  const m = page.getByRole('slider', { name: 'Block size m', exact: true });
  await m.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('project-error')).toContainText('m = 3 gives n = 9; use m = 2, 4, 8 or 16');
  await page.keyboard.press('ArrowRight');
  await projected(page);
  await expect(page.getByTestId('monarch-error')).toHaveText('0% (to rounding)');
  await expect(page.getByTestId('low-rank-error')).toHaveText(pct(Math.sqrt(1 - 1 / 4)));
});

test('the density sweep streams its points, cancels, and its table is lib’s', async ({ page }) => {
  await page.goto(EMBED);
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  const status = page.getByTestId('sweep-status');
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(status).toHaveAttribute('data-points', String(SWEEP_DENSITIES.length));

  // m = 8: the table the article quotes, point for point.
  const table = page.getByTestId('sweep-table');
  for (const d of [1, 0.5, 0.2, 0.05]) {
    const p = densitySweepPoint(8, d);
    const row = table.locator(`tr[data-density="${d}"]`);
    await expect(row.locator('[data-col="monarch"]')).toHaveText(pct(p.monarch));
    await expect(row.locator('[data-col="low-rank"]')).toHaveText(pct(p.lowRank));
  }
  await expect(page.getByTestId('sweep-plot').locator('[data-density]')).toHaveCount(
    2 * SWEEP_DENSITIES.length,
  );

  // m = 16 takes seconds: points arrive one by one while it runs, and Cancel keeps those.
  const m = page.getByRole('slider', { name: 'Block size m', exact: true });
  await m.focus();
  await page.keyboard.press('End');
  const state = () =>
    status.evaluate((el) => ({
      status: el.getAttribute('data-status'),
      points: Number(el.getAttribute('data-points')),
    }));
  const streaming = async () => {
    const s = await state();
    return s.status === 'running' && s.points >= 1 && s.points < SWEEP_DENSITIES.length;
  };
  await expect.poll(streaming, { timeout: 20_000, intervals: [50] }).toBe(true);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  const kept = (await state()).points;
  expect(kept).toBeGreaterThanOrEqual(1);
  expect(kept).toBeLessThan(SWEEP_DENSITIES.length);
  const first = densitySweepPoint(16, 1);
  await expect(table.locator('tr[data-density="1"] [data-col="monarch"]')).toHaveText(pct(first.monarch));
  await expect(table.locator(`tr[data-density="${SWEEP_DENSITIES.at(-1)}"] [data-col="monarch"]`)).toHaveText(
    '…',
  );
});
