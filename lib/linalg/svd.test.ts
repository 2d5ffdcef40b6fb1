import { Matrix as MlMatrix, SVD as MlSVD } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { expectClose } from '../testing';
import { matmul } from './matmul';
import { fromFunction, fromRows, identity, type Matrix, matrix, toRows, zeros } from './matrix';
import { frobeniusNorm } from './norms';
import { randomMatrix } from './randomMatrix';
import { lowRank, lowRankFromSvd, type Svd, svd, tailEnergy } from './svd';
import fixtures from './svd.fixtures.json';
import { transpose } from './transpose';

/** U·diag(S)·Vᵀ. */
function rebuild({ U, S, V }: Svd): Matrix {
  const r = S.length;
  const US = fromFunction(U.rows, r, (i, j) => (U.data[i * r + j] as number) * (S[j] as number));
  return matmul(US, transpose(V));
}

/** max |QᵀQ − I|. */
function orthonormalityError(Q: Matrix): number {
  const G = matmul(transpose(Q), Q);
  let worst = 0;
  for (let i = 0; i < G.rows; i++) {
    for (let j = 0; j < G.cols; j++) {
      worst = Math.max(worst, Math.abs((G.data[i * G.cols + j] as number) - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

/** ‖A − B‖²_F. */
function squaredDistance(A: Matrix, B: Matrix): number {
  let s = 0;
  for (let q = 0; q < A.data.length; q++) s += ((A.data[q] as number) - (B.data[q] as number)) ** 2;
  return s;
}

/** Checks every promise of svd(A) for one matrix, with tolerances relative to max(‖A‖_F, 1e-300). */
function expectValidSvd(A: Matrix, f: Svd, tol = 1e-10): void {
  const r = Math.min(A.rows, A.cols);
  expect([f.U.rows, f.U.cols, f.S.length, f.V.rows, f.V.cols]).toEqual([A.rows, r, r, A.cols, r]);
  const norm = frobeniusNorm(A);
  const rebuilt = rebuild(f);
  let worst = 0;
  for (let q = 0; q < A.data.length; q++) {
    worst = Math.max(worst, Math.abs((rebuilt.data[q] as number) - (A.data[q] as number)));
  }
  expect(worst).toBeLessThanOrEqual(tol * norm);
  expect(orthonormalityError(f.U)).toBeLessThanOrEqual(tol);
  expect(orthonormalityError(f.V)).toBeLessThanOrEqual(tol);
  for (let i = 0; i < r; i++) {
    expect(f.S[i]).toBeGreaterThanOrEqual(0);
    if (i > 0) expect(f.S[i]).toBeLessThanOrEqual(f.S[i - 1] as number);
  }
  expect([...f.U.data, ...f.S, ...f.V.data].every(Number.isFinite)).toBe(true);
}

/** The sign convention: the largest-magnitude entry of each column of V (first on a tie) is positive. */
function expectSignConvention(V: Matrix): void {
  for (let j = 0; j < V.cols; j++) {
    let best = 0;
    for (let i = 1; i < V.rows; i++) {
      if (Math.abs(V.data[i * V.cols + j] as number) > Math.abs(V.data[best * V.cols + j] as number))
        best = i;
    }
    expect(V.data[best * V.cols + j]).toBeGreaterThan(0);
  }
}

/** Singular values from ml-matrix 6.15.1 (JAMA's algorithm), an independent implementation. */
function mlSingularValues(A: Matrix): number[] {
  return new MlSVD(new MlMatrix(toRows(A)), { autoTranspose: true }).diagonal;
}

const SHENMO = fromRows([
  [1, 1, 1, 1, 0], // 神: 神兽 神界 神龙 神灵 (no 神术)
  [1, 1, 1, 1, 1], // 魔: 魔兽 魔界 魔龙 魔灵 魔术
]);

describe('svd: reference values', () => {
  it('svd(神/魔 table) gives the singular values 2.9208 and 0.6847 of the post', () => {
    // Su Jianlin, kexue.fm/archives/4208 (reference/original-posts.md §7).
    const f = svd(SHENMO);
    expectClose(f.S, [2.9208, 0.6847], { atol: 5e-5, rtol: 0 });
    expectValidSvd(SHENMO, f, 1e-14);
  });

  it('lowRank(神/魔 table, 1) puts 0.4961 in the missing 神术 cell', () => {
    // The post's "new word": row 神, column 术 is 0 in the data and ≈ 0.4961 at rank 1.
    expectClose(lowRank(SHENMO, 1).data[4], 0.4961, { atol: 5e-5, rtol: 0 });
  });

  it('svd(A) agrees with NumPy (LAPACK gesdd) on the fixture matrices', () => {
    // scripts/fixtures/svd.py → svd.fixtures.json
    expect(fixtures.fixtures.length).toBeGreaterThanOrEqual(10);
    for (const fx of fixtures.fixtures) {
      const A = fromRows(fx.rows);
      const f = svd(A);
      const top = fx.singularValues[0] as number;
      // Singular values are accurate to about ε·σ₁ in absolute terms (the Hilbert matrix has σ₆ ≈ 1e-7·σ₁).
      expectClose(f.S, fx.singularValues, { rtol: 1e-12, atol: 1e-14 * top });
      expectClose(lowRankFromSvd(f, 1), fx.rank1, { rtol: 1e-10, atol: 1e-13 * fx.maxAbs });
      expectValidSvd(A, f);
    }
  });

  it('lowRank(A, k) has the squared error of NumPy for every k (in units of max |Aᵢⱼ|, so 1e±200 fit)', () => {
    for (const fx of fixtures.fixtures) {
      const A = fromRows(fx.rows);
      const c = fx.maxAbs;
      const scaled = fromFunction(A.rows, A.cols, (i, j) => (A.data[i * A.cols + j] as number) / c);
      const f = svd(A);
      fx.scaledLowRankErrors.forEach((expected, k) => {
        const Ak = lowRankFromSvd(f, k);
        const scaledAk = fromFunction(A.rows, A.cols, (i, j) => (Ak.data[i * A.cols + j] as number) / c);
        expectClose(squaredDistance(scaled, scaledAk), expected, { rtol: 1e-9, atol: 1e-24 });
        expectClose(
          tailEnergy(
            f.S.map((s) => s / c),
            k,
          ),
          expected,
          { rtol: 1e-9, atol: 1e-24 },
        );
      });
    }
  });

  it('svd(A) matches the singular values of ml-matrix on seeded random matrices of many shapes', () => {
    const rng = createRng('svd-vs-ml-matrix');
    for (const [m, n] of [
      [1, 1],
      [1, 7],
      [7, 1],
      [5, 5],
      [30, 8],
      [8, 30],
      [40, 40],
    ] as const) {
      const A = randomMatrix(m, n, rng);
      const S = svd(A).S;
      expectClose(S, mlSingularValues(A), { rtol: 1e-11, atol: 1e-13 });
    }
  });
});

describe('svd: invariants on seeded random matrices', () => {
  const shapes = [
    [1, 1],
    [1, 7],
    [7, 1],
    [2, 2],
    [5, 5],
    [30, 8],
    [8, 30],
    [13, 12],
    [64, 64],
  ] as const;

  it('svd(A) rebuilds A and has orthonormal U and V to 1e-10 for many shapes', () => {
    const rng = createRng('svd-shapes');
    for (const [m, n] of shapes) {
      for (let trial = 0; trial < 3; trial++) {
        const A = randomMatrix(m, n, rng);
        expectValidSvd(A, svd(A));
      }
    }
  });

  it('svd(A) makes the largest entry of every column of V positive', () => {
    const rng = createRng('svd-signs');
    for (const [m, n] of shapes) {
      const A = randomMatrix(m, n, rng);
      expectSignConvention(svd(A).V);
      // The convention fixes the signs, so −A flips U and keeps V.
      const f = svd(A);
      const g = svd(fromFunction(m, n, (i, j) => -(A.data[i * n + j] as number)));
      expectClose(g.V, f.V, { atol: 1e-10 });
      expectClose(
        g.U,
        fromFunction(m, f.U.cols, (i, j) => -(f.U.data[i * f.U.cols + j] as number)),
        { atol: 1e-10 },
      );
    }
  });

  it('svd(Aᵀ) swaps the roles of U and V of svd(A) (up to the sign of each pair)', () => {
    const rng = createRng('svd-transpose');
    for (const [m, n] of [
      [9, 4],
      [4, 9],
      [6, 6],
    ] as const) {
      const A = randomMatrix(m, n, rng);
      const f = svd(A);
      const g = svd(transpose(A));
      expectClose(g.S, f.S, { rtol: 1e-12, atol: 1e-14 });
      for (let j = 0; j < f.S.length; j++) {
        // uⱼ of A is ±vⱼ of Aᵀ; the same sign for the whole pair.
        let dot = 0;
        for (let i = 0; i < m; i++)
          dot += (f.U.data[i * f.U.cols + j] as number) * (g.V.data[i * g.V.cols + j] as number);
        expect(Math.abs(Math.abs(dot) - 1)).toBeLessThan(1e-10);
      }
    }
  });

  it('svd(A) is valid and agrees with ml-matrix on 300 structured seeded matrices (sparse, graded, ±1, zero rows)', () => {
    // Exact zeros on the diagonal of B and negligible entries exercise every deflation branch of the QR loop.
    const rng = createRng('svd-structured');
    for (let trial = 0; trial < 300; trial++) {
      const m = rng.int(1, 16);
      const n = rng.int(1, 16);
      const kind = trial % 6;
      const zeroRow = rng.int(0, m - 1);
      const A = fromFunction(m, n, (i, j) => {
        if (kind === 0) return rng.int(-1, 1);
        if (kind === 1) return rng.next() < 0.8 ? 0 : rng.normal();
        if (kind === 2) return rng.normal() * 10 ** (-(i + j) / 2); // graded: σ spread over many decades
        if (kind === 3) return i === zeroRow ? 0 : rng.normal();
        if (kind === 4) return i === j ? (i % 3 === 0 ? 0 : 1) : i + 1 === j ? 1 : 0; // bidiagonal, zero diagonal
        return rng.int(0, 2) * (i % 2); // every other row zero
      });
      const f = svd(A);
      expectValidSvd(A, f, 1e-13);
      expectSignConvention(f.V);
      expectClose(f.S, mlSingularValues(A), { rtol: 0, atol: 1e-13 * Math.max(f.S[0] as number, 1e-300) });
    }
  });

  it('svd(A) leaves A unchanged', () => {
    const A = randomMatrix(6, 4, createRng('svd-pure'));
    const copy = A.data.slice();
    svd(A);
    expect(A.data).toEqual(copy);
  });

  it('‖A − lowRank(A, k)‖²_F = tailEnergy(S, k) for every k (Eckart–Young)', () => {
    const rng = createRng('eckart-young');
    for (const [m, n] of [
      [6, 6],
      [12, 5],
      [5, 12],
      [1, 4],
    ] as const) {
      const A = randomMatrix(m, n, rng);
      const f = svd(A);
      const total = frobeniusNorm(A) ** 2;
      for (let k = 0; k <= Math.min(m, n); k++) {
        expectClose(squaredDistance(A, lowRank(A, k)), tailEnergy(f.S, k), {
          rtol: 1e-9,
          atol: 1e-12 * total,
        });
      }
      expectClose(tailEnergy(f.S, 0), total, { rtol: 1e-12 });
    }
  });

  it('no random rank-k matrix beats lowRank(A, k) in squared Frobenius error', () => {
    const rng = createRng('eckart-young-optimal');
    const A = randomMatrix(8, 6, rng);
    const f = svd(A);
    for (let k = 1; k < 6; k++) {
      const best = tailEnergy(f.S, k);
      for (let trial = 0; trial < 20; trial++) {
        // The optimum's factors U_k·diag(S_k) and V_kᵀ, each nudged at random: still rank ≤ k.
        const E = randomMatrix(8, k, rng, { sd: 0.05 });
        const F = randomMatrix(k, 6, rng, { sd: 0.05 });
        const Uk = fromFunction(
          8,
          k,
          (i, j) => (f.U.data[i * 6 + j] as number) * (f.S[j] as number) + (E.data[i * k + j] as number),
        );
        const Vk = fromFunction(
          k,
          6,
          (i, j) => (f.V.data[j * 6 + i] as number) + (F.data[i * 6 + j] as number),
        );
        expect(squaredDistance(A, matmul(Uk, Vk))).toBeGreaterThanOrEqual(best * (1 - 1e-12));
      }
    }
  });
});

describe('svd: edges', () => {
  it('svd(zero matrix) gives S = 0 and identity columns for U and V', () => {
    for (const [m, n] of [
      [3, 3],
      [4, 2],
      [2, 4],
      [1, 1],
    ] as const) {
      const f = svd(zeros(m, n));
      const r = Math.min(m, n);
      expect(Array.from(f.S)).toEqual(new Array(r).fill(0));
      expectClose(
        f.U,
        fromFunction(m, r, (i, j) => (i === j ? 1 : 0)),
        { rtol: 0, atol: 0 },
      );
      expectClose(
        f.V,
        fromFunction(n, r, (i, j) => (i === j ? 1 : 0)),
        { rtol: 0, atol: 0 },
      );
    }
  });

  it('svd(A) of a zero-size matrix gives r = 0 with shapes m×0, 0, n×0', () => {
    for (const [m, n] of [
      [0, 0],
      [0, 3],
      [3, 0],
    ] as const) {
      const f = svd(zeros(m, n));
      expect([f.U.rows, f.U.cols, f.S.length, f.V.rows, f.V.cols]).toEqual([m, 0, 0, n, 0]);
    }
  });

  it('svd(1×1 [[−2.5]]) gives U = [[−1]], S = [2.5], V = [[1]]', () => {
    const f = svd(fromRows([[-2.5]]));
    expect([Array.from(f.U.data), Array.from(f.S), Array.from(f.V.data)]).toEqual([[-1], [2.5], [1]]);
  });

  it('svd(u·vᵀ) of an outer product has one nonzero singular value ‖u‖·‖v‖ and orthonormal U, V', () => {
    const rng = createRng('outer');
    for (const [m, n] of [
      [5, 4],
      [4, 7],
      [6, 6],
    ] as const) {
      const u = randomMatrix(m, 1, rng);
      const v = randomMatrix(1, n, rng);
      const A = matmul(u, v);
      const f = svd(A);
      expectValidSvd(A, f);
      expectClose(f.S[0], frobeniusNorm(u) * frobeniusNorm(v), { rtol: 1e-13 });
      for (let i = 1; i < f.S.length; i++) expect(f.S[i]).toBeLessThan(1e-14 * (f.S[0] as number));
      expectSignConvention(f.V);
    }
  });

  it('svd(A) with duplicated columns finds the rank and completes U and V', () => {
    const rng = createRng('duplicate-columns');
    const B = randomMatrix(7, 3, rng);
    // Columns 3, 4, 5 repeat columns 0, 1, 2: rank 3 of 6.
    const A = fromFunction(7, 6, (i, j) => B.data[i * 3 + (j % 3)] as number);
    const f = svd(A);
    expectValidSvd(A, f);
    for (let i = 3; i < 6; i++) expect(f.S[i]).toBeLessThan(1e-14 * (f.S[0] as number));
    expect(f.S[2]).toBeGreaterThan(1e-3);
    expectClose(squaredDistance(A, lowRank(A, 3)), 0, { atol: 1e-24 * frobeniusNorm(A) ** 2 });
  });

  it('svd(A) of low-rank matrices of many shapes stays orthonormal (rank-deficient, wide and tall)', () => {
    const rng = createRng('low-rank');
    for (const [m, n, k] of [
      [10, 10, 3],
      [20, 6, 2],
      [6, 20, 2],
      [15, 15, 1],
      [9, 9, 8],
    ] as const) {
      const A = matmul(randomMatrix(m, k, rng), randomMatrix(k, n, rng));
      const f = svd(A);
      expectValidSvd(A, f);
      for (let i = k; i < f.S.length; i++) expect(f.S[i]).toBeLessThan(1e-13 * (f.S[0] as number));
    }
  });

  it('svd(A) handles repeated singular values (identity, orthogonal and block-diagonal matrices)', () => {
    const f = svd(identity(4));
    expectClose(f.S, [1, 1, 1, 1], { rtol: 0, atol: 1e-15 });
    expectValidSvd(identity(4), f, 1e-14);
    // Q = the orthogonal factor of a random matrix, scaled by 3: all σ = 3.
    const Q = svd(randomMatrix(6, 6, createRng('orthogonal'))).U;
    const A = fromFunction(6, 6, (i, j) => 3 * (Q.data[i * 6 + j] as number));
    const g = svd(A);
    expectClose(g.S, new Array(6).fill(3), { rtol: 1e-13 });
    expectValidSvd(A, g);
    // diag(2, 2, 1, 1) with rows mixed by Q: σ = 2, 2, 1, 1.
    const D = fromFunction(6, 4, (i, j) => (i === j ? (i < 2 ? 2 : 1) : 0));
    const B = matmul(Q, D);
    const h = svd(B);
    expectClose(h.S, [2, 2, 1, 1], { rtol: 1e-13 });
    expectValidSvd(B, h);
  });

  it('svd(A) scales first: entries near 1e300 and 1e-300 give the scaled singular values', () => {
    const base = randomMatrix(5, 4, createRng('scaling'));
    const S = svd(base).S;
    for (const c of [1e300, 1e-300, 2 ** -1070, 1e150]) {
      const A = fromFunction(5, 4, (i, j) => c * (base.data[i * 4 + j] as number));
      const f = svd(A);
      expectClose(
        f.S,
        S.map((s) => c * s),
        { rtol: c === 2 ** -1070 ? 1e-2 : 1e-12 }, // subnormal entries keep only a few bits
      );
      expectClose(f.V, svd(base).V, { atol: c === 2 ** -1070 ? 1e-1 : 1e-10 });
    }
  });

  it('svd(A) copes with entries of wildly different sizes (1e200 next to 1e-200)', () => {
    const A = fromRows([
      [1e200, 1, 0],
      [1e-200, 1e200, 1],
      [0, 1e-200, 3],
    ]);
    const f = svd(A);
    expectClose(f.S, [1e200, 1e200, 3], { rtol: 1e-12 });
    expectValidSvd(A, f);
  });

  it('svd(A) near the overflow threshold keeps U and V finite; lowRank(A, k) stays finite and correct', () => {
    // σ₁ of the all-1e308 2×2 matrix is 2e308 > Number.MAX_VALUE: S says Infinity, nothing says NaN.
    const A = fromRows([
      [1e308, 1e308],
      [1e308, 1e308],
    ]);
    const f = svd(A);
    expect(f.S[0]).toBe(Number.POSITIVE_INFINITY);
    expect(f.S[1]).toBe(0);
    expectClose([f.V.data[0], f.V.data[2]], [Math.SQRT1_2, Math.SQRT1_2], { rtol: 1e-15 });
    expect(orthonormalityError(f.V)).toBeLessThan(1e-15);
    expect(orthonormalityError(f.U)).toBeLessThan(1e-15);
    expectClose(lowRank(A, 1), A, { rtol: 1e-14 });
    const B = fromRows([
      [1.5e308, -1e308, 0],
      [3e307, 1.7e308, 1e308],
    ]);
    const g = lowRank(B, 2);
    expectClose(g, B, { rtol: 1e-13, atol: 1e295 });
  });

  it('svd(A) throws a RangeError naming the entry when A holds NaN or ∞', () => {
    expect(() => svd(matrix(2, 2, [1, 2, Number.NaN, 4]))).toThrow(/svd: entry \(1, 0\) is NaN/);
    expect(() => svd(matrix(1, 2, [1, Number.POSITIVE_INFINITY]))).toThrow(RangeError);
  });

  it('svd(A) of a 1×n row is (±1, ‖a‖, ±a/‖a‖) and of an m×1 column is (a/‖a‖, ‖a‖, 1)', () => {
    const row = fromRows([[3, -4, 0]]);
    const f = svd(row);
    expectClose(f.S, [5], { rtol: 1e-15 });
    // Largest entry of v = (0.6, −0.8, 0) is −0.8, flipped to positive, so U = [[−1]].
    expectClose(f.V, [[-0.6], [0.8], [0]], { atol: 1e-15 });
    expectClose(f.U, [[-1]], { atol: 1e-15 });
    const col = transpose(row);
    const g = svd(col);
    expectClose(g.S, [5], { rtol: 1e-15 });
    expectClose(g.U, [[0.6], [-0.8], [0]], { atol: 1e-15 });
    expectClose(g.V, [[1]], { atol: 0, rtol: 0 });
  });
});

describe('lowRank, lowRankFromSvd and tailEnergy', () => {
  it('lowRank(A, k) clamps k: k ≤ 0 gives zeros, k ≥ r gives A, fractional k rounds down', () => {
    const A = randomMatrix(4, 3, createRng('clamp'));
    expect(Array.from(lowRank(A, -2).data)).toEqual(new Array(12).fill(0));
    expect(Array.from(lowRank(A, Number.NaN).data)).toEqual(new Array(12).fill(0));
    expectClose(lowRank(A, 99), A, { atol: 1e-14 });
    expectClose(lowRank(A, 1.9), lowRank(A, 1), { rtol: 0, atol: 0 });
  });

  it('lowRank(A, k) has rank k: its own k+1-th singular value vanishes', () => {
    const A = randomMatrix(7, 5, createRng('rank-k'));
    for (let k = 0; k < 5; k++) {
      const S = svd(lowRank(A, k)).S;
      for (let i = k; i < 5; i++) expect(S[i]).toBeLessThan(1e-13);
      if (k > 0) expect(S[k - 1]).toBeGreaterThan(0.01);
    }
  });

  it('tailEnergy(S, k) sums the squares after the first k values and clamps k', () => {
    const S = Float64Array.of(3, 2, 1);
    expect(tailEnergy(S, 0)).toBe(14);
    expect(tailEnergy(S, 1)).toBe(5);
    expect(tailEnergy(S, 2)).toBe(1);
    expect(tailEnergy(S, 3)).toBe(0);
    expect(tailEnergy(S, 7)).toBe(0);
    expect(tailEnergy(S, -1)).toBe(14);
    expect(tailEnergy([], 0)).toBe(0);
  });
});
