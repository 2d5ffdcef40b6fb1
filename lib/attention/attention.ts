/**
 * Scaled dot-product attention, computed densely (every pair) or sparsely (allowed pairs only).
 */

import { type Mask, type Matrix, shapeOf } from '../linalg';
import { maskedSoftmax, softmaxInPlace } from './softmax';

/** Options of {@link attention} and {@link sparseAttention}. */
export interface AttentionOptions {
  /** Multiplies QKᵀ; default 1/√d with d = Q.cols (1 when d = 0). Must be finite. */
  scale?: number;
  /** Divides QKᵀ·scale; larger is flatter. Default 1. Must be finite and > 0. */
  temperature?: number;
}

/** The three stages of {@link attention}: raw scores, softmax weights and the output. */
export interface AttentionResult {
  /** n×m: QKᵀ·scale/temperature for every pair, masked or not. */
  readonly scores: Matrix;
  /** n×m: maskedSoftmax(scores, mask); rows sum to 1 where any key is allowed, masked entries are 0. */
  readonly weights: Matrix;
  /** n×dv: weights·V. */
  readonly output: Matrix;
}

/**
 * Compressed sparse rows of a mask: the allowed keys of query i are `indices[indptr[i] … indptr[i+1])`,
 * in increasing order. Memory O(rows + nnz).
 */
export interface RowLists {
  readonly rows: number;
  readonly cols: number;
  /** Length rows + 1; indptr[0] = 0 and indptr[rows] = nnz. */
  readonly indptr: Int32Array;
  /** Length nnz: column indices of the allowed entries, row by row. */
  readonly indices: Int32Array;
}

/**
 * The CSR row lists of a mask: for each row, the increasing list of columns j with maskᵢⱼ ≠ 0.
 *
 * Shapes: an n×m mask gives indptr of length n + 1 and indices of length nnz. A 0×0 mask gives indptr [0].
 *
 * @example
 * const lists = maskToRowLists(attentionMask('local', 4, { k: 1 }));
 * // indptr [0, 2, 5, 8, 10], indices [0, 1, 0, 1, 2, 1, 2, 3, 2, 3]
 */
export function maskToRowLists(mask: Mask): RowLists {
  const { rows, cols, data } = mask;
  const indptr = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    let count = 0;
    const row = i * cols;
    for (let j = 0; j < cols; j++) if (data[row + j] !== 0) count++;
    indptr[i + 1] = (indptr[i] as number) + count;
  }
  const indices = new Int32Array(indptr[rows] as number);
  let t = 0;
  for (let i = 0; i < rows; i++) {
    const row = i * cols;
    for (let j = 0; j < cols; j++) if (data[row + j] !== 0) indices[t++] = j;
  }
  return { rows, cols, indptr, indices };
}

/** Checks Q (n×d), K (m×d), V (m×dv) and the mask (n×m); returns the score factor scale/temperature. */
function prepare(
  fn: string,
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  mask: { rows: number; cols: number } | undefined,
  options: AttentionOptions,
): number {
  if (Q.cols !== K.cols) {
    throw new Error(`${fn}: Q is ${shapeOf(Q)} and K is ${shapeOf(K)}; they need the same number of columns`);
  }
  if (K.rows !== V.rows) {
    throw new Error(`${fn}: K is ${shapeOf(K)} and V is ${shapeOf(V)}; they need the same number of rows`);
  }
  if (mask !== undefined && (mask.rows !== Q.rows || mask.cols !== K.rows)) {
    throw new Error(
      `${fn}: mask is ${shapeOf(mask)} but the scores QKᵀ are ${Q.rows}×${K.rows} (Q ${shapeOf(Q)}, K ${shapeOf(K)})`,
    );
  }
  const d = Q.cols;
  const { scale = d > 0 ? 1 / Math.sqrt(d) : 1, temperature = 1 } = options;
  if (!Number.isFinite(scale)) throw new RangeError(`${fn}: scale must be finite, got ${scale}`);
  if (!(temperature > 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`${fn}: temperature must be finite and > 0, got ${temperature}`);
  }
  return scale / temperature;
}

/** dot(Q row i, K row j) over d entries, in increasing index order. */
function dotRows(q: Float64Array, qOff: number, k: Float64Array, kOff: number, d: number): number {
  let s = 0;
  for (let p = 0; p < d; p++) s += (q[qOff + p] as number) * (k[kOff + p] as number);
  return s;
}

