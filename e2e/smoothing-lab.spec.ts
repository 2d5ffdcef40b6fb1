// The smoothing-lab widget: the post's decision under MLE, add-α and add-α below T. Every probability and
// winner shown is compared with lib/viterbi's bigramModel on the post's counts, after keys and URL parameters.
import type { Page } from '@playwright/test';
import { analyseTwoChars, bigramModel, postCounts, type Smoothing } from '../lib/viterbi';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/smoothing-lab/';
const W1 = [0.99996, 0.00004];
const W2 = [0.87838, 0.12148, 0.00012];
const PAIRS = ['电柳', '电视', '电规', '宙柳', '宙视', '宙规'];

async function ready(page: Page) {
  await expect(page.locator('[data-widget="smoothing-lab"][data-ready]')).toHaveCount(1);
}

async function expectScheme(page: Page, id: string, smoothing: Smoothing, w2 = W2) {
  // The tables follow a key press in a deferred render: read them once the widget has caught up.
  await widgetsSettled(page);
  const model = bigramModel(postCounts(), smoothing);
  const table = page.getByTestId(`probs-${id}`);
  for (const pair of PAIRS) {
    const shown = Number(await table.locator(`[data-pair="${pair}"]`).getAttribute('data-prob'));
    const p = model.prob(pair[0], pair[1]);
    expect(Math.abs(shown - p), `${id} P(${pair[1]}|${pair[0]})`).toBeLessThanOrEqual(1e-15);
  }
  for (const a of ['电', '宙']) {
    const shown = Number(await table.locator(`[data-end="${a}"]`).getAttribute('data-prob'));
    expect(Math.abs(shown - model.endProb(a))).toBeLessThanOrEqual(1e-15);
  }
  const best = analyseTwoChars(W1, w2, model).best.reading;
  await expect(page.locator(`[data-scheme="${id}"]`)).toHaveAttribute('data-best', best);
  return { model, best };
}

test('defaults: MLE gives the unseen pairs 0 and 电视 wins; α = 1 and T = 100 match lib', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const mle = await expectScheme(page, 'mle', { kind: 'mle' });
  expect(mle.best).toBe('电视');
  for (const pair of ['电柳', '宙柳', '宙视']) {
    await expect(page.getByTestId('probs-mle').locator(`[data-pair="${pair}"]`)).toHaveAttribute(
      'data-prob',
      '0',
    );
  }
  // The post's P(视|电) = 12426/145001 ≈ 0.08570.
  await expect(page.getByTestId('probs-mle').locator('[data-pair="电视"]')).toHaveText('0.0857');
  await expect(page.getByTestId('flip-mle')).toContainText('P(柳|电) = 0');
  const add = await expectScheme(page, 'add', { kind: 'add', alpha: 1 });
  expect(add.model.prob('电', '柳')).toBeGreaterThan(0);
  await expectScheme(page, 'below', { kind: 'add-below', alpha: 1, threshold: 100 });
  // With smoothing, 电柳 wins below some W(视): the note gives lib's change point.
  const flip = Number(await page.getByTestId('flip-add').getAttribute('data-flip'));
  expect(flip).toBeGreaterThan(0);
  expect(flip).toBeLessThan(0.12148);
});

test('keyboard: α up to the maximum flips add-α to 电柳 while MLE keeps 电视; T to 0 makes add-below MLE', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const alpha = page.getByRole('slider', { name: 'α', exact: true });
  await alpha.focus();
  await alpha.press('End');
  const add = await expectScheme(page, 'add', { kind: 'add', alpha: 10000 });
  expect(add.best).toBe('电柳');
  await expectScheme(page, 'mle', { kind: 'mle' });
  const T = page.getByRole('slider', { name: 'Threshold T' });
  await T.focus();
  await T.press('Home');
  const below = await expectScheme(page, 'below', { kind: 'add-below', alpha: 10000, threshold: 0 });
  expect(below.model.prob('电', '柳')).toBe(0);
  // Back at α = 1, W(视) down to 10⁻⁶: add-α now lets 电柳 win (it does below ≈ 8×10⁻⁵), MLE still cannot.
  await page.goto(EMBED);
  await ready(page);
  const shi = page.getByRole('slider', { name: 'W(视)' });
  await shi.focus();
  await shi.press('Home');
  await expect(page.locator('[data-scheme="add"]')).toHaveAttribute('data-best', '电柳');
  await expect(page.locator('[data-scheme="mle"]')).toHaveAttribute('data-best', '电视');
});
