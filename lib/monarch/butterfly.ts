/**
 * Butterfly matrices (Dao et al., ICML 2019 and 2022): products of log₂ n sparse factors, each mixing every
 * index i with i ⊕ h for one power of two h. They cost O(n log n) to apply and hold the fast transforms
 * (Hadamard, and with complex entries the DFT). For n = 4ᵏ a butterfly matrix is a Monarch matrix: the factors
 * with h < √n act inside blocks of √n consecutive indices, so their product is the block-diagonal R; those
 * with h ≥ √n never change i mod √n, so their product is P·L·P with L block-diagonal.
 *
 * A factor is `{ half, diag, off }`: (F·x)ᵢ = diag[i]·xᵢ + off[i]·x_{i ⊕ half}. Factors are listed in the
 * order they are applied, half = 1, 2, 4, …, n/2.
 */
import type { Matrix } from '../linalg';
import type { Rng } from '../random';

/** One butterfly factor: two entries per row, on the diagonal and at column i ⊕ half. */
export interface ButterflyFactor {
  readonly half: number;
  readonly diag: Float64Array;
  readonly off: Float64Array;
}

/** log₂ n, throwing RangeError unless n is a power of two ≥ 2. */
function levels(fn: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 2 || (n & (n - 1)) !== 0) {
    throw new RangeError(`${fn}: n must be a power of two ≥ 2, got ${n}`);
  }
  return Math.round(Math.log2(n));
}

/**
 * log₂ n random butterfly factors of size n with independent N(0, 1/2) entries.
 * Throws RangeError unless n is a power of two ≥ 2.
 * @example
 * randomButterfly(16, createRng(1)).map((f) => f.half); // [1, 2, 4, 8]
 */
export function randomButterfly(n: number, rng: Rng): ButterflyFactor[] {
  const k = levels('randomButterfly', n);
  const sd = Math.SQRT1_2;
  return Array.from({ length: k }, (_, s) => {
    const diag = new Float64Array(n);
    const off = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      diag[i] = rng.normal(0, sd);
      off[i] = rng.normal(0, sd);
    }
    return { half: 2 ** s, diag, off };
  });
}

/**
 * The butterfly factors of the Sylvester–Hadamard matrix Hₙ (entries ±1): each is I ⊗ [[1, 1], [1, −1]] ⊗ I.
 * Throws RangeError unless n is a power of two ≥ 2.
 * @example
 * butterflyMatrix(hadamardButterfly(4)); // equals hadamard(4)
 */
export function hadamardButterfly(n: number): ButterflyFactor[] {
  const k = levels('hadamardButterfly', n);
  return Array.from({ length: k }, (_, s) => {
    const half = 2 ** s;
    const diag = new Float64Array(n);
    const off = new Float64Array(n).fill(1);
    for (let i = 0; i < n; i++) diag[i] = i & half ? -1 : 1;
    return { half, diag, off };
  });
}

/**
 * The Sylvester–Hadamard matrix Hₙ, H(i, j) = (−1)^{popcount(i AND j)}.
 * Throws RangeError unless n is a power of two ≥ 2.
 * @example
 * hadamard(2); // [[1, 1], [1, −1]]
 */
export function hadamard(n: number): Matrix {
  levels('hadamard', n);
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let bits = i & j;
      let parity = 0;
      while (bits) {
        parity ^= bits & 1;
        bits >>>= 1;
      }
      data[i * n + j] = parity ? -1 : 1;
    }
  }
  return { rows: n, cols: n, data };
}

/**
 * The product of the factors applied to x in order (the last factor outermost), in 2n·log₂ n multiply-adds.
 * Throws RangeError when a factor's size differs from x's length.
 * @example
 * butterflyMatvec(hadamardButterfly(2), [1, 2]); // Float64Array [3, −1]
 */
export function butterflyMatvec(factors: readonly ButterflyFactor[], x: ArrayLike<number>): Float64Array {
  let y = Float64Array.from(x);
  for (const { half, diag, off } of factors) {
    if (diag.length !== y.length || off.length !== y.length) {
      throw new RangeError(
        `butterflyMatvec: a factor of size ${diag.length} for a vector of length ${y.length}`,
      );
    }
    const next = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++)
      next[i] = (diag[i] as number) * (y[i] as number) + (off[i] as number) * (y[i ^ half] as number);
    y = next;
  }
  return y;
}

/**
 * The dense product of the factors (column j is the product applied to eⱼ).
 * Throws RangeError for an empty list or factors of different sizes.
 * @example
 * butterflyMatrix(hadamardButterfly(8)); // equals hadamard(8)
 */
export function butterflyMatrix(factors: readonly ButterflyFactor[]): Matrix {
  const first = factors[0];
  if (!first) throw new RangeError('butterflyMatrix: no factors');
  const n = first.diag.length;
  const data = new Float64Array(n * n);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    const col = butterflyMatvec(factors, e);
    for (let i = 0; i < n; i++) data[i * n + j] = col[i] as number;
  }
  return { rows: n, cols: n, data };
}

