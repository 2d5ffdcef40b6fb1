import type { Matrix } from './matrix';

/**
 * The row sums rᵢ = Σⱼ Aᵢⱼ as a Float64Array of length A.rows (an m×0 matrix gives m zeros).
 *
 * @example
 * rowSums(fromRows([[1, 2], [3, 4]])); // Float64Array [3, 7]
 */
export function rowSums(A: Matrix): Float64Array {
  const { rows, cols, data } = A;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const row = i * cols;
    for (let j = 0; j < cols; j++) s += data[row + j] as number;
    out[i] = s;
  }
  return out;
}
