// The ocr-correct widget: a simulated OCR of the reader's text, corrected by Viterbi with the bigram model of
// the built asset. Every reading, count and accuracy shown is recomputed here with lib/ocr from OUT_DIR/data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { defaults } from '../components/figure/schema';
import { ocrCorrectParams } from '../components/widgets/OcrCorrect/params';
import { formatInteger } from '../lib/format';
import {
  bigramRowIndex,
  compareReadings,
  correct,
  correctorModel,
  decodeOcrModel,
  evaluateCorrector,
  explainChanges,
  simulateOcr,
} from '../lib/ocr';
import type { Smoothing } from '../lib/viterbi';
import { expect, test } from './support/fixtures';
import { OUT_DIR } from './support/site';

const EMBED = '/embed/ocr-correct/';
const model = decodeOcrModel(JSON.parse(readFileSync(path.join(OUT_DIR, 'data', 'ocr-model.json'), 'utf8')));
const rows = bigramRowIndex(model.counts);
const DEFAULT = defaults(ocrCorrectParams);
const DEFAULT_SMOOTHING: Smoothing = { kind: 'add-below', alpha: DEFAULT.alpha, threshold: DEFAULT.T };

const widget = (page: Page) => page.locator('[data-widget="ocr-correct"]');

/** What lib reads for a text under the widget's settings. */
function expected(text: string, noise: number, seed: number, smoothing: Smoothing) {
  const sim = simulateOcr(text, model.confusions, { noise, seed });
  const lm = correctorModel(rows, model.wordStart, smoothing);
  const fixed = correct(sim.lattice, lm, { vocabulary: model.index });
  const cmp = compareReadings(sim.truth, Array.from(sim.imageReading), Array.from(fixed.text));
  const reasons = explainChanges(sim.lattice, lm, fixed, { vocabulary: model.index });
  return { sim, fixed, cmp, lm, reasons };
}

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="ocr-correct"][data-ready]')).toHaveCount(1);
  await expect(widget(page).locator('[data-counts]')).toBeVisible({ timeout: 30_000 });
}

async function expectReadings(page: Page, text: string, noise: number, seed: number, smoothing: Smoothing) {
  const { sim, fixed, cmp, reasons } = expected(text, noise, seed, smoothing);
  const w = widget(page);
  await expect(w.locator('[data-reading="image"]')).toHaveText(sim.imageReading);
  await expect(w.locator('[data-reading="corrected"]')).toHaveText(fixed.text);
  await expect(w.locator('[data-count="image-wrong"]')).toHaveText(formatInteger(cmp.imageWrong));
  await expect(w.locator('[data-count="fixed"]')).toHaveText(formatInteger(cmp.counts.fixed));
  await expect(w.locator('[data-count="broken"]')).toHaveText(formatInteger(cmp.counts.broken));
  await expect(w.locator('[data-count="wrong"]')).toHaveText(formatInteger(cmp.counts.wrong));
  const statuses = await w
    .locator('[data-pos]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses).toEqual(cmp.status);
  // Every change is explained (the list shows the first 12).
  await expect(w.locator('[data-why]')).toHaveAttribute('data-why', String(reasons.length));
  const listed = await w
    .locator('[data-reason]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-reason'))));
  expect(listed).toEqual(reasons.slice(0, 12).map((r) => r.position));
  return { sim, fixed, cmp, reasons };
}

async function expectAccuracy(page: Page, noise: number, seed: number, smoothing: Smoothing) {
  const lm = correctorModel(rows, model.wordStart, smoothing);
  const acc = evaluateCorrector(model.examples, model.confusions, lm, {
    noise,
    seed,
    vocabulary: model.index,
  });
  const panel = widget(page).locator('[data-accuracy-panel]');
  await expect(panel.locator('[data-acc="fixed"]')).toHaveText(formatInteger(acc.fixed), { timeout: 30_000 });
  await expect(panel.locator('[data-stale]')).toHaveCount(0, { timeout: 30_000 });
  await expect(panel.locator('[data-acc="image-wrong"]')).toHaveText(formatInteger(acc.imageWrong));
  await expect(panel.locator('[data-acc="broken"]')).toHaveText(formatInteger(acc.broken));
  await expect(panel.locator('[data-acc="wrong"]')).toHaveText(formatInteger(acc.wrong));
  await expect(panel.locator('[data-acc="corrected-wrong"]')).toHaveText(
    formatInteger(acc.broken + acc.wrong),
  );
  await expect(panel.locator('[data-acc="image-lines"]')).toContainText(
    `${formatInteger(acc.imageLinesRight)} (`,
  );
  await expect(panel.locator('[data-acc="corrected-lines"]')).toContainText(
    `${formatInteger(acc.correctedLinesRight)} (`,
  );
  // The sentence table: noise 0, 0.1, 0.3 and the reader's noise, each as lib scores the asset's sentences.
  const levels = [0, 0.1, 0.3].includes(noise) ? [0, 0.1, 0.3] : [0, 0.1, 0.3, noise];
  await expect(panel.locator('[data-sentence-noise]')).toHaveCount(levels.length);
  for (const level of levels) {
    const s = evaluateCorrector(model.sentences, model.confusions, lm, {
      noise: level,
      seed,
      vocabulary: model.index,
    });
    const row = panel.locator(`[data-sentence-noise="${level}"]`);
    await expect(row.locator('[data-sentence-acc="fixed"]')).toHaveText(formatInteger(s.fixed));
    await expect(row.locator('[data-sentence-acc="broken"]')).toHaveText(formatInteger(s.broken));
    await expect(row.locator('[data-sentence-acc="lines"]')).toHaveText(
      `${formatInteger(s.imageLinesRight)} → ${formatInteger(s.correctedLinesRight)}`,
    );
    // No harm at noise 0: nothing broken, every sentence read right.
    if (level === 0) expect([s.broken, s.correctedLinesRight]).toEqual([0, s.lines]);
  }
  return acc;
}

