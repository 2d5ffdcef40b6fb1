import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { clipNegative, lowRankStorage, relativeErrorCurve, squaredDistance } from './lowRankError';
import { fromRows, identity, matrix, zeros } from './matrix';
import { frobeniusNorm } from './norms';
import { randomMatrix } from './randomMatrix';
import { lowRank, lowRankFromSvd, svd, tailEnergy } from './svd';

// The post's example (kexue.fm/archives/4208): rows 神, 魔; columns 兽 界 龙 灵 术.
const shenMo = fromRows([
  [1, 1, 1, 1, 0],
  [1, 1, 1, 1, 1],
]);

describe('squaredDistance', () => {
  it('squaredDistance(A, B) sums squared entry differences (hand-computed reference)', () => {
    expect(squaredDistance(fromRows([[1, 2]]), fromRows([[0, 0]]))).toBe(5);
    expect(
      squaredDistance(
        fromRows([
          [1, -2],
          [3, 0.5],
        ]),
        fromRows([
          [0, 1],
          [3, -0.5],
        ]),
      ),
    ).toBe(1 + 9 + 0 + 1);
  });

  it('squaredDistance(M, lowRank(M, k)) equals tailEnergy(S, k) for every k on seeded matrices (Eckart–Young both ways)', () => {
    const rng = createRng('squaredDistance-eckart-young');
    for (const [m, n] of [
      [2, 5],
      [7, 3],
      [12, 12],
      [20, 9],
    ]) {
      const M = randomMatrix(m, n, rng);
      const f = svd(M);
      for (let k = 0; k <= Math.min(m, n); k++) {
        const direct = squaredDistance(M, lowRankFromSvd(f, k));
        expectClose(direct, tailEnergy(f.S, k), { rtol: 1e-9, atol: 1e-12 });
      }
    }
  });

  it('squaredDistance(shenMo, rank 1) is σ₂² ≈ 0.6847² from the post', () => {
    expectClose(squaredDistance(shenMo, lowRank(shenMo, 1)), 0.6847 ** 2, { rtol: 1e-3 });
  });

  it('squaredDistance of empty matrices is 0, NaN propagates, mismatched shapes throw naming both', () => {
    expect(squaredDistance(zeros(0, 3), zeros(0, 3))).toBe(0);
    expect(squaredDistance(fromRows([[Number.NaN]]), fromRows([[0]]))).toBeNaN();
    expect(() => squaredDistance(zeros(2, 3), zeros(3, 2))).toThrow('shapes 2×3 and 3×2 differ');
  });
});

describe('clipNegative', () => {
  it('clipNegative(A) zeroes negative entries and counts them', () => {
    const { matrix: C, clipped } = clipNegative(
      fromRows([
        [-1, 2],
        [0, -0.5],
      ]),
    );
    expect(Array.from(C.data)).toEqual([0, 2, 0, 0]);
    expect(clipped).toBe(2);
    expect([C.rows, C.cols]).toEqual([2, 2]);
  });

  it('clipNegative turns −0 into +0 without counting it and keeps NaN', () => {
    const { matrix: C, clipped } = clipNegative(matrix(1, 2, [-0, Number.NaN]));
    expect(Object.is(C.data[0], 0)).toBe(true);
    expect(C.data[1]).toBeNaN();
    expect(clipped).toBe(0);
  });

  it('clipNegative never increases the error of a reconstruction of a non-negative matrix (seeded)', () => {
    const rng = createRng('clip-relu');
    let sawClip = false;
    for (let t = 0; t < 40; t++) {
      const m = rng.int(2, 10);
      const n = rng.int(2, 10);
      const M = randomMatrix(m, n, rng, { distribution: 'uniform' });
      // Sparse non-negative entries make low-rank reconstructions go below 0.
      for (let q = 0; q < M.data.length; q++) if (rng.next() < 0.5) M.data[q] = 0;
      const f = svd(M);
      for (let k = 0; k <= Math.min(m, n); k++) {
        const Mk = lowRankFromSvd(f, k);
        const { matrix: C, clipped } = clipNegative(Mk);
        if (clipped > 0) sawClip = true;
        expect(squaredDistance(M, C)).toBeLessThanOrEqual(squaredDistance(M, Mk) + 1e-12);
      }
    }
    expect(sawClip).toBe(true);
  });

  it('clipNegative of a rank-1 reconstruction of shenMo changes nothing (a positive matrix has a positive top pair)', () => {
    expect(clipNegative(lowRank(shenMo, 1)).clipped).toBe(0);
  });
});

