import { describe, expect, it } from 'vitest';
import { fromRows, matrix, randomMatrix, transpose, zeros } from '../linalg';
import { svd, tailEnergy } from '../linalg/svd';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { createAutoencoder } from './linearAutoencoder';
import { autoencoderTarget, decoderAngles, gapToOptimum } from './target';

const shenMo = matrix(2, 5, [1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);

describe('autoencoderTarget(svd(M), k)', () => {
  it('autoencoderTarget on the 神/魔 table with k = 1 gives σ₂² = 0.6847² and the top right singular vector', () => {
    // Su Jianlin, kexue.fm/archives/4208: σ = 2.9208, 0.6847.
    const t = autoencoderTarget(svd(shenMo), 1);
    expectClose(t.optimum, 0.6847 ** 2, { rtol: 2e-4 });
    expect([t.r, t.V.rows, t.V.cols, t.unique]).toEqual([1, 5, 1, true]);
    expectClose(
      Array.from(t.V.data),
      Array.from({ length: 5 }, (_, i) => svd(shenMo).V.data[i * 2] as number),
    );
  });

  it('autoencoderTarget limits r to the numerical rank and k to min(m, n)', () => {
    const t = autoencoderTarget(svd(shenMo), 4); // rank 2, thin SVD has 2 values
    expect([t.r, t.V.cols, t.unique]).toEqual([2, 2, true]);
    expect(t.optimum).toBe(0);
    const rank1 = fromRows([
      [1, 2, 3],
      [2, 4, 6],
      [3, 6, 9],
    ]);
    expect(autoencoderTarget(svd(rank1), 2).r).toBe(1);
    expect(autoencoderTarget(svd(zeros(3, 4)), 2)).toMatchObject({ r: 0, optimum: 0, unique: true });
    expect(autoencoderTarget(svd(shenMo), 0)).toMatchObject({ r: 0, optimum: tailEnergy(svd(shenMo).S, 0) });
    expect(autoencoderTarget(svd(shenMo), Number.NaN).r).toBe(0);
  });

  it('autoencoderTarget reports a tie σ_k = σ_{k+1} as not unique', () => {
    const I = fromRows([
      [2, 0, 0],
      [0, 2, 0],
      [0, 0, 1],
    ]);
    expect(autoencoderTarget(svd(I), 1).unique).toBe(false);
    expect(autoencoderTarget(svd(I), 2).unique).toBe(true);
  });
});

describe('autoencoderTarget(svd(M), k).total', () => {
  it('total is ‖M‖²_F: 9 for the 神/魔 table (nine ones), at every k', () => {
    for (const k of [0, 1, 2, 5]) expectClose(autoencoderTarget(svd(shenMo), k).total, 9, { rtol: 1e-14 });
  });

  it('total equals the sum of squared entries of seeded random matrices and optimum ≤ total', () => {
    const rng = createRng('total');
    for (let t = 0; t < 20; t++) {
      const M = randomMatrix(2 + (t % 7), 1 + (t % 5), rng);
      const target = autoencoderTarget(svd(M), 1 + (t % 3));
      expectClose(
        target.total,
        M.data.reduce((s, x) => s + x * x, 0),
        { rtol: 1e-12 },
      );
      expect(target.optimum).toBeLessThanOrEqual(target.total * (1 + 1e-12));
    }
  });

  it('total of a zero matrix is 0', () => {
    expect(autoencoderTarget(svd(zeros(3, 2)), 1).total).toBe(0);
  });
});

describe('gapToOptimum(loss, target)', () => {
  it('gapToOptimum counts differences within 1e-12 of the scale as zero and keeps real gaps', () => {
    expect(gapToOptimum(0.4688711258507253, { optimum: 0.468871125850725, total: 10 })).toBe(0);
    expect(gapToOptimum(0.47, { optimum: 0.4688, total: 10 })).toBeCloseTo(0.0012, 12);
    expect(gapToOptimum(1e-20, { optimum: 0, total: 1 })).toBe(0);
  });

  it('gapToOptimum of the 神/魔 optimum itself is 0, a loss below it by more than rounding is negative, NaN stays NaN', () => {
    const t = autoencoderTarget(svd(shenMo), 1);
    expect(gapToOptimum(t.optimum, t)).toBe(0);
    expect(gapToOptimum(t.optimum - 1e-6, t)).toBeCloseTo(-1e-6, 15);
    expect(gapToOptimum(Number.NaN, t)).toBeNaN();
    // A zero matrix: the scale falls back to the smallest double, so only an exact 0 counts as 0.
    expect(gapToOptimum(0, { optimum: 0, total: 0 })).toBe(0);
    expect(gapToOptimum(1e-300, { optimum: 0, total: 0 })).toBe(1e-300);
  });
});

describe('decoderAngles(D, V)', () => {
  it('decoderAngles is zero for D = Q·Vᵀ with any invertible Q, and π/2 for an orthogonal row space', () => {
    const M = randomMatrix(9, 6, createRng('angles'));
    const t = autoencoderTarget(svd(M), 2);
    const Q = fromRows([
      [2, 1],
      [-1, 3],
    ]);
    const Vt = transpose(t.V);
    const D = fromRows(
      [0, 1].map((i) =>
        Array.from({ length: 6 }, (_, j) => {
          const q = Q.data;
          return (
            (q[i * 2] as number) * (Vt.data[j] as number) +
            (q[i * 2 + 1] as number) * (Vt.data[6 + j] as number)
          );
        }),
      ),
    );
    expectClose(Array.from(decoderAngles(D, t.V)), [0, 0], { atol: 1e-7 });
    const V3 = svd(M).V;
    const other = fromRows([Array.from({ length: 6 }, (_, i) => V3.data[i * 6 + 5] as number)]);
    expectClose(Array.from(decoderAngles(other, autoencoderTarget(svd(M), 1).V)), [Math.PI / 2], {
      atol: 1e-12,
    });
    expect(decoderAngles(zeros(0, 6), autoencoderTarget(svd(M), 0).V)).toHaveLength(0);
  });

  it('decoderAngles of a trained decoder goes to ~0 while the untrained one is far', () => {
    const M = randomMatrix(15, 8, createRng('trained'));
    const t = autoencoderTarget(svd(M), 3);
    const ae = createAutoencoder(M, 3, { seed: 2, learningRate: 0.01 });
    expect(Math.max(...decoderAngles(ae.params().D, t.V))).toBeGreaterThan(0.1);
    ae.step(3000);
    expect(Math.max(...decoderAngles(ae.params().D, t.V))).toBeLessThan(1e-5);
  });

  it('decoderAngles throws naming both shapes when D and V have different n', () => {
    expect(() => decoderAngles(zeros(2, 5), zeros(4, 1))).toThrow(/5×2.*4×1|4×1.*5×2/);
  });
});
