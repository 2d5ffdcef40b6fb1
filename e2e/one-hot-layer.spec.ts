// The one-hot-layer widget shows lib's numbers: W is recomputed here with seededEmbedding (uniform draws from
// lib/random, rounded to two decimals, so the page's W equals Node's bit for bit), and what the page shows
// after keys and typing is compared with vecmat, rowLookup and countVector from lib/embeddings.
import type { Page } from '@playwright/test';
import {
  countVector,
  EXAMPLE_VOCABULARIES,
  rowLookup,
  rowSum,
  seededEmbedding,
  segment,
  vecmat,
} from '../lib/embeddings';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/one-hot-layer/';
const POST = EXAMPLE_VOCABULARIES.post;

async function ready(page: Page) {
  await expect(page.locator('[data-widget="one-hot-layer"][data-ready]')).toHaveCount(1);
  await widgetsSettled(page);
}

/** The values of x·W under W in the picture, and of the product and lookup rows of the terms table. */
const shown = (page: Page, attr: 'data-out' | 'data-product' | 'data-lookup') =>
  page.locator(`[${attr}]`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));

test('keyboard picks a word: x is one-hot and x·W is that row of W, exactly', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const W = seededEmbedding(6, 4, 1);
  const button = page.locator('[data-word="2"]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const row = Array.from(rowLookup(W, 2));
  await expect.poll(() => shown(page, 'data-out')).toEqual(row);
  expect(await shown(page, 'data-product')).toEqual(row);
  expect(await shown(page, 'data-lookup')).toEqual(row);
  expect(Array.from(vecmat([0, 0, 1, 0, 0, 0], W))).toEqual(row);
  await expect(page.locator('[data-x]')).toHaveCount(6);
  expect(
    await page.locator('[data-x]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value')))),
  ).toEqual([0, 0, 1, 0, 0, 0]);
  await expect(page.getByTestId('check')).toContainText('max |difference| = 0.');
  await expect(page.getByTestId('check')).toContainText('row “科学”');

  // Tab onwards to the next word and press Space: the next row.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect.poll(() => shown(page, 'data-out')).toEqual(Array.from(rowLookup(W, 3)));

  // Edit W's entry (空间, column 1): the product and the looked-up row follow.
  await page.getByText('Edit W').click();
  const cell = page.getByRole('group', { name: /^W \(6 words/ }).getByLabel('Row 4 (空间), column 1');
  await cell.fill('2.5');
  await cell.press('Enter');
  const edited = [2.5, ...Array.from(rowLookup(W, 3)).slice(1)];
  await expect.poll(() => shown(page, 'data-out')).toEqual(edited);
  expect(await shown(page, 'data-lookup')).toEqual(edited);
});

test('typing the post’s sentence gives (1, 1, 1, 1, 0, 0) and the sum of its rows; a bad token gets a message', async ({
  page,
}) => {
  // A word beyond the post's six (a stale link) is named in a notice, and the last word used.
  await page.goto(`${EMBED}?input=word&word=9&sentence=`);
  await ready(page);
  await expect(page.locator('[data-url-notice]')).toContainText('row 9 is beyond this vocabulary’s 6 words');
  await expect(page.locator('[data-word="5"]')).toHaveAttribute('aria-pressed', 'true');
  const W = seededEmbedding(6, 4, 1);
  const input = page.getByTestId('sentence');
  await input.focus();
  await page.keyboard.insertText('我爱空间科学');
  await expect(page.getByTestId('x-vector')).toHaveText('1, 1, 1, 1, 0, 0');
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);
  const idx = segment('我爱空间科学', POST.words, POST.mode).map((s) => s.index);
  expect(Array.from(countVector(idx, 6))).toEqual([1, 1, 1, 1, 0, 0]);
  await expect.poll(() => shown(page, 'data-out')).toEqual(Array.from(vecmat(countVector(idx, 6), W)));
  expect(await shown(page, 'data-lookup')).toEqual(Array.from(rowSum(W, idx)));
  await expect(page.getByTestId('check')).toContainText('max |difference| = 0.');
  await expect(page.getByTestId('unknown')).toHaveCount(0);

  // An unknown character: named next to the input, with suggestions; x keeps the known words.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.insertText('很');
  const message = page.getByTestId('unknown');
  await expect(message).toContainText('Not in the vocabulary: “很”');
  await expect(input).toHaveAttribute('aria-describedby', /msg/);
  await expect(page.getByTestId('x-vector')).toHaveText('1, 1, 1, 1, 0, 0');
  await message.getByRole('button', { name: '不' }).click();
  await expect(input).toHaveValue('我不爱空间科学');
  await expect(page.getByTestId('x-vector')).toHaveText('1, 1, 1, 1, 1, 0');
  await expect(message).toHaveCount(0);
});
