// The sparsity-geometry widget shows lib's numbers for the vector it draws: every value below is recomputed
// here with lib/sparsity and compared with the page after keys, pointer clicks, menus and URL parameters.
import type { Page } from '@playwright/test';
import { formatNumber } from '../lib/format';
import { l1OverL2, SIMPLEX_HEIGHT } from '../lib/sparsity/geometry';
import { gini, hoyer, sStar } from '../lib/sparsity/measures';
import { getMeasure } from '../lib/sparsity/registry';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/sparsity-geometry/';
/** Pixels between the plot's edge and the square or triangle (INSET in SparsityGeometry.tsx). */
const MARGIN = 30;

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
}

const fmt4 = (v: number) => formatNumber(v, { digits: 4 });
const point = (page: Page) => page.getByRole('slider', { name: /^Vector x/ });
const shownVector = async (page: Page) => {
  await widgetsSettled(page);
  return ((await point(page).getAttribute('data-x')) ?? '').split(',').map(Number);
};

/** The shown value of the selected measure and the fixed readouts agree with lib at the shown vector. */
async function expectValues(page: Page, value: (x: number[]) => number) {
  const x = await shownVector(page);
  await expect(page.getByTestId('value')).toHaveText(fmt4(value(x)));
  expect(Number(await point(page).getAttribute('data-value'))).toBeCloseTo(value(x), 12);
  // The fixed readouts, except the one that repeats the selected measure.
  const fixed: [string, (v: number[]) => number][] = [
    ['l1l2', l1OverL2],
    ['gini', gini],
    ['hoyer', hoyer],
  ];
  for (const [id, f] of fixed) {
    const dd = page.getByTestId(`value-${id}`);
    if ((await dd.count()) > 0) await expect(dd).toHaveText(fmt4(f(x)));
  }
  return x;
}

/** Plane coordinates → page coordinates of the overlay, for n = 2 ([−1, 1]²) or n = 3 (the triangle). */
async function toPage(page: Page, n: 2 | 3, X: number, Y: number) {
  const box = await page.getByTestId('geometry-plot').boundingBox();
  if (!box) throw new Error('no plot');
  const k = n === 2 ? (box.width - 2 * MARGIN) / 2 : box.width - 2 * MARGIN;
  const x0 = n === 2 ? -1 : 0;
  const yTop = n === 2 ? 1 : SIMPLEX_HEIGHT;
  return { x: MARGIN + (X - x0) * k, y: MARGIN + (yTop - Y) * k, k, box };
}

/** The bold level set through x, as plane points (from the path's pixel coordinates). */
async function ownLevelPoints(page: Page, n: 2 | 3): Promise<[number, number][]> {
  await widgetsSettled(page);
  const d = (await page.getByTestId('own-level').getAttribute('d')) ?? '';
  const { k } = await toPage(page, n, 0, 0);
  const x0 = n === 2 ? -1 : 0;
  const yTop = n === 2 ? 1 : SIMPLEX_HEIGHT;
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
    x0 + (Number(m[1]) - MARGIN) / k,
    yTop - (Number(m[2]) - MARGIN) / k,
  ]);
}

const sStar12 = (x: number[]) => sStar(x, 1, 2);

