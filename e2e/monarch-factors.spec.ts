// The monarch-factors widget shows lib's numbers: every value below is recomputed here with lib/monarch from
// the same seed (randomMonarch(m, createRng(seed))), and compared with what the page shows after keys, an
// edit of a block and the step-through.
import type { Page } from '@playwright/test';
import { defaults, serializeQuery } from '../components/figure/schema';
import { monarchFactorsParams } from '../components/widgets/MonarchFactors/params';
import { formatInteger, formatNumber } from '../lib/format';
import {
  monarchBlock,
  monarchEntryPath,
  monarchMatrix,
  monarchParameterCount,
  monarchPermutation,
  monarchProductCheck,
  monarchStages,
  randomMonarch,
  withMonarchBlock,
} from '../lib/monarch';
import { formatEditable, roundTo } from '../lib/parse/number';
import { createRng } from '../lib/random';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/monarch-factors/';
const fmt = (v: number) => formatNumber(v, { digits: 4 });
const fmtFactor = (v: number) => (v < 0 ? `(${fmt(v)})` : fmt(v));
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const sub = (k: number) => String(k).replace(/\d/g, (d) => SUB[Number(d)] as string);

async function ready(page: Page) {
  await expect(page.locator('[data-widget="monarch-factors"][data-ready]')).toHaveCount(1);
  await widgetsSettled(page);
}

/** The data-value of every cell of M's heatmap (SVG for m ≤ 4), row-major. */
async function shownM(page: Page): Promise<number[]> {
  await widgetsSettled(page);
  return page
    .getByTestId('panel-M')
    .locator('[data-cell]')
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
}

/**
 * Shown values equal lib's to 1e-12 relative: not bit for bit, because Chromium's Math.log and Math.cos (the
 * seeded normal draws) may differ from Node's in the last bit.
 */
