import type { Matrix } from './matrix';

/**
 * The transpose Aᵀ, with (Aᵀ)ᵢⱼ = Aⱼᵢ: an m×n matrix becomes n×m (0×n becomes n×0).
 *
 * @example
 * toRows(transpose(fromRows([[1, 2, 3]]))); // [[1], [2], [3]]
 */
export function transpose(A: Matrix): Matrix {
  const { rows: m, cols: n } = A;
  const src = A.data;
  const data = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) data[j * m + i] = src[row + j] as number;
  }
  return { rows: n, cols: m, data };
}
