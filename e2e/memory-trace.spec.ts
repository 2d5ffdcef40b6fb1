// The memory-trace widget: its readouts are lib/smoothing's numbers for the stream the controls describe (rebuilt
// here with the widget's own makeStream), and a real word's stream comes from the Brown asset through the worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makeStream } from '../components/widgets/MemoryTrace/stream';
import { decodeBrown } from '../lib/corpus/asset';
import { formatInteger, formatNumber } from '../lib/format';
import {
  memoryClosedForm,
  periodDecay,
  periodicPeak,
  streamFromPositions,
  traceSummary,
} from '../lib/smoothing';
import { expect, test } from './support/fixtures';
import { OUT_DIR, widgetsSettled } from './support/site';

const EMBED = '/embed/memory-trace/';
const widget = (page: Page) => page.locator('[data-widget="memory-trace"]');
const fmt = (v: number) => formatNumber(v, { digits: 4 });

async function open(page: Page, query = '') {
  await page.goto(`${EMBED}${query}`);
  await expect(page.locator('[data-widget="memory-trace"][data-ready]')).toHaveCount(1);
}

/** The readouts for a stream under 1 − α = forget, against lib's summary of the same stream. */
async function expectReadouts(page: Page, stream: Uint8Array, forget: number, period?: number) {
  await widgetsSettled(page);
  const s = traceSummary(stream, 1 - forget);
  await expect(page.getByTestId('count')).toHaveText(formatInteger(s.count));
  await expect(page.getByTestId('rug')).toHaveAttribute('data-count', String(s.count));
  await expect(page.getByTestId('settled')).toHaveText(fmt(periodicPeak(1 - forget, period ?? s.period)));
  await expect(page.getByTestId('f-hat')).toHaveText(fmt(s.normalisedCount));
  await expect(page.getByTestId('mean')).toHaveText(fmt(s.mean));
  await expect(page.getByTestId('mean-theory')).toHaveText(fmt(s.meanTheory));
  await expect(page.getByTestId('count-from-mean')).toHaveText(fmt(s.countFromMean));
  await expect(page.getByTestId('independent')).toHaveText(fmt(s.peakIfIndependent));
  await expect(page.getByTestId('independent-count')).toHaveText(fmt(s.countIfIndependent));
  const peak = period ? s.peaks[s.peaks.length - 1] : s.meanPeak;
  await expect(page.getByTestId('peak')).toHaveText(fmt(peak as number));
}

const base = { period: 50, tokens: 5000, factor: 8, burstLength: 100, seed: 1 };

test('the keyboard moves the period, the forgetting and the source, and every reading follows lib', async ({
  page,
}) => {
  await open(page);
  await expectReadouts(page, makeStream({ ...base, source: 'periodic' }), 0.005, 50);
  // The post's model: the level just after an occurrence settles at 1/(1 − 0.995⁵⁰) = 4.511 (Python), and
  // F̂ = 5000·0.005·4.511 = 112.8.
  await expect(page.getByTestId('settled')).toHaveText('4.511');
  await expect(page.getByTestId('f-hat')).toHaveText('112.8');

  // Step through: after occurrence k the level is the post's A_k = (1 − βᵏ)/(1 − β), β = 0.995⁵⁰.
  const beta = periodDecay(0.995, 50);
  await widget(page).getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('rug')).toHaveAttribute('data-count', '0');
  for (let k = 1; k <= 3; k++) {
    await widget(page).getByRole('button', { name: 'Forward one step' }).click();
    await expect(page.getByTestId('rug')).toHaveAttribute('data-count', String(k));
    await expect(page.getByTestId('step-level')).toHaveText(fmt(memoryClosedForm(beta, k)));
    await expect(page.getByTestId('step-closed')).toHaveText(fmt(memoryClosedForm(beta, k)));
  }

  await page.getByRole('slider', { name: 'Period N/F' }).focus();
  await page.keyboard.press('Home');
  await expectReadouts(page, makeStream({ ...base, period: 2, source: 'periodic' }), 0.005, 2);
  await page.keyboard.press('End');
  await expectReadouts(page, makeStream({ ...base, period: 5000, source: 'periodic' }), 0.005, 5000);

  await page.getByRole('slider', { name: 'Forgetting per token, 1 − α' }).focus();
  await page.keyboard.press('Home');
  await expectReadouts(page, makeStream({ ...base, period: 5000, source: 'periodic' }), 1e-4, 5000);

  // The same rate at random, then in bursts: a new seed draws a new stream.
  await page.getByRole('slider', { name: 'Period N/F' }).focus();
  await page.keyboard.press('Home');
  const source = page.getByRole('combobox', { name: 'Occurrences' });
  await source.selectOption('random');
  await expectReadouts(page, makeStream({ ...base, period: 2, source: 'random' }), 1e-4);
  await source.selectOption('bursty');
  await expectReadouts(page, makeStream({ ...base, period: 2, source: 'bursty' }), 1e-4);
  await widget(page).getByRole('button', { name: 'New seed' }).click();
  await expectReadouts(page, makeStream({ ...base, period: 2, seed: 2, source: 'bursty' }), 1e-4);
  await expect(widget(page).getByRole('textbox', { name: 'Seed' })).toHaveValue('2');
});

// The Brown asset the build wrote, decoded here as the worker decodes it.
const traces = decodeBrown(JSON.parse(readFileSync(path.join(OUT_DIR, 'data', 'brown.json'), 'utf8'))).traces;

test('a word of the Brown corpus: its positions from the worker, the word menu, a notice for an unknown word', async ({
  page,
}) => {
  const find = (word: string) => {
    const w = traces.words.find((t) => t.word === word);
    if (!w) throw new Error(`the Brown asset does not trace “${word}”`);
    return w;
  };
  // Picking the corpus sets N to the whole traced stream and shows the default word.
  await open(page);
  await page.getByRole('combobox', { name: 'Occurrences' }).selectOption('word');
  await expectReadouts(page, streamFromPositions(find('american').positions, traces.tokens), 0.005);
  await expect(page.getByRole('slider', { name: 'Tokens N' })).toHaveAttribute(
    'aria-valuetext',
    formatInteger(traces.tokens),
  );

  const menu = widget(page).getByRole('combobox', { name: 'Word (its count in the opening tokens)' });
  for (const word of ['war', 'the']) {
    await menu.selectOption(word);
    await expectReadouts(page, streamFromPositions(find(word).positions, traces.tokens), 0.005);
    await expect(page.getByTestId('count')).toHaveText(formatInteger(find(word).positions.length));
  }

  await open(page, '?source=word&word=zzz');
  await expect(widget(page).locator('[data-url-notice]')).toContainText(
    'word: “zzz” is not one of the traced words; showing “american”.',
  );
});

test('a missing Brown asset shows a clear error with a retry button', async ({ page, guard }) => {
  guard.allowFailedRequests('/data/brown.json');
  await page.route('**/data/brown.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await open(page, '?source=word');
  await expect(widget(page).getByRole('alert')).toContainText('Could not load the Brown corpus');
  await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
});
