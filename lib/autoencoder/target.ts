/**
 * What a linear autoencoder with k hidden units should land on (Baldi & Hornik 1989): the Eckart–Young
 * loss Σ_{i>k} σᵢ², and a decoder whose rows span the top right singular vectors of M.
 */
import type { Matrix } from '../linalg/matrix';
import { principalAngles } from '../linalg/principalAngles';
import { type Svd, tailEnergy } from '../linalg/svd';
import { transpose } from '../linalg/transpose';

/** The optimum of a rank-k autoencoder on M, from `svd(M)`; see {@link autoencoderTarget}. */
export interface AutoencoderTarget {
  /** Σ_{i>k} σᵢ² = min ‖M − M·C·D‖²_F. */
  optimum: number;
  /** ‖M‖²_F = Σ σᵢ²: the loss of a code that keeps nothing, and the scale of the loss's rounding. */
  total: number;
  /** How many directions the decoder must find: min(k, numerical rank of M). */
  r: number;
  /** n×r: the top r right singular vectors, which the rows of D span at the optimum. */
  V: Matrix;
  /** False when σ_r = σ_{r+1} (to 1e-9 relative): then the optimal subspace is not unique. */
  unique: boolean;
}

/**
 * The Eckart–Young target of a linear autoencoder with k hidden units on M, given f = svd(M) (m×n):
 * optimum = Σ_{i>k} σᵢ² (and total = ‖M‖²_F = Σ σᵢ²), and the n×r matrix of the top r right singular vectors, r = min(k, rank M), the
 * rank counting σᵢ > max(m, n)·2⁻⁵²·σ₁. When k exceeds the rank the decoder spans the row space of M and
 * more; only those r directions are determined.
 *
 * Edges: k is clamped to [0, min(m, n)] (fractional k rounded down, NaN → 0); k = 0 or M = 0 give r = 0
 * (V is n×0) and optimum ‖M‖²_F. `unique` is false when σ_r and σ_{r+1} tie, so D need not turn to V.
 *
 * @example
 * const t = autoencoderTarget(svd(shenMo), 1); // optimum ≈ 0.6847² ≈ 0.4689, V = top right singular vector
 */
export function autoencoderTarget(f: Svd, k: number): AutoencoderTarget {
  const { S, V: Vall } = f;
  const n = Vall.rows;
  const m = f.U.rows;
  const kk = Number.isNaN(k) ? 0 : Math.max(0, Math.min(S.length, Math.floor(k)));
  const tol = Math.max(m, n) * 2 ** -52 * (S[0] ?? 0);
  let rank = 0;
  while (rank < S.length && (S[rank] as number) > tol) rank++;
  const r = Math.min(kk, rank);
  const V: Matrix = { rows: n, cols: r, data: new Float64Array(n * r) };
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < r; j++) V.data[i * r + j] = Vall.data[i * Vall.cols + j] as number;
  }
  const a = S[r - 1];
  const b = S[r];
  const unique = r === 0 || b === undefined || r < kk || (a as number) - b > 1e-9 * (a as number);
  return { optimum: tailEnergy(S, kk), total: tailEnergy(S, 0), r, V, unique };
}

/**
 * How far a loss sits above the Eckart–Young optimum, loss − optimum, counting a difference within rounding
 * (1e-12 of ‖M‖²_F or of the optimum, whichever is larger) as exactly 0: training reaches the optimum only to
 * rounding, and a log plot of the gap should then show 0, not 10⁻¹⁷. A loss below the optimum by more than
 * that gives the negative difference; a NaN loss gives NaN.
 *
 * @example
 * gapToOptimum(0.4688711258507253, autoencoderTarget(svd(shenMo), 1)); // 0
 */
export function gapToOptimum(loss: number, target: Pick<AutoencoderTarget, 'optimum' | 'total'>): number {
  const gap = loss - target.optimum;
  return Math.abs(gap) <= 1e-12 * Math.max(target.total, target.optimum, Number.MIN_VALUE) ? 0 : gap;
}

/**
 * The principal angles (radians, ascending) between the row space of a decoder D (k×n) and the columns of
 * V (n×r, r ≤ k): all zero exactly when the rows of D span V's columns. Shapes that do not fit throw
 * Error naming both (from `principalAngles`); r = 0 gives an empty array.
 *
 * @example
 * decoderAngles(ae.params().D, autoencoderTarget(svd(M), k).V); // → zeros as training converges
 */
export function decoderAngles(D: Matrix, V: Matrix): Float64Array {
  if (V.cols === 0) return new Float64Array(0);
  return principalAngles(transpose(D), V);
}
