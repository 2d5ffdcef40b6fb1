// The monarch-blocks widget shows lib's numbers: the counts below are recomputed with lib/monarch for the b the
// keys, the n slider and the URL lead to, and the butterfly written as M^(b,n) must rebuild the butterfly.
import type { Page } from '@playwright/test';
import { formatInteger } from '../lib/format';
import { butterflyParameterCount, monarchNonzeros } from '../lib/monarch';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/monarch-blocks/';

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
}

const bSlider = (page: Page) => page.getByRole('slider', { name: 'Block size b', exact: true });
const nSlider = (page: Page) => page.getByRole('slider', { name: 'Size n', exact: true });

/** The counts the widget shows at (n, b): L + R from lib, each factor's pattern, the marked point. */
async function expectCounts(page: Page, n: number, b: number) {
  await widgetsSettled(page);
  const count = monarchNonzeros(b, n);
  await expect(page.getByTestId('count-factors')).toHaveText(formatInteger(count));
  await expect(page.getByTestId('pattern-l')).toHaveAttribute('data-nonzeros', String((n * n) / b));
  await expect(page.getByTestId('pattern-r')).toHaveAttribute('data-nonzeros', String(n * b));
  await expect(page.getByTestId('current-b')).toHaveAttribute('data-b', String(b));
  await expect(page.getByTestId('current-b')).toHaveAttribute('data-count', String(count));
  // Random factors multiply to a dense matrix.
  await expect(page.getByTestId('count-product')).toHaveText(formatInteger(n * n));
}

/** The largest difference between the butterfly and its M^(b,n) form, as the widget computed it. */
async function butterflyDifference(page: Page): Promise<number> {
  await widgetsSettled(page);
  return Number(await page.getByTestId('butterfly-diff').getAttribute('data-value'));
}

test('the arrow keys step b through the divisors of n and every count follows; a new n snaps b and says so', async ({
  page,
}) => {
  await open(page);
  await expectCounts(page, 16, 4);
  await expect(page.getByTestId('best-b')).toHaveText('4');
  const b = bSlider(page);
  await b.focus();
  await page.keyboard.press('ArrowRight');
  await expectCounts(page, 16, 8);
  expect(await butterflyDifference(page)).toBeLessThan(1e-12);
  await page.keyboard.press('End');
  await expectCounts(page, 16, 16);
  await page.keyboard.press('Home');
  await expectCounts(page, 16, 1);
  expect(await butterflyDifference(page)).toBeLessThan(1e-12);
  for (const next of [2, 4, 8]) {
    await page.keyboard.press('ArrowRight');
    await expectCounts(page, 16, next);
  }

  // n = 15: 8 does not divide it; b moves to 5, the nearest divisor, and there is no butterfly of size 15.
  await nSlider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expectCounts(page, 15, 5);
  await expect(page.getByTestId('snap-notice')).toContainText('b = 8 does not divide 15: using 5');
  await expect(page.getByTestId('no-butterfly')).toContainText('n = 15 is not');
  // Back to 16: the b the reader chose comes back.
  await page.keyboard.press('ArrowRight');
  await expectCounts(page, 16, 8);
  await expect(page.getByTestId('snap-notice')).toHaveCount(0);
  await expect(page.getByTestId('butterfly-params')).toHaveText(formatInteger(butterflyParameterCount(16)));
});

test('a URL b that does not divide n is corrected with a notice; the power-of-two button brings a butterfly back', async ({
  page,
}) => {
  await open(page, '?n=12&b=5');
  await expect(page.locator('[data-url-notice]')).toContainText(
    'b: 5 does not divide n = 12; using 4, the nearest divisor.',
  );
  await expectCounts(page, 12, 4);
  // 3 and 4 tie for the fewest non-zeros: 144/3 + 36 = 144/4 + 48 = 84.
  await expect(page.getByTestId('best-b')).toHaveText('3 or 4');
  await expect(page.getByTestId('no-butterfly')).toBeVisible();
  await page.getByRole('button', { name: 'Use n = 16' }).click();
  await expectCounts(page, 16, 4);
  expect(await butterflyDifference(page)).toBeLessThan(1e-12);
});

test('the Hadamard butterfly written as M^(b,n) is exact at every size, and a random one to rounding', async ({
  page,
}) => {
  await open(page, '?n=64&b=8&butterfly=hadamard');
  await expectCounts(page, 64, 8);
  expect(await butterflyDifference(page)).toBe(0);
  await expect(page.getByTestId('butterfly-params')).toHaveText(formatInteger(butterflyParameterCount(64)));
  await page.getByRole('combobox', { name: 'Butterfly' }).selectOption('random');
  expect(await butterflyDifference(page)).toBeLessThan(1e-12);
  // n = 32 = 2⁵ is a power of two but not of four: the butterfly still splits at b = 2 (and at every b).
  await nSlider(page).focus();
  for (let k = 0; k < 32; k++) await page.keyboard.press('ArrowLeft');
  await expectCounts(page, 32, 8);
  await bSlider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectCounts(page, 32, 2);
  expect(await butterflyDifference(page)).toBeLessThan(1e-12);
});
