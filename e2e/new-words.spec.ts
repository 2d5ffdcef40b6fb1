// The new-words widget: loads the dictionary matrix built from jieba's dict.txt, decomposes it in the worker
// and lists unseen pairs with the highest rank-k reconstruction; every number is checked against lib/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatNumber } from '../lib/format';
import { truncatedSvd } from '../lib/linalg/truncatedSvd';
import { decodeWordMatrix, reconstructEntry, topUnseenPairs, weightCounts } from '../lib/words';
import { NEW_WORDS_SVD } from '../workers/newWords';
import { expect, test } from './support/fixtures';
import { OUT_DIR } from './support/site';

const EMBED = '/embed/new-words/';
const widget = (page: Page) => page.locator('[data-widget="new-words"]');
const rows = (page: Page) => widget(page).locator('table[data-new-words] tbody tr');
const fmt = (v: number) => formatNumber(v, { digits: 4 });

// The same asset, decomposition and settings as the widget (seed 1, rank 64), computed here in Node.
const words = decodeWordMatrix(
  JSON.parse(readFileSync(path.join(OUT_DIR, 'data', 'new-words.json'), 'utf8')),
);
const M = weightCounts(words.seen, 'binary');
const f = truncatedSvd(M, 64, { seed: 1, ...NEW_WORDS_SVD });
const pairName = (p: { i: number; j: number }) => `${words.rows[p.i]}${words.cols[p.j]}`;

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="new-words"][data-ready]')).toHaveCount(1);
}

async function expectTop(page: Page, k: number, count = 10) {
  const expected = topUnseenPairs(f, k, M, { limit: 50 });
  await expect(rows(page)).toHaveCount(50, { timeout: 30_000 });
  await expect(rows(page).first()).toHaveAttribute('data-pair', pairName(expected[0] as never));
  for (let r = 0; r < count; r++) {
    const p = expected[r] as { i: number; j: number; score: number };
    await expect(rows(page).nth(r)).toHaveAttribute('data-pair', pairName(p));
    await expect(rows(page).nth(r).locator('td').nth(2)).toHaveText(fmt(p.score));
  }
}

test('the default view lists the top 50 unseen pairs at rank 16, as lib computes them', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page);
  await expectTop(page, 16);
  await expect(widget(page).locator('[data-kept]')).toHaveCount(16);
  await expect(widget(page).locator('svg rect')).toHaveCount(64);
  // The inspected pair 神术 and its reconstruction at rank 16.
  const i = words.rows.indexOf('神');
  const j = words.cols.indexOf('术');
  await expect(widget(page).locator('[data-pair-value]')).toHaveText(fmt(reconstructEntry(f, 16, i, j)));
});

test('the rank slider answers the keyboard and the table follows', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page);
  await expect(rows(page)).toHaveCount(50, { timeout: 30_000 });
  const slider = widget(page).getByRole('slider', { name: /Rank k/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('17');
  await expectTop(page, 17, 5);
  await page.keyboard.press('Home');
  await expectTop(page, 1, 5);
  await expect(widget(page).locator('[data-kept]')).toHaveCount(1);
});

test('?search= on the embed page lists lib’s unseen pairs with that character', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, `?k=32&search=${encodeURIComponent('水')}`);
  const expected = topUnseenPairs(f, 32, M, {
    limit: 50,
    row: words.rows.indexOf('水'),
    col: words.cols.indexOf('水'),
  });
  await expect(rows(page)).toHaveCount(expected.length, { timeout: 30_000 });
  for (let r = 0; r < 5; r++) {
    await expect(rows(page).nth(r)).toHaveAttribute('data-pair', pairName(expected[r] as never));
  }
  for (const name of await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-pair')))) {
    expect(name).toContain('水');
  }
});

test('typing a pair shows its reconstruction and dictionary status; bad text gets a message', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await open(page);
  await expect(rows(page)).toHaveCount(50, { timeout: 30_000 });
  const top = topUnseenPairs(f, 16, M, { limit: 1 })[0] as { i: number; j: number; score: number };
  await rows(page).first().getByRole('button').click();
  await expect(widget(page).locator('[data-pair-value]')).toHaveText(fmt(top.score));
  const firstBox = widget(page).getByLabel('First character', { exact: true });
  await firstBox.fill('ab');
  await expect(
    widget(page).getByRole('alert').filter({ hasText: 'Type one Chinese character (got 2).' }),
  ).toBeVisible();
  await firstBox.fill('大');
  const secondBox = widget(page).getByLabel('Second character', { exact: true });
  await secondBox.fill('人');
  await expect(widget(page).locator('[data-pair-dictionary]')).toContainText('a word in the matrix');
  const i = words.rows.indexOf('大');
  const j = words.cols.indexOf('人');
  await expect(widget(page).locator('[data-pair-value]')).toHaveText(fmt(reconstructEntry(f, 16, i, j)));
});

test('a missing data file shows a clear error with a retry button', async ({ page, guard }) => {
  guard.allowFailedRequests('/data/new-words.json');
  await page.route('**/data/new-words.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await open(page);
  await expect(widget(page).getByRole('alert')).toContainText('Could not load the word matrix');
  await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
});
