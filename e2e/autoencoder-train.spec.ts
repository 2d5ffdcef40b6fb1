// The autoencoder-train widget: trains in the worker, streams the loss onto the Eckart–Young line and the
// principal angles towards 0, pauses (the step count stays), resumes, resets, reports divergence in words,
// starts from a seeded setup in the query and clamps k to the matrix (the URL and notice mechanism itself:
// components/figure/catalog.test.ts and widgets.spec.ts).
import type { Page } from '@playwright/test';
import { autoencoderExample, autoencoderTarget, createAutoencoder, decoderAngles } from '../lib/autoencoder';
import { formatInteger, formatNumber } from '../lib/format';
import { fromRows } from '../lib/linalg';
import { svd } from '../lib/linalg/svd';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/autoencoder-train/';
const widget = (page: Page) => page.locator('[data-widget="autoencoder-train"]');
const readout = (page: Page, name: string) => widget(page).locator(`[data-readout="${name}"]`);
const shown = async (page: Page, name: string) =>
  Number(await readout(page, name).getAttribute('data-value'));
const status = (page: Page) => widget(page).locator('[data-status]');
const button = (page: Page, name: string | RegExp) => widget(page).getByRole('button', { name, exact: true });

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="autoencoder-train"][data-ready]')).toHaveCount(1);
}

const shenMo = autoencoderExample('shenmo').matrix;
/** The page's worker and Node run the same lib code; allow for engine differences in Math.pow and friends. */
const expectRel = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
const optimumK1 = autoencoderTarget(svd(shenMo), 1).optimum; // σ₂² ≈ 0.6847² ≈ 0.4688

