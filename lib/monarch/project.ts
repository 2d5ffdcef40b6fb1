/**
 * The projection of a dense n × n matrix onto the Monarch matrices of size n = m² (Dao et al., ICML 2022,
 * §3.3): the nearest P·L·P·R in the Frobenius norm.
 *
 * Why it splits: entry (a·m + i, b·m + j) of a Monarch matrix is L[i](a, b) · R[b](i, j), so for each of the
 * m² pairs (i, b) the m × m "slice" of entries (a·m + i, b·m + j), a and j free, is the outer product of
 * column b of L's block i and row i of R's block b. Different slices share no parameter, so the best fit is m²
 * independent best rank-1 fits: the leading singular triple σ·u·vᵀ of each slice (Eckart–Young), split as
 * √σ·u into L and √σ·v into R. The squared error is the sum, over slices, of their non-leading squared
 * singular values. Cost: m² SVDs of m × m, O(m⁵) = O(n^{2.5}).
 */
import type { Matrix } from '../linalg';
import { svd } from '../linalg';

/** The Monarch projection of a matrix and how far it is. */
export interface MonarchProjection {
  /** m. */
  readonly m: number;
  /** L's m blocks of m × m (block b's entry (i, j) at b·m² + i·m + j). */
  readonly L: Float64Array;
  /** R's m blocks, laid out as L. */
  readonly R: Float64Array;
  /** ‖A − P·L·P·R‖_F, from the slices' singular values. */
  readonly error: number;
  /** error / ‖A‖_F (0 for the zero matrix). */
  readonly relativeError: number;
  /** Per slice (i, b), at i·m + b: the Frobenius norm of what its rank-1 fit leaves out. */
  readonly sliceErrors: Float64Array;
  /** Per slice (i, b), its m singular values, descending, at (i·m + b)·m. */
  readonly spectra: Float64Array;
}

/**
 * The slice (i, b) of the n × n matrix A (n = m²): the m × m matrix of A's entries (a·m + i, b·m + j).
 * Throws RangeError for indices outside 0..m−1 or a matrix that is not m² × m².
 * @example
 * monarchSlice(identity(4), 2, 0, 0); // [[1, 0], [0, 0]]: entries (0, 0), (0, 1), (2, 0), (2, 1)
 */
export function monarchSlice(A: Matrix, m: number, i: number, b: number): Matrix {
  const n = m * m;
  if (A.rows !== n || A.cols !== n)
    throw new RangeError(`monarchSlice: A is ${A.rows}×${A.cols}, not ${n}×${n}`);
  if (!Number.isInteger(i) || !Number.isInteger(b) || i < 0 || b < 0 || i >= m || b >= m) {
    throw new RangeError(`monarchSlice: slice (${i}, ${b}) is outside 0..${m - 1}`);
  }
  const data = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    const src = (a * m + i) * n + b * m;
    for (let j = 0; j < m; j++) data[a * m + j] = A.data[src + j] as number;
  }
  return { rows: m, cols: m, data };
}

/**
 * The Monarch matrix nearest to A in the Frobenius norm, for A of size n × n with n = m²: its blocks L and
 * R, the error, and each slice's spectrum (see the module comment). A Monarch matrix comes back exactly (to
 * rounding); the zero matrix gives zero blocks.
 * Throws RangeError unless m is a positive integer and A is m² × m² with finite entries.
 * @example
 * const { L, R, error } = monarchProject(A, 32); // A 1024×1024; monarchMatrix(L, R) is the projection
 */
export function monarchProject(A: Matrix, m: number): MonarchProjection {
  if (!Number.isSafeInteger(m) || m < 1)
    throw new RangeError(`monarchProject: m must be a positive integer, got ${m}`);
  const n = m * m;
  if (A.rows !== A.cols) throw new RangeError(`monarchProject: A must be square, got ${A.rows}×${A.cols}`);
  if (A.rows !== n) {
    throw new RangeError(`monarchProject: A is ${A.rows}×${A.cols}, but m = ${m} needs ${n}×${n} (n = m²)`);
  }
  let total = 0;
  for (let k = 0; k < A.data.length; k++) {
    const v = A.data[k] as number;
    if (!Number.isFinite(v)) {
      throw new RangeError(
        `monarchProject: A must hold finite numbers (entry ${Math.floor(k / n)}, ${k % n} is ${v})`,
      );
    }
    total += v * v;
  }
  const m2 = m * m;
  const L = new Float64Array(m2 * m);
  const R = new Float64Array(m2 * m);
  const sliceErrors = new Float64Array(m2);
  const spectra = new Float64Array(m2 * m);
  let squared = 0;
  for (let i = 0; i < m; i++) {
    for (let b = 0; b < m; b++) {
      const { U, S, V } = svd(monarchSlice(A, m, i, b));
      const s = i * m + b;
      let rest = 0;
      for (let k = 0; k < m; k++) {
        const sk = S[k] as number;
        spectra[s * m + k] = sk;
        if (k > 0) rest += sk * sk;
      }
      sliceErrors[s] = Math.sqrt(rest);
      squared += rest;
      const root = Math.sqrt(S[0] as number);
      // Column b of L's block i is √σ·u; row i of R's block b is √σ·v.
      for (let a = 0; a < m; a++) L[i * m2 + a * m + b] = root * (U.data[a * U.cols] as number);
      for (let j = 0; j < m; j++) R[b * m2 + i * m + j] = root * (V.data[j * V.cols] as number);
    }
  }
  const error = Math.sqrt(squared);
  return { m, L, R, error, relativeError: total > 0 ? error / Math.sqrt(total) : 0, sliceErrors, spectra };
}
