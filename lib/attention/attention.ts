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
 * out[outOff + t] = ⟨q row, K row jₜ⟩·factor for t < len, with jₜ = cols[colOff + t] (the sparse kernel's
 * row). Four keys per pass share each load of q, but every score is still summed in increasing p exactly
 * as {@link dotRows} does, so the dense and sparse kernels get identical scores. The dense kernel has its
 * own copy, {@link scoreRowAll}, with jₜ = t: one shared function with an optional index array ran both
 * kernels 10–40% slower (V8 then optimises it for neither), which would have skewed the comparison.
 */
function scoreRow(
  q: Float64Array,
  qOff: number,
  k: Float64Array,
  d: number,
  factor: number,
  out: Float64Array,
  outOff: number,
  len: number,
  cols: Int32Array,
  colOff: number,
): void {
  let t = 0;
  for (; t + 3 < len; t += 4) {
    const k0 = (cols[colOff + t] as number) * d;
    const k1 = (cols[colOff + t + 1] as number) * d;
    const k2 = (cols[colOff + t + 2] as number) * d;
    const k3 = (cols[colOff + t + 3] as number) * d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let p = 0; p < d; p++) {
      const qp = q[qOff + p] as number;
      s0 += qp * (k[k0 + p] as number);
      s1 += qp * (k[k1 + p] as number);
      s2 += qp * (k[k2 + p] as number);
      s3 += qp * (k[k3 + p] as number);
    }
    out[outOff + t] = s0 * factor;
    out[outOff + t + 1] = s1 * factor;
    out[outOff + t + 2] = s2 * factor;
    out[outOff + t + 3] = s3 * factor;
  }
  for (; t < len; t++) {
    out[outOff + t] = dotRows(q, qOff, k, (cols[colOff + t] as number) * d, d) * factor;
  }
}

/**
 * out row += Σₜ w[wOff + t] · V row jₜ for t < len (jₜ as in {@link scoreRow}), skipping zero weights so a
 * key of weight exactly 0 never contributes, even with a non-finite V row. Where four weights in a row are
 * nonzero, their products are summed first and added with one load and store of each output entry.
 */
function weightedRowSum(
  out: Float64Array,
  outOff: number,
  w: Float64Array,
  wOff: number,
  len: number,
  v: Float64Array,
  dv: number,
  cols: Int32Array,
  colOff: number,
): void {
  let t = 0;
  for (; t + 3 < len; t += 4) {
    const w0 = w[wOff + t] as number;
    const w1 = w[wOff + t + 1] as number;
    const w2 = w[wOff + t + 2] as number;
    const w3 = w[wOff + t + 3] as number;
    if (w0 === 0 || w1 === 0 || w2 === 0 || w3 === 0) {
      for (let u = t; u < t + 4; u++) {
        const wu = w[wOff + u] as number;
        if (wu !== 0) axpyRow(out, outOff, wu, v, (cols[colOff + u] as number) * dv, dv);
      }
      continue;
    }
    const v0 = (cols[colOff + t] as number) * dv;
    const v1 = (cols[colOff + t + 1] as number) * dv;
    const v2 = (cols[colOff + t + 2] as number) * dv;
    const v3 = (cols[colOff + t + 3] as number) * dv;
    for (let c = 0; c < dv; c++) {
      out[outOff + c] =
        (out[outOff + c] as number) +
        (w0 * (v[v0 + c] as number) +
          w1 * (v[v1 + c] as number) +
          w2 * (v[v2 + c] as number) +
          w3 * (v[v3 + c] as number));
    }
  }
  for (; t < len; t++) {
    const wt = w[wOff + t] as number;
    if (wt !== 0) axpyRow(out, outOff, wt, v, (cols[colOff + t] as number) * dv, dv);
  }
}

/** {@link scoreRow} over every key j = 0 … m − 1 in order (the dense kernel's row), with the same loops. */
function scoreRowAll(
  q: Float64Array,
  qOff: number,
  k: Float64Array,
  d: number,
  factor: number,
  out: Float64Array,
  outOff: number,
  m: number,
): void {
  let j = 0;
  for (; j + 3 < m; j += 4) {
    const k0 = j * d;
    const k1 = k0 + d;
    const k2 = k1 + d;
    const k3 = k2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let p = 0; p < d; p++) {
      const qp = q[qOff + p] as number;
      s0 += qp * (k[k0 + p] as number);
      s1 += qp * (k[k1 + p] as number);
      s2 += qp * (k[k2 + p] as number);
      s3 += qp * (k[k3 + p] as number);
    }
    out[outOff + j] = s0 * factor;
    out[outOff + j + 1] = s1 * factor;
    out[outOff + j + 2] = s2 * factor;
    out[outOff + j + 3] = s3 * factor;
  }
  for (; j < m; j++) out[outOff + j] = dotRows(q, qOff, k, j * d, d) * factor;
}

