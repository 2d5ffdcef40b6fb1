// The sparsity-vector widget shows lib/sparsity's numbers: every value below is recomputed here with the
// registry (and the attention row with lib/attention from the masked-attention defaults, drawn directly) and
// compared with the table's data-value attributes after keys, presets, typing and URL parameters.
import type { Page } from '@playwright/test';
import { attention, attentionMask } from '../lib/attention';
import { randomMatrix } from '../lib/linalg';
import { createRng } from '../lib/random';
import { getMeasure, measures, softmaxLogitsVector } from '../lib/sparsity';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/sparsity-vector/';

async function ready(page: Page) {
  await expect(page.locator('[data-widget="sparsity-vector"][data-ready]')).toHaveCount(1);
}

/** The value column of the measure table, by measure id, once the table has caught up with the controls. */
async function shown(page: Page): Promise<Record<string, number>> {
  await ready(page);
  await widgetsSettled(page);
  return page
    .getByTestId('measures')
    .locator('tr[data-measure]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [
          r.getAttribute('data-measure'),
          Number(r.querySelector('[data-value]')?.getAttribute('data-value')),
        ]),
      ),
    );
}

/** What the table must show for x at the sliders' p and q (S₁,ₚ, S*, Rényi α and −ℓₚ follow them). */
function expected(x: number[], p = 2, q = 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of measures) {
    const params = Object.fromEntries(m.params.map((mp) => [mp.id, mp.default]));
    const follow: Record<string, string> = { s1p: 'p', sStar: 'pq', renyi: 'alpha', negLp: 'p' };
    for (const mp of m.params) {
      const v = mp.id === 'q' && follow[m.id] === 'pq' ? q : follow[m.id] ? p : undefined;
      if (v !== undefined && v >= mp.min && v <= mp.max) params[mp.id] = v;
    }
    out[m.id] = m.compute(x, params);
  }
  return out;
}

function expectValues(actual: Record<string, number>, want: Record<string, number>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(want).sort());
  for (const [id, v] of Object.entries(want)) {
    expect(Math.abs(actual[id] - v), `${id}: shown ${actual[id]}, lib ${v}`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(v)),
    );
  }
}

test('the default vector shows the post’s numbers for [1, 2, 3, 4] (scaled) and every registry measure', async ({
  page,
}) => {
  await page.goto(EMBED);
  const values = await shown(page);
  expect(Object.keys(values)).toHaveLength(measures.length);
  expectValues(values, expected([0.25, 0.5, 0.75, 1]));
  // The post: S₀ 0.625, S₁,₂ 0.456435, S*₁,₂ 0.912871, Gini 0.25.
  expect(values.s0).toBeCloseTo(0.625, 12);
  expect(values.s1p).toBeCloseTo(0.456435, 6);
  expect(values.sStar).toBeCloseTo(0.912871, 6);
  expect(values.gini).toBeCloseTo(0.25, 12);
  // Every measure is named, with its direction and a bounds bar or "unbounded".
  const row = page.locator('tr[data-measure="sStar"]');
  await expect(row.locator('[data-col="direction"]')).toContainText('lower');
  await expect(page.locator('tr[data-measure="gini"] [data-col="direction"]')).toContainText('higher');
  await expect(page.locator('tr[data-measure="negL1"] [data-col="bounds"]')).toHaveText('unbounded');
  const fraction = Number(await row.locator('[data-fraction]').getAttribute('data-fraction'));
  const b = getMeasure('sStar')?.bounds(4, { q: 1, p: 2 });
  expect(b).not.toBeNull();
  if (b) expect(fraction).toBeCloseTo((values.sStar - b.dense) / (b.sparse - b.dense), 12);
});

test('arrow keys on a bar change x and every measure follows', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const bar = page.getByRole('slider', { name: /Vector x.*: 1$/ });
  await bar.focus();
  await bar.press('ArrowUp');
  await bar.press('ArrowUp');
  await expect(bar).toHaveAttribute('aria-valuenow', '0.27');
  expectValues(await shown(page), expected([0.27, 0.5, 0.75, 1]));
  // ArrowRight moves to the next bar; Home sets it to 0 (one zero entry: ℓ⁰ counts it).
  await bar.press('ArrowRight');
  await page.keyboard.press('Home');
  const values = await shown(page);
  expectValues(values, expected([0.27, 0, 0.75, 1]));
  expect(values.l0).toBe(1);
  await expect(page.getByLabel('Type the entries', { exact: false })).toHaveValue('0.27, 0, 0.75, 1');
});

