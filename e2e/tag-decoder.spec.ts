// The tag-decoder widget decodes hand-made tag probabilities with lib/sequence: the readings, spans and best
// span the page shows are recomputed here with lib on the same numbers, after keyboard edits of a probability
// and of the transition table, and from a URL with bad values.
import type { Page } from '@playwright/test';
import { TAG_DIGITS } from '../components/widgets/TagDecoder/params';
import { TAG_PRESETS } from '../components/widgets/TagDecoder/presets';
import {
  bestSpan,
  greedyTags,
  POST_TRANSITIONS,
  resolveTransitionRows,
  tagsToSpans,
  transitionRows,
  viterbiTags,
} from '../lib/sequence';
import { rescaleColumn } from '../lib/viterbi';
import { expect, test } from './support/fixtures';
import { widgetsSettled } from './support/site';

const EMBED = '/embed/tag-decoder/';

async function ready(page: Page) {
  await expect(page.locator('[data-widget="tag-decoder"][data-ready]')).toHaveCount(1);
  await widgetsSettled(page);
}

const spansKey = (tags: Parameters<typeof tagsToSpans>[0]) =>
  tagsToSpans(tags)
    .map((s) => `${s.start}-${s.end}`)
    .join(',');

/** The readings and spans the page shows against lib's on `probs` under `table`. */
async function expectDecoded(page: Page, probs: number[][], table = POST_TRANSITIONS) {
  const greedy = greedyTags(probs);
  const viterbi = viterbiTags(probs, table);
  await expect(page.getByTestId('greedy-tags')).toHaveAttribute('data-value', greedy.join(''));
  await expect(page.getByTestId('greedy-spans')).toHaveAttribute('data-value', spansKey(greedy));
  if (!viterbi) {
    await expect(page.getByTestId('viterbi-tags')).toHaveAttribute('data-value', '');
    return;
  }
  await expect(page.getByTestId('viterbi-tags')).toHaveAttribute('data-value', viterbi.tags.join(''));
  await expect(page.getByTestId('viterbi-spans')).toHaveAttribute('data-value', spansKey(viterbi.tags));
  const best = bestSpan(probs, viterbi.tags);
  const shown = page.getByTestId('viterbi-best');
  await expect(shown).toHaveAttribute('data-value', best ? `${best.span.start}-${best.span.end}` : '');
  if (best) expect(Number(await shown.getAttribute('data-score'))).toBeCloseTo(best.meanLogProb, 12);
}

test('ArrowUp on P(m | Angeles) makes greedy legal: readings, rules and spans follow lib', async ({
  page,
}) => {
  await page.goto(EMBED);
  await ready(page);
  let probs: number[][] = TAG_PRESETS.bxe.probs.map((r) => [...r]);
  await expectDecoded(page, probs);
  // Greedy reads b x e: two forbidden steps, and no span.
  await expect(page.getByTestId('greedy-broken').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('greedy-broken')).toContainText('“Los Angeles”: b → x');
  await expect(page.getByTestId('greedy-spans')).toHaveText('none');
  await expect(page.getByTestId('viterbi-spans')).toHaveText('[Los Angeles County] −0.6725');

  const input = page.getByRole('textbox', { name: 'P(m | Angeles), word 4' });
  await input.focus();
  for (let press = 0; press < 5; press++) {
    await page.keyboard.press('ArrowUp');
    const row = probs[3] as number[];
    probs = probs.map((r, i) =>
      (i === 3 ? rescaleColumn(r, 3, Number(((row[3] as number) + 0.01).toFixed(10)), 1) : r).map((x) =>
        Number(x.toFixed(TAG_DIGITS)),
      ),
    );
    await expect(input).toHaveValue(String(probs[3]?.[3]));
  }
  await widgetsSettled(page);
  expect(greedyTags(probs).join('')).toBe('xxbmex');
  await expectDecoded(page, probs);
  await expect(page.getByTestId('greedy-broken')).toHaveCount(0);
  await expect(page.getByTestId('greedy-spans')).toContainText('[Los Angeles County]');
});

test('a table that forbids every legal reading shows the message, and the post’s table comes back', async ({
  page,
}) => {
  await page.goto(`${EMBED}?preset=legal`);
  await ready(page);
  const probs = TAG_PRESETS.legal.probs.map((r) => [...r]);
  await expectDecoded(page, probs);
  await expect(page.getByTestId('no-reading')).toHaveCount(0);
  // Nothing may be followed by x, and b may not be followed by m: for six words no legal reading is left.
  const rows = transitionRows(POST_TRANSITIONS);
  const edits: [number, number][] = [
    [0, 0],
    [1, 0],
    [4, 0],
    [2, 3],
  ];
  for (const [i, j] of edits) {
    (rows[i] as number[])[j] = 0;
    const cell = page.getByRole('textbox', {
      name: `Row ${i + 1} (from ${'xsbme'[i]}), column ${j + 1} (to ${'xsbme'[j]})`,
    });
    await cell.fill('0');
    await cell.press('Enter');
  }
  const { table } = resolveTransitionRows(rows);
  expect(viterbiTags(probs, table)).toBeNull();
  await expect(page.getByTestId('no-reading')).toContainText('No legal reading');
  await expectDecoded(page, probs, table);
  await expect(page.getByTestId('viterbi-tags')).toContainText('no legal reading');
  await page.getByRole('button', { name: 'Use the post’s table' }).click();
  await expect(page.getByTestId('no-reading')).toHaveCount(0);
  await expectDecoded(page, probs);
});

test('bad URL values get notices and the defaults', async ({ page }) => {
  await page.goto(`${EMBED}?preset=nope&probs=0.5,0.5&table=1,0,0;0,1,0`);
  await ready(page);
  // The schema's notice (the preset) and the widget's (shapes it checks against the sentence and 5×5).
  for (const text of [
    'preset: “nope” is not one of',
    'The edited probabilities are 1×2, but the sentence needs 6×5; using its own.',
    'The transition table is 2×3, not 5×5; using the post’s table.',
  ])
    await expect(page.locator('[data-url-notice]').filter({ hasText: text })).toHaveCount(1);
  await expectDecoded(
    page,
    TAG_PRESETS.bxe.probs.map((r) => [...r]),
  );
  await expect(page.getByTestId('no-reading')).toHaveCount(0);
});

test('the trained tagger as a source: nothing trains on sight, a button offers it', async ({ page }) => {
  await page.goto(`${EMBED}?source=model&sentence=5`);
  await ready(page);
  await expect(page.locator('[data-model-status="untrained"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train the tagger' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Test sentence' })).toHaveValue('5');
  // Back to the hand-made sentences: the decoding returns.
  await page.getByRole('combobox', { name: 'Probabilities from' }).selectOption('preset');
  await expectDecoded(
    page,
    TAG_PRESETS.bxe.probs.map((r) => [...r]),
  );
});