/** {@link weightedRowSum} over every key j = 0 … m − 1 in order (the dense kernel's row), same loops. */
function weightedRowSumAll(
  out: Float64Array,
  outOff: number,
  w: Float64Array,
  wOff: number,
  m: number,
  v: Float64Array,
  dv: number,
): void {
  let j = 0;
  for (; j + 3 < m; j += 4) {
    const w0 = w[wOff + j] as number;
    const w1 = w[wOff + j + 1] as number;
    const w2 = w[wOff + j + 2] as number;
    const w3 = w[wOff + j + 3] as number;
    if (w0 === 0 || w1 === 0 || w2 === 0 || w3 === 0) {
      for (let u = j; u < j + 4; u++) {
        const wu = w[wOff + u] as number;
        if (wu !== 0) axpyRow(out, outOff, wu, v, u * dv, dv);
      }
      continue;
    }
    const v0 = j * dv;
    const v1 = v0 + dv;
    const v2 = v1 + dv;
    const v3 = v2 + dv;
    for (let c = 0; c < dv; c++) {
      out[outOff + c] =
        (out[outOff + c] as number) +
        (w0 * (v[v0 + c] as number) +
          w1 * (v[v1 + c] as number) +
          w2 * (v[v2 + c] as number) +
          w3 * (v[v3 + c] as number));
    }
  }
  for (; j < m; j++) {
    const wj = w[wOff + j] as number;
    if (wj !== 0) axpyRow(out, outOff, wj, v, j * dv, dv);
  }
}

/**
 * Dense scaled dot-product attention: S = QKᵀ·scale/temperature, W = maskedSoftmax(S, mask), O = W·V.
 *
 * Shapes: Q n×d, K m×d, V m×dv, mask n×m (optional) → scores n×m, weights n×m, output n×dv. Time and memory
 * O(nm) whatever the mask: every score is computed, normalised and stored (16nm bytes). The one saving a
 * mask brings is in W·V, where products with a zero weight are skipped; that trims a constant factor, not
 * the n² growth (compare {@link sparseAttention}). Scores are stored unmasked. Four keys per pass share each
 * load of Qᵢₚ (each score still summed in increasing p), as in the sparse kernel. A query with no allowed key
 * gets a zero weight row and a zero output row. A key whose weight is exactly 0 contributes nothing to the
 * output, even if its V row is not finite.
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
  for (let i = 0; i < n; i++) scoreRowAll(Q.data, i * d, K.data, d, factor, s, i * m, m);
  const scores: Matrix = { rows: n, cols: m, data: s };
  const weights = maskedSoftmax(scores, mask);
  const o = new Float64Array(n * dv);
  for (let i = 0; i < n; i++) weightedRowSumAll(o, i * dv, weights.data, i * m, m, V.data, dv);
  return { scores, weights, output: { rows: n, cols: dv, data: o } };
}

/** The result of {@link sparseAttention}: only the output; no n×m score or weight matrix is ever formed. */
export interface SparseAttentionResult {
  /** n×dv: the same as `attention(Q, K, V, mask).output`, to rounding. */
  readonly output: Matrix;
}

/**
 * Sparse scaled dot-product attention: the output of {@link attention}, computed by visiting only the
 * allowed pairs.
 *
 * For each query i it computes sᵢⱼ = ⟨Qᵢ, Kⱼ⟩·scale/temperature for the allowed keys j only (read from the
 * mask's CSR row lists), takes their softmax in a buffer as long as the longest row, and adds the weighted
 * rows of V: time O(n + nnz·(d + dv)); memory O(n + nnz) for the row lists and O(longest row) for scores,
 * never an n×m matrix. Pass {@link RowLists} (from {@link attentionRowLists}, built from the pattern in
 * O(n + nnz), or {@link maskToRowLists}) to skip the O(nm) scan of a Mask, which at n = 4096 costs nearly
 * as much as the kernel itself.
 *
 * The inner loops are written like the dense kernel's: contiguous rows of K and V, four keys at a
 * time (one load of Qᵢₚ serves four scores; one load and store of Oᵢ꜀ serves four rows of V), no allocation
 * inside. Scores and weights agree with {@link attention} bit for bit; the weighted rows of V are grouped
 * in fours by position in the row list rather than by column, so the output agrees to rounding (tested at
 * 1e-12 relative).
 * Same edge conventions as the dense version: a query with no allowed key gets a zero output row, a NaN
 * score makes its row NaN, a key whose weight is exactly 0 never contributes (even if its V row is not
 * finite). Shapes: Q n×d, K m×d, V m×dv, mask n×m → output n×dv. Throws like {@link attention}.
 *
 * @example
 * const { output } = sparseAttention(Q, K, V, attentionMask('sparse', Q.rows, { k: 8 }));
 * const fast = sparseAttention(Q, K, V, attentionRowLists('sparse', Q.rows, { k: 8 })).output; // same
 */
export function sparseAttention(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  mask: Mask | RowLists,
  options: AttentionOptions = {},
): SparseAttentionResult {
  const factor = prepare('sparseAttention', Q, K, V, mask, options);
  const { indptr, indices } = 'indptr' in mask ? mask : maskToRowLists(mask);
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
    scoreRow(Q.data, i * d, K.data, d, factor, buf, 0, len, indices, start);
    softmaxInPlace(buf, 0, len);
    weightedRowSum(o, i * dv, buf, 0, len, V.data, dv, indices, start);
  }
  return { output: { rows: n, cols: dv, data: o } };
}
