/**
 * Monarch matrices M = P·L·P·R of size n = m² (Dao et al., ICML 2022): P the Monarch permutation
 * (reshape m × m, transpose, flatten) and L, R block-diagonal with m blocks of m × m.
 *
 * Storage: L and R are each one Float64Array of length m³ holding the m diagonal blocks, block b's entry
 * (i, j) at b·m² + i·m + j. Multiplying out the four factors, entry (a·m + i, b·m + j) of M is
 * L[i](a, b) · R[b](i, j): every entry is a single product, which is why M has only 2m³ = 2n^{1.5}
 * free parameters and why M·x costs O(n^{1.5}) instead of O(n²).
 */
import type { Matrix } from '../linalg';
import type { Rng } from '../random';

/** m for factors of length m³, checking both are that length. */
function monarchOrder(fn: string, L: ArrayLike<number>, R: ArrayLike<number>): number {
  const m = Math.round(Math.cbrt(L.length));
  if (m < 1 || m * m * m !== L.length) {
    throw new RangeError(`${fn}: L must hold m³ numbers (m blocks of m×m), got ${L.length}`);
  }
  if (R.length !== L.length) throw new RangeError(`${fn}: L has ${L.length} numbers but R has ${R.length}`);
  return m;
}

/** Throws unless every entry of L and R is finite. */
function checkFinite(fn: string, L: ArrayLike<number>, R: ArrayLike<number>): void {
  for (let i = 0; i < L.length; i++) {
    if (!Number.isFinite(L[i]) || !Number.isFinite(R[i])) {
      throw new RangeError(`${fn}: L and R must hold finite numbers (entry ${i} is not)`);
    }
  }
}

/** m for factors of length m³, checking both are that length and hold only finite numbers (for this folder). */
export function monarchBlockSize(fn: string, L: ArrayLike<number>, R: ArrayLike<number>): number {
  const m = monarchOrder(fn, L, R);
  checkFinite(fn, L, R);
  return m;
}

/**
 * The dense n × n matrix P·L·P·R (n = m²) of the blocks L and R, built entry by entry from
 * M(a·m + i, b·m + j) = L[i](a, b) · R[b](i, j).
 * Throws RangeError when L is not of length m³, R differs in length, or an entry is not finite.
 * @example
 * monarchMatrix([2], [3]); // the 1×1 matrix [[6]]
 */
export function monarchMatrix(L: ArrayLike<number>, R: ArrayLike<number>): Matrix {
  const m = monarchBlockSize('monarchMatrix', L, R);
  const n = m * m;
  const m2 = m * m;
  const data = new Float64Array(n * n);
  for (let a = 0; a < m; a++) {
    for (let i = 0; i < m; i++) {
      const row = (a * m + i) * n;
      for (let b = 0; b < m; b++) {
        const l = L[i * m2 + a * m + b] as number;
        const rOff = b * m2 + i * m;
        const col = row + b * m;
        for (let j = 0; j < m; j++) data[col + j] = l * (R[rOff + j] as number);
      }
    }
  }
  return { rows: n, cols: n, data };
}

/**
 * Scratch space for monarchMatvec's intermediate R·x, kept between calls and grown when a larger n comes:
 * in Chromium a fresh typed array of a few kB costs microseconds, more than the whole product at small n, so
 * the fast product allocates only its result, as the dense matvec does. Every entry used is written before
 * it is read, so nothing leaks from one call to the next.
 */
let scratch = new Float64Array(0);

/**
 * y[o + i·ys] = Σ_k A[p + i·m + k]·v[q + k] for i < m: the m × m block of A starting at p times the run of m
 * entries of v starting at q, written with stride ys. Four rows at a time, so each entry of v is loaded once
 * per four rows and the four sums pipeline (1.5× faster than row by row at n = 1024 in the bench).
 */
