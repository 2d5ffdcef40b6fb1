import { describe, expect, it } from 'vitest';
import { bigramRowIndex, correctorModel, evaluateCorrector } from '@/lib/ocr';
import { expectClose, ocrFixtureModel } from '@/lib/testing';
import { accuracyInChunks, SENTENCE_NOISES } from './ocrAccuracy';

// The fixture model: the post's words with made-up counts and one look-alike each; 25 lines, so three chunks.
const MODEL = ocrFixtureModel();
const ROWS = bigramRowIndex(MODEL.counts);

describe('accuracyInChunks(model, rows, input, ctx)', () => {
  it('accuracyInChunks equals evaluateCorrector runs over the words and the sentences at each level, with progress up to 1', async () => {
    for (const noise of [0.1, 0.25, 0.5]) {
      const input = { smoothing: { kind: 'add-below', alpha: 1, threshold: 10 } as const, noise, seed: 4 };
      const progress: number[] = [];
      const got = await accuracyInChunks(MODEL, ROWS, input, {
        progress: (f) => progress.push(f),
        cancelled: () => false,
      });
      const lm = correctorModel(ROWS, MODEL.wordStart, input.smoothing);
      const run = (lines: readonly string[], level: number) =>
        evaluateCorrector(lines, MODEL.confusions, lm, { noise: level, seed: 4, vocabulary: MODEL.index });
      // The reader's noise joins the table's levels when it is not one of them (0.1 is).
      const levels = noise === 0.1 ? [...SENTENCE_NOISES] : [...SENTENCE_NOISES, noise];
      expect(got).toEqual({
        words: run(MODEL.examples, noise),
        sentences: levels.map((level) => ({ noise: level, accuracy: run(MODEL.sentences, level) })),
      });
      // 25 words in chunks of 10, then 3 sentences per level, out of 25 + 3·levels lines.
      const total = 25 + 3 * levels.length;
      const want = [10, 20, 25, ...levels.map((_, i) => 25 + 3 * (i + 1))].map((done) => done / total);
      expectClose(progress, want, { rtol: 1e-12 });
    }
  });

  it('accuracyInChunks stops with null once cancelled', async () => {
    let calls = 0;
    const got = await accuracyInChunks(
      MODEL,
      ROWS,
      { smoothing: { kind: 'mle' }, noise: 0.5, seed: 1 },
      { progress: () => {}, cancelled: () => ++calls > 1 },
    );
    expect(got).toBeNull();
  });
});
