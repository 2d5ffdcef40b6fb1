/**
 * A sparse matrix in compressed sparse row (CSR) form and the two products a truncated SVD needs.
 *
 * Row i holds the entries `values[indptr[i] … indptr[i+1])` in the columns `indices[…]` (increasing within a
 * row, no duplicates). Plain typed arrays, so a CSR matrix crosses `postMessage` to a Worker unchanged.
 */
import { assertShape, type Matrix, shapeOf } from './matrix';

/** A rows×cols sparse matrix: row i's entries are `values[indptr[i] … indptr[i+1])` in columns `indices[…]`. */
export interface Csr {
  readonly rows: number;
  readonly cols: number;
  /** rows + 1 offsets, indptr[0] = 0, non-decreasing, indptr[rows] = nnz. */
  readonly indptr: Int32Array;
  /** nnz column indices, increasing within each row. */
  readonly indices: Int32Array;
  /** nnz stored values (an explicit 0 may be stored). */
  readonly values: Float64Array;
}

/**
 * Builds a CSR matrix from triplets (rowIndex[q], colIndex[q], value[q]); duplicates are summed.
 *
 * Entries are sorted by (row, column). Throws RangeError for a bad shape, an index outside the shape or arrays
 * of different lengths. An empty triplet list gives the rows×cols zero matrix.
 *
 * @example
 * csrFromTriplets(2, 3, [0, 1, 1], [2, 0, 0], [5, 1, 2]); // [[0, 0, 5], [3, 0, 0]]
 */
