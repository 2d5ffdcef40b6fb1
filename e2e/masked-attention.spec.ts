// The masked-attention widget shows the lib's numbers: every value below is recomputed here with lib/ from the
// same seed (drawing Q, K, V directly with createRng and randomMatrix, not through the widget's helper), and
// compared with what the page shows, after clicks, keys, edits and URL parameters.
//
// A fully masked query row cannot be produced in the widget (every pattern allows the diagonal; the unit test
// components/widgets/MaskedAttention/inputs.test.ts checks that for all n, k and causal settings), so its
// "zeros, not NaN" behaviour is tested in lib only: lib/attention/weightStats.test.ts.
import type { Locator, Page } from '@playwright/test';
import { defaults, serializeQuery } from '../components/figure/schema';
import { nextSeed } from '../components/widgets/MaskedAttention/inputs';
import { maskedAttentionParams } from '../components/widgets/MaskedAttention/params';
import { attention, attentionMask, type MaskKind, nnz, rowWeightStats } from '../lib/attention';
import { formatNumber } from '../lib/format';
import { fromRows, type Matrix, randomMatrix, toRows } from '../lib/linalg';
import { formatEditable } from '../lib/parse/number';
import { createRng } from '../lib/random';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/masked-attention/';

interface Setup {
  n?: number;
  d?: number;
  seed?: number;
  t?: number;
  pattern?: MaskKind;
  k?: number;
  causal?: boolean;
  Q?: number[][];
}

/** What the widget should show for these parameters (defaults: n 8, d 4, seed 1, t 1, local, k 2). */
function expected({ n = 8, d = 4, seed = 1, t = 1, pattern = 'local', k = 2, causal = false, Q }: Setup) {
  const rng = createRng(seed);
  const seededQ = randomMatrix(n, d, rng);
  const K = randomMatrix(n, d, rng);
  const V = randomMatrix(n, d, rng);
  const mask = attentionMask(pattern, n, { k, causal });
  const result = attention(Q ? fromRows(Q) : seededQ, K, V, mask, { temperature: t });
  return { n, d, seededQ, mask, ...result, stats: rowWeightStats(result.weights) };
}

const at = (M: Matrix, i: number, j: number) => M.data[i * M.cols + j];
const weightText = (w: number) => (w === 0 ? '0' : formatNumber(w, { style: 'fixed', digits: 2 }));
const cell = (page: Page, view: 'scores' | 'weights' | 'output', i: number, j: number) =>
  page.getByTestId(view).locator(`[data-cell="${i}-${j}"]`);

/** The data-value of every cell of a heatmap, row-major. */
async function values(page: Page, view: 'scores' | 'weights' | 'output'): Promise<number[]> {
  // The prerendered page shows the defaults until the URL's state is applied; data-ready marks that moment.
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  await widgetsSettled(page);
  return page
    .getByTestId(view)
    .locator('[data-cell]')
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
}

/**
 * Shown values equal lib values to 1e-12 relative: not bit for bit, because Chromium's Math.exp and Node's
 * may differ in the last bit.
 */
