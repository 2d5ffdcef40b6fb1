// The svd-rank widget shows lib's numbers: every value below is recomputed here with lib/ (svd, lowRank,
// tailEnergy, clipNegative) and compared with what the page shows after keys, clicks, edits, pastes and URLs.
import type { Page } from '@playwright/test';
import { lowRankPlusNoise, presetMatrix } from '../components/widgets/SvdRank/presets';
import { formatNumber } from '../lib/format';
import {
  clipNegative,
  fromRows,
  lowRank,
  type Matrix,
  squaredDistance,
  sub,
  svd,
  tailEnergy,
} from '../lib/linalg';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/svd-rank/';
const SHEN_MO = [
  [1, 1, 1, 1, 0],
  [1, 1, 1, 1, 1],
];
const fmtErr = (v: number) => formatNumber(v, { digits: 6 });

type View = 'original' | 'approx' | 'error';

/** The data-value of every cell of a heatmap, row-major, once the URL's state is applied. */
async function values(page: Page, view: View): Promise<number[]> {
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  return page
    .getByTestId(view)
    .locator('[data-cell]')
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
}

async function expectMatrix(page: Page, view: View, M: Matrix) {
  await expect
    .poll(async () => {
      const shown = await values(page, view);
      if (shown.length !== M.data.length) return `length ${shown.length} vs ${M.data.length}`;
      const worst = Math.max(
        0,
        ...shown.map((v, t) => Math.abs(v - M.data[t]) / Math.max(1, Math.abs(M.data[t]))),
      );
      return worst <= 1e-12 ? 'ok' : `worst relative difference ${worst}`;
    })
    .toBe('ok');
}

async function sigmas(page: Page): Promise<number[]> {
  return page
    .getByTestId('spectrum')
    .locator('[data-sigma]')
    .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-value'))));
}

const cell = (page: Page, view: View, i: number, j: number) =>
  page.getByTestId(view).locator(`[data-cell="${i}-${j}"]`);
const rankSlider = (page: Page) => page.getByRole('slider', { name: 'Rank k', exact: true });

test('at rank 1 on the 神/魔 table the 神术 cell reads 0.4961, with σ = 2.9208, 0.6847 and labelled axes', async ({
  page,
}) => {
  await page.goto(EMBED);
  const A = fromRows(SHEN_MO);
  await expect(cell(page, 'approx', 0, 4)).toHaveText('0.4961');
  await expectMatrix(page, 'approx', lowRank(A, 1));
  await expectMatrix(page, 'original', A);
  await expectMatrix(page, 'error', sub(A, lowRank(A, 1)));
  const S = svd(A).S;
  const shown = await sigmas(page);
  expect(shown.map((s) => s.toFixed(4))).toEqual(['2.9208', '0.6847']);
  for (const [i, s] of shown.entries()) expect(Math.abs(s - S[i])).toBeLessThan(1e-12);
  await expect(page.getByTestId('spectrum').locator('[data-kept]')).toHaveCount(1);
  // Row and column labels are the post's characters on all three heatmaps.
  for (const view of ['original', 'approx', 'error'] as const) {
    const text = await page.getByTestId(view).locator('text').allTextContents();
    for (const ch of ['神', '魔', '兽', '界', '龙', '灵', '术']) expect(text).toContain(ch);
  }
  // Eckart–Young both ways: σ₂² from the spectrum and the squared entries of the error.
  await expect(page.getByTestId('err-tail')).toHaveText(fmtErr(tailEnergy(S, 1)));
  await expect(page.getByTestId('err-direct')).toHaveText(fmtErr(squaredDistance(A, lowRank(A, 1))));
  await expect(page.getByTestId('err-tail')).toHaveText('0.468871');
  await expect(page.getByTestId('storage')).toHaveText('(2 + 5)·1 = 7 vs 10 (saves 3)');
  await expect(page.getByTestId('storage-sigma')).toHaveText('8');
  await expect(page.locator('[data-widget="svd-rank"] [data-export]')).toHaveAttribute(
    'data-testid',
    'approx',
  );
  await cell(page, 'approx', 0, 4).hover();
  await expect(page.getByTestId('hover-readout')).toHaveText(
    '神术: M = 0.0000, M_1 = 0.4961, error = −0.4961',
  );
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the rank slider answers the keyboard: k = 2 rebuilds M exactly, k = 0 leaves all of it as error', async ({
  page,
}) => {
  await page.goto(EMBED);
  // Keys pressed before the widget is ready (its data and starting state final) could be lost.
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  const A = fromRows(SHEN_MO);
  await rankSlider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expectMatrix(page, 'approx', lowRank(A, 2));
  await expect(cell(page, 'approx', 0, 4)).toHaveText('0');
  await expect(page.getByTestId('err-tail')).toHaveText('0');
  await expect(page.getByTestId('spectrum').locator('[data-kept]')).toHaveCount(2);
  await page.keyboard.press('Home');
  await expectMatrix(page, 'approx', lowRank(A, 0));
  await expectMatrix(page, 'error', A);
  await expect(page.getByTestId('err-tail')).toHaveText(fmtErr(tailEnergy(svd(A).S, 0)));
  await expect(page.getByTestId('err-tail')).toHaveText('9');
  await expect(page.getByTestId('storage')).toHaveText('(2 + 5)·0 = 0 vs 10 (saves 10)');
  // Clicking the second bar keeps σ₁ and σ₂.
  const bar = page.getByTestId('spectrum').locator('[data-sigma="1"]');
  await bar.click({ position: { x: 5, y: 2 }, force: true });
  await expect(rankSlider(page)).toHaveValue('2');
});