test('presets: one-hot reaches every bounded measure’s sparse end, softmax follows T, the attention row is lib’s', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  await page.getByRole('button', { name: 'One-hot' }).click();
  let values = await shown(page);
  expectValues(values, expected([1, 0, 0, 0]));
  expect(values.sStar).toBeCloseTo(0.5, 12);
  expect(values.gini).toBeCloseTo(0.75, 12);
  const fractions = await page
    .locator('tr[data-measure]:not([data-measure="l0eps"]) [data-fraction]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-fraction'))));
  expect(fractions.length).toBeGreaterThan(8);
  for (const f of fractions) expect(f).toBeCloseTo(1, 9);

  // Softmax of seeded logits: n = 4 at T = 1, then T follows the slider (rounded to 6 decimals as stored).
  const round = (xs: number[]) => xs.map((v) => Number(v.toFixed(6)));
  await page.getByRole('button', { name: /Softmax of logits/ }).click();
  expectValues(await shown(page), expected(round(softmaxLogitsVector(4, 1, 1))));
  const t = page.getByRole('slider', { name: 'Temperature T' });
  await t.focus();
  await t.press('Home');
  expectValues(await shown(page), expected(round(softmaxLogitsVector(4, 1, 0.05))));

  // Attention row 2 of the masked-attention defaults (n 8, d 4, seed 1, t 1, local k = 2), drawn here directly.
  const rng = createRng(1);
  const [Q, K, V] = [randomMatrix(8, 4, rng), randomMatrix(8, 4, rng), randomMatrix(8, 4, rng)];
  const W = attention(Q, K, V, attentionMask('local', 8, { k: 2 })).weights;
  const row2 = round(Array.from(W.data.subarray(16, 24)));
  await page.getByLabel('Attention row').selectOption('2');
  values = await shown(page);
  expectValues(values, expected(row2));
  expect(values.l0).toBe(3); // keys 5, 6 and 7 are outside row 2's window: exactly 0
});

test('p and q sliders drive S₁,ₚ, S*_q,p and Rényi’s α; q ≥ p says what happens', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const p = page.getByRole('slider', { name: /^p / });
  await p.focus();
  for (let i = 0; i < 10; i++) await p.press('ArrowRight');
  expectValues(await shown(page), expected([0.25, 0.5, 0.75, 1], 3, 1));
  await expect(page.locator('tr[data-measure="renyi"] [data-col="value"]')).toContainText('α=3');
  const q = page.getByRole('slider', { name: /^q / });
  await q.focus();
  await q.press('End');
  await expect(page.getByTestId('qp-note')).toContainText('swaps');
  expectValues(await shown(page), expected([0.25, 0.5, 0.75, 1], 3, 4));
});

test('typing the entries: a bad entry shows a message next to the field and keeps x; a good one applies', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  const field = page.getByLabel('Type the entries', { exact: false });
  const alert = page.locator('[data-widget]').getByRole('alert');
  await field.fill('0.5, abc, 1');
  await field.press('Enter');
  await expect(alert).toHaveText('Entry 2: “abc” is not a number.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expectValues(await shown(page), expected([0.25, 0.5, 0.75, 1]));
  await field.fill('0.5, 2');
  await field.press('Enter');
  await expect(alert).toContainText('outside [-1, 1]');
  await field.fill('[0.9, -0.1, 0, 0, 0.05]');
  await field.press('Enter');
  await expect(alert).toHaveCount(0);
  expectValues(await shown(page), expected([0.9, -0.1, 0, 0, 0.05]));
  // A negative entry switches the bars to hang from a zero line.
  await expect(page.getByRole('switch', { name: 'Negative entries' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('a measure’s name expands its formula (typeset) and collapses again', async ({ page }) => {
  await page.goto(EMBED);
  await ready(page);
  const name = page.locator('tr[data-measure="gini"]').getByRole('button');
  await expect(name).toHaveAttribute('aria-expanded', 'false');
  await name.click();
  await expect(name).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-formula="gini"] math')).toHaveCount(1);
  await name.press('Enter');
  await expect(page.locator('[data-formula="gini"]')).toHaveCount(0);
});

test('on a phone the measure table scrolls inside its box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(EMBED);
  await ready(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = page.getByRole('region', { name: /Every sparsity measure/ });
  const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls).toBe(true);
});
