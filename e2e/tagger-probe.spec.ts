// The tagger-probe widget: the worker trains (or finds) a bidirectional and a left-to-right tagger, and the page
// shows their reading of a typed or test sentence and each word's influence on one position. The tiny models
// (size=tiny in the URL) train in a second or two; their tags are poor, so the checks are about what is shown.
import type { Page } from '@playwright/test';
import { TAGS } from '../lib/sequence';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/tagger-probe/';
const widget = (page: Page) => page.locator('[data-widget="tagger-probe"]');

async function open(page: Page, query: string) {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="tagger-probe"][data-ready]')).toHaveCount(1, { timeout: 60_000 });
  // Nothing trains on sight: the probe looks for trained taggers, then waits for the reader.
  await widget(page).getByRole('button', { name: 'Train the taggers' }).click();
  await expect(widget(page).locator('[data-status="ready"]')).toBeVisible({ timeout: 60_000 });
}

test('a typed sentence is tagged word by word, and the influence follows the position from the keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const text = 'Mary Smith visited Zqxvw in Paris yesterday.';
  await open(page, `?size=tiny&source=typed&position=2&text=${encodeURIComponent(text)}`);
  const words = widget(page).locator('[data-tags] thead th[data-word]');
  await expect(words).toHaveCount(7);
  expect(await words.evaluateAll((els) => els.map((e) => e.getAttribute('data-word')))).toEqual([
    'Mary',
    'Smith',
    'visited',
    'Zqxvw',
    'in',
    'Paris',
    'yesterday',
  ]);
  // The made-up word is outside the vocabulary (here the top 1,000 words); “in” is among them.
  await expect(words.nth(3)).toHaveAttribute('data-known', 'no');
  await expect(words.nth(4)).toHaveAttribute('data-known', 'yes');
  for (const row of ['greedy', 'viterbi']) {
    const tags = await widget(page)
      .locator(`[data-row="${row}"] td`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
    expect(tags).toHaveLength(7);
    for (const t of tags) expect(TAGS).toContain(t);
  }
  await expect(widget(page).locator('[data-row="gold"]')).toHaveCount(0);
  await expect(widget(page).locator('[data-row^="p-"]')).toHaveCount(5);

  // Word 2 (Smith): the left-to-right model gives exactly nothing to the five words after it.
  const uniAfter = widget(page).locator('[data-influence="uni"] [data-split="after"]');
  const biAfter = widget(page).locator('[data-influence="bi"] [data-split="after"]');
  await expect(uniAfter).toHaveAttribute('data-value', '0');
  expect(Number(await biAfter.getAttribute('data-value'))).toBeGreaterThan(0);
  await expect(widget(page).locator('[data-influence="uni"] rect[data-t]')).toHaveCount(7);

  // The keyboard moves the position to the last word, where nothing lies after it for either model.
  const slider = widget(page).getByRole('slider', { name: 'Position' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(widget(page).getByRole('heading', { name: /word 7 \(yesterday\)/ })).toBeVisible();
  await expect(biAfter).toHaveAttribute('data-value', '0');

  // No words at all: a message beside the box, and the last reading stays.
  const box = widget(page).locator('input[data-text]');
  await box.fill(' ,, ... ');
  await expect(widget(page).locator('[data-problem]')).toContainText('No words here');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
});

test('a test sentence shows gold tags; a bad URL parameter gets a notice and the default', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, '?size=tiny&index=abc&reading=uni');
  await expect(page.locator('[data-url-notice]')).toContainText('index: “abc” is not a number; using 14.');
  await expect(widget(page).getByRole('textbox', { name: 'Test sentence' })).toHaveValue('14');
  const gold = widget(page).locator('[data-row="gold"] td');
  const viterbi = widget(page).locator('[data-row="viterbi"] td');
  await expect(gold.first()).toBeVisible();
  const n = await gold.count();
  expect(await viterbi.count()).toBe(n);
  // A Viterbi tag is marked a mistake exactly where it differs from gold.
  const pairs = await widget(page)
    .locator('[data-tags]')
    .evaluate((table) =>
      Array.from(table.querySelectorAll('[data-row="viterbi"] td'), (td, t) => ({
        tag: td.getAttribute('data-tag'),
        wrong: td.hasAttribute('data-wrong'),
        gold: table.querySelectorAll('[data-row="gold"] td')[t]?.getAttribute('data-tag'),
      })),
    );
  for (const p of pairs) expect(p.wrong).toBe(p.tag !== p.gold);
  await widget(page).getByRole('button', { name: 'Next ›' }).click();
  await expect(widget(page).getByRole('textbox', { name: 'Test sentence' })).toHaveValue('15');
});
