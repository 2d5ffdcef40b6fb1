/**
 * Stride permutations: reshape a vector into a grid row by row, transpose the grid, read it out row by row.
 *
 * Convention: a permutation is an index array `p` with (P·x)ᵢ = x_{p[i]}, so applying it is a gather.
 */

/** Throws RangeError unless `b` divides `n` and both are positive safe integers. */
function assertStride(fn: string, b: number, n: number): void {
  if (!Number.isSafeInteger(b) || !Number.isSafeInteger(n) || b < 1 || n < 1 || n % b !== 0) {
    throw new RangeError(`${fn}: b must be a positive divisor of n, got b = ${b}, n = ${n}`);
  }
}

/**
 * The stride permutation P₍b,n₎: x of length n is laid out as a b × (n/b) grid row by row, transposed, and
 * read out row by row, so (P·x)ᵢ = x_{p[i]} with p[i] = (i mod b)·(n/b) + ⌊i / b⌋. Its inverse is
 * P₍n/b,n₎; for b = √n it is its own inverse.
 * Throws RangeError unless b is a positive divisor of n.
 * @example
 * stridePermutation(2, 6); // Int32Array [0, 3, 1, 4, 2, 5]
 */
export function stridePermutation(b: number, n: number): Int32Array {
  assertStride('stridePermutation', b, n);
  const cols = n / b;
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = (i % b) * cols + Math.floor(i / b);
  return p;
}

/**
 * The Monarch permutation of size n = m²: reshape to m × m, transpose, flatten (P = Pᵀ = P⁻¹).
 * Throws RangeError unless m is a positive safe integer.
 * @example
 * monarchPermutation(3); // Int32Array [0, 3, 6, 1, 4, 7, 2, 5, 8]
 */
export function monarchPermutation(m: number): Int32Array {
  if (!Number.isSafeInteger(m) || m < 1)
    throw new RangeError(`monarchPermutation: m must be a positive integer, got ${m}`);
  return stridePermutation(m, m * m);
}

/**
 * P·x for the permutation `p` ((P·x)ᵢ = x_{p[i]}), as a new Float64Array.
 * Throws RangeError when the lengths differ.
 * @example
 * applyPermutation(monarchPermutation(2), [1, 2, 3, 4]); // Float64Array [1, 3, 2, 4]
 */
export function applyPermutation(p: ArrayLike<number>, x: ArrayLike<number>): Float64Array {
  if (p.length !== x.length) {
    throw new RangeError(
      `applyPermutation: permutation of length ${p.length} for a vector of length ${x.length}`,
    );
  }
  const y = new Float64Array(x.length);
  for (let i = 0; i < y.length; i++) y[i] = x[p[i] as number] as number;
  return y;
}
