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
import type { Rng } from '../random';
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

/**
 * The divisor of n nearest to b (ties go to the smaller one): where a block size lands when n changes under
 * it. b need not be an integer; a non-finite b gives 1.
 * Throws RangeError unless n is a positive safe integer.
 * @example
 * nearestDivisor(5, 12); // 4 (4 and 6 are both 1 away)
 */
export function nearestDivisor(b: number, n: number): number {
  const ds = divisors(n);
  if (!Number.isFinite(b)) return 1;
  let best = ds[0] as number;
  for (const d of ds) if (Math.abs(d - b) < Math.abs(best - b)) best = d;
  return best;
}

/**
 * Where n²/b + n·b is smallest: the continuous optimum b = √n with its count 2n^{1.5}, and the divisors that
 * reach the smallest count a block size can (b and n/b give the same count, since L and R swap sizes, so these
 * are the divisor pair nearest √n: one divisor when n is a square).
 * Throws RangeError unless n is a positive safe integer.
 * @example
 * bestMonarchBlocks(12); // { sqrt: 3.464…, bound: 83.13…, best: [3, 4], nonzeros: 84 }
 */
export function bestMonarchBlocks(n: number): {
  sqrt: number;
  bound: number;
  best: number[];
  nonzeros: number;
} {
  const ds = divisors(n);
  const counts = ds.map((b) => monarchNonzeros(b, n));
  const nonzeros = Math.min(...counts);
  return {
    sqrt: Math.sqrt(n),
    bound: 2 * n * Math.sqrt(n),
    best: ds.filter((_, k) => counts[k] === nonzeros),
    nonzeros,
  };
}

/**
 * Factors L (b blocks of (n/b)²) and R (n/b blocks of b²) of a random M⁽ᵇ'ⁿ⁾ with independent normal entries
 * of variance 1/(block side), so each factor keeps the scale of a vector on average.
 * Throws RangeError unless b divides n.
 * @example
 * const { L, R } = randomGeneralMonarch(2, 8, createRng(1)); // L.length === 32, R.length === 16
 */
export function randomGeneralMonarch(b: number, n: number, rng: Rng): { L: Float64Array; R: Float64Array } {
  assertDivisor('randomGeneralMonarch', b, n);
  const sideL = n / b;
  const L = Float64Array.from({ length: (n * n) / b }, () => rng.normal(0, 1 / Math.sqrt(sideL)));
  const R = Float64Array.from({ length: n * b }, () => rng.normal(0, 1 / Math.sqrt(b)));
  return { L, R };
}

/**
 * The number of entries of A that are not exactly 0 (NaN counts as non-zero): how full a product of sparse
 * factors is.
 * @example
 * countNonzeros(identity(3)); // 3
 */
export function countNonzeros(A: Matrix): number {
  let count = 0;
  for (let k = 0; k < A.data.length; k++) if (A.data[k] !== 0) count++;
  return count;
}