/**
 * The Monarch blocks L, R (m = √n) of a butterfly matrix of size n = 4ᵏ: R is the product of the factors
 * with half < m, and L is read off the product of the rest (see the module comment). It is
 * `butterflyToGeneralMonarch(factors, √n)`.
 * Throws RangeError unless the factors are the log₂ n levels half = 1, 2, …, n/2 in order, n a power of 4.
 * @example
 * const { L, R } = butterflyToMonarch(hadamardButterfly(16)); // monarchMatrix(L, R) equals hadamard(16)
 */
export function butterflyToMonarch(factors: readonly ButterflyFactor[]): {
  L: Float64Array;
  R: Float64Array;
} {
  const n = factors[0]?.diag.length ?? 0;
  const k = levels('butterflyToMonarch', n);
  if (k % 2 !== 0) throw new RangeError(`butterflyToMonarch: n must be a power of 4, got ${n}`);
  return butterflyToGeneralMonarch(factors, 2 ** (k / 2));
}

/**
 * The factors L (b blocks of (n/b)²) and R (n/b blocks of b²) of M⁽ᵇ'ⁿ⁾ = P₍b,n₎·L·P₍n/b,n₎·R equal to a
 * butterfly matrix of size n, for any block size b that divides n (a power of two, 1 ≤ b ≤ n): the factors with
 * half < b keep an index inside its block of b consecutive ones, so their product is the block-diagonal R; the
 * rest never change i mod b, so their product is P₍b,n₎·L·P₍n/b,n₎ with L(c)(t, s) = H(c + b·t, c + b·s). So
 * every butterfly lies in M⁽ᵇ'ⁿ⁾ for every such b (b = √n is the square Monarch case).
 * Throws RangeError unless the factors are the log₂ n levels half = 1, 2, …, n/2 in order and b is a power of
 * two dividing n.
 * @example
 * const { L, R } = butterflyToGeneralMonarch(hadamardButterfly(8), 2); // generalMonarchMatrix(2, 8, L, R) = H₈
 */
export function butterflyToGeneralMonarch(
  factors: readonly ButterflyFactor[],
  b: number,
): { L: Float64Array; R: Float64Array } {
  const n = factors[0]?.diag.length ?? 0;
  const k = levels('butterflyToGeneralMonarch', n);
  if (factors.length !== k || factors.some((f, s) => f.half !== 2 ** s || f.diag.length !== n)) {
    throw new RangeError(
      `butterflyToGeneralMonarch: expected the ${k} factors half = 1, 2, …, ${n / 2} of size ${n}, in order`,
    );
  }
  if (!Number.isSafeInteger(b) || b < 1 || b > n || (b & (b - 1)) !== 0) {
    throw new RangeError(`butterflyToGeneralMonarch: b must be a power of two dividing n = ${n}, got ${b}`);
  }
  const side = n / b;
  const split = Math.round(Math.log2(b));
  const low = factors.slice(0, split);
  const high = factors.slice(split);
  const R = new Float64Array(n * b);
  const L = new Float64Array((n * n) / b);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    e.fill(0);
    e[j] = 1;
    // The low factors keep e inside its block: their product's column j is column j mod b of R's block ⌊j/b⌋.
    const block = Math.floor(j / b);
    const c = j % b;
    const r = butterflyMatvec(low, e);
    for (let i = 0; i < b; i++) R[block * b * b + i * b + c] = r[block * b + i] as number;
    // The high factors keep the residue c = j mod b: entry (c + b·t, j) is L's block c at (t, ⌊j/b⌋).
    const h = butterflyMatvec(high, e);
    for (let t = 0; t < side; t++) L[c * side * side + t * side + block] = h[c + b * t] as number;
  }
  return { L, R };
}

/**
 * The number of entries of log₂ n butterfly factors of size n, 2n·log₂ n.
 * Throws RangeError unless n is a power of two ≥ 2.
 * @example
 * butterflyParameterCount(1024); // 20480
 */
export function butterflyParameterCount(n: number): number {
  return 2 * n * levels('butterflyParameterCount', n);
}

/**
 * One butterfly factor as the dense n × n matrix it is: diag on the diagonal, off at (i, i ⊕ half), so 2n
 * non-zero entries at most (how a figure draws its pattern).
 * @example
 * butterflyFactorMatrix(hadamardButterfly(2)[0]); // [[1, 1], [1, −1]]
 */
export function butterflyFactorMatrix({ half, diag, off }: ButterflyFactor): Matrix {
  const n = diag.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    data[i * n + i] = diag[i] as number;
    data[i * n + (i ^ half)] = off[i] as number;
  }
  return { rows: n, cols: n, data };
}
