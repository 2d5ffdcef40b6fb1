/**
 * The leading k singular triplets of a large matrix by randomized subspace iteration (Halko, Martinsson &
 * Tropp, "Finding structure with randomness", SIAM Review 53(2), 2011, Algorithms 4.4 and 5.1).
 *
 * A full `svd` of a 1000×1000 matrix costs O(n³) and seconds in JavaScript; the leading 64 triplets of a sparse
 * one need only products with A and Aᵀ (O(nnz·l) each) and QR / SVD of n×l blocks, l = k + oversample.
 */
import { createRng } from '../random';
import { type Csr, csrTimesDense, csrToDense, csrTransposeTimesDense } from './csr';
import { matmul } from './matmul';
import type { Matrix } from './matrix';
import { qr } from './qr';
import { randomMatrix } from './randomMatrix';
import { type Svd, svd } from './svd';
import { transpose } from './transpose';

/** Options of {@link truncatedSvd}. */
export interface TruncatedSvdOptions {
  /** Seed of the Gaussian test matrix Ω (default 0); the same seed gives the same result. */
  seed?: number | string;
  /** Extra columns of the sketch beyond k (default 10). */
  oversample?: number;
  /** Subspace iterations (A·Aᵀ)^q applied to the sketch (default 6); each sharpens a slowly decaying spectrum. */
  powerIterations?: number;
  /** Called with (done, total) after each pass over A, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

function isCsr(A: Matrix | Csr): A is Csr {
  return (A as Csr).indptr !== undefined;
}

function assertFiniteValues(values: ArrayLike<number>, label: (q: number) => string): void {
  for (let q = 0; q < values.length; q++) {
    if (!Number.isFinite(values[q] as number)) {
      throw new RangeError(`truncatedSvd: entry ${label(q)} is ${values[q]}; the matrix must be finite`);
    }
  }
}

/** Flips column pairs so that in each column of V the entry of largest magnitude is positive (svd's rule). */
function fixSigns(U: Matrix, V: Matrix): void {
  const r = V.cols;
  for (let c = 0; c < r; c++) {
    let best = 0;
    let at = -1;
    for (let i = 0; i < V.rows; i++) {
      const a = Math.abs(V.data[i * r + c] as number);
      if (a > best) {
        best = a;
        at = i;
      }
    }
    if (at >= 0 && (V.data[at * r + c] as number) < 0) {
      for (let i = 0; i < V.rows; i++) V.data[i * r + c] = -(V.data[i * r + c] as number);
      for (let i = 0; i < U.rows; i++) U.data[i * r + c] = -(U.data[i * r + c] as number);
    }
  }
}

/** The first k columns of a matrix with at least k columns. */
function leadingColumns(M: Matrix, k: number): Matrix {
  const data = new Float64Array(M.rows * k);
  for (let i = 0; i < M.rows; i++) data.set(M.data.subarray(i * M.cols, i * M.cols + k), i * k);
  return { rows: M.rows, cols: k, data };
}

/**
 * The rank-k truncated SVD A ≈ U·diag(S)·Vᵀ (U m×k, S k descending ≥ 0, V n×k) of a dense or CSR m×n matrix.
 *
 * Randomized subspace iteration: Y = A·Ω with Ω n×l Gaussian (l = min(k + oversample, min(m, n))), then q times
 * Q = orth(Y), Y = A·orth(Aᵀ·Q); finally B = QᵀA is decomposed with `svd` and U = Q·U_B. The error in σⱼ shrinks
 * like (σ_{l+1}/σⱼ)^{2q+1}, so a slowly decaying spectrum wants more iterations. When l reaches min(m, n) the
 * sketch spans everything and the exact `svd` of A (densified) is used instead. k is clamped to [0, min(m, n)]
 * (fractional k rounded down, NaN → 0); k = 0 or an empty matrix gives m×0, 0 and n×0 factors. The columns of V
 * follow svd's sign rule (largest-magnitude entry positive), so results are comparable with `svd`'s top k and
 * identical for the same seed. Throws RangeError naming a NaN/∞ entry, or for negative oversample/iterations.
 *
 * @example
 * const { S } = truncatedSvd(A, 64, { seed: 1 }); // A a 1000×1000 Csr: its 64 largest singular values
 * truncatedSvd(fromRows([[3, 0], [0, 4]]), 1).S; // Float64Array [4]
 */
export function truncatedSvd(A: Matrix | Csr, k: number, options: TruncatedSvdOptions = {}): Svd {
  const { seed = 0, oversample = 10, powerIterations = 6, onProgress } = options;
  if (!Number.isInteger(oversample) || oversample < 0) {
    throw new RangeError(`truncatedSvd: oversample must be a non-negative integer, got ${oversample}`);
  }
  if (!Number.isInteger(powerIterations) || powerIterations < 0) {
    throw new RangeError(
      `truncatedSvd: powerIterations must be a non-negative integer, got ${powerIterations}`,
    );
  }
  const { rows: m, cols: n } = A;
  const sparse = isCsr(A);
  if (sparse) {
    assertFiniteValues(A.values, (q) => `(${rowOf(A, q)}, ${A.indices[q]})`);
  } else {
    assertFiniteValues(A.data, (q) => `(${Math.floor(q / n)}, ${q % n})`);
  }
  const r = Math.min(m, n);
  const kk = Number.isNaN(k) ? 0 : Math.max(0, Math.min(r, Math.floor(k)));
  if (kk === 0) {
    return {
      U: { rows: m, cols: 0, data: new Float64Array(0) },
      S: new Float64Array(0),
      V: { rows: n, cols: 0, data: new Float64Array(0) },
    };
  }
  const l = Math.min(r, kk + oversample);
  if (l === r) {
    const dense = sparse ? csrToDense(A) : A;
    const full = svd(dense);
    onProgress?.(1, 1);
    return { U: leadingColumns(full.U, kk), S: full.S.slice(0, kk), V: leadingColumns(full.V, kk) };
  }

  const At = sparse ? null : transpose(A);
  const times = (X: Matrix): Matrix => (sparse ? csrTimesDense(A, X) : matmul(A, X));
  const transposeTimes = (Y: Matrix): Matrix =>
    sparse ? csrTransposeTimesDense(A, Y) : matmul(At as Matrix, Y);

  const total = 2 * powerIterations + 2;
  let done = 0;
  const tick = () => onProgress?.(++done, total);

  const omega = randomMatrix(n, l, createRng(seed));
  let Q = qr(times(omega)).Q;
  tick();
  for (let it = 0; it < powerIterations; it++) {
    const Z = qr(transposeTimes(Q)).Q;
    tick();
    Q = qr(times(Z)).Q;
    tick();
  }
  // Bᵀ = AᵀQ (n×l) = W·diag(S)·Zᵀ, so A ≈ Q·B = (Q·Z)·diag(S)·Wᵀ.
  const small = svd(transposeTimes(Q));
  tick();
  const U = leadingColumns(matmul(Q, small.V), kk);
  const V = leadingColumns(small.U, kk);
  fixSigns(U, V);
  return { U, S: small.S.slice(0, kk), V };
}

function rowOf(A: Csr, q: number): number {
  let i = 0;
  while ((A.indptr[i + 1] as number) <= q) i++;
  return i;
}
