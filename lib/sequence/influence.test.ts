import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { influenceSplit, influenceSummary } from './influence';
import { createTagger, wordInfluence } from './tagger';

describe('influenceSplit', () => {
  it('influenceSplit(row, t) gives shares of the row and their sums left of, at and right of t', () => {
    // Hand-made: total 8, so shares 1/8, 3/8, 2/8, 2/8.
    const s = influenceSplit([1, 3, 2, 2], 1);
    expectClose(s.shares, [0.125, 0.375, 0.25, 0.25]);
    expectClose([s.before, s.self, s.after], [0.125, 0.375, 0.5]);
  });

  it('influenceSplit reads negative entries by size and a zero or non-finite row as zeros, never NaN', () => {
    expectClose(influenceSplit([-1, 1], 0).shares, [0.5, 0.5]);
    expect(influenceSplit([0, 0, 0], 2)).toEqual({ shares: [0, 0, 0], before: 0, self: 0, after: 0 });
    expect(influenceSplit([1, Number.NaN], 0).after).toBe(0);
    expect(() => influenceSplit([1, 2], 2)).toThrow(RangeError);
    expect(() => influenceSplit([], 0)).toThrow(RangeError);
  });

  it('influenceSplit shares sum to 1 on seeded random rows', () => {
    const rng = createRng(4);
    for (let k = 0; k < 50; k++) {
      const T = 1 + Math.floor(rng.next() * 12);
      const row = Array.from({ length: T }, () => rng.next());
      const s = influenceSplit(row, Math.floor(rng.next() * T));
      expectClose(s.before + s.self + s.after, 1, { atol: 1e-12 });
      expectClose(
        s.shares.reduce((a, b) => a + b, 0),
        1,
        { atol: 1e-12 },
      );
    }
  });
});

describe('influenceSummary', () => {
  it('influenceSummary averages the split over positions and by signed distance', () => {
    // Row 0: all on itself; row 1: half on word 0, half on itself (a left-to-right pattern).
    const s = influenceSummary(
      [
        [
          [2, 0],
          [1, 1],
        ],
      ],
      { maxDistance: 1, recent: 1 },
    );
    expect(s.positions).toBe(2);
    expectClose([s.before, s.self, s.after, s.recent], [0.25, 0.75, 0, 0.75]);
    expect(s.distances).toEqual([-1, 0, 1]);
    // Offset −1 exists only for row 1 (share 0.5); offset +1 only for row 0 (share 0).
    expectClose(s.byDistance, [0.5, 0.75, 0]);
  });

  it('influenceSummary leaves zero rows out, gives NaN means for none, and checks shapes', () => {
    const none = influenceSummary([[[0]]]);
    expect(none.positions).toBe(0);
    expect(none.after).toBeNaN();
    expect(influenceSummary([]).byDistance.every(Number.isNaN)).toBe(true);
    expect(() => influenceSummary([[[1, 2]]])).toThrow(/row 0/);
    expect(() => influenceSummary([], { maxDistance: -1 })).toThrow(RangeError);
    expect(() => influenceSummary([], { recent: 0 })).toThrow(RangeError);
  });

  it('influenceSummary of a left-to-right tagger puts nothing after the position; a bidirectional one does', () => {
    const config = {
      vocabSize: 8,
      embedDim: 3,
      hiddenSize: 4,
      layers: 1 as const,
      caseFeature: false,
      tags: 5,
    };
    const sentence = { words: [1, 4, 2, 7, 3, 0] };
    const matrix = (bidirectional: boolean) => {
      const m = createTagger({ ...config, bidirectional }, 2);
      return sentence.words.map((_, t) => Array.from(wordInfluence(m, sentence, t)));
    };
    const uni = influenceSummary([matrix(false)]);
    const bi = influenceSummary([matrix(true)]);
    expect(uni.after).toBe(0);
    expect(uni.byDistance.slice(uni.distances.indexOf(1)).every((v) => v === 0 || Number.isNaN(v))).toBe(
      true,
    );
    expect(bi.after).toBeGreaterThan(0.05);
    expectClose(uni.before + uni.self + uni.after, 1, { atol: 1e-12 });
  });
});
