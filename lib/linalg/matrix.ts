/**
 * The dense matrix type and its constructors.
 *
 * A matrix is a plain object `{ rows, cols, data }` with `data` a row-major `Float64Array`, so entry
 * (i, j) lives at `data[i * cols + j]`. Plain objects cross `postMessage` to a Worker unchanged, and
 * zero-size shapes (0×n, n×0) are valid everywhere.
 */

/** A dense rows×cols matrix of doubles, row-major: entry (i, j) is `data[i * cols + j]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Formats a shape as `rows×cols` for error messages, e.g. `"2×3"`. */
export function shapeOf(M: { readonly rows: number; readonly cols: number }): string {
  return `${M.rows}×${M.cols}`;
}

/** Throws RangeError unless `rows` and `cols` are non-negative safe integers. */
export function assertShape(fn: string, rows: number, cols: number): void {
  if (!Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(cols) || cols < 0) {
    throw new RangeError(`${fn}: rows and cols must be non-negative integers, got ${rows}×${cols}`);
  }
}

/**
 * Creates a rows×cols matrix, copying `data` (row-major, length rows·cols) or filling with zeros.
 *
 * Throws RangeError for a negative or fractional shape and Error when `data.length ≠ rows·cols`.
 *
 * @example
 * matrix(2, 2, [1, 2, 3, 4]); // [[1, 2], [3, 4]]
 * matrix(0, 3);               // a valid 0×3 matrix
 */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  assertShape('matrix', rows, cols);
  const size = rows * cols;
  if (data === undefined) return { rows, cols, data: new Float64Array(size) };
  if (data.length !== size) {
    throw new Error(`matrix: data has length ${data.length}, but a ${rows}×${cols} matrix needs ${size}`);
  }
  return { rows, cols, data: Float64Array.from(data) };
}

/**
 * The rows×cols zero matrix.
 *
 * @example
 * zeros(2, 3).data; // Float64Array(6) [0, 0, 0, 0, 0, 0]
 */
export function zeros(rows: number, cols: number): Matrix {
  return matrix(rows, cols);
}

/**
 * The n×n identity matrix I, with Iᵢⱼ = 1 if i = j else 0; `identity(0)` is 0×0.
 *
 * @example
 * toRows(identity(2)); // [[1, 0], [0, 1]]
 */
export function identity(n: number): Matrix {
  const I = matrix(n, n);
  for (let i = 0; i < n; i++) I.data[i * n + i] = 1;
  return I;
}

/**
 * Builds a matrix from an array of equally long rows; `[]` gives 0×0 and `[[]]` gives 1×0.
 *
 * Throws Error naming the first row whose length differs from row 0.
 *
 * @example
 * fromRows([[1, 2, 3], [4, 5, 6]]); // 2×3
 * fromRows([[1, 2], [3]]);          // throws "fromRows: row 1 has length 1, but row 0 has length 2"
 */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const m = rows.length;
  if (m === 0) return { rows: 0, cols: 0, data: new Float64Array(0) };
  const n = (rows[0] as readonly number[]).length;
  const data = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const row = rows[i] as readonly number[];
    if (row.length !== n) {
      throw new Error(`fromRows: row ${i} has length ${row.length}, but row 0 has length ${n}`);
    }
    for (let j = 0; j < n; j++) data[i * n + j] = row[j] as number;
  }
  return { rows: m, cols: n, data };
}

/**
 * The rows of M as plain arrays (for display, JSON and tests); a 0×n matrix gives `[]`.
 *
 * @example
 * toRows(matrix(2, 2, [1, 2, 3, 4])); // [[1, 2], [3, 4]]
 */
export function toRows(M: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < M.rows; i++) out.push(Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols)));
  return out;
}

/**
 * The rows×cols matrix with entries f(i, j), evaluated row by row.
 *
 * @example
 * fromFunction(2, 3, (i, j) => i + j); // [[0, 1, 2], [1, 2, 3]]
 */
export function fromFunction(rows: number, cols: number, f: (i: number, j: number) => number): Matrix {
  const M = matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) M.data[i * cols + j] = f(i, j);
  return M;
}

/**
 * The entry Mᵢⱼ; throws RangeError when (i, j) is outside the matrix (so a typo is never read as 0).
 *
 * @example
 * get(fromRows([[1, 2], [3, 4]]), 1, 0); // 3
 */
export function get(M: Matrix, i: number, j: number): number {
  if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= M.rows || j >= M.cols) {
    throw new RangeError(`get: index (${i}, ${j}) is outside a ${shapeOf(M)} matrix`);
  }
  return M.data[i * M.cols + j] as number;
}
