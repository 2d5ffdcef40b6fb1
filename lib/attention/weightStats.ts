/**
 * Summaries of a row of attention weights: how peaked or how spread out one query's attention is.
 *
 * Softmax weights are never exactly one-hot or exactly uniform, so the widgets describe a row by its
 * largest weight and by its Shannon entropy, read as an "effective number of keys" exp(H): 1 for a
 * one-hot row, m for a row spread evenly over m keys. Lowering the softmax temperature moves exp(H)
 * towards 1, raising it moves exp(H) towards the number of allowed keys.
 */

import type { Matrix } from '../linalg';

/** What {@link weightStats} reports about one row of weights. */
export interface WeightStats {
  /** Σⱼ pⱼ: 1 (to rounding) for a softmax row with an allowed key, 0 for a fully masked row. */
  readonly sum: number;
  /** maxⱼ pⱼ; 0 for an empty row. */
  readonly max: number;
  /** The first j with pⱼ = max and pⱼ > 0; −1 when no entry is positive (empty, all zero, or NaN row). */
  readonly argmax: number;
  /** Shannon entropy H = −Σⱼ pⱼ ln pⱼ in nats, with 0·ln 0 = 0. */
  readonly entropy: number;
  /** exp(H), the effective number of keys; 0 for a row whose entries are all 0 (nothing is attended). */
  readonly effective: number;
}

/**
 * The Shannon entropy of a probability vector in nats, H(p) = −Σⱼ pⱼ ln pⱼ, with 0·ln 0 = 0.
 *
 * The vector is used as given (not renormalised), so pass a row that sums to 1. Edges: an empty or
 * all-zero vector gives 0; any NaN or negative entry gives NaN (not a probability vector).
 * For a vector spread evenly over m entries H = ln m; for a one-hot vector H = 0 exactly.
 *
 * @example
 * entropy([0.5, 0.25, 0.25]); // 1.5·ln 2 ≈ 1.0397
 * entropy([0, 1, 0]);         // 0
 */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let j = 0; j < p.length; j++) {
    const x = p[j] as number;
    if (!(x >= 0)) return Number.NaN;
    if (x > 0) h -= x * Math.log(x);
  }
  return h;
}

/**
 * Sum, largest entry, its index, entropy and effective number of keys of one row of attention weights.
 *
 * Shapes: a vector of length m (one query's weights over m keys). Edges: an empty or all-zero row (a
 * fully masked query) gives `{ sum: 0, max: 0, argmax: −1, entropy: 0, effective: 0 }`, never NaN; a row
 * containing NaN gives NaN for sum, max, entropy and effective and argmax −1.
 * For softmax weights over a allowed keys: 1/a ≤ max ≤ 1, 0 ≤ entropy ≤ ln a and 1 ≤ effective ≤ a.
 *
 * @example
 * weightStats([0.5, 0.25, 0.25, 0]);
 * // { sum: 1, max: 0.5, argmax: 0, entropy: 1.0397…, effective: 2.828… (= 2^1.5) }
 */
export function weightStats(p: ArrayLike<number>): WeightStats {
  let sum = 0;
  let max = 0;
  let argmax = -1;
  let nan = false;
  for (let j = 0; j < p.length; j++) {
    const x = p[j] as number;
    if (Number.isNaN(x)) nan = true;
    sum += x;
    if (x > max) {
      max = x;
      argmax = j;
    }
  }
  if (nan) {
    return { sum: Number.NaN, max: Number.NaN, argmax: -1, entropy: Number.NaN, effective: Number.NaN };
  }
  const h = entropy(p);
  return { sum, max, argmax, entropy: h, effective: argmax < 0 ? 0 : Math.exp(h) };
}

/**
 * {@link weightStats} of every row of a weight matrix.
 *
 * Shapes: W n×m → an array of n summaries (n×0 gives n all-zero summaries).
 *
 * @example
 * const { weights } = attention(Q, K, V, mask, { temperature: 0.1 });
 * rowWeightStats(weights).map((s) => s.max); // close to 1 in every row: nearly one-hot
 */
export function rowWeightStats(W: Matrix): WeightStats[] {
  const out: WeightStats[] = [];
  for (let i = 0; i < W.rows; i++) out.push(weightStats(W.data.subarray(i * W.cols, (i + 1) * W.cols)));
  return out;
}
