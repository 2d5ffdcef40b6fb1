import { type Matrix, shapeOf } from './matrix';

/**
 * The squared Frobenius distance ‖A − B‖²_F = Σᵢⱼ (Aᵢⱼ − Bᵢⱼ)² of two equally shaped matrices.
 *
 * Shapes: m×n, m×n → number; empty matrices give 0; a NaN entry gives NaN. Throws Error naming both shapes
 * when they differ. With B = lowRank(A, k) it equals tailEnergy(svd(A).S, k) up to rounding (Eckart–Young),
 * computed the other way: from the entries instead of the singular values.
 *
 * @example
 * squaredDistance(fromRows([[1, 2]]), fromRows([[0, 0]])); // 5
 */
export function squaredDistance(A: Matrix, B: Matrix): number {
  if (A.rows !== B.rows || A.cols !== B.cols) {
    throw new Error(`squaredDistance: shapes ${shapeOf(A)} and ${shapeOf(B)} differ`);
  }
  const a = A.data;
  const b = B.data;
  let total = 0;
  for (let q = 0; q < a.length; q++) {
    const d = (a[q] as number) - (b[q] as number);
    total += d * d;
  }
  return total;
}

/**
 * A ReLU applied entrywise, max(Aᵢⱼ, 0), with the number of entries it changed (those below 0).
 *
 * Shapes: m×n → { matrix m×n, clipped }. −0 becomes +0 and is not counted; NaN stays NaN and is not
 * counted. For a matrix M with non-negative entries, clipping a reconstruction never increases
 * ‖M − ·‖_F: each clipped entry moves from below 0 to 0, closer to Mᵢⱼ ≥ 0.
 *
 * @example
 * clipNegative(fromRows([[-1, 2]])); // { matrix: [[0, 2]], clipped: 1 }
 */
export function clipNegative(A: Matrix): { matrix: Matrix; clipped: number } {
  const a = A.data;
  const data = new Float64Array(a.length);
  let clipped = 0;
  for (let q = 0; q < a.length; q++) {
    const v = a[q] as number;
    if (v < 0) {
      clipped++;
      data[q] = 0;
    } else data[q] = v === 0 ? 0 : v;
  }
  return { matrix: { rows: A.rows, cols: A.cols, data }, clipped };
}

/** How many numbers a rank-k factorisation of an m×n matrix stores, against the matrix itself. */
export interface LowRankStorage {
  /** (m + n)·k: the factors A (m×k) and B (k×n) of M ≈ AB, σ folded into them. */
  factors: number;
  /** (m + n + 1)·k: U_k, σ₁ … σ_k and V_k kept apart. */
  withSigma: number;
  /** m·n: every entry. */
  dense: number;
}

/**
 * Numbers stored by a rank-k factorisation of an m×n matrix: (m + n)k as AB, (m + n + 1)k as U, σ, V, against
 * mn for the matrix.
 *
 * k is clamped to [0, min(m, n)] (NaN → 0, fractions round down), like lowRank. Throws RangeError for a
 * negative or fractional shape. The factors are the smaller store exactly when k < mn/(m + n).
 *
 * @example
 * lowRankStorage(2, 5, 1); // { factors: 7, withSigma: 8, dense: 10 }
 */
export function lowRankStorage(m: number, n: number, k: number): LowRankStorage {
  for (const [name, v] of [
    ['m', m],
    ['n', n],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`lowRankStorage: ${name} = ${v} is not a size`);
  }
  const kk = Number.isNaN(k) ? 0 : Math.max(0, Math.min(Math.min(m, n), Math.floor(k)));
  return { factors: (m + n) * kk, withSigma: (m + n + 1) * kk, dense: m * n };
}

/**
 * The relative error of every truncation, eₖ = ‖A − A_k‖_F / ‖A‖_F = √(Σ_{i>k} σᵢ² / Σᵢ σᵢ²), for k = 0 … r.
 *
 * Shapes: S of length r → Float64Array of length r + 1, e₀ = 1 and e_r = 0, non-increasing. A zero matrix
 * (every σ = 0, or r = 0) gives all zeros: nothing is lost. S is assumed descending and non-negative, as
 * svd returns it; the σ are divided by the largest first, so values near 1e200 do not overflow; a NaN or
 * ±∞ among them gives all NaN.
 *
 * @example
 * relativeErrorCurve(Float64Array.of(4, 3)); // [1, 0.6, 0] (3² of 4² + 3² = 25 is left after k = 1)
 */
export function relativeErrorCurve(S: ArrayLike<number>): Float64Array {
  const r = S.length;
  const out = new Float64Array(r + 1);
  let top = 0;
  for (let i = 0; i < r; i++) top = Math.max(top, Math.abs(S[i] as number));
  if (!Number.isFinite(top)) return out.fill(Number.NaN);
  if (top === 0) return out;
  // Suffix sums of (σᵢ/top)², smallest first: tail[k] = Σ_{i≥k}.
  const tail = new Float64Array(r + 1);
  for (let i = r - 1; i >= 0; i--) {
    const s = (S[i] as number) / top;
    tail[i] = (tail[i + 1] as number) + s * s;
  }
  const total = tail[0] as number;
  for (let k = 1; k < r; k++) out[k] = Math.sqrt((tail[k] as number) / total);
  out[0] = 1;
  return out;
}
