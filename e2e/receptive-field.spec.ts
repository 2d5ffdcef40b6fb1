// The receptive-field widget: the post's two-layer claim on screen, keyboard and pointer input answered with
// the numbers lib/ computes, an output past n − 1, output selection.
import type { Locator, Page } from '@playwright/test';
import { attentionMask, type MaskKind } from '../lib/attention/mask';
import {
  type CoverageTarget,
  coverage,
  isCausalMask,
  layersToFullCoverage,
  reachabilityByLayer,
  receptiveField,
} from '../lib/attention/reachability';
import { expect, test } from './support/fixtures';

const EMBED = '/embed/receptive-field/';

interface Setup {
  kinds: MaskKind[];
  n: number;
  k: number;
  causal?: boolean;
  out: number;
}

/** What the widget should show, computed by lib/ here in the test. */
function expected({ kinds, n, k, causal = false, out }: Setup) {
  const masks = kinds.map((kind) => attentionMask(kind, n, { k, causal }));
  const target: CoverageTarget = masks.every(isCausalMask) ? 'past' : 'all';
  const o = Math.min(out, n - 1);
  const of = target === 'past' ? o + 1 : n;
  const reached = reachabilityByLayer(masks).map((R) => `${coverage(R, { target }).perRow[o]} of ${of}`);
  const run = layersToFullCoverage(masks, { target });
  const field = receptiveField(masks, o);
  return {
    reached,
    layers: run.layers === null ? run.status : String(run.layers),
    edges: field.edgeCounts.reduce((s, c) => s + c, 0),
  };
}

/** Opens the embed page and waits until React has hydrated it (clicks and keys before that would be lost). */
async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="receptive-field"][data-ready]')).toHaveCount(1);
}

const reachedAfter = (page: Page, layer: number) => page.getByTestId(`reached-after-${layer}`);
const layersToCover = (page: Page) => page.getByTestId('layers-to-cover');

async function expectShows(page: Page, setup: Setup) {
  const want = expected(setup);
  for (let l = 0; l < want.reached.length; l++)
    await expect(reachedAfter(page, l + 1)).toHaveText(want.reached[l]);
  await expect(reachedAfter(page, want.reached.length + 1)).toHaveCount(0);
  await expect(layersToCover(page)).toHaveText(want.layers);
}

const diagram = (page: Page) =>
  page.getByRole('slider', { name: 'Receptive field diagram: output position' });
const heatmap = (page: Page) => page.getByRole('slider', { name: 'Reachability matrix: output row' });
const outSlider = (page: Page) => page.getByRole('slider', { name: 'Output position o' });

/** Clicks the diagram over position i (the plot's margins in draw.tsx: 46 px of labels left, 8 px right). */
async function clickPosition(view: Locator, i: number, n: number) {
  const box = await view.boundingBox();
  if (!box) throw new Error('the diagram has no box');
  const cell = (box.width - 46 - 8) / n;
  await view.click({ position: { x: 46 + (i + 0.5) * cell, y: 30 } });
}

test("the post's preset covers every input after layer 2 (n of n), and atrous twice never does", async ({
  page,
}) => {
  await open(page, `?p1=full&layers=3&out=7`);
  await page.getByRole('button', { name: 'Local then Atrous (the post)' }).click();
  await expect(page.getByLabel('Layer 1 pattern', { exact: true })).toHaveValue('local');
  await expect(page.getByLabel('Layer 2 pattern', { exact: true })).toHaveValue('atrous');
  await expect(reachedAfter(page, 2)).toHaveText('32 of 32');
  await expectShows(page, { kinds: ['local', 'atrous'], n: 32, k: 4, out: 7 });
  await expect(layersToCover(page)).toHaveText('2');
  await expect(page.getByTestId('pairs-covered')).toHaveText('100%');
  await expect(page.getByTestId('coverage-statement')).toContainText('Covered after layer 2');

  await page.getByRole('button', { name: 'Atrous twice' }).click();
  await expectShows(page, { kinds: ['atrous', 'atrous'], n: 32, k: 4, out: 7 });
  await expect(reachedAfter(page, 2)).toHaveText('8 of 32'); // output 7 sees its residue class mod 4 only
  await expect(layersToCover(page)).toHaveText('never');
  await expect(page.getByTestId('pairs-covered')).toHaveText('25%');
  await expect(page.getByTestId('coverage-statement')).toContainText('Never');

  await page.getByRole('button', { name: 'Local ×4' }).click();
  await expectShows(page, { kinds: ['local', 'local', 'local', 'local'], n: 32, k: 4, out: 7 });
  await expect(layersToCover(page)).toHaveText('8'); // ⌈31 / 4⌉

  await page.getByRole('button', { name: 'Strided (causal)' }).click();
  await expect(page.getByRole('switch', { name: 'Causal' })).toHaveAttribute('aria-checked', 'true');
  await expectShows(page, { kinds: ['strided', 'strided'], n: 32, k: 4, causal: true, out: 7 });
  await expect(reachedAfter(page, 2)).toHaveText('8 of 8'); // output 7's whole past
  await expect(page.getByTestId('coverage-statement')).toContainText('each output’s past');
});

