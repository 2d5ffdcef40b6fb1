// The cooccurrence-svd widget on the built site's Brown corpus, at V = 1,000 to keep it quick: the SVD's
// neighbours and the matrix's entry count are the worker core's (recomputed here in Node from the same
// assets), an unknown word gets suggestions, the heatmap reads out under the keyboard, and a control change
// recomputes.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeBrown, decodeBrownText } from '../lib/corpus/asset';
import { cooccurrence } from '../lib/embeddings';
import { formatInteger } from '../lib/format';
import { corpusView, queryModel, svdModel } from '../workers/embeddings';
import { expect, test } from './support/fixtures';
import { OUT_DIR } from './support/site';

const corpus = decodeBrown(JSON.parse(readFileSync(`${OUT_DIR}/data/brown.json`, 'utf8')));
const text = decodeBrownText(JSON.parse(readFileSync(`${OUT_DIR}/data/brown-text.json`, 'utf8')), corpus);
const V = 1000;
const DIM = 20;
const widget = (page: Page) => page.locator('[data-widget="cooccurrence-svd"]');

async function expectedNeighbours(word: string): Promise<string[]> {
  const ctx = { progress: () => {}, cancelled: () => false };
  const input = {
    V,
    window: 5,
    weighting: 'uniform' as const,
    transform: 'ppmi' as const,
    shift: 1,
    contextPower: 0.75,
    dim: DIM,
    eigenPower: 0.5,
    seed: 1,
  };
  const { value } = await svdModel(input, ctx, { corpus, text });
  const answer = queryModel({ key: value.key, query: { op: 'neighbours', word, k: 10 } }).value;
  if (!('neighbours' in answer)) throw new Error(`no neighbours of ${word}`);
  return answer.neighbours.map((n) => n.word);
}

test('neighbours, suggestions, the heatmap readout and a recomputed window, as the worker core computes them', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const expected = await expectedNeighbours('city');
  const view = corpusView(corpus, text, V);
  const nnz = (window: number) =>
    formatInteger(cooccurrence(view.stream, V, { window, weighting: 'uniform' }).values.length);

  await page.goto(`/embed/cooccurrence-svd/?V=${V}&dim=${DIM}&word=city`);
  await expect(page.locator('[data-widget="cooccurrence-svd"][data-ready]')).toHaveCount(1, {
    timeout: 30_000,
  });
  const list = widget(page).getByTestId('neighbours');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await expect(list.getByRole('button')).toHaveText(expected);
  await expect(widget(page).getByTestId('nnz')).toHaveText(nnz(5));
  await expect(widget(page).getByTestId('spectrum').locator('[data-sigma]')).toHaveCount(DIM);
  await expect(widget(page).getByTestId('map').locator('circle')).not.toHaveCount(0);

  // An unknown word: a message with suggestions; picking one lists its neighbours.
  const input = widget(page).getByTestId('word-input');
  await input.fill('citty');
  await input.press('Enter');
  const unknown = widget(page).getByTestId('unknown-word');
  await expect(unknown).toContainText('citty is not among the top 1,000 words');
  await unknown.getByRole('button', { name: 'city' }).click();
  await expect(list.getByRole('button')).toHaveText(expected);

  // The heatmap answers the arrow keys with the entry's value.
  const heatmap = widget(page).getByTestId('heatmap');
  await heatmap.focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget(page).getByTestId('cell-readout')).toContainText('PPMI(the, of) = ');

  // A smaller window recomputes the counts.
  const slider = widget(page).getByRole('slider', { name: /^Window/ });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget(page).getByTestId('nnz')).toHaveText(nnz(4), { timeout: 30_000 });
});