function expectValues(shown: number[], expected: ArrayLike<number>) {
  expect(shown).toHaveLength(expected.length);
  shown.forEach((v, k) => {
    const e = expected[k] as number;
    expect(Math.abs(v - e), `entry ${k}: shown ${v}, lib ${e}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(e)),
    );
  });
}

/** The readout for entry (row, col) of M as the widget words it, from lib. */
function entryText(m: number, L: Float64Array, R: Float64Array, row: number, col: number): string {
  const p = monarchEntryPath(m, row, col);
  const M = monarchMatrix(L, R);
  const l = L[p.lIndex] as number;
  const r = R[p.rIndex] as number;
  return `M(${row}, ${col}) = L${sub(p.i)}(${p.a}, ${p.b}) × R${sub(p.b)}(${p.i}, ${p.j}) = ${fmt(l)} × ${fmtFactor(r)} = ${fmt(M.data[row * m * m + col] as number)}`;
}

test('the keyboard changes m and the counts, the heatmaps and the entry readout follow', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const m4 = randomMonarch(4, createRng(1));
  await expect(page.getByTestId('entry')).toHaveText(entryText(4, m4.L, m4.R, 5, 2));
  expectValues(await shownM(page), monarchMatrix(m4.L, m4.R).data);

  await page.getByRole('slider', { name: 'Block size m', exact: true }).press('ArrowRight');
  await expect(page.getByTestId('n')).toHaveText('25');
  await expect(page.getByTestId('params-monarch')).toHaveText(formatInteger(monarchParameterCount(5)));
  await expect(page.getByTestId('params-dense')).toHaveText('625');
  await expect(page.getByTestId('params-ratio')).toHaveText('2.5× fewer');
  // m = 5: M is a 25×25 raster now; the entry readout names lib's factors for the entry the keys pick.
  const m5 = randomMonarch(5, createRng(1));
  const pick = page.getByTestId('pick-M');
  await expect(page.getByTestId('entry')).toHaveText(entryText(5, m5.L, m5.R, 6, 2));
  await pick.focus();
  await pick.press('ArrowDown');
  await pick.press('PageDown');
  await pick.press('End');
  await expect(page.getByTestId('entry')).toHaveText(entryText(5, m5.L, m5.R, 12, 24));
  await expect(pick).toHaveAttribute('aria-valuetext', entryText(5, m5.L, m5.R, 12, 24));
  // The outlines on the path: L's and R's cells of that entry.
  const path = monarchEntryPath(5, 12, 24);
  const mark = (id: string) => page.getByTestId(id).locator(`[data-testid="${id}-mark"]`);
  const box = async (id: string) => (await mark(id).boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
  const panel = async (id: string) => (await page.getByTestId(id).locator('svg').boundingBox()) ?? box(id);
  for (const [id, [row, col]] of [
    ['panel-L', path.l],
    ['panel-R', path.r],
  ] as const) {
    const [b, frame] = [await box(id), await panel(id)];
    const cell = (frame.width - 4) / 25;
    expect(Math.round((b.x - frame.x - 2) / cell)).toBe(col);
    expect(Math.round((b.y - frame.y - 2) / cell)).toBe(row);
  }
});

test('an edited entry of R changes exactly the entries of M it multiplies, and the edit stays in the link', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const { L, R } = randomMonarch(4, createRng(1));
  await page.getByText('Edit a block').click();
  const editor = page.getByRole('group', { name: /^R block 0/ });
  const cell = editor.getByLabel('Row 2, column 3', { exact: true });
  const rows = monarchBlock(R, 4, 0).map((r) => r.map((v) => roundTo(v, 3)));
  await expect(cell).toHaveValue(formatEditable(R[1 * 4 + 2] as number, { digits: 3 }));
  await cell.fill('3');
  await cell.press('Enter');
  rows[1][2] = 3;
  await expect(page.getByTestId('edit-status')).toHaveText('(R block 0 edited)');

  const before = monarchMatrix(L, R).data;
  const after = monarchMatrix(L, withMonarchBlock(R, 4, 0, rows)).data;
  const shown = await shownM(page);
  expectValues(shown, after);
  // R[0](1, 2) multiplies the entries (a·4 + 1, 0·4 + 2): column 2, rows 1, 5, 9, 13; every other entry moved
  // only by the rounding of the block's other entries to 3 decimals.
  const changed = shown.flatMap((v, k) => (Math.abs(v - (before[k] as number)) > 1e-3 ? [k] : []));
  expect(changed).toEqual([1, 5, 9, 13].map((row) => row * 16 + 2));

  const query = serializeQuery(monarchFactorsParams, { ...defaults(monarchFactorsParams), edit: rows });
  await page.goto(`${EMBED}?${query}`);
  await ready(page);
  await expect(page.getByTestId('edit-status')).toHaveText('(R block 0 edited)');
  expectValues(await shownM(page), after);
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);

  // A block of the wrong shape for m is ignored with a notice, and M is the seeded one.
  await page.goto(`${EMBED}?edit=1,2;3,4`);
  await ready(page);
  await expect(page.locator('[data-url-notice]')).toContainText(
    'edit: a block of m = 4 is 4×4, got 2×2, so the edit is ignored and R block 0 is drawn from seed 1.',
  );
  expectValues(await shownM(page), before);
  await expect(page.getByTestId('edit-status')).toHaveText('(every block drawn from seed 1)');

  // At m = 8 on a 360 px phone the open 8×8 block editor scrolls in its own box: nothing widens the page.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${EMBED}?m=8`);
  await ready(page);
  await page.getByText('Edit a block').click();
  await expect(page.getByRole('group', { name: /^R block 0/ }).getByRole('textbox')).toHaveCount(64);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
    widget: document.querySelector('[data-widget]')?.getBoundingClientRect().right ?? Infinity,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  expect(widths.widget).toBeLessThanOrEqual(widths.view);
});

test('the step-through reaches M·x, equal to the dense product; reduced motion draws the moves as arrows', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(EMBED);
  await ready(page);
  const { L, R } = randomMonarch(4, createRng(1));
  const x = Array.from({ length: 16 }, (_, k) => k);
  const stages = monarchStages(L, R, x);
  const grid = page.getByTestId('vector-grid');
  const forward = page.getByRole('button', { name: 'Forward one step' });
  /** The grid's values by place. */
  const byPlace = () =>
    grid.locator('[data-place]').evaluateAll((gs) => {
      const out: number[] = [];
      for (const g of gs) out[Number(g.getAttribute('data-place'))] = Number(g.getAttribute('data-value'));
      return out;
    });

  expect(await byPlace()).toEqual(x);
  await forward.click();
  await forward.click();
  await expect(page.getByTestId('stage-name')).toHaveText('P·R·x');
  expectValues(await byPlace(), stages[2] as Float64Array);
  // The transpose of a 4×4 grid moves all but the 4 diagonal places.
  const p = monarchPermutation(4);
  await expect(grid.getByTestId('move-arrow')).toHaveCount(p.filter((src, i) => src !== i).length);
  // The entry that started at place p[i] is at place i.
  const from = await grid.locator('[data-place="1"]').getAttribute('data-from');
  expect(Number(from)).toBe(p[1]);

  await forward.click();
  await forward.click();
  await expect(page.getByTestId('stage-name')).toHaveText('M·x');
  expectValues(await byPlace(), stages[4] as Float64Array);
  // lib's check in Node gives a difference of rounding size; the page's own (Chromium's draws) likewise.
  expect(monarchProductCheck(L, R, x).maxDifference).toBeLessThan(1e-12);
  await expect(page.getByTestId('dense-check')).toHaveText(
    /^P\(L\(P\(R·x\)\)\) equals the dense M·x: max \|difference\| = (0|\d(\.\d+)?×10⁻¹[²³⁴⁵⁶⁷⁸⁹]) over 16 entries\.$/,
  );
  await expect(forward).toBeDisabled();
});
