/**
 * Counting allowed pairs: measured on a mask, and in closed form for each pattern.
 */

import type { Mask } from '../linalg';
import { type MaskKind, type MaskOptions, resolveMaskOptions } from './options';

/**
 * The number of allowed pairs, #{(i, j) : maskᵢⱼ ≠ 0}; 0 for an empty mask.
 *
 * @example
 * nnz(attentionMask('local', 16, { k: 4 })); // 124
 */
export function nnz(mask: Mask): number {
  const { data } = mask;
  let count = 0;
  for (let t = 0; t < data.length; t++) if (data[t] !== 0) count++;
  return count;
}

/**
 * The fraction of allowed pairs, nnz / (rows·cols), in [0, 1]; 0 for a zero-size mask.
 *
 * @example
 * density(attentionMask('full', 8, { causal: true })); // 36 / 64 = 0.5625
 */
export function density(mask: Mask): number {
  const size = mask.rows * mask.cols;
  return size === 0 ? 0 : nnz(mask) / size;
}

/**
 * The number of allowed keys in each row (query), as an Int32Array of length mask.rows.
 *
 * @example
 * rowCounts(attentionMask('local', 5, { k: 1 })); // Int32Array [2, 3, 3, 3, 2]
 */
export function rowCounts(mask: Mask): Int32Array {
  const { rows, cols, data } = mask;
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let count = 0;
    const row = i * cols;
    for (let j = 0; j < cols; j++) if (data[row + j] !== 0) count++;
    out[i] = count;
  }
  return out;
}

/** Local band: Σ over offsets |d| ≤ m of (n − |d|), with m = min(k, n − 1). */
function localCount(n: number, k: number, causal: boolean): number {
  const m = Math.min(k, n - 1);
  return causal ? (m + 1) * n - (m * (m + 1)) / 2 : n * (2 * m + 1) - m * (m + 1);
}

/** Atrous: Σ over offsets d = qk, |d| < n, of (n − |d|); Q = ⌊(n − 1)/k⌋ is the largest such q. */
function atrousCount(n: number, k: number, causal: boolean): number {
  const Q = Math.floor((n - 1) / k);
  return causal ? n * (Q + 1) - (k * Q * (Q + 1)) / 2 : n * (2 * Q + 1) - k * Q * (Q + 1);
}

/** Cells in both local and atrous: offsets d ∈ {0, ±k} with |d| < n. */
function overlapCount(n: number, k: number, causal: boolean): number {
  if (k >= n) return n;
  return causal ? 2 * n - k : 3 * n - 2 * k;
}

/**
 * The exact number of allowed pairs of `attentionMask(kind, n, options)`, in closed form (no mask is built).
 *
 * Writing m = min(k, n − 1) and Q = ⌊(n − 1)/k⌋ (each sums n − |d| over the allowed offsets d = i − j):
 * - full: n², causal n(n + 1)/2.
 * - local: n(2m + 1) − m(m + 1); causal (m + 1)n − m(m + 1)/2. For k < n this is the post's n(2k + 1) − k(k + 1).
 * - atrous: n(2Q + 1) − kQ(Q + 1); causal n(Q + 1) − kQ(Q + 1)/2. When k divides n this is n²/k.
 * - sparse: local + atrous − overlap, where the overlap (offsets 0 and ±k) is 3n − 2k for k < n
 *   (2n − k causal) and n for k ≥ n. The post states 3n − 2k for k dividing n; it holds for every k < n.
 * - strided: the causal sparse count.
 * - fixed: with n = Bk + r (0 ≤ r < k), row i has (i mod k) + 1 keys in its own block and c in each of
 *   the ⌊i/k⌋ earlier blocks, so the total is Bk(k + 1)/2 + r(r + 1)/2 + c(kB(B − 1)/2 + Br).
 *
 * Validates like {@link attentionMask} and throws RangeError on the same inputs. n = 0 gives 0.
 *
 * @example
 * expectedNnz('sparse', 16, { k: 4 }); // 148 (= 124 + 64 − 40)
 * expectedNnz('atrous', 8, { k: 2 });  // 32
 */
export function expectedNnz(kind: MaskKind, n: number, options: MaskOptions = {}): number {
  const { k, causal, c } = resolveMaskOptions(kind, n, options);
  if (n === 0) return 0;
  switch (kind) {
    case 'full':
      return causal ? (n * (n + 1)) / 2 : n * n;
    case 'local':
      return localCount(n, k, causal);
    case 'atrous':
      return atrousCount(n, k, causal);
    case 'sparse':
    case 'strided':
      return localCount(n, k, causal) + atrousCount(n, k, causal) - overlapCount(n, k, causal);
    case 'fixed': {
      const B = Math.floor(n / k);
      const r = n - B * k;
      return (B * k * (k + 1)) / 2 + (r * (r + 1)) / 2 + c * ((k * B * (B - 1)) / 2 + B * r);
    }
  }
}
