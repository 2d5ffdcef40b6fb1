import { type Matrix, shapeOf } from './matrix';
import type { Svd } from './svd';

/** A rank-k reconstruction already computed: A_k = U_k·diag(S_k)·V_kᵀ of the same decomposition. */
export interface KnownRank {
  k: number;
  matrix: Matrix;
}

/**
 * The rank-k reconstruction A_k of an SVD, reached from the cheapest starting point among `known`
 * reconstructions and the zero matrix (A_0) by adding or subtracting the rank-one terms σₗuₗvₗᵀ in between.
 *
 * A_{k₁} = A_{k₀} + Σ_{l=k₀}^{k₁−1} σₗuₗvₗᵀ (and the same terms subtracted when k₁ < k₀), so a rank slider
 * that moves one step costs one m×n pass instead of the k passes of lowRankFromSvd; pass the full matrix A
 * as `{ k: r, matrix: A }` to make large k cheap too (r − k passes). Each term's vₗ is copied to a contiguous
 * row first, so the inner loop runs over contiguous memory.
 *
 * Shapes: {U m×r, S r, V n×r}, known matrices m×n → a new m×n matrix (inputs are not modified). k is clamped
 * to [0, r] (fractions round down, NaN → 0). Equals lowRankFromSvd(f, k) up to rounding (each step adds about
 * one ulp of the largest entry). Throws Error naming both shapes if a known matrix is not m×n, RangeError if a
 * known k is not an integer in [0, r].
 *
 * @example
 * const f = svd(A);
 * const A16 = lowRankFromSvd(f, 16);
 * reachRank(f, 17, [{ k: 16, matrix: A16 }]); // one pass: A16 + σ₁₇u₁₇v₁₇ᵀ
 */
export function reachRank(f: Svd, k: number, known: readonly KnownRank[] = []): Matrix {
  const { U, S, V } = f;
  const m = U.rows;
  const n = V.rows;
  const r = S.length;
  const target = Number.isNaN(k) ? 0 : Math.max(0, Math.min(r, Math.floor(k)));
  let start: KnownRank | null = null;
  let cost = target;
  for (const c of known) {
    if (c.matrix.rows !== m || c.matrix.cols !== n) {
      throw new Error(`reachRank: known matrix ${shapeOf(c.matrix)} and decomposition ${m}×${n} differ`);
    }
    if (!Number.isInteger(c.k) || c.k < 0 || c.k > r) {
      throw new RangeError(`reachRank: known k = ${c.k} is not an integer in [0, ${r}]`);
    }
    const d = Math.abs(target - c.k);
    if (d < cost) {
      cost = d;
      start = c;
    }
  }
  const out = start ? Float64Array.from(start.matrix.data) : new Float64Array(m * n);
  const from = start ? start.k : 0;
  const lo = Math.min(from, target);
  const hi = Math.max(from, target);
  const sign = target >= from ? 1 : -1;
  const u = U.data;
  const v = V.data;
  const vl = new Float64Array(n);
  for (let l = lo; l < hi; l++) {
    const s = sign * (S[l] as number);
    if (s === 0) continue;
    for (let j = 0; j < n; j++) vl[j] = v[j * r + l] as number;
    for (let i = 0; i < m; i++) {
      const c = s * (u[i * r + l] as number);
      if (c === 0) continue;
      const row = i * n;
      for (let j = 0; j < n; j++) out[row + j] = (out[row + j] as number) + c * (vl[j] as number);
    }
  }
  return { rows: m, cols: n, data: out };
}