describe('lowRankStorage', () => {
  it('lowRankStorage(2, 5, 1) counts (m+n)k = 7, (m+n+1)k = 8 against mn = 10', () => {
    expect(lowRankStorage(2, 5, 1)).toEqual({ factors: 7, withSigma: 8, dense: 10 });
  });

  it('lowRankStorage clamps k to [0, min(m, n)], rounds fractions down, treats NaN as 0', () => {
    expect(lowRankStorage(256, 256, 300)).toEqual({ factors: 512 * 256, withSigma: 513 * 256, dense: 65536 });
    expect(lowRankStorage(3, 4, 2.9).factors).toBe(14);
    expect(lowRankStorage(3, 4, -1).factors).toBe(0);
    expect(lowRankStorage(3, 4, Number.NaN).withSigma).toBe(0);
    expect(lowRankStorage(0, 4, 2)).toEqual({ factors: 0, withSigma: 0, dense: 0 });
  });

  it('lowRankStorage throws RangeError for a negative or fractional shape', () => {
    expect(() => lowRankStorage(-1, 3, 1)).toThrow(RangeError);
    expect(() => lowRankStorage(2, 1.5, 1)).toThrow('n = 1.5');
  });
});

describe('relativeErrorCurve', () => {
  it('relativeErrorCurve([4, 3]) is [1, 0.6, 0] (reference: 3/5)', () => {
    expectClose(relativeErrorCurve(Float64Array.of(4, 3)), [1, 0.6, 0], { atol: 1e-15 });
  });

  it('relativeErrorCurve(S)[k] equals ‖M − M_k‖_F / ‖M‖_F for every k and is non-increasing (seeded)', () => {
    const rng = createRng('relative-error-curve');
    for (const [m, n] of [
      [9, 4],
      [5, 11],
      [16, 16],
    ]) {
      const M = randomMatrix(m, n, rng);
      const f = svd(M);
      const curve = relativeErrorCurve(f.S);
      expect(curve).toHaveLength(Math.min(m, n) + 1);
      const norm = frobeniusNorm(M);
      for (let k = 0; k <= Math.min(m, n); k++) {
        expectClose(curve[k], Math.sqrt(squaredDistance(M, lowRankFromSvd(f, k))) / norm, {
          rtol: 1e-9,
          atol: 1e-12,
        });
        if (k > 0) expect(curve[k]).toBeLessThanOrEqual(curve[k - 1]);
      }
    }
  });

  it('relativeErrorCurve of the identity drops by equal energy steps', () => {
    const curve = relativeErrorCurve(svd(identity(4)).S);
    expectClose(curve, [1, Math.sqrt(3 / 4), Math.sqrt(2 / 4), Math.sqrt(1 / 4), 0], { atol: 1e-14 });
  });

  it('relativeErrorCurve is all zeros for a zero matrix and for r = 0, finite near 1e200, NaN for ∞', () => {
    expect(Array.from(relativeErrorCurve(new Float64Array(3)))).toEqual([0, 0, 0, 0]);
    expect(Array.from(relativeErrorCurve(new Float64Array(0)))).toEqual([0]);
    expectClose(relativeErrorCurve(Float64Array.of(4e200, 3e200)), [1, 0.6, 0], { atol: 1e-15 });
    expect(relativeErrorCurve(Float64Array.of(Number.POSITIVE_INFINITY, 1))[1]).toBeNaN();
  });
});
