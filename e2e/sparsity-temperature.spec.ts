// The sparsity-temperature widget shows lib's numbers: every value below is recomputed here with lib/sparsity
// from the same parameters and compared with what the page shows after keys, clicks and URL parameters.
import type { Page } from '@playwright/test';
import { T_MAX, T_MIN } from '../components/widgets/SparsityTemperature/params';
import { formatNumber } from '../lib/format';
import {
  logSpace,
  renyiIdentity,
  seededLogits,
  softmaxAtTemperature,
  temperaturePath,
} from '../lib/sparsity/temperature';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/sparsity-temperature/';

interface Setup {
  n?: number;
  seed?: number;
  spread?: number;
  ties?: number;
  T?: number;
  p?: number;
}

/** What the widget should show (defaults: n 32, seed 1, σ 2, one maximum, T 1, p 2). */
function expected({ n = 32, seed = 1, spread = 2, ties = 1, T = 1, p = 2 }: Setup) {
  const logits = seededLogits(n, seed, spread, Math.min(ties, n));
  const weights = softmaxAtTemperature(logits, T);
  const temps = [0, ...logSpace(T_MIN / 10, T_MAX * 10, 300), Number.POSITIVE_INFINITY];
  return { weights, check: renyiIdentity(weights, p), path: temperaturePath(logits, temps, p) };
}

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
}

const close = (a: number, b: number, rtol = 1e-12) =>
  expect(Math.abs(a - b), `shown ${a}, lib ${b}`).toBeLessThanOrEqual(rtol * Math.max(1, Math.abs(b)));

/** The T the widget is at, read off the marked point. */
const currentT = async (page: Page) => {
  await widgetsSettled(page);
  return Number(await page.getByTestId('current-point').getAttribute('data-t'));
};

async function expectShows(page: Page, setup: Setup) {
  const e = expected(setup);
  await widgetsSettled(page);
  const point = page.getByTestId('current-point');
  close(Number(await point.getAttribute('data-h')), e.check.renyi);
  close(Number(await point.getAttribute('data-s')), e.check.sStar);
  await expect(page.getByTestId('lhs')).toHaveText(formatNumber(e.check.sStar, { digits: 6 }));
  await expect(page.getByTestId('rhs')).toHaveText(formatNumber(e.check.predicted, { digits: 6 }));
  await expect(page.getByTestId('renyi')).toHaveText(formatNumber(e.check.renyi, { digits: 6 }));
  // The difference is rounding noise: Chromium's and Node's exp/log may differ in the last bit, so it is
  // compared in size, not digit for digit.
  const diff = Number(await page.getByTestId('difference').getAttribute('data-value'));
  expect(Math.abs(diff)).toBeLessThan(1e-14);
  expect(Math.abs(diff - e.check.difference)).toBeLessThan(1e-14);
  const maxDiff = Number(await page.getByTestId('max-difference').getAttribute('data-value'));
  close(maxDiff, e.path.maxAbsDifference, 1e-3);
  expect(maxDiff).toBeLessThan(1e-12);
  const bars = await page
    .getByTestId('bars')
    .locator('[data-value]')
    .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
  const sorted = Array.from(e.weights).sort((a, b) => b - a);
  expect(bars).toHaveLength(sorted.length);
  bars.forEach((w, i) => {
    close(w, sorted[i] as number);
  });
}

test('the default view shows lib’s S*₁,₂, H₂, both sides of the identity and the sorted softmax', async ({
  page,
}) => {
  await open(page);
  await expectShows(page, {});
  await expect(page.getByTestId('temperature')).toHaveText('1');
  // The identity holds: the two sides agree to the digits shown.
  await expect(page.getByTestId('lhs')).toHaveText((await page.getByTestId('rhs').textContent()) ?? '');
  await expect(page.locator('[data-widget="sparsity-temperature"] [data-export]')).toHaveAttribute(
    'data-testid',
    'identity-plot',
  );
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the temperature slider answers the keyboard and the point moves along the curve', async ({ page }) => {
  await open(page);
  const slider = page.getByRole('slider', { name: 'Temperature T (log scale)' });
  const point = page.getByTestId('current-point');
  const before = [await point.getAttribute('cx'), await point.getAttribute('cy')];
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  const T = await currentT(page);
  expect(T).toBeGreaterThan(2);
  await expectShows(page, { T });
  expect([await point.getAttribute('cx'), await point.getAttribute('cy')]).not.toEqual(before);
  // Hotter is denser: S* grew.
  expect(expected({ T }).check.sStar).toBeGreaterThan(expected({}).check.sStar);

  await page.keyboard.press('Home');
  close(await currentT(page), T_MIN, 1e-9);
  await expectShows(page, { T: await currentT(page) });
  await page.keyboard.press('End');
  close(await currentT(page), T_MAX, 1e-9);
  await expectShows(page, { T: await currentT(page) });
  await expect(page.getByTestId('temperature')).toHaveText('50');
});

test('the p slider changes the order on both sides of the identity', async ({ page }) => {
  await open(page);
  await page.getByRole('slider', { name: 'Order p' }).focus();
  await page.keyboard.press('End');
  await expectShows(page, { p: 8 });
  await page.keyboard.press('Home');
  await expectShows(page, { p: 1.05 });
});

test('tied maxima: at the coldest T the distribution shares its mass between the ties', async ({ page }) => {
  await open(page, '?n=10&ties=4&T=0.02&spread=5');
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  await expectShows(page, { n: 10, ties: 4, T: 0.02, spread: 5 });
  const e = expected({ n: 10, ties: 4, spread: 5 });
  // T → 0 limit: uniform on 4 of 10 entries, S*₁,₂ = (4/10)^{1/2}.
  close(e.path.sStar[0] as number, Math.sqrt(0.4));
  await expect(page.getByTestId('limits')).toHaveText(
    `${formatNumber(Math.sqrt(0.4), { digits: 4 })} / ${formatNumber(1, { digits: 4 })}`,
  );
  const bars = page.getByTestId('bars').locator('[data-value]');
  for (let i = 0; i < 4; i++) close(Number(await bars.nth(i).getAttribute('data-value')), 0.25, 1e-6);
});

test('clicking the against-T plot sets the temperature there', async ({ page }) => {
  await open(page);
  const plot = page.getByRole('img', { name: /against temperature/ });
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot box');
  // The plot's x axis is log-scaled from T_MIN/10 to T_MAX·10 inside its frame; click three quarters across.
  await plot.click({ position: { x: box.width * 0.75, y: box.height / 2 } });
  const T = await currentT(page);
  expect(T).toBeGreaterThan(1);
  expect(T).toBeLessThanOrEqual(T_MAX);
  await expectShows(page, { T });
});
