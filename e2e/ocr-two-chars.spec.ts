// The ocr-two-chars widget shows lib/viterbi's numbers for the post's example (kexue.fm/archives/3842): each
// check recomputes the six readings here with lib (allPaths, viterbi, bigramModel) from the probabilities the
// widget reports, after keys and URL parameters.
import type { Page } from '@playwright/test';
import {
  analyseTwoChars,
  bigramModel,
  imageFlips,
  POST_BEST_SCORE,
  postCounts,
  smoothingOf,
} from '../lib/viterbi';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/ocr-two-chars/';
const W1 = [0.99996, 0.00004];
const W2 = [0.87838, 0.12148, 0.00012];

async function ready(page: Page) {
  await expect(page.locator('[data-widget="ocr-two-chars"][data-ready]')).toHaveCount(1);
}

/** The table's readings in order, with their unrounded scores. */
async function shown(page: Page) {
  return page
    .getByTestId('paths')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        reading: r.getAttribute('data-reading') ?? '',
        score: Number(r.getAttribute('data-score')),
        winner: r.hasAttribute('data-winner'),
      })),
    );
}

async function state(page: Page): Promise<{ w1: number[]; w2: number[]; alpha: number }> {
  const v = page.getByTestId('verdict');
  return {
    w1: JSON.parse((await v.getAttribute('data-w1')) ?? '[]'),
    w2: JSON.parse((await v.getAttribute('data-w2')) ?? '[]'),
    alpha: Number(await v.getAttribute('data-alpha')),
  };
}

/** The widget's table equals lib's analysis of the state it reports. */
async function expectLib(page: Page) {
  await widgetsSettled(page);
  const s = await state(page);
  const want = analyseTwoChars(s.w1, s.w2, bigramModel(postCounts(), smoothingOf(s.alpha)));
  const rows = await shown(page);
  expect(rows.map((r) => r.reading)).toEqual(want.paths.map((p) => p.reading));
  rows.forEach((r, k) => {
    const f = want.paths[k].score;
    expect(Math.abs(r.score - f), `${r.reading}: shown ${r.score}, lib ${f}`).toBeLessThanOrEqual(
      1e-15 * Math.max(1, f),
    );
  });
  expect(rows.filter((r) => r.winner).map((r) => r.reading)).toEqual([want.best.reading]);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-best', want.best.reading);
  return { s, want };
}

test('the default state is the post’s: 电视 wins with f ≈ 0.0104099 although the image alone reads 电柳', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const { s, want } = await expectLib(page);
  expect(s).toEqual({ w1: W1, w2: W2, alpha: 0 });
  expect(want.best.reading).toBe('电视');
  const score = Number(await page.getByTestId('verdict').getAttribute('data-score'));
  expect(score).toBeCloseTo(0.0104099, 7);
  expect(Math.abs(score - POST_BEST_SCORE)).toBeLessThan(1e-15);
  await expect(page.getByTestId('verdict')).toContainText('电视');
  await expect(page.getByTestId('verdict')).toContainText('0.0104099');
  await expect(page.getByTestId('image-only')).toHaveAttribute('data-reading', '电柳');
  // The graph: 电 and 视 highlighted, the 电→视 edge on the best path, 电→柳 dashed (P = 0).
  const graph = page.getByTestId('graph');
  await expect(graph.locator('[data-node="0-0"]')).toHaveAttribute('data-state', 'best');
  await expect(graph.locator('[data-node="1-1"]')).toHaveAttribute('data-state', 'best');
  await expect(graph.locator('[data-edge="0-0-1"]')).toHaveAttribute('data-state', 'best');
  await expect(graph.locator('[data-edge="0-0-0"]')).toHaveAttribute('data-state', 'zero');
  // The α strip marks where 电柳 takes over: 0.12148(12426 + α) = 0.87838α.
  const flips = (await page.getByTestId('flips-alpha').getAttribute('data-flips')) ?? '';
  const aStar = (0.12148 * 12426) / (0.87838 - 0.12148);
  expect(Math.abs(Number(flips) - aStar) / aStar).toBeLessThan(1e-9);
  await expect(page.getByTestId('flips-alpha-text')).toContainText('电视 up to 1,994');
});

test('keyboard: W(视) down keeps its region’s total; α to the maximum hands the decision to 电柳', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const shi = page.getByRole('slider', { name: 'W(视)' });
  await shi.focus();
  for (let i = 0; i < 5; i++) await shi.press('ArrowLeft');
  await expect(page.getByTestId('verdict')).not.toHaveAttribute('data-w2', JSON.stringify(W2));
  let { s } = await expectLib(page);
  expect(s.w2[1]).toBeLessThan(0.12148);
  expect(s.w2[1]).toBeGreaterThan(0.1);
  expect(Math.abs(s.w2.reduce((a, b) => a + b, 0) - 0.99998)).toBeLessThan(1e-7);
  expect(Math.abs(s.w2[0] / s.w2[2] / (0.87838 / 0.00012) - 1)).toBeLessThan(1e-6);
  // Home: W(视) = 10⁻⁶; under MLE 电柳 still has probability 0, so 电视 keeps winning.
  await shi.press('Home');
  ({ s } = await expectLib(page));
  expect(s.w2[1]).toBe(1e-6);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-best', '电视');

  const alpha = page.getByRole('slider', { name: 'Smoothing α' });
  await alpha.focus();
  await alpha.press('End');
  ({ s } = await expectLib(page));
  expect(s.alpha).toBe(10000);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-best', '电柳');
  // With smoothing, the W(视) strip now has a change point, and it is lib's.
  const model = bigramModel(postCounts(), smoothingOf(s.alpha));
  const want = imageFlips(s.w1, s.w2, model, 1, 1);
  const flips = (await page.getByTestId('flips-视').getAttribute('data-flips')) ?? '';
  expect(flips.split(',').map(Number)).toEqual(want.slice(0, -1).map((x) => x.to));
  // Reset returns to the post's numbers.
  await page.getByRole('button', { name: 'The post’s numbers' }).click();
  ({ s } = await expectLib(page));
  expect(s).toEqual({ w1: W1, w2: W2, alpha: 0 });
});

test('a region summing above 1 is scaled to 1 with a message', async ({ page }) => {
  await page.goto(`${EMBED}?w2=0.9,0.6,0.1`);
  await ready(page);
  await expect(page.getByText('scaled to sum 1')).toBeVisible();
  const { s } = await expectLib(page);
  expect(s.w2[0]).toBeCloseTo(0.9 / 1.6, 12);
});
