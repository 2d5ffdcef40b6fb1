import { type Matrix, shapeOf } from './matrix';

/**
 * The matrix product C = AB, with Cᵢⱼ = Σₚ AᵢₚBₚⱼ: (m×k)·(k×n) → m×n.
 *
 * Each Cᵢⱼ is summed in increasing p (the i-p-j loop order keeps B's rows contiguous in the inner loop).
 * An inner dimension of 0 gives the m×n zero matrix; IEEE rules apply, so 0·∞ contributes NaN.
 * Throws Error naming both shapes when A.cols ≠ B.rows.
 *
 * @example
 * matmul(fromRows([[1, 2]]), fromRows([[3], [4]])); // [[11]]
 * matmul(zeros(2, 3), zeros(2, 3));                 // throws "matmul: shapes 2×3 and 2×3 do not align"
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  if (A.cols !== B.rows) throw new Error(`matmul: shapes ${shapeOf(A)} and ${shapeOf(B)} do not align`);
  const m = A.rows;
  const k = A.cols;
  const n = B.cols;
  const a = A.data;
  const b = B.data;
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const cRow = i * n;
    const aRow = i * k;
    for (let p = 0; p < k; p++) {
      const aip = a[aRow + p] as number;
      const bRow = p * n;
      for (let j = 0; j < n; j++) c[cRow + j] = (c[cRow + j] as number) + aip * (b[bRow + j] as number);
    }
  }
  return { rows: m, cols: n, data: c };
}
