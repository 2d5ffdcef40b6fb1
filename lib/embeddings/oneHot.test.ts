import { describe, expect, it } from 'vitest';
import { fromRows, matmul, randomMatrix } from '../linalg';
import { createRng } from '../random';
import { countVector, maxAbsDifference, oneHot, rowLookup, rowSum, vecmat, vecmatTerms } from './oneHot';
import { replaceSegment, segment } from './segment';

// The post's vocabulary and sentence (kexue.fm/archives/4233): 我爱空间科学 → (1, 1, 1, 1, 0, 0).
const POST_VOCAB = ['我', '爱', '科学', '空间', '不', '错'];

describe('oneHot, countVector', () => {
  it('oneHot(i, V) has a single 1 at i', () => {
    expect(Array.from(oneHot(2, 4))).toEqual([0, 0, 1, 0]);
    expect(Array.from(oneHot(0, 1))).toEqual([1]);
  });
  it('oneHot throws for an index outside 0…V−1, a fraction, or V = 0', () => {
    expect(() => oneHot(4, 4)).toThrow(/index 4/);
    expect(() => oneHot(-1, 4)).toThrow(RangeError);
    expect(() => oneHot(0.5, 4)).toThrow(RangeError);
    expect(() => oneHot(0, 0)).toThrow(RangeError);
  });
  it('countVector counts repeats, loses order, and gives zeros for no words', () => {
    expect(Array.from(countVector([0, 1, 3, 2], 6))).toEqual([1, 1, 1, 1, 0, 0]);
    expect(Array.from(countVector([1, 1, 0], 3))).toEqual([1, 2, 0]);
    expect(Array.from(countVector([], 3))).toEqual([0, 0, 0]);
    expect(Array.from(countVector([1, 1, 0, 1], 3, { mean: true }))).toEqual([0.25, 0.75, 0]);
    expect(Array.from(countVector([], 2, { mean: true }))).toEqual([0, 0]);
    expect(() => countVector([3], 3)).toThrow(RangeError);
  });
});

describe('vecmat, rowLookup, rowSum', () => {
  const W = fromRows([
    [1, 2],
    [3, 4],
    [5, 6],
  ]);
  it('vecmat(x, W) on a hand example and against matmul of a 1×V matrix (seeded)', () => {
    expect(Array.from(vecmat([1, 0, 2], W))).toEqual([11, 14]);
    const rng = createRng('vecmat');
    for (let t = 0; t < 20; t++) {
      const V = rng.int(1, 9);
      const n = rng.int(1, 8);
      const A = randomMatrix(V, n, rng);
      const x = Array.from({ length: V }, () => rng.normal());
      const want = matmul({ rows: 1, cols: V, data: Float64Array.from(x) }, A).data;
      const got = vecmat(x, A);
      for (let j = 0; j < n; j++) expect(got[j]).toBeCloseTo(want[j] as number, 12);
    }
  });
  it('the one-hot product equals the row lookup exactly, for every row of seeded matrices', () => {
    const rng = createRng('one-hot');
    for (let t = 0; t < 20; t++) {
      const V = rng.int(1, 12);
      const A = randomMatrix(V, rng.int(1, 8), rng);
      for (let i = 0; i < V; i++) {
        expect(maxAbsDifference(vecmat(oneHot(i, V), A), rowLookup(A, i))).toBe(0);
      }
    }
  });
  it('count·W equals the sum of the looked-up rows (a repeated word counted twice), and the mean divides by the count', () => {
    const rng = createRng('bag');
    const A = randomMatrix(6, 5, rng);
    const words = [0, 1, 3, 2, 1];
    const viaProduct = vecmat(countVector(words, 6), A);
    const viaLookup = rowSum(A, words);
    for (let j = 0; j < 5; j++) expect(viaProduct[j]).toBeCloseTo(viaLookup[j] as number, 14);
    const mean = rowSum(A, words, { mean: true });
    for (let j = 0; j < 5; j++) expect(mean[j]).toBeCloseTo((viaLookup[j] as number) / 5, 14);
  });
  it('vecmatTerms(x, W) are the weighted rows, and they add up to vecmat(x, W)', () => {
    const terms = vecmatTerms([2, 0, 1], W);
    expect(terms.map((r) => Array.from(r))).toEqual([
      [2, 4],
      [0, 0],
      [5, 6],
    ]);
    expect(Array.from(vecmat([2, 0, 1], W))).toEqual([7, 10]);
  });
  it('count·W equals rowSum bit for bit while no word occurs more than three times, in any order (seeded)', () => {
    const rng = createRng('bit-for-bit');
    for (let t = 0; t < 200; t++) {
      const V = rng.int(2, 12);
      const A = randomMatrix(V, rng.int(1, 8), rng);
      const words = rng.shuffle(Array.from({ length: V }, (_, i) => Array(rng.int(0, 3)).fill(i)).flat());
      expect(maxAbsDifference(vecmat(countVector(words, V), A), rowSum(A, words))).toBe(0);
    }
  });
  it('rowSum of no rows is the zero vector, for the mean too', () => {
    expect(Array.from(rowSum(W, []))).toEqual([0, 0]);
    expect(Array.from(rowSum(W, [], { mean: true }))).toEqual([0, 0]);
  });
  it('shape mismatches and bad indices throw with the shapes named', () => {
    expect(() => vecmat([1, 0], W)).toThrow(/length 2 and 3×2/);
    expect(() => vecmatTerms([1], W)).toThrow(/length 1 and 3×2/);
    expect(() => rowLookup(W, 3)).toThrow(RangeError);
    expect(() => rowSum(W, [0, 7])).toThrow(RangeError);
  });
  it('maxAbsDifference is the largest gap, 0 for empty, NaN when an entry is NaN, and checks lengths', () => {
    expect(maxAbsDifference([1, 2, 3], [1, 2.5, 2])).toBe(1);
    expect(maxAbsDifference([], [])).toBe(0);
    expect(maxAbsDifference([Number.NaN, 5], [0, 0])).toBeNaN();
    expect(() => maxAbsDifference([1], [1, 2])).toThrow(/lengths 1 and 2/);
  });
});

