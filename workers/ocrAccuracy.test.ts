import { describe, expect, it } from 'vitest';
import { bigramRowIndex, evaluateCorrector, indexedBigramModel, type OcrModel } from '@/lib/ocr';
import type { BigramCounts } from '@/lib/viterbi';
import { accuracyInChunks } from './ocrAccuracy';

// A fixture model: the post's words with made-up counts and one look-alike each; 25 lines, so three chunks.
const COUNTS: BigramCounts = {
  unigram: new Map([
    ['研', 50],
    ['发', 80],
    ['友', 30],
    ['速', 40],
    ['干', 30],
    ['于', 200],
    ['图', 60],
    ['围', 40],
    ['像', 50],
    ['电', 100],
    ['视', 40],
    ['柳', 10],
  ]),
  bigram: new Map([
    ['研发', 45],
    ['速干', 12],
    ['图像', 40],
    ['电视', 35],
    ['发电', 5],
  ]),
  vocabulary: 12,
};
const WORDS = ['研发', '速干', '图像', '电视', '研发电视'];
const MODEL: OcrModel = {
  chars: [...COUNTS.unigram.keys()],
  index: new Map([...COUNTS.unigram.keys()].map((c, i) => [c, i])),
  counts: COUNTS,
  confusions: new Map([
    ['发', [{ char: '友', similarity: 0.93 }]],
    ['干', [{ char: '于', similarity: 0.93 }]],
    ['图', [{ char: '围', similarity: 0.98 }]],
    ['视', [{ char: '柳', similarity: 0.9 }]],
  ]),
  examples: Array.from({ length: 25 }, (_, i) => WORDS[i % WORDS.length] as string),
  source: {},
  stats: {},
};
const ROWS = bigramRowIndex(COUNTS);

describe('accuracyInChunks(model, rows, input, ctx)', () => {
  it('accuracyInChunks equals one evaluateCorrector run over all held-out words, with progress up to 1', async () => {
    for (const noise of [0.1, 0.5, 0.9]) {
      const input = { smoothing: { kind: 'add-below', alpha: 1, threshold: 10 } as const, noise, seed: 4 };
      const progress: number[] = [];
      const got = await accuracyInChunks(MODEL, ROWS, input, {
        progress: (f) => progress.push(f),
        cancelled: () => false,
      });
      const want = evaluateCorrector(
        MODEL.examples,
        MODEL.confusions,
        indexedBigramModel(ROWS, input.smoothing),
        {
          noise,
          seed: 4,
          vocabulary: MODEL.index,
        },
      );
      expect(got).toEqual(want);
      expect(progress).toEqual([0.4, 0.8, 1]);
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
