/**
 * Softmax over vectors and over the allowed entries of each row of a matrix.
 *
 * Conventions (shared by every kernel here, so dense and sparse attention agree exactly):
 * - the maximum is subtracted first, so large scores never overflow: softmax([1000, −1000]) = [1, 0];
 * - an entry of −∞ is treated like a masked entry: weight exactly 0;
 * - a row with nothing allowed (all masked, all −∞, or empty) is all zeros, never NaN;
 * - if some allowed entries are +∞, they share the weight equally and the rest get 0 (the limit of softmax);
 * - a NaN among the allowed entries makes the whole row NaN, so upstream bugs stay visible. A NaN in a
 *   masked entry is ignored: masked means never read.
 */

import { type Mask, type Matrix, shapeOf } from '../linalg';

/**
 * Replaces x[start..end) by its softmax, xₜ ← exp(xₜ − max) / Σ exp(xᵤ − max), in place.
 *
 * Follows the module conventions: −∞ entries get 0, an all −∞ (or empty) range becomes zeros, +∞ entries
 * share the weight, any NaN turns the range into NaN. Sums run in increasing index order.
 *
 * @example
 * const x = new Float64Array([0, Math.log(3)]);
 * softmaxInPlace(x); // x = [0.25, 0.75]
 */
export function softmaxInPlace(x: Float64Array, start = 0, end = x.length): void {
  let max = Number.NEGATIVE_INFINITY;
  let hasNaN = false;
  for (let t = start; t < end; t++) {
    const v = x[t] as number;
    if (v > max) max = v;
    else if (Number.isNaN(v)) hasNaN = true;
  }
  if (hasNaN) {
    x.fill(Number.NaN, start, end);
    return;
  }
  if (max === Number.NEGATIVE_INFINITY) {
    x.fill(0, start, end);
    return;
  }
  if (max === Number.POSITIVE_INFINITY) {
    let count = 0;
    for (let t = start; t < end; t++) if (x[t] === max) count++;
    for (let t = start; t < end; t++) x[t] = x[t] === max ? 1 / count : 0;
    return;
  }
  let sum = 0;
  for (let t = start; t < end; t++) {
    const e = Math.exp((x[t] as number) - max);
    x[t] = e;
    sum += e;
  }
  // sum ≥ 1 because the maximum contributes exp(0) = 1.
  for (let t = start; t < end; t++) x[t] = (x[t] as number) / sum;
}

/**
 * The softmax of a vector, σ(x)ᵢ = exp(xᵢ − max x) / Σⱼ exp(xⱼ − max x), as a new Float64Array.
 *
 * −∞ entries get 0; an empty or all −∞ input gives zeros; +∞ entries share the weight; any NaN gives all NaN.
 *
 * @example
 * softmax([1000, -1000]); // Float64Array [1, 0]
 * softmax([0, 0, 0, 0]);  // [0.25, 0.25, 0.25, 0.25]
 */
export function softmax(x: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(x);
  softmaxInPlace(out);
  return out;
}

/**
 * Row-wise softmax over the allowed entries: wᵢⱼ = exp(sᵢⱼ − mᵢ) / Σ_{allowed j'} exp(sᵢⱼ' − mᵢ) where
 * maskᵢⱼ ≠ 0, and wᵢⱼ = 0 exactly where maskᵢⱼ = 0; mᵢ is the maximum over the allowed entries of row i.
 *
 * Shapes: scores n×m, mask n×m (omit it to allow everything) → n×m. A row with nothing allowed is all
 * zeros; −∞ scores count as masked; a NaN score in an allowed entry makes its row NaN, while a NaN in a
 * masked entry is ignored. Throws Error naming both shapes when the mask's shape differs.
 *
 * @example
 * const w = maskedSoftmax(scores, attentionMask('local', scores.rows, { k: 2 }));
 * rowSums(w); // 1 in every row that allows at least one key
 */
export function maskedSoftmax(scores: Matrix, mask?: Mask): Matrix {
  const { rows, cols } = scores;
  if (mask !== undefined && (mask.rows !== rows || mask.cols !== cols)) {
    throw new Error(`maskedSoftmax: scores ${shapeOf(scores)} and mask ${shapeOf(mask)} differ in shape`);
  }
  const data = Float64Array.from(scores.data);
  if (mask !== undefined) {
    const allowed = mask.data;
    for (let t = 0; t < data.length; t++) if (allowed[t] === 0) data[t] = Number.NEGATIVE_INFINITY;
  }
  for (let i = 0; i < rows; i++) softmaxInPlace(data, i * cols, (i + 1) * cols);
  return { rows, cols, data };
}