describe('segment', () => {
  it("segment('我爱空间科学', the post's vocabulary, 'longest') gives 我/爱/空间/科学 and the count (1,1,1,1,0,0)", () => {
    const pieces = segment('我爱空间科学', POST_VOCAB, 'longest');
    expect(pieces.map((s) => s.text)).toEqual(['我', '爱', '空间', '科学']);
    expect(pieces.map((s) => s.start)).toEqual([0, 1, 2, 4]);
    expect(
      Array.from(
        countVector(
          pieces.map((s) => s.index),
          6,
        ),
      ),
    ).toEqual([1, 1, 1, 1, 0, 0]);
  });
  it('a word that is a prefix of another loses to the longer one, and stands alone where the longer does not fit', () => {
    const vocab = ['科', '科学', '科学家', '学'];
    expect(segment('科学家', vocab, 'longest').map((s) => s.text)).toEqual(['科学家']);
    expect(segment('科学', vocab, 'longest').map((s) => s.text)).toEqual(['科学']);
    expect(segment('科学科', vocab, 'longest').map((s) => s.text)).toEqual(['科学', '科']);
  });
  it('a run of unknown characters is one unknown piece; separators split pieces and are dropped', () => {
    const pieces = segment('我很爱, 它们 科学!', POST_VOCAB, 'longest');
    expect(pieces).toEqual([
      { text: '我', start: 0, length: 1, index: 0 },
      { text: '很', start: 1, length: 1, index: -1 },
      { text: '爱', start: 2, length: 1, index: 1 },
      { text: '它们', start: 5, length: 2, index: -1 },
      { text: '科学', start: 8, length: 2, index: 2 },
    ]);
  });
  it('empty or separator-only text gives no pieces, in both modes', () => {
    for (const mode of ['longest', 'spaces'] as const) {
      expect(segment('', POST_VOCAB, mode)).toEqual([]);
      expect(segment(' ,。!', POST_VOCAB, mode)).toEqual([]);
    }
  });
  it('counts positions in code points, so characters outside the BMP do not shift them', () => {
    expect(segment('𠀀我', POST_VOCAB, 'longest')).toEqual([
      { text: '𠀀', start: 0, length: 1, index: -1 },
      { text: '我', start: 1, length: 1, index: 0 },
    ]);
  });
  it("'spaces' lower-cases words, keeps apostrophes, and marks unknown words", () => {
    const vocab = ['the', 'of', "don't", 'cat'];
    expect(segment('The CAT, of... Don’t xyz', vocab, 'spaces')).toEqual([
      { text: 'the', start: 0, length: 3, index: 0 },
      { text: 'cat', start: 4, length: 3, index: 3 },
      { text: 'of', start: 9, length: 2, index: 1 },
      { text: "don't", start: 15, length: 5, index: 2 },
      { text: 'xyz', start: 21, length: 3, index: -1 },
    ]);
  });
});

describe('replaceSegment', () => {
  it('replaces an unknown piece by a suggestion, keeping the rest (and characters outside the BMP) intact', () => {
    const text = '𠀀我很爱!';
    const unknown = segment(text, POST_VOCAB, 'longest').filter((s) => s.index < 0);
    expect(replaceSegment(text, unknown[1] as (typeof unknown)[number], '不')).toBe('𠀀我不爱!');
    const en = 'The CATs';
    const [, cat] = segment(en, ['the'], 'spaces');
    expect(replaceSegment(en, cat as NonNullable<typeof cat>, 'it')).toBe('The it');
    expect(() => replaceSegment('ab', { text: 'x', start: 2, length: 1, index: -1 }, 'y')).toThrow(
      RangeError,
    );
  });
});