export function csrFromTriplets(
  rows: number,
  cols: number,
  rowIndex: ArrayLike<number>,
  colIndex: ArrayLike<number>,
  value: ArrayLike<number>,
): Csr {
  assertShape('csrFromTriplets', rows, cols);
  const count = rowIndex.length;
  if (colIndex.length !== count || value.length !== count) {
    throw new RangeError(
      `csrFromTriplets: got ${count} row indices, ${colIndex.length} column indices and ${value.length} values`,
    );
  }
  for (let q = 0; q < count; q++) {
    const i = rowIndex[q] as number;
    const j = colIndex[q] as number;
    if (!Number.isInteger(i) || i < 0 || i >= rows || !Number.isInteger(j) || j < 0 || j >= cols) {
      throw new RangeError(`csrFromTriplets: entry ${q} at (${i}, ${j}) is outside ${rows}×${cols}`);
    }
  }
  const order = Array.from({ length: count }, (_, q) => q);
  order.sort(
    (a, b) =>
      (rowIndex[a] as number) - (rowIndex[b] as number) || (colIndex[a] as number) - (colIndex[b] as number),
  );
  const indptr = new Int32Array(rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  let lastRow = -1;
  let lastCol = -1;
  for (const q of order) {
    const i = rowIndex[q] as number;
    const j = colIndex[q] as number;
    if (i === lastRow && j === lastCol) {
      values[values.length - 1] = (values[values.length - 1] as number) + (value[q] as number);
      continue;
    }
    indices.push(j);
    values.push(value[q] as number);
    indptr[i + 1] = (indptr[i + 1] as number) + 1;
    lastRow = i;
    lastCol = j;
  }
  for (let i = 0; i < rows; i++) indptr[i + 1] = (indptr[i + 1] as number) + (indptr[i] as number);
  return { rows, cols, indptr, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/**
 * The dense copy of a CSR matrix (rows×cols, row-major), or of its top-left `rows`×`cols` block (entries in
 * later rows or columns are left out).
 *
 * Throws RangeError for a block that is not a size within A's shape.
 *
 * @example
 * csrToDense(csrFromTriplets(1, 2, [0], [1], [7])).data; // Float64Array [0, 7]
 * csrToDense(csrFromTriplets(2, 2, [0, 1], [1, 0], [7, 8]), 1, 1).data; // Float64Array [0]
 */
export function csrToDense(A: Csr, rows = A.rows, cols = A.cols): Matrix {
  for (const [name, v, max] of [
    ['rows', rows, A.rows],
    ['cols', cols, A.cols],
  ] as const) {
    if (!Number.isInteger(v) || v < 0 || v > max) {
      throw new RangeError(`csrToDense: a block of ${name} = ${v} does not fit in ${A.rows}×${A.cols}`);
    }
  }
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let p = A.indptr[i] as number; p < (A.indptr[i + 1] as number); p++) {
      const j = A.indices[p] as number;
      // Columns are sorted within a row: the rest of the row lies outside the block.
      if (j >= cols) break;
      data[i * cols + j] = A.values[p] as number;
    }
  }
  return { rows, cols, data };
}

/**
 * The CSR form of a dense matrix, keeping its nonzero entries.
 *
 * @example
 * denseToCsr(fromRows([[0, 2], [3, 0]])).indices; // Int32Array [1, 0]
 */
export function denseToCsr(A: Matrix): Csr {
  const indptr = new Int32Array(A.rows + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < A.cols; j++) {
      const v = A.data[i * A.cols + j] as number;
      if (v !== 0) {
        indices.push(j);
        values.push(v);
      }
    }
    indptr[i + 1] = indices.length;
  }
  return {
    rows: A.rows,
    cols: A.cols,
    indptr,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/**
 * The dense product A·X of a sparse m×n A and a dense n×l X, m×l, in O(nnz·l).
 *
 * Throws Error naming both shapes when n differs from X's rows.
 *
 * @example
 * csrTimesDense(csrFromTriplets(1, 2, [0], [1], [2]), fromRows([[1], [3]])).data; // [6]
 */
export function csrTimesDense(A: Csr, X: Matrix): Matrix {
  if (A.cols !== X.rows) {
    throw new Error(
      `csrTimesDense: A is ${shapeOf(A)} and X is ${shapeOf(X)}; A's columns must match X's rows`,
    );
  }
  const l = X.cols;
  const out = new Float64Array(A.rows * l);
  const x = X.data;
  for (let i = 0; i < A.rows; i++) {
    const o = i * l;
    for (let p = A.indptr[i] as number; p < (A.indptr[i + 1] as number); p++) {
      const v = A.values[p] as number;
      const xr = (A.indices[p] as number) * l;
      for (let c = 0; c < l; c++) out[o + c] = (out[o + c] as number) + v * (x[xr + c] as number);
    }
  }
  return { rows: A.rows, cols: l, data: out };
}

/**
 * The dense product Aᵀ·Y of a sparse m×n A and a dense m×l Y, n×l, in O(nnz·l), without forming Aᵀ.
 *
 * Throws Error naming both shapes when m differs from Y's rows.
 *
 * @example
 * csrTransposeTimesDense(csrFromTriplets(1, 2, [0], [1], [2]), fromRows([[5]])).data; // [0, 10]
 */
export function csrTransposeTimesDense(A: Csr, Y: Matrix): Matrix {
  if (A.rows !== Y.rows) {
    throw new Error(
      `csrTransposeTimesDense: A is ${shapeOf(A)} and Y is ${shapeOf(Y)}; A's rows must match Y's rows`,
    );
  }
  const l = Y.cols;
  const out = new Float64Array(A.cols * l);
  const y = Y.data;
  for (let i = 0; i < A.rows; i++) {
    const yr = i * l;
    for (let p = A.indptr[i] as number; p < (A.indptr[i + 1] as number); p++) {
      const v = A.values[p] as number;
      const o = (A.indices[p] as number) * l;
      for (let c = 0; c < l; c++) out[o + c] = (out[o + c] as number) + v * (y[yr + c] as number);
    }
  }
  return { rows: A.cols, cols: l, data: out };
}

/**
 * The squared Frobenius norm Σ values² of a CSR matrix (scaled by its largest entry, so huge values stay finite
 * when the true sum is representable); 0 for an empty matrix, NaN if a value is NaN, ∞ if one is infinite.
 *
 * @example
 * csrSquaredNorm(csrFromTriplets(1, 2, [0, 0], [0, 1], [3, 4])); // 25
 */
export function csrSquaredNorm(A: Csr): number {
  let big = 0;
  for (const v of A.values) big = Math.max(big, Math.abs(v));
  if (big === 0 || Number.isNaN(big)) return big;
  if (big === Number.POSITIVE_INFINITY) return big;
  let s = 0;
  for (const v of A.values) s += (v / big) ** 2;
  return s * big * big;
}

/** What {@link csrSubmatrix} returns: the dense block and which of its entries the sparse matrix stores. */
export interface CsrBlock {
  /** rows.length × cols.length, entry (a, b) = A[rows[a]][cols[b]] (0 where nothing is stored). */
  readonly values: Matrix;
  /** Row-major like `values`: 1 where A stores the entry (even an explicit 0), 0 where it stores nothing. */
  readonly stored: Uint8Array;
}

/**
 * The dense block of a CSR matrix at the given rows and columns, in the order given (repeats allowed), with a
 * mask of the entries the matrix stores, so a caller can tell "stored as 0" from "never stored" (an unobserved
 * pair, whose PMI is −∞ rather than 0). Each row is found by binary search: O(|rows|·|cols|·log nnz(row)).
 * Empty index lists give an empty block. Throws RangeError for an index outside A.
 *
 * @example
 * csrSubmatrix(csrFromTriplets(3, 3, [0, 2], [2, 0], [5, 7]), [2, 0], [0, 2]).values; // [[7, 0], [0, 5]]
 */
export function csrSubmatrix(A: Csr, rows: readonly number[], cols: readonly number[]): CsrBlock {
  const check = (what: string, list: readonly number[], n: number) => {
    for (const i of list)
      if (!Number.isInteger(i) || i < 0 || i >= n)
        throw new RangeError(`csrSubmatrix: ${what} ${i} is outside ${shapeOf(A)}`);
  };
  check('row', rows, A.rows);
  check('column', cols, A.cols);
  const data = new Float64Array(rows.length * cols.length);
  const stored = new Uint8Array(rows.length * cols.length);
  rows.forEach((i, a) => {
    const start = A.indptr[i] as number;
    const end = A.indptr[i + 1] as number;
    cols.forEach((j, b) => {
      let lo = start;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((A.indices[mid] as number) < j) lo = mid + 1;
        else hi = mid;
      }
      if (lo < end && A.indices[lo] === j) {
        data[a * cols.length + b] = A.values[lo] as number;
        stored[a * cols.length + b] = 1;
      }
    });
  });
  return { values: { rows: rows.length, cols: cols.length, data }, stored };
}
