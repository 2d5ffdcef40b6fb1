/**
 * An embedding layer as a matrix product: a word's one-hot vector times the V×n weight matrix W picks out the
 * word's row, and a sentence's count (bag-of-words) vector times W adds up the rows of its words. The product is
 * computed here as a real product, every multiply-add, so it can be set beside the plain row lookup and the two
 * compared number by number.
 */
import { type Matrix, shapeOf } from '../linalg/matrix';

function checkIndex(fn: string, index: number, V: number): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= V)
    throw new RangeError(`${fn}: index ${index} is not in 0…${V - 1}`);
}

/**
 * The one-hot vector e_i of length V: 1 at `index`, 0 elsewhere.
 * Throws RangeError when index is not an integer in 0…V−1 (so V = 0 always throws).
 * @example
 * oneHot(2, 4); // Float64Array [0, 0, 1, 0]
 */
export function oneHot(index: number, V: number): Float64Array {
  checkIndex('oneHot', index, V);
  const x = new Float64Array(V);
  x[index] = 1;
  return x;
}

/**
 * The count (bag-of-words) vector of a list of word indices: c_i = how many times i occurs; with `mean`,
 * c_i / (number of words), CBOW's averaging weights. Order is lost; an empty list gives the zero vector (with
 * `mean` too). Throws RangeError for an index outside 0…V−1.
 * @example
 * countVector([0, 1, 3, 2], 6); // Float64Array [1, 1, 1, 1, 0, 0] (我爱空间科学 over 我/爱/科学/空间/不/错)
 * countVector([1, 1, 0], 3, { mean: true }); // Float64Array [1/3, 2/3, 0]
 */
export function countVector(
  indices: readonly number[],
  V: number,
  options: { mean?: boolean } = {},
): Float64Array {
  const c = new Float64Array(V);
  for (const i of indices) {
    checkIndex('countVector', i, V);
    c[i] = (c[i] as number) + 1;
  }
  if (options.mean && indices.length > 0)
    for (let i = 0; i < V; i++) c[i] = (c[i] as number) / indices.length;
  return c;
}

/**
 * The row-vector × matrix product y = x·W, y_j = Σ_i x_i·W_ij: (length V)·(V×n) → length n, computed as a
 * product: every one of the V·n multiply-adds is done, zeros of x included, in increasing i. With x one-hot
 * this is exactly row i of W (adding 0·W_kj = 0 changes nothing for finite W). Throws Error naming both shapes
 * when x's length differs from W.rows.
 * @example
 * vecmat([0, 1], fromRows([[1, 2], [3, 4]])); // Float64Array [3, 4]
 */
export function vecmat(x: ArrayLike<number>, W: Matrix): Float64Array {
  if (x.length !== W.rows) throw new Error(`vecmat: a vector of length ${x.length} and ${shapeOf(W)}`);
  const { rows, cols, data } = W;
  const y = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    const xi = x[i] as number;
    const row = i * cols;
    for (let j = 0; j < cols; j++) y[j] = (y[j] as number) + xi * (data[row + j] as number);
  }
  return y;
}

/**
 * The terms of x·W: x_i·W_i for every row i (the product is their sum, taken in this order). Rows V, each of
 * length n; the terms of zero entries of x are zero rows.
 * Throws Error naming both shapes when x's length differs from W.rows.
 * @example
 * vecmatTerms([2, 0], fromRows([[1, 2], [3, 4]])); // [Float64Array [2, 4], Float64Array [0, 0]]
 */
export function vecmatTerms(x: ArrayLike<number>, W: Matrix): Float64Array[] {
  if (x.length !== W.rows) throw new Error(`vecmatTerms: a vector of length ${x.length} and ${shapeOf(W)}`);
  const { rows, cols, data } = W;
  return Array.from({ length: rows }, (_, i) => {
    const xi = x[i] as number;
    return Float64Array.from(data.subarray(i * cols, (i + 1) * cols), (w) => xi * w);
  });
}

/**
 * Row `index` of W (a copy): the embedding layer as a table lookup, with no arithmetic.
 * Throws RangeError when index is not a row of W.
 * @example
 * rowLookup(fromRows([[1, 2], [3, 4]]), 1); // Float64Array [3, 4]
 */
export function rowLookup(W: Matrix, index: number): Float64Array {
  checkIndex('rowLookup', index, W.rows);
  return W.data.slice(index * W.cols, (index + 1) * W.cols);
}

/**
 * The sum of the rows of W named by `indices` (a repeated index is added again), or with `mean` their average
 * (CBOW's input): the lookup side of count·W, with no multiplication. Only the named rows are read. They are
 * added in increasing row order, the order vecmat adds its terms in, and the copies of a repeated row are added
 * together first (W_i + W_i + W_i) before joining the total, as vecmat adds c_i·W_i: so the sum equals
 * vecmat(countVector(indices), W) bit for bit while no word occurs more than three times (2w and w + w are both
 * exact; 3w and (w + w) + w are both the one rounding of 3w); beyond that the last bit may differ. An empty list
 * gives the zero vector (for the mean too: the average of no rows is taken as 0, not NaN).
 * Throws RangeError for an index outside W's rows.
 * @example
 * rowSum(fromRows([[1, 2], [3, 4], [5, 6]]), [0, 2]);                  // Float64Array [6, 8]
 * rowSum(fromRows([[1, 2], [3, 4], [5, 6]]), [0, 2], { mean: true });  // Float64Array [3, 4]
 */
export function rowSum(
  W: Matrix,
  indices: readonly number[],
  options: { mean?: boolean } = {},
): Float64Array {
  const { cols, data } = W;
  const y = new Float64Array(cols);
  for (const i of indices) checkIndex('rowSum', i, W.rows);
  const sorted = [...indices].sort((a, b) => a - b);
  for (let g = 0; g < sorted.length; ) {
    const i = sorted[g] as number;
    let end = g + 1;
    while (sorted[end] === i) end++;
    for (let j = 0; j < cols; j++) {
      const w = data[i * cols + j] as number;
      let copies = w;
      for (let r = g + 1; r < end; r++) copies += w;
      y[j] = (y[j] as number) + copies;
    }
    g = end;
  }
  if (options.mean && indices.length > 0)
    for (let j = 0; j < cols; j++) y[j] = (y[j] as number) / indices.length;
  return y;
}

/**
 * max_j |a_j − b_j| of two vectors of one length (0 for empty vectors; NaN when an entry is NaN).
 * Throws Error when the lengths differ.
 * @example
 * maxAbsDifference([1, 2], [1, 2.5]); // 0.5
 */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`maxAbsDifference: lengths ${a.length} and ${b.length}`);
  let m = 0;
  for (let j = 0; j < a.length; j++) {
    const d = Math.abs((a[j] as number) - (b[j] as number));
    if (Number.isNaN(d)) return Number.NaN;
    if (d > m) m = d;
  }
  return m;
}