function blockTimesRun(
  A: ArrayLike<number>,
  p: number,
  v: ArrayLike<number>,
  q: number,
  m: number,
  y: Float64Array,
  o: number,
  ys: number,
): void {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const r0 = p + i * m;
    const r1 = r0 + m;
    const r2 = r1 + m;
    const r3 = r2 + m;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < m; k++) {
      const vk = v[q + k] as number;
      s0 += (A[r0 + k] as number) * vk;
      s1 += (A[r1 + k] as number) * vk;
      s2 += (A[r2 + k] as number) * vk;
      s3 += (A[r3 + k] as number) * vk;
    }
    y[o + i * ys] = s0;
    y[o + (i + 1) * ys] = s1;
    y[o + (i + 2) * ys] = s2;
    y[o + (i + 3) * ys] = s3;
  }
  for (; i < m; i++) {
    const r = p + i * m;
    let s = 0;
    for (let k = 0; k < m; k++) s += (A[r + k] as number) * (v[q + k] as number);
    y[o + i * ys] = s;
  }
}

/**
 * M·x = P(L(P(R·x))) for the Monarch matrix of blocks L and R, in 2m³ = 2n^{1.5} multiply-adds, without
 * forming M. The two permutations are folded into the block products as strided reads and writes.
 * Throws RangeError for factors that are not m³ long, unequal, or not finite, or for x not of length m².
 * @example
 * const I = [1, 0, 0, 1, 1, 0, 0, 1]; // m = 2: two identity blocks
 * monarchMatvec(I, I, [1, 2, 3, 4]); // Float64Array [1, 2, 3, 4], since P·I·P·I = P² = I
 */
export function monarchMatvec(
  L: ArrayLike<number>,
  R: ArrayLike<number>,
  x: ArrayLike<number>,
): Float64Array {
  // The factors are checked for finiteness only when the product is not finite: every entry of L and R
  // reaches some entry of y, and a NaN or infinity never cancels out of a sum, so a finite y proves them
  // finite. Scanning the 2m³ entries up front would cost as much as the product itself.
  const m = monarchOrder('monarchMatvec', L, R);
  const n = m * m;
  if (x.length !== n) throw new RangeError(`monarchMatvec: x has length ${x.length}, but M is ${n}×${n}`);
  const m2 = m * m;
  // t = R·x block by block, stored transposed (t[i·m + b] = (R_b·x_b)_i), so that block a of P·t is the
  // contiguous run t[a·m … a·m + m − 1] and the permutation costs nothing.
  if (scratch.length < n) scratch = new Float64Array(n);
  const t = scratch;
  for (let b = 0; b < m; b++) blockTimesRun(R, b * m2, x, b * m, m, t, b, m);
  // y = P·L·(P·t): L's block a writes y at i·m + a.
  const y = new Float64Array(n);
  for (let a = 0; a < m; a++) blockTimesRun(L, a * m2, t, a * m, m, y, a, m);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(y[i])) {
      checkFinite('monarchMatvec', L, R);
      break;
    }
  }
  return y;
}

/**
 * Blocks L and R of a random Monarch matrix of size m²: independent N(0, 1/m) entries, so M·x keeps the
 * scale of x on average. `rng` is advanced (L first, then R).
 * Throws RangeError unless m is a positive safe integer.
 * @example
 * const { L, R } = randomMonarch(4, createRng(1)); // L.length === R.length === 64
 */
export function randomMonarch(m: number, rng: Rng): { L: Float64Array; R: Float64Array } {
  if (!Number.isSafeInteger(m) || m < 1)
    throw new RangeError(`randomMonarch: m must be a positive integer, got ${m}`);
  const sd = 1 / Math.sqrt(m);
  const L = new Float64Array(m * m * m);
  const R = new Float64Array(m * m * m);
  for (let i = 0; i < L.length; i++) L[i] = rng.normal(0, sd);
  for (let i = 0; i < R.length; i++) R[i] = rng.normal(0, sd);
  return { L, R };
}

/**
 * The number of free parameters of a Monarch matrix of size n = m², 2m³ = 2n^{1.5} (a dense one has n²).
 * @example
 * monarchParameterCount(32); // 65536, against 1048576 for a dense 1024×1024 matrix
 */
export function monarchParameterCount(m: number): number {
  return 2 * m * m * m;
}