/** out row += w · V row j, for every c < dv. */
function axpyRow(
  out: Float64Array,
  outOff: number,
  w: number,
  v: Float64Array,
  vOff: number,
  dv: number,
): void {
  for (let c = 0; c < dv; c++) out[outOff + c] = (out[outOff + c] as number) + w * (v[vOff + c] as number);
}

/**
 * Dense scaled dot-product attention: S = QKᵀ·scale/temperature, W = maskedSoftmax(S, mask), O = W·V.
 *
 * Shapes: Q n×d, K m×d, V m×dv, mask n×m (optional) → scores n×m, weights n×m, output n×dv. Time and memory
 * O(nm) whatever the mask: masking a dense computation saves nothing (compare {@link sparseAttention}).
 * Scores are stored unmasked. A query with no allowed key gets a zero weight row and a zero output row.
 * A key whose weight is exactly 0 contributes nothing to the output, even if its V row is not finite.
 * Throws Error naming the shapes on any mismatch, RangeError for a non-finite scale or a bad temperature.
 *
 * @example
 * const rng = createRng(1);
 * const [Q, K, V] = [randomMatrix(8, 4, rng), randomMatrix(8, 4, rng), randomMatrix(8, 2, rng)];
 * const { weights, output } = attention(Q, K, V, attentionMask('local', 8, { k: 2 }));
 */
export function attention(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  mask?: Mask,
  options: AttentionOptions = {},
): AttentionResult {
  const factor = prepare('attention', Q, K, V, mask, options);
  const n = Q.rows;
  const m = K.rows;
  const d = Q.cols;
  const dv = V.cols;
  const s = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) s[i * m + j] = dotRows(Q.data, i * d, K.data, j * d, d) * factor;
  }
  const scores: Matrix = { rows: n, cols: m, data: s };
  const weights = maskedSoftmax(scores, mask);
  const w = weights.data;
  const o = new Float64Array(n * dv);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const wij = w[i * m + j] as number;
      if (wij !== 0) axpyRow(o, i * dv, wij, V.data, j * dv, dv);
    }
  }
  return { scores, weights, output: { rows: n, cols: dv, data: o } };
}

/**
 * Sparse scaled dot-product attention: the same output as {@link attention}, visiting only allowed pairs.
 *
 * For each query i it computes sᵢⱼ = ⟨Qᵢ, Kⱼ⟩·scale/temperature only for the allowed keys j (from the
 * mask's CSR row lists), takes their softmax and sums the weighted rows of V. No n×m matrix is formed:
 * time O(nnz·(d + dv)), extra memory O(nnz) for the row lists plus one buffer as long as the longest row.
 * Pass precomputed {@link RowLists} (from {@link maskToRowLists}) to skip the O(nm) scan of the mask.
 * Same edge conventions as the dense version (fully masked row → zero output row; NaN score → NaN row);
 * the arithmetic is done in the same order, so results agree with `attention(…).output` to rounding.
 *
 * Shapes: Q n×d, K m×d, V m×dv, mask n×m → output n×dv. Throws like {@link attention}.
 *
 * @example
 * const out = sparseAttention(Q, K, V, attentionMask('sparse', Q.rows, { k: 8 }));
 */
export function sparseAttention(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  mask: Mask | RowLists,
  options: AttentionOptions = {},
): Matrix {
  const factor = prepare('sparseAttention', Q, K, V, mask, options);
  const lists = 'indptr' in mask ? mask : maskToRowLists(mask);
  const { indptr, indices } = lists;
  const n = Q.rows;
  const d = Q.cols;
  const dv = V.cols;
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, (indptr[i + 1] as number) - (indptr[i] as number));
  const buf = new Float64Array(longest);
  const o = new Float64Array(n * dv);
  for (let i = 0; i < n; i++) {
    const start = indptr[i] as number;
    const len = (indptr[i + 1] as number) - start;
    for (let t = 0; t < len; t++) {
      buf[t] = dotRows(Q.data, i * d, K.data, (indices[start + t] as number) * d, d) * factor;
    }
    softmaxInPlace(buf, 0, len);
    for (let t = 0; t < len; t++) {
      const w = buf[t] as number;
      if (w !== 0) axpyRow(o, i * dv, w, V.data, (indices[start + t] as number) * dv, dv);
    }
  }
  return { rows: n, cols: dv, data: o };
}