function expectValues(shown: number[], expectedValues: ArrayLike<number>) {
  expect(shown).toHaveLength(expectedValues.length);
  shown.forEach((v, t) => {
    const e = expectedValues[t];
    expect(Math.abs(v - e), `entry ${t}: shown ${v}, lib ${e}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(e)),
    );
  });
}

const expectMatrix = (shown: number[], M: Matrix) => expectValues(shown, M.data);

async function expectRow(page: Page, e: ReturnType<typeof expected>, row: number) {
  // The bars follow a press a frame or more later (the widget is aria-busy until they have).
  await widgetsSettled(page);
  const bars = page.getByTestId('row-bars');
  await expect(bars).toHaveAttribute('data-row', String(row));
  // The bars are drawn once their plot has measured its width: wait for all of them before reading.
  await expect(bars.locator('[data-key]')).toHaveCount(e.n);
  const shown = await bars
    .locator('[data-key]')
    .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value'))));
  expectValues(shown, e.weights.data.subarray(row * e.n, (row + 1) * e.n));
  const s = e.stats[row];
  await expect(page.getByTestId('row-max')).toHaveText(
    `${formatNumber(s.max, { style: 'fixed', digits: 3 })} (key ${s.argmax})`,
  );
  await expect(page.getByTestId('row-entropy')).toHaveText(
    `${formatNumber(s.entropy, { style: 'fixed', digits: 3 })} nats`,
  );
  // Masked keys are marked on the bars.
  const masked = await bars
    .locator('[data-key]')
    .evaluateAll((gs) => gs.map((g) => g.hasAttribute('data-masked')));
  expect(masked).toEqual(Array.from(e.mask.data.subarray(row * e.n, (row + 1) * e.n), (m) => m === 0));
}

const slider = (page: Page, name: string): Locator => page.getByRole('slider', { name, exact: true });

test('the default view shows the lib weights, row sums of 1.000 and exact zeros in every masked cell', async ({
  page,
}) => {
  await page.goto(EMBED);
  const e = expected({});
  await expect(cell(page, 'weights', 4, 5)).toHaveText(weightText(at(e.weights, 4, 5)));
  expectMatrix(await values(page, 'weights'), e.weights);
  expectMatrix(await values(page, 'scores'), e.scores);
  expectMatrix(await values(page, 'output'), e.output);
  await expect(page.locator('[data-row-sum]')).toHaveText(new Array(8).fill('1.000'));

  const masked = page.getByTestId('weights').locator('[data-masked]');
  await expect(masked).toHaveCount(64 - nnz(e.mask));
  const maskedValues = await masked.evaluateAll((cells) =>
    cells.map((c) => [c.getAttribute('data-value'), c.textContent]),
  );
  expect(maskedValues.length).toBeGreaterThan(0);
  for (const [value, text] of maskedValues) expect([value, text]).toEqual(['0', '0']);
  // Masked scores are still computed (shown greyed) but never coloured or used.
  await expect(page.getByTestId('scores').locator('[data-masked]')).toHaveCount(64 - nnz(e.mask));
  await expect(page.locator('[data-widget="masked-attention"] [data-export]')).toHaveAttribute(
    'data-testid',
    'weights',
  );
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the sliders answer the keyboard with the lib numbers (n, pattern, k, causal)', async ({ page }) => {
  await page.goto(EMBED);
  await slider(page, 'Sequence length n').focus();
  await page.keyboard.press('ArrowLeft');
  expectMatrix(await values(page, 'weights'), expected({ n: 7 }).weights);
  await page.getByLabel('Mask pattern').selectOption('atrous');
  await slider(page, 'Window / stride k').focus();
  await page.keyboard.press('ArrowRight');
  const atrous = expected({ n: 7, pattern: 'atrous', k: 3 });
  await expect(page.getByTestId('weights').locator('[data-masked]')).toHaveCount(49 - nnz(atrous.mask));
  expectMatrix(await values(page, 'weights'), atrous.weights);
  await page.getByRole('switch', { name: 'Causal' }).press('Space');
  const causal = expected({ n: 7, pattern: 'atrous', k: 3, causal: true });
  await expect(page.getByTestId('weights').locator('[data-masked]')).toHaveCount(49 - nnz(causal.mask));
  expectMatrix(await values(page, 'weights'), causal.weights);
  await expect(page.locator('[data-row-sum]')).toHaveText(new Array(7).fill('1.000'));
});

test('the row bars follow a click on a row and the Query row slider', async ({ page }) => {
  await page.goto(EMBED);
  const e = expected({});
  await expectRow(page, e, 4); // the middle row is selected at first
  await cell(page, 'weights', 2, 3).click();
  await expectRow(page, e, 2);
  await cell(page, 'scores', 6, 1).click();
  await expectRow(page, e, 6);
  await cell(page, 'output', 0, 2).click();
  await expectRow(page, e, 0);

  const row = slider(page, 'Query row');
  await expect(row).toHaveValue('0');
  await row.focus();
  await page.keyboard.press('ArrowRight');
  await expectRow(page, e, 1);
  await page.keyboard.press('End');
  await expectRow(page, e, 7);
  await page.keyboard.press('ArrowLeft');
  await expectRow(page, e, 6);
  await expect(page.getByTestId('row-allowed')).toHaveText(
    `${e.mask.data.subarray(48, 56).reduce((a, b) => a + b, 0)} of 8`,
  );
});

test('lowering the temperature sharpens a row towards one-hot and raising it flattens the row', async ({
  page,
}) => {
  await page.goto(EMBED);
  const at1 = expected({ t: 1 });
  const at01 = expected({ t: 0.1 });
  const at5 = expected({ t: 5 });
  const row = 4;
  await expectRow(page, at1, row);
  const temperature = slider(page, 'Temperature t');
  await temperature.focus();
  await page.keyboard.press('Home');
  await expect(temperature).toHaveAttribute('aria-valuetext', '0.1');
  await expectRow(page, at01, row);
  expect(at01.stats[row].max).toBeGreaterThan(at1.stats[row].max);
  expect(at01.stats[row].max).toBeGreaterThan(0.9);
  expectMatrix(await values(page, 'weights'), at01.weights);

  await page.keyboard.press('End');
  await expect(temperature).toHaveAttribute('aria-valuetext', '5');
  await expectRow(page, at5, row);
  expect(at5.stats[row].max).toBeLessThan(at1.stats[row].max);
  // Nearly an even spread: e^H is close to the number of allowed keys (5 in the middle of a k = 2 band).
  await expect(page.getByTestId('row-effective')).toHaveText(
    formatNumber(at5.stats[row].effective, { style: 'fixed', digits: 2 }),
  );
  expect(at5.stats[row].effective).toBeGreaterThan(4.8);

  // One step down from t = 1 is 0.9: the scores scale by 1/(√4·0.9).
  await page.keyboard.press('Home');
  for (let s = 0; s < 11; s++) await page.keyboard.press('ArrowRight');
  await expect(temperature).toHaveAttribute('aria-valuetext', '0.9');
  expectMatrix(await values(page, 'scores'), expected({ t: 0.9 }).scores);
});

test('editing a Q cell changes the scores, the edited Q round-trips through the URL, and a new seed drops it', async ({
  page,
}) => {
  await page.goto(EMBED);
  const seeded = expected({});
  await page.getByText('Edit Q, K, V').click();
  const editor = page.getByRole('group', { name: /^Q \(queries/ });
  const q00 = editor.getByLabel('Row 1 (q0), column 1');
  await expect(q00).toHaveValue(formatEditable(seeded.seededQ.data[0], { digits: 3 }));
  await q00.fill('3');
  await q00.press('Enter');

  // The widget keeps edited matrices to 3 decimals; recompute the same here.
  const Q = toRows(seeded.seededQ).map((r) => r.map((x) => Number(x.toFixed(3))));
  Q[0][0] = 3;
  const edited = expected({ Q });
  await expect(page.getByTestId('edit-status')).toHaveText('(edited: Q)');
  expectMatrix(await values(page, 'scores'), edited.scores);
  expect(at(edited.scores, 0, 0)).not.toBe(at(seeded.scores, 0, 0));
  expectMatrix(await values(page, 'weights'), edited.weights);

  // The URL the figure writes for this state (schema encoding, only what differs from the defaults).
  const query = serializeQuery(maskedAttentionParams, { ...defaults(maskedAttentionParams), Q });
  expect(query.startsWith('Q=3%2C')).toBe(true);
  await page.goto(`${EMBED}?${query}`);
  // The prerendered page shows the defaults until the URL's state is applied; data-ready marks that moment.
  await expect(page.locator('[data-widget][data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('edit-status')).toHaveText('(edited: Q)');
  expectMatrix(await values(page, 'scores'), edited.scores);
  await page.getByText('Edit Q, K, V').click();
  await expect(
    page.getByRole('group', { name: /^Q \(queries/ }).getByLabel('Row 1 (q0), column 1'),
  ).toHaveValue('3');
  await expect(page.locator('[data-url-notice]')).toHaveCount(0);

  // "New seed" replaces the edits with matrices drawn from the next seed.
  await page.getByRole('button', { name: 'New seed' }).click();
  const seed = nextSeed(1, 999_999);
  await expect(page.getByLabel('Seed')).toHaveValue(String(seed));
  await expect(page.getByTestId('edit-status')).toHaveText(`(drawn from seed ${seed}, standard normal)`);
  expectMatrix(await values(page, 'scores'), expected({ seed }).scores);
});

test('a strided setup from the query (n 6, d 3, seed 42, t 0.5, k 2) shows lib’s weights and output', async ({
  page,
}) => {
  await page.goto(`${EMBED}?n=6&d=3&seed=42&t=0.5&pattern=strided&k=2`);
  await expect(page.locator('[data-widget="masked-attention"][data-ready]')).toHaveCount(1);
  const e = expected({ n: 6, d: 3, seed: 42, t: 0.5, pattern: 'strided', k: 2 });
  // Strided is causal whatever the switch says: it shows on and cannot be turned off.
  await expect(page.getByRole('switch', { name: 'Causal' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('switch', { name: 'Causal' })).toBeDisabled();
  await expect(page.getByTestId('weights').locator('[data-masked]')).toHaveCount(36 - nnz(e.mask));
  expectMatrix(await values(page, 'weights'), e.weights);
  expectMatrix(await values(page, 'output'), e.output);
});

test('an edited matrix of the wrong shape for n and d is ignored with a notice', async ({ page }) => {
  await page.goto(`${EMBED}?n=4&d=2&K=1,2,3;4,5,6`);
  await expect(page.locator('[data-widget="masked-attention"][data-ready]')).toHaveCount(1);
  const shape = page.locator('[data-url-notice]');
  await expect(shape).toContainText(
    'K: the edited matrix is 2×3, but n = 4 and d = 2 need 4×2; using the K drawn from seed 1.',
  );
  expectMatrix(await values(page, 'weights'), expected({ n: 4, d: 2 }).weights);
  await expect(page.getByTestId('edit-status')).toHaveText('(drawn from seed 1, standard normal)');
  await shape.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(shape).toBeHidden();
});

test.describe('on a 360 px phone in the dark theme', () => {
  test.use({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });

  test('the widget fits without sideways scrolling, with the editors open, and shows the same numbers', async ({
    page,
  }) => {
    await page.goto(`${EMBED}?n=16&d=8`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expectMatrix(await values(page, 'weights'), expected({ n: 16, d: 8 }).weights);
    await page.getByText('Edit Q, K, V').click();
    await expect(page.getByRole('group', { name: /^V \(values/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