test('the default view: x = (0.8, 0.3) with lib’s S*₁,₂, ‖x‖₁/‖x‖₂, Gini and Hoyer', async ({ page }) => {
  await open(page);
  const x = await expectValues(page, sStar12);
  expect(x).toEqual([0.8, 0.3]);
  await expect(page.getByTestId('vector')).toHaveText('(0.8, 0.3)');
  await expect(page.getByTestId('range')).toHaveText(
    `${formatNumber(Math.SQRT1_2, { digits: 3 })} (sparse) … 1 (dense)`,
  );
  await expect(page.locator('[data-widget="sparsity-geometry"] [data-export]')).toHaveCount(1);
  await expect(page.getByText('x₁ axis: sparse')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('arrow keys move the point and the values follow; the level set through x is the ray through it', async ({
  page,
}) => {
  await open(page);
  await point(page).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  expect(await expectValues(page, sStar12)).toEqual([0.7, 0.35]);
  await page.keyboard.press('Shift+ArrowDown');
  expect(await expectValues(page, sStar12)).toEqual([0.7, 0.34]);
  // S*₁,₂ is scale-invariant, so in the plane its level sets are rays: every point of the bold level set has
  // the current value (up to the grid's resolution, away from the origin where all rays meet).
  const v = sStar12([0.7, 0.34]);
  const pts = (await ownLevelPoints(page, 2)).filter(([a, b]) => Math.hypot(a, b) > 0.15);
  expect(pts.length).toBeGreaterThan(20);
  for (const [a, b] of pts) expect(Math.abs(sStar12([a, b]) - v)).toBeLessThan(0.01);
});

test('clicking the plane moves the point there', async ({ page }) => {
  await open(page);
  const { x, y } = await toPage(page, 2, -0.5, 0.25);
  await page.getByTestId('geometry-plot').click({ position: { x, y } });
  const shown = await expectValues(page, sStar12);
  expect(Math.abs((shown[0] as number) + 0.5)).toBeLessThan(0.01);
  expect(Math.abs((shown[1] as number) - 0.25)).toBeLessThan(0.01);
  // On an axis the vector is one-hot: the sparsest S*₁,₂ for n = 2.
  const axis = await toPage(page, 2, 0.6, 0);
  await page.getByTestId('geometry-plot').click({ position: { x: axis.x, y: axis.y } });
  const onAxis = await shownVector(page);
  expect(Math.abs(onAxis[1] as number)).toBeLessThan(0.01);
});

test('the simplex: S*₁,₂’s level set through x is a circle about the centre, and the point stays on the simplex', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Dimension').selectOption('3');
  const x = await expectValues(page, sStar12);
  expect(x.map((v) => Number(v.toFixed(12)))).toEqual([0.6, 0.3, 0.1]);
  await expect(page.getByText('(⅓, ⅓, ⅓) dense')).toBeVisible();
  const centre = [0.5, SIMPLEX_HEIGHT / 3];
  const radius = Math.hypot(0.3 + 0.1 / 2 - centre[0], 0.1 * SIMPLEX_HEIGHT - centre[1]);
  const pts = await ownLevelPoints(page, 3);
  expect(pts.length).toBeGreaterThan(30);
  for (const [a, b] of pts)
    expect(Math.abs(Math.hypot(a - centre[0], b - centre[1]) - radius)).toBeLessThan(0.01);

  // Keys keep the vector a probability vector.
  await point(page).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  const moved = await expectValues(page, sStar12);
  expect(Math.abs(moved.reduce((s, v) => s + v, 0) - 1)).toBeLessThan(1e-9);
  for (const v of moved) expect(v).toBeGreaterThanOrEqual(0);
  expect(moved[2]).toBe(0); // pushed onto the bottom edge: x₃ = 0

  // A click outside the triangle lands on its nearest point.
  const outside = await toPage(page, 3, 1.05, -0.02);
  await page.getByTestId('geometry-plot').click({ position: { x: outside.x, y: outside.y } });
  const corner = await expectValues(page, sStar12);
  expect(corner[1]).toBeGreaterThan(0.97);
});

test('another measure shades the picture: Gini values, and −‖x‖₁ constant on the simplex', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Measure').selectOption('gini');
  await expectValues(page, gini);
  await expect(page.getByTestId('range')).toHaveText('0.5 (sparse) … 0 (dense)');
  await page.getByLabel('Measure').selectOption('negL1');
  const negL1 = getMeasure('negL1');
  if (!negL1) throw new Error('negL1 missing');
  await expectValues(page, (x) => negL1.compute(x));
  await page.getByLabel('Dimension').selectOption('3');
  await expect(page.getByTestId('constant-note')).toContainText('every probability vector has ‖x‖₁ = 1');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('S*_q,p sliders change the measure shown', async ({ page }) => {
  await open(page);
  await page.getByRole('slider', { name: 'p of S*_q,p', exact: true }).focus();
  await page.keyboard.press('End');
  await expectValues(page, (x) => sStar(x, 1, 8));
  await page.getByRole('slider', { name: 'q of S*_q,p', exact: true }).focus();
  await page.keyboard.press('Home');
  await expectValues(page, (x) => sStar(x, 0.1, 8));
});

test('the zero vector shows documented values, never NaN', async ({ page }) => {
  await open(page, '?x1=0&x2=0');
  await expectValues(page, sStar12);
  await expect(page.getByTestId('value')).toHaveText('1');
  await open(page, '?dim=3&b1=0&b2=0&b3=0');
  const centre = await expectValues(page, sStar12);
  for (const v of centre) expect(v).toBeCloseTo(1 / 3, 12);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, '?dim=3');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