test('the default sentence: readings, counts and the held-out accuracy equal lib’s', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page);
  const { cmp, fixed } = await expectReadings(
    page,
    DEFAULT.text,
    DEFAULT.noise,
    DEFAULT.seed,
    DEFAULT_SMOOTHING,
  );
  // The default sentence holds the post's four words; with this seed the simulator misreads some of them and
  // the bigram model puts some back (fixed > 0): a regression guard for the default view.
  expect(cmp.imageWrong).toBeGreaterThan(0);
  expect(cmp.counts.fixed).toBeGreaterThan(0);
  expect(fixed.text).toContain('电视');
  const acc = await expectAccuracy(page, DEFAULT.noise, DEFAULT.seed, DEFAULT_SMOOTHING);
  expect(acc.lines).toBe(model.examples.length);
  // The full stop is not Chinese: it passes through and the note says so.
  await expect(widget(page).locator('[data-passthrough]')).toContainText('not Chinese (。)');
  await expect(widget(page).locator('[data-pos][data-kind="other"]')).toHaveCount(1);
});

test('typing text: readings follow, non-Chinese and out-of-vocabulary characters are named, 201 characters are refused', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await open(page);
  const rare = '龘';
  expect(model.index.has(rare)).toBe(false);
  const text = `我们在家看电视，${rare}OK！`;
  const box = widget(page).getByLabel('Text to read');
  await box.fill(text);
  await expectReadings(page, text, DEFAULT.noise, DEFAULT.seed, DEFAULT_SMOOTHING);
  await expect(widget(page).locator('[data-pos][data-kind="unknown"]')).toHaveCount(1);
  await expect(widget(page).locator('[data-pos][data-kind="other"]')).toHaveCount(4);
  const note = widget(page).locator('[data-passthrough]');
  await expect(note).toContainText('4 characters are not Chinese');
  await expect(note).toContainText(`1 Chinese character is outside the model’s vocabulary (${rare})`);
  // The example menu shows “your own text” for typed text.
  await expect(widget(page).getByLabel('Example')).toHaveValue('custom');

  const long = `${'电视'.repeat(100)}图`;
  await box.fill(long);
  await expect(
    widget(page).getByRole('alert').filter({ hasText: 'At most 200 characters: this has 201' }),
  ).toBeVisible();
  // The readings stay those of the last text that fitted.
  await expect(widget(page).locator('[data-pos]')).toHaveCount(Array.from(text).length);
  await box.fill('电视'.repeat(100));
  await expect(widget(page).locator('[data-pos]')).toHaveCount(200);
  await expectReadings(page, '电视'.repeat(100), DEFAULT.noise, DEFAULT.seed, DEFAULT_SMOOTHING);
});

test('noise slider (keyboard) and seed change the misreads as lib does; the accuracy panel follows', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page);
  const slider = widget(page).getByRole('slider', { name: /Noise/ });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('0.5');
  await expectReadings(page, DEFAULT.text, 0.5, DEFAULT.seed, DEFAULT_SMOOTHING);
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  const none = await expectReadings(page, DEFAULT.text, 0, DEFAULT.seed, DEFAULT_SMOOTHING);
  // No noise, no harm: the corrected reading is the text itself, and the widget says why nothing changed.
  expect(none.cmp.imageWrong).toBe(0);
  expect(none.fixed.text).toBe(DEFAULT.text);
  await expect(widget(page).locator('[data-why]')).toContainText('at noise 0');
  await expectAccuracy(page, 0, DEFAULT.seed, DEFAULT_SMOOTHING);
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('0.5');
  const seed = widget(page).getByLabel('Seed');
  await seed.fill('7');
  await seed.press('Enter');
  await expectReadings(page, DEFAULT.text, 0.5, 7, DEFAULT_SMOOTHING);
  await expectAccuracy(page, 0.5, 7, DEFAULT_SMOOTHING);
});

