import { describe, expect, it } from 'vitest';
import { csrFromTriplets, csrToDense } from '../linalg/csr';
import { createRng } from '../random';
import { cooccurrence, pairDots, pmiMatrix, samplePairs } from '.';

describe('samplePairs', () => {
  const stream = [0, 1, 2, 0, 1, -1, 3, 0, 2, 2, 1, 4, 0, 1];
  const C = cooccurrence(stream, 5, { window: 2, weighting: 'linear' });
  const M = pmiMatrix(C, { shift: 3, contextPower: 0.75 });

  it('with n ≥ the stored entries returns each exactly once, by descending count, with its value in M', () => {
    const s = samplePairs(C, M, 1000, 7);
    expect(s.rows.length).toBe(C.values.length);
    const Cd = csrToDense(C);
    const Md = csrToDense(M);
    const seen = new Set<string>();
    for (let q = 0; q < s.rows.length; q++) {
      const i = s.rows[q] as number;
      const j = s.cols[q] as number;
      seen.add(`${i},${j}`);
      expect(s.counts[q]).toBe(Cd.data[i * 5 + j]);
      expect(s.values[q]).toBe(Md.data[i * 5 + j]);
      if (q > 0) expect(s.counts[q]).toBeLessThanOrEqual(s.counts[q - 1] as number);
    }
    expect(seen.size).toBe(C.values.length);
  });

  it('is deterministic per seed, draws without replacement, and NaN marks a pair M does not store', () => {
    const a = samplePairs(C, M, 6, 3);
    const b = samplePairs(C, M, 6, 3);
    expect(Array.from(a.rows)).toEqual(Array.from(b.rows));
    expect(Array.from(a.cols)).toEqual(Array.from(b.cols));
    expect(new Set(Array.from(a.rows, (r, q) => `${r},${a.cols[q]}`)).size).toBe(6);
    const ppmi = pmiMatrix(C, { positive: true, shift: 3 });
    const withGaps = samplePairs(C, ppmi, 1000, 1);
    expect(Array.from(withGaps.values).some(Number.isNaN)).toBe(true);
    for (const v of withGaps.values) expect(Number.isNaN(v) || v > 0).toBe(true);
  });

  it('draws an entry first with probability proportional to its count (seeded frequency)', () => {
    // One entry of count 3 among three of count 1: drawn alone with probability 3/6.
    const W = csrFromTriplets(2, 2, [0, 0, 1, 1], [0, 1, 0, 1], [3, 1, 1, 1]);
    let heavy = 0;
    const trials = 2000;
    for (let seed = 0; seed < trials; seed++) {
      const s = samplePairs(W, W, 1, seed);
      if (s.counts[0] === 3) heavy += 1;
    }
    expect(Math.abs(heavy / trials - 0.5)).toBeLessThan(0.04);
  });

  it('edges: n = 0, an empty matrix, zero counts never drawn, bad n and shapes throw', () => {
    expect(samplePairs(C, M, 0, 1).rows.length).toBe(0);
    const empty = csrFromTriplets(3, 3, [], [], []);
    expect(samplePairs(empty, empty, 5, 1).rows.length).toBe(0);
    const zeros = csrFromTriplets(2, 2, [0, 1], [1, 0], [0, 2]);
    const s = samplePairs(zeros, zeros, 5, 1);
    expect(Array.from(s.counts)).toEqual([2]);
    expect(() => samplePairs(C, M, -1, 1)).toThrow(RangeError);
    expect(() => samplePairs(C, M, 1.5, 1)).toThrow(RangeError);
    expect(() => samplePairs(C, empty, 1, 1)).toThrow(/5×5 but M is 3×3/);
  });
});

describe('pairDots', () => {
  it('equals the brute-force dot products of word and context rows', () => {
    const rng = createRng('dots');
    const W = { count: 4, dim: 3, data: Float32Array.from({ length: 12 }, () => rng.normal()) };
    const C = { count: 4, dim: 3, data: Float32Array.from({ length: 12 }, () => rng.normal()) };
    const rows = [0, 3, 2, 2];
    const cols = [1, 0, 2, 3];
    const got = pairDots(W, C, rows, cols);
    rows.forEach((i, s) => {
      let want = 0;
      for (let d = 0; d < 3; d++)
        want += (W.data[i * 3 + d] as number) * (C.data[(cols[s] as number) * 3 + d] as number);
      expect(got[s]).toBeCloseTo(want, 12);
    });
    expect(pairDots(W, C, [], []).length).toBe(0);
  });

  it('throws for mismatched dimensions, lengths or an index out of range', () => {
    const W = { count: 2, dim: 2, data: new Float32Array(4) };
    expect(() => pairDots(W, { count: 2, dim: 3, data: new Float32Array(6) }, [0], [0])).toThrow(RangeError);
    expect(() => pairDots(W, W, [0, 1], [0])).toThrow(RangeError);
    expect(() => pairDots(W, W, [2], [0])).toThrow(/outside 2×2/);
  });
});
