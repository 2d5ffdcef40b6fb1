// The word-probe widget: the two models of the Brown corpus answer in the worker (SVD of shifted PPMI, and
// skip-gram trained on the page), side by side; unknown words get suggestions. Small settings from the URL
// (V = 1,000, one epoch) keep the training short.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/word-probe/';
const widget = (page: Page) => page.locator('[data-widget="word-probe"]');
const results = (page: Page, model: 'svd' | 'sgns') =>
  widget(page).locator(`[data-model="${model}"] [data-result]`);

async function open(page: Page, query: string) {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="word-probe"][data-ready]')).toHaveCount(1, { timeout: 60_000 });
}

test('neighbours of a word come from both models, and both get probe-list scores', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, '?V=1000&epochs=1&word=water');
  await expect(results(page, 'svd')).toHaveCount(10, { timeout: 60_000 });
  await expect(results(page, 'sgns')).toHaveCount(10, { timeout: 150_000 });
  for (const model of ['svd', 'sgns'] as const) {
    const words = await results(page, model).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-result')),
    );
    expect(words).not.toContain('water');
    expect(new Set(words).size).toBe(10);
    const sims = await results(page, model).evaluateAll((els) =>
      els.map((e) => Number(e.getAttribute('data-similarity'))),
    );
    for (let i = 1; i < sims.length; i++) expect(sims[i - 1]).toBeGreaterThanOrEqual(sims[i] as number);
    expect(sims[0]).toBeLessThanOrEqual(1);
    await expect(widget(page).locator(`[data-spearman="${model}"]`)).toHaveText(/^−?\d\.\d+$/);
    await expect(widget(page).locator(`[data-category="all"] [data-at1="${model}"]`)).toHaveText(/%$/);
  }
});

test('an analogy answers, an unknown word gets clickable suggestions and an empty box a hint', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page, '?V=1000&model=svd&probe=analogy&a=man&b=woman&c=he');
  await expect(results(page, 'svd')).toHaveCount(5, { timeout: 60_000 });
  const guesses = await results(page, 'svd').evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-result')),
  );
  for (const w of ['man', 'woman', 'he']) expect(guesses).not.toContain(w);
  await expect(widget(page).locator('[data-model="sgns"]')).toHaveCount(0);

  // An unknown word: a message beside its box, with suggestions that replace it when clicked.
  const c = widget(page).locator('input[data-word="c"]');
  await c.fill('kingg');
  const message = widget(page).locator('[data-unknown="c"]');
  await expect(message).toContainText('“kingg” is not among the 1,000 words');
  await expect(c).toHaveAttribute('aria-invalid', 'true');
  const first = message.locator('[data-suggestion]').first();
  const suggestion = await first.getAttribute('data-suggestion');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(c).toHaveValue(suggestion as string);
  await expect(message).toHaveCount(0);
  await expect(results(page, 'svd')).toHaveCount(5);

  // An empty box: a hint instead of a question.
  await c.fill('');
  await expect(widget(page).getByText('Type a word.')).toBeVisible();
});
