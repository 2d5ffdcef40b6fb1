/**
 * Test fixtures for the OCR corrector: a small decoded model (the post's words with made-up counts, one
 * look-alike each), shared by the worker tasks' tests.
 */

import type { ConfusionSets, OcrModel } from '../ocr/asset';
import { wordStartProbs } from '../ocr/runningText';
import type { BigramCounts } from '../viterbi';

/** Counts of 研发 速干 图像 电视 (+ 发电) over 12 character classes, made up. */
export const OCR_FIXTURE_COUNTS: BigramCounts = {
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

/** One look-alike each: 发→友, 干→于, 图→围, 视→柳 (made-up similarities). */
export const OCR_FIXTURE_CONFUSIONS: ConfusionSets = new Map([
  ['发', [{ char: '友', similarity: 0.93 }]],
  ['干', [{ char: '于', similarity: 0.93 }]],
  ['图', [{ char: '围', similarity: 0.98 }]],
  ['视', [{ char: '柳', similarity: 0.9 }]],
]);

/**
 * A decoded OCR model over {@link OCR_FIXTURE_COUNTS} and {@link OCR_FIXTURE_CONFUSIONS}; 25 held-out
 * "words" cycling through 研发 速干 图像 电视 研发电视; three sentences with punctuation.
 *
 * @example ocrFixtureModel().confusions.get('图'); // [{ char: '围', similarity: 0.98 }]
 */
export function ocrFixtureModel(): OcrModel {
  const words = ['研发', '速干', '图像', '电视', '研发电视'];
  const chars = [...OCR_FIXTURE_COUNTS.unigram.keys()];
  return {
    chars,
    index: new Map(chars.map((c, i) => [c, i])),
    counts: OCR_FIXTURE_COUNTS,
    confusions: OCR_FIXTURE_CONFUSIONS,
    wordStart: wordStartProbs(OCR_FIXTURE_COUNTS),
    examples: Array.from({ length: 25 }, (_, i) => words[i % words.length] as string),
    sentences: ['研发电视。', '图像，速干！', '电视研发图像'],
    source: { corpus: { package: 'fixture' } },
    stats: {},
  };
}
