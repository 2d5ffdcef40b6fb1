// The smoothing-bakeoff widget on the built site's Brown corpus: the test scores shown are lib/smoothing's
// (recomputed here from public/data/brown.json), the training-size slider answers the keyboard, and a γ set
// by hand is kept in the URL and restored from it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bagCounts, decodeBrown } from '../lib/corpus/asset';
import { formatNumber } from '../lib/format';
import {
  fitSmoothingConstants,
  heldOutScore,
  ruleWith,
  type SmoothingConstants,
  smoothedProbabilities,
  UNIGRAM_SMOOTHING_KINDS,
} from '../lib/smoothing';
import { expect, test } from './support/fixtures';
import { OUT_DIR, widgetsSettled } from './support/site';

const EMBED = '/embed/smoothing-bakeoff/';
const ARTICLE = '/articles/forgetting-smoothing/';
const corpus = decodeBrown(JSON.parse(readFileSync(`${OUT_DIR}/data/brown.json`, 'utf8')));
const dev = bagCounts(corpus, corpus.split.dev);
const test_ = bagCounts(corpus, corpus.split.test);

/** lib's test bits per token of every rule at a training size, as the table prints them. */
function expectedBits(files: number, hand: Partial<SmoothingConstants> = {}): string[] {
  const train = bagCounts(corpus, corpus.split.train.subarray(0, files));
  const used = { ...fitSmoothingConstants(train, dev), ...hand };
  return UNIGRAM_SMOOTHING_KINDS.map((kind) => {
    const b = heldOutScore(smoothedProbabilities(train, ruleWith(kind, used)), test_).bitsPerToken;
    return Number.isFinite(b) ? formatNumber(b, { style: 'fixed', digits: 3 }) : '∞';
  });
}

async function shownBits(page: Page): Promise<string[]> {
  await widgetsSettled(page);
  const table = page.getByTestId('score-table');
  await expect(table.locator('xpath=ancestor::*[@data-stale]')).toHaveCount(0);
  return table.locator('[data-col="bits"]').allTextContents();
}

test('the bake-off table fills with lib’s scores and follows the training-size slider', async ({ page }) => {
  await page.goto(EMBED);
  await expect(page.locator('[data-widget="smoothing-bakeoff"][data-ready]')).toHaveCount(1, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('score-table')).toBeVisible({ timeout: 20_000 });
  const ten = await shownBits(page);
  expect(ten).toEqual(expectedBits(10));
  // MLE is infinite (test words unseen in training); every smoothed rule is a finite number.
  expect(ten[0]).toBe('∞');
  for (const b of ten.slice(1)) expect(Number(b)).toBeGreaterThan(5);
  await expect(
    page.getByTestId('score-table').locator('[data-method="mle"] [data-col="zero"]'),
  ).not.toHaveText('0');

  const files = page.getByRole('slider', { name: 'Training files' });
  await files.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('output').filter({ hasText: /^15 files/ })).toHaveCount(1);
  await expect.poll(() => shownBits(page), { timeout: 20_000 }).toEqual(expectedBits(15));
  expect(await shownBits(page)).not.toEqual(ten);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('a γ set by hand is scored, kept in the article’s URL and restored from it', async ({ page }) => {
  const widget = page.locator('[data-widget="smoothing-bakeoff"]');
  const open = async (url: string) => {
    await page.goto(url);
    await page.locator('#fig-bakeoff').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-widget="smoothing-bakeoff"][data-ready]')).toHaveCount(1, {
      timeout: 30_000,
    });
    await expect(widget.getByTestId('score-table')).toBeVisible({ timeout: 20_000 });
  };
  await open(ARTICLE);
  const slider = widget.getByRole('slider', { name: 'γ (forgetting)' });
  await expect(slider).toHaveAttribute('aria-valuetext', /^fitted: 0\.147$/);
  // A step off the "fitted" notch starts from the fitted value (on the slider's grid: 10^−0.85 ≈ 0.141).
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.1413');
  await page.keyboard.press('End');
  const constant = (method: string) =>
    widget.getByTestId('score-table').locator(`[data-method="${method}"] [data-col="constant"]`);
  await expect(constant('forgetting')).toHaveText('γ = 100 (by hand)');
  await expect.poll(() => new URL(page.url()).searchParams.get('bakeoff.gamma')).toBe('100');
  expect((await shownBits(page))[2]).toBe(expectedBits(10, { gamma: 100 })[2]);

  await open(`${ARTICLE}?bakeoff.gamma=0.5`);
  await expect(constant('forgetting')).toHaveText('γ = 0.5 (by hand)', { timeout: 20_000 });
  expect((await shownBits(page))[2]).toBe(expectedBits(10, { gamma: 0.5 })[2]);
  // The other constants stay fitted.
  await expect(constant('add')).toContainText('(fitted)');
});