test('keyboard on the sliders changes the counts to what lib/ computes', async ({ page }) => {
  await open(page);
  const setup: Setup = { kinds: ['local', 'atrous'], n: 32, k: 4, out: 12 };
  await expectShows(page, setup);

  await page.getByRole('slider', { name: 'Window / stride k' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  setup.k = 2;
  await expectShows(page, setup);

  await page.getByRole('slider', { name: 'Sequence length n' }).focus();
  await page.keyboard.press('Shift+ArrowRight');
  setup.n = 42;
  await expectShows(page, setup);

  await page.getByRole('slider', { name: 'Layers' }).focus();
  await page.keyboard.press('ArrowLeft');
  setup.kinds = ['local'];
  await expectShows(page, setup);
  await expect(layersToCover(page)).toHaveText(String(Math.ceil(41 / 2)));

  await page.keyboard.press('End');
  setup.kinds = ['local', 'atrous', 'local', 'atrous'];
  await expectShows(page, setup);

  await page.getByRole('switch', { name: 'Causal' }).focus();
  await page.keyboard.press('Space');
  setup.causal = true;
  await expectShows(page, setup);

  await outSlider(page).focus();
  await page.keyboard.press('Home');
  setup.out = 0;
  await expectShows(page, setup);
  await expect(reachedAfter(page, 1)).toHaveText('1 of 1');
  await page.keyboard.press('End');
  setup.out = 41;
  await expectShows(page, setup);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('an output past n − 1 is clamped to the last position, with a note', async ({ page }) => {
  await open(page, `?n=16&out=200`);
  await expect(page.locator('[data-url-notice]')).toHaveCount(0); // 200 is a valid output for n = 256
  await expect(outSlider(page)).toHaveValue('15');
  await expect(page.getByText('Output 200 is past the last position; showing o = 15.')).toBeVisible();
  await expectShows(page, { kinds: ['local', 'atrous'], n: 16, k: 4, out: 15 });
});

test('clicking the diagram or the matrix and keys on them select the output', async ({ page }) => {
  await open(page);
  const setup: Setup = { kinds: ['local', 'atrous'], n: 32, k: 4, out: 12 };
  await page.getByRole('slider', { name: 'Layers' }).focus();
  await page.keyboard.press('ArrowLeft'); // one local layer: every output sees a different window
  setup.kinds = ['local'];

  await clickPosition(diagram(page), 5, 32);
  await expect(outSlider(page)).toHaveValue('5');
  await expect(diagram(page)).toHaveAttribute('aria-valuenow', '5');
  await expectShows(page, { ...setup, out: 5 });
  await expect(reachedAfter(page, 1)).toHaveText('9 of 32'); // positions 1 … 9

  await clickPosition(diagram(page), 0, 32);
  await expect(reachedAfter(page, 1)).toHaveText('5 of 32');

  await diagram(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(outSlider(page)).toHaveValue('1');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(outSlider(page)).toHaveValue('11');
  await page.keyboard.press('End');
  await expect(outSlider(page)).toHaveValue('31');
  await expect(reachedAfter(page, 1)).toHaveText('5 of 32');

  const matrix = heatmap(page);
  const box = await matrix.boundingBox();
  if (!box) throw new Error('the matrix has no box');
  await matrix.click({ position: { x: box.width / 2, y: ((20 + 0.5) / 32) * box.height } });
  await expect(outSlider(page)).toHaveValue('20');
  await expect(matrix).toHaveAttribute('aria-valuenow', '20');
  await page.keyboard.press('ArrowUp');
  await expect(outSlider(page)).toHaveValue('19');
  await expectShows(page, { ...setup, out: 19 });
});

test('the diagram draws one line per connection of the receptive field for small n', async ({ page }) => {
  await open(page, `?out=9`);
  const want = expected({ kinds: ['local', 'atrous'], n: 32, k: 4, out: 9 });
  await expect(page.getByTestId('cone-edges').locator('line')).toHaveCount(want.edges);
  // Large n: no lines, and the caption says so.
  await open(page, `?n=128`);
  await expect(page.getByTestId('cone-edges').locator('line')).toHaveCount(0);
  await expect(page.getByText('Connections are drawn for n ≤ 64.')).toBeVisible();
});
