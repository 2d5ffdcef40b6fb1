import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { denseToCsr } from './csr';
import { matmul } from './matmul';
import { fromFunction, fromRows, type Matrix, zeros } from './matrix';
import { principalAngles } from './principalAngles';
import { qr } from './qr';
import { randomMatrix } from './randomMatrix';
import { svd } from './svd';
import { transpose } from './transpose';
import { truncatedSvd } from './truncatedSvd';

/** A seeded m×n matrix Q₁·diag(σ)·Q₂ᵀ with σᵢ = decay^i (a decaying spectrum) plus a sprinkle of sparsity. */
function decaying(m: number, n: number, decay: number, seed: number): Matrix {
  const rng = createRng(seed);
  const r = Math.min(m, n);
  const Q1 = qr(randomMatrix(m, r, rng)).Q;
  const Q2 = qr(randomMatrix(n, r, rng)).Q;
  const Q1S = fromFunction(m, r, (i, j) => (Q1.data[i * r + j] as number) * decay ** j);
  return matmul(Q1S, transpose(Q2));
}

function columns(M: Matrix, k: number): Matrix {
  return fromFunction(M.rows, k, (i, j) => M.data[i * M.cols + j] as number);
}

function maxOrthoError(Q: Matrix): number {
  const G = matmul(transpose(Q), Q);
  let worst = 0;
  for (let i = 0; i < G.rows; i++) {
    for (let j = 0; j < G.cols; j++) {
      worst = Math.max(worst, Math.abs((G.data[i * G.cols + j] as number) - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

describe('truncatedSvd', () => {
  it("truncatedSvd(A, k) agrees with svd(A)'s top k (values, vectors with signs) on seeded decaying spectra", () => {
    const shapes: [number, number][] = [
      [120, 80],
      [80, 120],
      [200, 200],
      [150, 60],
    ];
    shapes.forEach(([m, n], s) => {
      for (const decay of [0.7, 0.85]) {
        const A = decaying(m, n, decay, 10 * s + (decay > 0.8 ? 1 : 0));
        const k = 12;
        const exact = svd(A);
        const f = truncatedSvd(A, k, { seed: s });
        expect(f.U.rows).toBe(m);
        expect(f.U.cols).toBe(k);
        expect(f.V.rows).toBe(n);
        expectClose(f.S, exact.S.slice(0, k), { rtol: 1e-9, atol: 0 });
        // Distinct values: the vectors are unique up to sign, and both use svd's sign rule.
        expectClose(f.V, columns(exact.V, k), { rtol: 0, atol: 1e-6 });
        expectClose(f.U, columns(exact.U, k), { rtol: 0, atol: 1e-6 });
        expect(maxOrthoError(f.U)).toBeLessThan(1e-12);
        expect(maxOrthoError(f.V)).toBeLessThan(1e-12);
      }
    });
  });

  it('truncatedSvd(sparse CSR A, k) equals truncatedSvd(dense A, k) for the same seed', () => {
    const rng = createRng(5);
    const A = fromFunction(90, 70, () => (rng.next() < 0.1 ? 1 + rng.next() : 0));
    const dense = truncatedSvd(A, 8, { seed: 3 });
    const sparse = truncatedSvd(denseToCsr(A), 8, { seed: 3 });
    expectClose(sparse, dense, { rtol: 1e-10, atol: 1e-12 });
  });

  it('truncatedSvd on a sparse 0/1 matrix with a flat (random) spectrum gets the top values to 1e-4', () => {
    // The hard case: a random Bernoulli matrix has no gap (σ₁₀/σ₁₁ ≈ 1.01), so vectors converge slowly, but
    // the values (Ritz values, never above the true ones) still converge.
    const rng = createRng(11);
    const A = fromFunction(300, 250, () => (rng.next() < 0.03 ? 1 : 0));
    const exact = svd(A);
    const k = 10;
    const f = truncatedSvd(denseToCsr(A), k, { seed: 1, oversample: 30, powerIterations: 16 });
    expectClose(f.S, exact.S.slice(0, k), { rtol: 1e-4, atol: 0 });
    for (let i = 0; i < k; i++) expect(f.S[i]).toBeLessThanOrEqual((exact.S[i] as number) * (1 + 1e-12));
    // The top-3 subspace, separated by a wider gap, is found accurately.
    const angles = principalAngles(columns(f.V, 3), columns(exact.V, 3));
    expect(Math.max(...angles)).toBeLessThan(1e-2);
  });

  it('truncatedSvd(A, k, { seed }) is deterministic for a seed and its error shrinks with powerIterations', () => {
    const rng = createRng(2);
    const A = fromFunction(200, 160, () => (rng.next() < 0.05 ? 1 : 0));
    const a = truncatedSvd(A, 6, { seed: 'x', powerIterations: 1 });
    const b = truncatedSvd(A, 6, { seed: 'x', powerIterations: 1 });
    expect(a.S).toEqual(b.S);
    expect(a.U.data).toEqual(b.U.data);
    const exact = svd(A).S;
    const err = (q: number) => {
      const f = truncatedSvd(A, 6, { seed: 'x', powerIterations: q, oversample: 4 });
      let e = 0;
      for (let i = 0; i < 6; i++) e += (exact[i] as number) - (f.S[i] as number);
      return e;
    };
    const e0 = err(0);
    const e4 = err(4);
    // Rayleigh–Ritz values never exceed the true ones, so the error is a non-negative sum.
    expect(e0).toBeGreaterThan(0);
    expect(e4).toBeGreaterThanOrEqual(0);
    expect(e4).toBeLessThan(e0 / 10);
  });

  it('truncatedSvd falls back to the exact svd when k + oversample reaches min(m, n)', () => {
    const A = fromRows([
      [1, 1, 1, 1, 0],
      [1, 1, 1, 1, 1],
    ]);
    const f = truncatedSvd(A, 1);
    expectClose(f.S, [2.9208], { rtol: 0, atol: 5e-5 }); // the post's 神/魔 table, kexue.fm/archives/4208
  });

  it('truncatedSvd clamps k: 0, NaN and empty matrices give empty factors; k > min(m, n) gives min(m, n)', () => {
    const A = randomMatrix(5, 3, createRng(1));
    expect(truncatedSvd(A, 0).S.length).toBe(0);
    expect(truncatedSvd(A, Number.NaN).U.cols).toBe(0);
    expect(truncatedSvd(A, 9).S.length).toBe(3);
    expect(truncatedSvd(A, 2.7).S.length).toBe(2);
    const E = truncatedSvd(zeros(0, 4), 3);
    expect([E.U.rows, E.U.cols, E.V.rows, E.V.cols]).toEqual([0, 0, 4, 0]);
  });

  it('truncatedSvd of a zero matrix gives zero values and orthonormal vectors', () => {
    const f = truncatedSvd(zeros(60, 40), 3, { oversample: 2 });
    expect(Array.from(f.S)).toEqual([0, 0, 0]);
    expect(maxOrthoError(f.U)).toBeLessThan(1e-12);
  });

  it('truncatedSvd names a NaN entry and refuses negative options', () => {
    const A = denseToCsr(
      fromRows([
        [1, 0],
        [0, Number.NaN],
      ]),
    );
    expect(() => truncatedSvd(A, 1)).toThrow(/\(1, 1\) is NaN/);
    expect(() => truncatedSvd(zeros(3, 3), 1, { oversample: -1 })).toThrow(RangeError);
    expect(() => truncatedSvd(zeros(3, 3), 1, { powerIterations: 1.5 })).toThrow(RangeError);
  });

  it('truncatedSvd reports progress once per pass over A, ending at total', () => {
    const calls: [number, number][] = [];
    truncatedSvd(randomMatrix(50, 40, createRng(3)), 3, {
      powerIterations: 2,
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls.at(-1)).toEqual([6, 6]);
    expect(calls.length).toBe(6);
  });
});