test('the smoothing select, α and T give lib’s corrections', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, '?noise=0.5&seed=3');
  const select = widget(page).getByRole('combobox', { name: 'Smoothing' });
  await select.selectOption('mle');
  const mle = await expectReadings(page, DEFAULT.text, 0.5, 3, { kind: 'mle' });
  // MLE on a sentence: a pair never counted anywhere on every path gives every reading f = 0; then the image
  // reading stands and the widget says why.
  await expect(widget(page).locator('[data-no-reading]')).toHaveCount(
    mle.fixed.logScore === Number.NEGATIVE_INFINITY ? 1 : 0,
  );
  await expect(widget(page).getByLabel('α')).toBeDisabled();
  await expectAccuracy(page, 0.5, 3, { kind: 'mle' });
  await select.selectOption('add');
  const alpha = widget(page).getByLabel('α');
  await alpha.fill('0.01');
  await alpha.press('Enter');
  await expectReadings(page, DEFAULT.text, 0.5, 3, { kind: 'add', alpha: 0.01 });
  await select.selectOption('add-below');
  const T = widget(page).getByLabel('Threshold T');
  await T.fill('100');
  await T.press('Enter');
  await expectReadings(page, DEFAULT.text, 0.5, 3, { kind: 'add-below', alpha: 0.01, threshold: 100 });
  await expectAccuracy(page, 0.5, 3, { kind: 'add-below', alpha: 0.01, threshold: 100 });
});

test('a position opens its lattice column (click and Enter): candidates, W and Viterbi’s pick', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await open(page, '?noise=0.5&seed=2');
  const { sim, fixed, reasons } = expected(DEFAULT.text, 0.5, 2, DEFAULT_SMOOTHING);
  const t = sim.misread[0] as number;
  expect(t).toBeGreaterThanOrEqual(0);
  await widget(page).locator(`[data-pos="${t}"]`).click();
  const panel = widget(page).locator(`[data-column-panel="${t}"]`);
  await expect(panel).toBeVisible();
  const tokens = await panel
    .locator('[data-candidate]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-candidate')));
  expect(tokens).toEqual((sim.lattice[t] ?? []).map((c) => c.token));
  const chosen = (sim.lattice[t] ?? [])[fixed.indices[t] as number]?.token as string;
  await expect(panel.locator('[data-chosen]')).toHaveAttribute('data-candidate', chosen);
  await expect(panel.locator(`[data-candidate="${sim.truth[t]}"]`)).toContainText('truth');
  // A changed position says why, with the gains the list shows.
  const reason = reasons.find((r) => r.position === t);
  await expect(panel.locator('[data-column-reason]')).toHaveCount(reason ? 1 : 0);
  // The lattice window (positions t−1 … t+1) highlights one chosen box per column.
  const windowSize = Math.min(sim.truth.length - 1, t + 1) - Math.max(0, t - 1) + 1;
  await expect(panel.locator('svg [data-node][data-state="best"]')).toHaveCount(windowSize);
  // Keyboard: arrows move between positions (the panel follows), Escape closes, Enter opens.
  await widget(page).locator(`[data-pos="${t}"]`).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget(page).locator(`[data-column-panel="${t + 1}"]`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(widget(page).locator('[data-column-panel]')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(widget(page).locator(`[data-column-panel="${t}"]`)).toBeVisible();
});

test('a missing model file shows a clear error with a retry button', async ({ page, guard }) => {
  guard.allowFailedRequests('/data/ocr-model.json');
  await page.route('**/data/ocr-model.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(EMBED);
  await expect(page.locator('[data-widget="ocr-correct"][data-ready]')).toHaveCount(1);
  await expect(widget(page).getByRole('alert')).toContainText('Could not load the OCR model');
  await expect(widget(page).getByRole('alert')).toContainText('404');
  await expect(widget(page).locator('[data-counts]')).toHaveCount(0);
  // Once the file is back, “Try again” loads it (in the worker) and the readings appear.
  await page.unroute('**/data/ocr-model.json');
  await widget(page).getByRole('button', { name: 'Try again' }).click();
  await expect(widget(page).locator('[data-counts]')).toBeVisible({ timeout: 30_000 });
  await expect(widget(page).getByRole('alert')).toHaveCount(0);
});