test('on the 神/魔 table with k = 1 and Adam the loss reaches σ₂² within 1e-3 and the angle goes to 0', async ({
  page,
}) => {
  await open(page, '?preset=shenmo&k=1&optimizer=adam&steps=2000&speed=max');
  await expect(widget(page).getByTestId('matrix-info')).toContainText(
    'M is 2×5 (rows 神, 魔; columns 兽, 界, 龙, 灵, 术)',
  );
  await expect(widget(page).getByTestId('matrix-info')).toContainText('σ = 2.921, 0.6847');
  expect(await shown(page, 'optimum')).toBeCloseTo(optimumK1, 12);
  expect(optimumK1).toBeCloseTo(0.6847 ** 2, 3);
  await expect(readout(page, 'optimum')).toContainText(formatNumber(optimumK1, { digits: 6 }));
  // Before training: step 0 with the seeded start, computed by lib.
  const start = createAutoencoder(shenMo, 1, {
    seed: 1,
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 2,
  });
  expectRel(await shown(page, 'loss'), start.loss());
  await expect(status(page)).toHaveAttribute('data-status', 'idle');

  await button(page, 'Play').click();
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  expect(await shown(page, 'step')).toBe(2000);
  const loss = await shown(page, 'loss');
  expect(loss).toBeGreaterThanOrEqual(optimumK1 * (1 - 1e-12));
  expect(Math.abs(loss / optimumK1 - 1)).toBeLessThan(1e-3);
  // The same 2000 steps run by lib in the test give the same loss and angle.
  const ref = createAutoencoder(shenMo, 1, { seed: 1, optimizer: 'adam', learningRate: 0.01, batchSize: 2 });
  ref.step(2000);
  expectRel(loss, ref.loss());
  const angle = Array.from(decoderAngles(ref.params().D, autoencoderTarget(svd(shenMo), 1).V));
  expect(Math.abs((await shown(page, 'angle')) - Math.max(...angle))).toBeLessThan(1e-9);
  expect(await shown(page, 'angle')).toBeLessThan(1e-6);
  await expect(readout(page, 'step')).toHaveText(/2,000/);
  expect(await shown(page, 'rate')).toBeGreaterThan(0);
  // The curve was drawn: one path with a point per step, and the Eckart–Young line at the optimum.
  await expect(widget(page).locator('[data-testid="loss-curve"]')).toHaveAttribute('d', /^M/);
  await expect(widget(page).locator('[data-testid="optimum"]')).toHaveCount(1);
  await expect(widget(page).locator('[data-testid="angle-1"]')).toHaveAttribute('d', /^M/);
  await expect(widget(page).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(button(page, 'Play')).toBeDisabled();
  await expect(page.locator('body')).not.toContainText('NaN');
  // The gap view: loss − optimum on the log axis instead of the loss; the optimum line goes away.
  await widget(page)
    .getByRole('switch', { name: /Plot the gap/ })
    .press('Space');
  await expect(widget(page).locator('[data-testid="optimum"]')).toHaveCount(0);
  await expect(widget(page).locator('figcaption').first()).toContainText(
    'Gap above the Eckart–Young optimum',
  );
  // The gap reached 0 to rounding: the curve ends on the bottom edge of the frame, not below it.
  const inside = await widget(page)
    .locator('[data-export] svg')
    .evaluate((svg) => {
      const frame = (svg.querySelector('rect') as SVGRectElement).getBBox();
      const dot = svg.querySelector('circle') as SVGCircleElement;
      return Number(dot.getAttribute('cy')) <= frame.y + frame.height + 0.5;
    });
  expect(inside).toBe(true);
  await expect(widget(page).getByRole('switch', { name: /Plot the gap/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('Pause really stops (the step count stays), Resume continues, Reset returns to step 0', async ({
  page,
}) => {
  await open(page, '?preset=lowrank&k=3&steps=100000&speed=300');
  await button(page, 'Play').click();
  await expect(status(page)).toHaveAttribute('data-status', 'running');
  await expect.poll(() => shown(page, 'step'), { timeout: 10_000 }).toBeGreaterThan(100);
  await button(page, 'Pause').click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  const paused = await shown(page, 'step');
  const pausedLoss = await shown(page, 'loss');
  await page.waitForTimeout(1500);
  expect(await shown(page, 'step')).toBe(paused);
  expect(await shown(page, 'loss')).toBe(pausedLoss);
  await expect(status(page)).toContainText(`Paused at step ${formatInteger(paused)}`);
  // The readouts show the state at the paused step exactly (not the last recorded curve point).
  const M = autoencoderExample('lowrank').matrix;
  const atPause = createAutoencoder(M, 3, { seed: 1, optimizer: 'adam', learningRate: 0.01, batchSize: 30 });
  atPause.step(paused);
  expectRel(pausedLoss, atPause.loss());

  // Step takes exactly one optimizer step from the paused state: the loss is lib's after paused + 1 steps.
  await button(page, 'Step').click();
  await expect.poll(() => shown(page, 'step')).toBe(paused + 1);
  const ref = createAutoencoder(M, 3, { seed: 1, optimizer: 'adam', learningRate: 0.01, batchSize: 30 });
  ref.step(paused + 1);
  expectRel(await shown(page, 'loss'), ref.loss());

  await button(page, 'Resume').click();
  await expect.poll(() => shown(page, 'step'), { timeout: 10_000 }).toBeGreaterThan(paused + 50);
  await button(page, 'Pause').click();

  await button(page, 'Reset').click();
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  expect(await shown(page, 'step')).toBe(0);
  const start = createAutoencoder(M, 3, { seed: 1, optimizer: 'adam', learningRate: 0.01, batchSize: 30 });
  expectRel(await shown(page, 'loss'), start.loss());
  await page.waitForTimeout(500);
  expect(await shown(page, 'step')).toBe(0);
});

test('SGD with a huge learning rate is reported as diverged in words; the curve stops, no NaN', async ({
  page,
}) => {
  await open(page, '?preset=shenmo&k=1&optimizer=sgd&lr=10&speed=max&steps=1000');
  await button(page, 'Play').click();
  await expect(status(page)).toHaveAttribute('data-status', 'diverged', { timeout: 10_000 });
  const alert = widget(page).locator('[data-diverged]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/Diverged at step \d+: with SGD at η = 10/);
  await expect(alert).toContainText('Lower the learning rate');
  const step = await shown(page, 'step');
  expect(step).toBeLessThan(10);
  expect(Number.isFinite(await shown(page, 'loss'))).toBe(true);
  await expect(button(page, 'Play')).toBeDisabled();
  await expect(page.locator('body')).not.toContainText('NaN');
  await expect(page.locator('body')).not.toContainText('Infinity');
  // A sane learning rate (keyboard on the log slider) starts over and clears the message.
  const slider = widget(page).getByRole('slider', { name: 'Learning rate η' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(alert).toHaveCount(0);
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.0001');
});

test('the controls answer the keyboard: k, the matrix and the step budget change what is trained', async ({
  page,
}) => {
  await open(page, '?preset=random');
  const M = autoencoderExample('random').matrix;
  const k = widget(page).getByRole('slider', { name: 'Hidden units k' });
  await k.focus();
  await page.keyboard.press('ArrowLeft'); // 3 → 2
  await expect(k).toHaveValue('2');
  const target = autoencoderTarget(svd(M), 2);
  await expect
    .poll(async () => Math.abs((await shown(page, 'optimum')) / target.optimum - 1))
    .toBeLessThan(1e-12);
  await expect(widget(page).locator('[data-testid^="angle-"]')).toHaveCount(2);

  await widget(page).getByLabel('Matrix', { exact: true }).selectOption('shenmo');
  await expect(widget(page).getByTestId('matrix-info')).toContainText('M is 2×5');
  await widget(page).getByLabel('Matrix', { exact: true }).selectOption('custom');
  // The custom matrix: typed into the editor, trained on.
  const cell = widget(page).getByLabel('Row 1, column 1', { exact: true });
  await cell.fill('3');
  await cell.press('Enter');
  await expect(widget(page).getByTestId('matrix-info')).toContainText('M is 2×5');
  const custom = [
    [3, 1, 1, 1, 0],
    [1, 1, 1, 1, 1],
  ];
  const customOptimum = autoencoderTarget(svd(fromRows(custom)), 2).optimum;
  await expect
    .poll(async () => Math.abs((await shown(page, 'optimum')) - customOptimum))
    .toBeLessThan(1e-12 * Math.max(1, customOptimum));
});

test('a seeded setup from the query starts at lib’s loss; k above the columns trains with a note', async ({
  page,
}) => {
  await open(page, '?preset=shenmo&k=1&optimizer=momentum&lr=0.02&batch=1&seed=5&steps=300&speed=100');
  const start = createAutoencoder(shenMo, 1, {
    seed: 5,
    optimizer: 'momentum',
    learningRate: 0.02,
    batchSize: 1,
  });
  expectRel(await shown(page, 'loss'), start.loss());

  // k = 24 on a 5-column matrix is clamped in the widget with a note.
  await open(page, '?k=24&preset=shenmo');
  await expect(widget(page).getByTestId('k-clamped')).toContainText('training with k = 5');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('fits a 360 px phone without horizontal page overflow', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, '?preset=custom');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