test('a pasted matrix is custom; the chain preset loads at k = 2, where ReLU clips two entries and the error falls as lib says', async ({
  page,
}) => {
  await page.goto(EMBED);
  await page.getByLabel('Matrix', { exact: true }).selectOption('low-rank-noise');
  await expectMatrix(page, 'original', fromRows(lowRankPlusNoise()));
  // Paste |M| over it: the menu says the matrix is now the reader's own.
  const abs = lowRankPlusNoise().map((r) => r.map((x) => Math.abs(x)));
  // The editor starts folded for a matrix of more than 64 entries.
  await page.locator('summary', { hasText: 'Edit M' }).click();
  await page.getByRole('button', { name: 'Paste…' }).click();
  await page
    .getByRole('textbox', { name: /Paste rows from a spreadsheet/ })
    .fill(abs.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expectMatrix(page, 'original', fromRows(abs));
  await expect(page.getByLabel('Matrix', { exact: true })).toHaveValue('custom');

  // The chain preset, the article's ReLU example: non-negative, with a negative rank-2 fit.
  await page.getByLabel('Matrix', { exact: true }).selectOption('chain');
  const P = fromRows(presetMatrix('chain'));
  await expectMatrix(page, 'original', P);
  await expect(rankSlider(page)).toHaveValue('2');
  const P2 = lowRank(P, 2);
  const clip = clipNegative(P2);
  expect(clip.clipped).toBe(2);
  await expectMatrix(page, 'approx', P2);
  await page.getByRole('switch', { name: 'ReLU: clip negatives to 0' }).press('Space');
  await expectMatrix(page, 'approx', clip.matrix);
  await expectMatrix(page, 'error', sub(P, clip.matrix));
  const before = squaredDistance(P, P2);
  const after = squaredDistance(P, clip.matrix);
  expect(after).toBeLessThan(before);
  await expect(page.getByTestId('err-relu')).toContainText(fmtErr(after));
  await expect(page.getByTestId('err-relu')).toContainText('2 entries clipped');
  await expect(page.getByTestId('err-direct')).toHaveText(fmtErr(before));
  await expect(page.getByTestId('err-tail')).toHaveText(fmtErr(tailEnergy(svd(P).S, 2)));
});

test('typing into the matrix recomputes everything; a bad cell is named and the matrix keeps its value', async ({
  page,
}) => {
  await page.goto(EMBED);
  const input = page.getByRole('textbox', { name: 'Row 1 (神), column 5 (术)' });
  await input.fill('1');
  await input.press('Enter');
  const ones = fromRows([
    [1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1],
  ]);
  await expectMatrix(page, 'approx', lowRank(ones, 1));
  await expect(cell(page, 'approx', 0, 4)).toHaveText('1');
  await expect(page.getByLabel('Matrix', { exact: true })).toHaveValue('custom');
  expect((await sigmas(page))[0]).toBeCloseTo(Math.sqrt(10), 12);
  const other = page.getByRole('textbox', { name: 'Row 2 (魔), column 1 (兽)' });
  await other.fill('abc');
  await other.press('Enter');
  await expect(page.getByText('“abc” is not a number')).toBeVisible();
  await expectMatrix(page, 'original', ones);
});

test('k above min(m, n) and 神/魔 labels on another shape are noticed and fall back', async ({ page }) => {
  await page.goto(`${EMBED}?k=9`);
  const notices = page.locator('[data-url-notice]');
  await expect(notices.filter({ hasText: 'k: 9 is above min(m, n) = 2' })).toBeVisible();
  const A = fromRows(SHEN_MO);
  await expectMatrix(page, 'approx', lowRank(A, 2));
  await expect(rankSlider(page)).toHaveValue('2');

  await page.goto(`${EMBED}?M=1,2;3,4&labels=shen-mo`);
  await expect(page.locator('[data-url-notice]')).toContainText('the 神/魔 labels need a 2×5 matrix');
  await expect(page.getByTestId('approx').locator('text')).not.toContainText(['神']);
  await expectMatrix(
    page,
    'approx',
    lowRank(
      fromRows([
        [1, 2],
        [3, 4],
      ]),
      1,
    ),
  );
});

test('a 32×32 matrix fits a 360 px phone: drawn on canvases, lib’s numbers, no sideways scroll, no NaN', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const rows = Array.from({ length: 32 }, (_, i) =>
    Array.from({ length: 32 }, (_, j) => ((i * 7 + j * 3) % 11) - 5),
  );
  await page.goto(`${EMBED}?M=${rows.map((r) => r.join(',')).join(';')}&labels=index&k=4`);
  // Too small for text, the cells are one canvas per matrix: the SVD (in the worker) gives lib's errors, and
  // the readout of a pointed cell gives its entries of M, M_4 and the error.
  const A = fromRows(rows);
  const A4 = lowRank(A, 4);
  await expect(page.getByTestId('err-direct')).toHaveText(fmtErr(squaredDistance(A, A4)));
  await expect(page.getByTestId('err-tail')).toHaveText(fmtErr(tailEnergy(svd(A).S, 4)));
  for (const view of ['original', 'approx', 'error'] as const) {
    await expect(page.getByTestId(view).locator('canvas')).toHaveCount(1);
  }
  const canvas = page.getByTestId('approx').locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the approx canvas has no box');
  const fmt4 = (v: number) => formatNumber(v, { style: 'fixed', digits: 4 });
  for (const [i, j] of [
    [0, 0],
    [5, 17],
    [31, 31],
  ] as const) {
    await page.mouse.move(box.x + ((j + 0.5) / 32) * box.width, box.y + ((i + 0.5) / 32) * box.height);
    const q = i * 32 + j;
    await expect(page.getByTestId('hover-readout')).toHaveText(
      `row ${i + 1}, column ${j + 1}: M = ${fmt4(A.data[q])}, M_4 = ${fmt4(A4.data[q])}, error = ${fmt4(A.data[q] - A4.data[q])}`,
    );
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator('body')).not.toContainText('NaN');
  await page.goto(EMBED);
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  const overflowSmall = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflowSmall).toBeLessThanOrEqual(0);
});
