// The bilstm-train widget: a step trains one chunk and draws a loss point, play streams more with dev F1 points,
// pause stops the count, a finished run gets its test-set F1, a changed setting keeps the run faded for
// comparison, reset clears the curves; a bad query value gets a notice and the default. A tiny tagger (V 1,000,
// E 10, H 4, 600 labelled sentences) keeps the worker fast.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/bilstm-train/';
const widget = (page: Page) => page.locator('[data-widget="bilstm-train"]');
const readout = (page: Page, name: string) => widget(page).locator(`[data-readout="${name}"]`);
const shown = async (page: Page, name: string) =>
  Number(await readout(page, name).getAttribute('data-value'));
const status = (page: Page) => widget(page).locator('[data-status]');
const button = (page: Page, name: string) => widget(page).getByRole('button', { name, exact: true });
const progress = (page: Page) => widget(page).getByRole('progressbar').first();
const progressNow = async (page: Page) => Number(await progress(page).getAttribute('aria-valuenow'));

test('step, play, pause, a finished run, a faded comparison and reset', async ({ page }) => {
  await page.goto(
    `${EMBED}?V=1000&embedDim=10&hidden=4&trainSize=600&epochs=5&caseFeature=true&lr=0.03&direction=sideways`,
  );
  await expect(page.locator('[data-widget="bilstm-train"][data-ready]')).toHaveCount(1);
  await expect(page.locator('[data-url-notice]')).toContainText(
    'direction: “sideways” is not one of uni, bi; using bi.',
  );
  await expect(widget(page).getByRole('combobox', { name: 'Direction' })).toHaveValue('bi');
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(readout(page, 'viterbi-f1')).toHaveText(/—/);

  // One step: one chunk of 200 sentences, one loss point, the untrained model's dev point.
  await button(page, 'Step').click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused', { timeout: 30_000 });
  await expect(widget(page).getByTestId('loss-curve')).toHaveAttribute('d', /^M/);
  expect(await shown(page, 'words-per-second')).toBeGreaterThan(0);
  const afterStep = await progressNow(page);
  expect(afterStep).toBeGreaterThan(0);

  // Play streams more chunks and dev evaluations; Pause stops the count where it stands.
  await button(page, 'Resume').click();
  await expect(status(page)).toHaveAttribute('data-status', 'running');
  await expect.poll(() => progressNow(page), { timeout: 30_000 }).toBeGreaterThan(afterStep);
  await button(page, 'Pause').click();
  await expect(status(page)).toHaveAttribute('data-status', /paused|done/);
  if ((await status(page).getAttribute('data-status')) === 'paused') {
    const paused = await progress(page).getAttribute('aria-valuenow');
    await page.waitForTimeout(1000);
    await expect(progress(page)).toHaveAttribute('aria-valuenow', paused ?? '');
    await button(page, 'Resume').click();
  }

  // To the end: dev F1 of both decodings, precision / recall, and the test-set F1 of both.
  await expect(status(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(widget(page).getByTestId('viterbi-f1')).toHaveAttribute('d', /^M.*L/);
  await expect(widget(page).getByTestId('greedy-f1')).toHaveAttribute('d', /^M.*L/);
  for (const name of ['viterbi-f1', 'greedy-f1', 'tag-accuracy', 'test-viterbi-f1', 'test-greedy-f1']) {
    await expect.poll(() => shown(page, name), { timeout: 30_000 }).toBeGreaterThanOrEqual(0);
    expect(await shown(page, name)).toBeLessThanOrEqual(1);
  }
  await expect(readout(page, 'illegal-greedy')).toContainText('of 1,000 sentences');
  await expect(page.locator('body')).not.toContainText('NaN');

  // A changed setting clears the run and keeps it, faded, with its settings named.
  await widget(page).getByRole('combobox', { name: 'Direction' }).selectOption('uni');
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(widget(page).getByTestId('loss-curve')).toHaveCount(0);
  await expect(widget(page).getByTestId('compare-f1')).toHaveAttribute('d', /^M/);
  await expect(widget(page).getByTestId('compare')).toContainText('Direction: Both ways');

  // Reset clears the new run and forgets nothing else; "Forget it" drops the comparison.
  await button(page, 'Step').click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused', { timeout: 30_000 });
  await button(page, 'Reset').click();
  await expect(status(page)).toHaveAttribute('data-status', 'idle');
  await expect(widget(page).getByTestId('loss-curve')).toHaveCount(0);
  await expect(readout(page, 'viterbi-f1')).toHaveText(/—/);
  await button(page, 'Forget it').click();
  await expect(widget(page).getByTestId('compare-f1')).toHaveCount(0);
});
