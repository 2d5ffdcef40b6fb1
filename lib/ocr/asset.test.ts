import { describe, expect, it } from 'vitest';
import { bigramModel } from '../viterbi';
import { decodeOcrModel, type OcrModelAsset } from './asset';
import { OCR_MODEL_FORMAT } from './corpus.mjs';

/** A three-character asset written by hand: 电视 ×5, 视电 ×1; confusables 电→[视 0.5], 视→[], 柳→[视 0.9, 电 0.25]. */
function fixture(): OcrModelAsset {
  return {
    format: OCR_MODEL_FORMAT,
    source: { corpus: 'fixture' },
    vocabulary: '电视柳',
    unigram: [9, 6, 1],
    pairs: { indptr: [0, 1, 2, 2], next: [1, 0], count: [5, 1] },
    confusions: { k: 2, index: [1, -1, -1, -1, 1, 0], similarity: [500, 0, 0, 0, 900, 250] },
    examples: ['电视柳'],
    sentences: ['电视。'],
    stats: { pairsKept: 2 },
  };
}

describe('decodeOcrModel', () => {
  it('decodeOcrModel(fixture) rebuilds counts, delta-coded pairs and confusion sets', () => {
    const m = decodeOcrModel(fixture());
    expect(m.chars).toEqual(['电', '视', '柳']);
    expect(m.index.get('柳')).toBe(2);
    expect(Object.fromEntries(m.counts.unigram)).toEqual({ 电: 9, 视: 6, 柳: 1 });
    expect(Object.fromEntries(m.counts.bigram)).toEqual({ 电视: 5, 视电: 1 });
    expect(m.counts.vocabulary).toBe(3);
    expect(m.confusions.get('电')).toEqual([{ char: '视', similarity: 0.5 }]);
    expect(m.confusions.get('视')).toEqual([]);
    expect(m.confusions.get('柳')).toEqual([
      { char: '视', similarity: 0.9 },
      { char: '电', similarity: 0.25 },
    ]);
    expect(bigramModel(m.counts, { kind: 'mle' }).prob('电', '视')).toBe(5 / 9);
    expect(m.examples).toEqual(['电视柳']);
    expect(m.sentences).toEqual(['电视。']);
    // Word starts: 电 9 − 1 (视电) = 8, 视 6 − 5 (电视) = 1, 柳 1; total 10.
    expect(m.wordStart).toEqual(
      new Map([
        ['电', 0.8],
        ['视', 0.1],
        ['柳', 0.1],
      ]),
    );
  });

  it('decodeOcrModel(bad asset) throws an Error naming the problem', () => {
    expect(() => decodeOcrModel({ ...fixture(), format: 'other/1' })).toThrow(/format/);
    expect(() => decodeOcrModel(null)).toThrow(/format/);
    expect(() => decodeOcrModel({ ...fixture(), unigram: [1, 2] })).toThrow(/unigram has 2 entries for 3/);
    const a = fixture();
    a.pairs.indptr = [0, 1, 2];
    expect(() => decodeOcrModel(a)).toThrow(/indptr/);
    const b = fixture();
    b.pairs.next = [3, 0];
    expect(() => decodeOcrModel(b)).toThrow(/outside the vocabulary/);
    const c = fixture();
    c.confusions.index = [1];
    expect(() => decodeOcrModel(c)).toThrow(/3×2/);
    const d = fixture();
    d.unigram = [9, -1, 1];
    expect(() => decodeOcrModel(d)).toThrow(/negative count/);
    const { sentences: _, ...noSentences } = fixture();
    expect(() => decodeOcrModel(noSentences)).toThrow(/sentences missing/);
  });
});
