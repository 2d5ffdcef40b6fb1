/**
 * The general Monarch family M⁽ᵇ'ⁿ⁾ (Dao et al., ICML 2022, §3.2) for any block size b dividing n:
 * M = P₍b,n₎ · L · P₍n/b,n₎ · R, with R block-diagonal of n/b blocks of b × b (n·b entries) and L
 * block-diagonal of b blocks of (n/b) × (n/b) (n²/b entries). For n = m² and b = m it is P·L·P·R.
 *
 * Storage as for the square case: R's blocks one after another, block k's entry (i, j) at k·b² + i·b + j;
 * L's blocks likewise with side n/b.
 */
import type { Matrix } from '../linalg';
import { matmul } from '../linalg';
import { applyPermutation, stridePermutation } from './permutation';

/** Throws RangeError unless b is a positive divisor of the positive integer n. */
function assertDivisor(fn: string, b: number, n: number): void {
  if (!Number.isSafeInteger(n) || n < 1 || !Number.isSafeInteger(b) || b < 1 || n % b !== 0) {
    throw new RangeError(`${fn}: b must be a positive divisor of n, got b = ${b}, n = ${n}`);
  }
}

/**
 * The positive divisors of n, ascending.
 * Throws RangeError unless n is a positive safe integer.
 * @example
 * divisors(16); // [1, 2, 4, 8, 16]
 */
export function divisors(n: number): number[] {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new RangeError(`divisors: n must be a positive integer, got ${n}`);
  const low: number[] = [];
  const high: number[] = [];
  for (let d = 1; d * d <= n; d++) {
    if (n % d !== 0) continue;
    low.push(d);
    if (d * d !== n) high.unshift(n / d);
  }
  return [...low, ...high];
}

/**
 * The number of entries the two factors of M⁽ᵇ'ⁿ⁾ can hold, n²/b + n·b (L's and R's blocks), smallest at
 * b = √n, where it is 2n^{1.5}.
 * Throws RangeError unless b divides n.
 * @example
 * monarchNonzeros(4, 16); // 128 = 16²/4 + 16·4
 */
export function monarchNonzeros(b: number, n: number): number {
  assertDivisor('monarchNonzeros', b, n);
  return (n * n) / b + n * b;
}

/** Checks the lengths of L (b blocks of (n/b)²) and R (n/b blocks of b²). */
function assertFactors(fn: string, b: number, n: number, L: ArrayLike<number>, R: ArrayLike<number>): void {
  assertDivisor(fn, b, n);
  if (R.length !== n * b) throw new RangeError(`${fn}: R must hold n·b = ${n * b} numbers, got ${R.length}`);
  if (L.length !== (n * n) / b)
    throw new RangeError(`${fn}: L must hold n²/b = ${(n * n) / b} numbers, got ${L.length}`);
}

/**
 * B·x for the block-diagonal B of `blocks` blocks of side `side`, stored one after another (block k's entry
 * (i, j) at k·side² + i·side + j), in blocks·side² multiply-adds: block k mixes x's k-th run of `side` entries.
 * Lengths are the caller's to check (B holds blocks·side² numbers, x blocks·side).
 * @example
 * blockDiagonalMatvec(2, 1, [3, 4], [1, 1]); // Float64Array [3, 4]
 */
export function blockDiagonalMatvec(
  blocks: number,
  side: number,
  B: ArrayLike<number>,
  x: ArrayLike<number>,
): Float64Array {
  const y = new Float64Array(blocks * side);
  for (let k = 0; k < blocks; k++) {
    const off = k * side;
    for (let i = 0; i < side; i++) {
      const row = k * side * side + i * side;
      let s = 0;
      for (let j = 0; j < side; j++) s += (B[row + j] as number) * (x[off + j] as number);
      y[off + i] = s;
    }
  }
  return y;
}

/**
 * M⁽ᵇ'ⁿ⁾·x = P₍b,n₎(L(P₍n/b,n₎(R·x))) in n·b + n²/b multiply-adds.
 * Throws RangeError unless b divides n and L, R and x have the lengths above.
 * @example
 * generalMonarchMatvec(2, 4, L, R, x); // the same as monarchMatvec(L, R, x) for n = 4, b = 2
 */
export function generalMonarchMatvec(
  b: number,
  n: number,
  L: ArrayLike<number>,
  R: ArrayLike<number>,
  x: ArrayLike<number>,
): Float64Array {
  assertFactors('generalMonarchMatvec', b, n, L, R);
  if (x.length !== n) throw new RangeError(`generalMonarchMatvec: x has length ${x.length}, not n = ${n}`);
  const t = applyPermutation(stridePermutation(n / b, n), blockDiagonalMatvec(n / b, b, R, x));
  return applyPermutation(stridePermutation(b, n), blockDiagonalMatvec(b, n / b, L, t));
}

/**
 * The n × n block-diagonal matrix (n = blocks·side) of `blocks` blocks of side `side`, stored one after another
 * (block k's entry (i, j) at k·side² + i·side + j): how a figure draws L or R.
 * Throws RangeError unless blocks and side are positive integers and B holds blocks·side² numbers.
 * @example
 * blockDiagonalMatrix(2, 1, [3, 4]); // [[3, 0], [0, 4]]
 */
export function blockDiagonalMatrix(blocks: number, side: number, B: ArrayLike<number>): Matrix {
  if (!Number.isSafeInteger(blocks) || blocks < 1 || !Number.isSafeInteger(side) || side < 1)
    throw new RangeError(
      `blockDiagonalMatrix: blocks and side must be positive integers, got ${blocks}, ${side}`,
    );
  if (B.length !== blocks * side * side)
    throw new RangeError(
      `blockDiagonalMatrix: B must hold blocks·side² = ${blocks * side * side} numbers, got ${B.length}`,
    );
  const n = blocks * side;
  const data = new Float64Array(n * n);
  for (let k = 0; k < blocks; k++) {
    for (let i = 0; i < side; i++) {
      for (let j = 0; j < side; j++)
        data[(k * side + i) * n + k * side + j] = B[k * side * side + i * side + j] as number;
    }
  }
  return { rows: n, cols: n, data };
}

/**
 * The n × n matrix of the permutation p (0-based, (Px)ᵢ = x_{p[i]}): row i has its 1 in column p[i].
 * @example
 * permutationMatrix(monarchPermutation(2)); // [[1,0,0,0],[0,0,1,0],[0,1,0,0],[0,0,0,1]]
 */
export function permutationMatrix(p: ArrayLike<number>): Matrix {
  const n = p.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) data[i * n + (p[i] as number)] = 1;
  return { rows: n, cols: n, data };
}

/**
 * The dense M⁽ᵇ'ⁿ⁾ = P₍b,n₎ · L · P₍n/b,n₎ · R, multiplied out as four dense matrices (O(n³): for drawing and
 * checking, at the sizes a figure shows).
 * Throws RangeError unless b divides n and L and R have the lengths above.
 * @example
 * generalMonarchMatrix(3, 9, L, R); // equals monarchMatrix(L, R) when b = √n
 */
export function generalMonarchMatrix(
  b: number,
  n: number,
  L: ArrayLike<number>,
  R: ArrayLike<number>,
): Matrix {
  assertFactors('generalMonarchMatrix', b, n, L, R);
  const left = matmul(permutationMatrix(stridePermutation(b, n)), blockDiagonalMatrix(b, n / b, L));
  const right = matmul(permutationMatrix(stridePermutation(n / b, n)), blockDiagonalMatrix(n / b, b, R));
  return matmul(left, right);
}
