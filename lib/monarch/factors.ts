/**
 * What a figure that takes a Monarch matrix apart needs: which factor entries make one entry of M, the
 * vector after each of the four factors, one block of a factor as rows (and replaced by edited rows), and the
 * fast product checked against the dense one.
 */
import { matvec } from '../linalg';
import { blockDiagonalMatvec } from './general';
import { monarchBlockSize, monarchMatrix, monarchMatvec } from './monarch';
import { applyPermutation, monarchPermutation } from './permutation';

/** A cell (row, column) of an n × n matrix. */
export type MonarchCell = readonly [row: number, col: number];

/**
 * How entry (row, col) = (a·m + i, b·m + j) of M = P·L·P·R comes about: the single term of the product
 * Σ P(row, s)·L(s, t)·P(t, u)·R(u, col) that is not zero.
 */
export interface MonarchEntryPath {
  a: number;
  i: number;
  b: number;
  j: number;
  /** Index into L's storage of L[i](a, b) (block i, row a, column b), and into R's of R[b](i, j). */
  lIndex: number;
  rIndex: number;
  /** The cells of the dense n × n factors on the path: P(row, s), L(s, t), P(t, u), R(u, col). */
  left: MonarchCell;
  l: MonarchCell;
  middle: MonarchCell;
  r: MonarchCell;
}

/**
 * The one non-zero term of entry (row, col) of M = P·L·P·R (n = m²): with row = a·m + i and col = b·m + j,
 * M(row, col) = L[i](a, b) · R[b](i, j), reached through P(row, i·m + a), L(i·m + a, i·m + b),
 * P(i·m + b, b·m + i) and R(b·m + i, col).
 * Throws RangeError unless m is a positive integer and row, col are integers in [0, m²).
 * @example
 * monarchEntryPath(2, 1, 2); // a 0, i 1, b 1, j 0: L[1](0, 1) · R[1](1, 0), lIndex 5, rIndex 6
 */
export function monarchEntryPath(m: number, row: number, col: number): MonarchEntryPath {
  const n = m * m;
  if (!Number.isSafeInteger(m) || m < 1)
    throw new RangeError(`monarchEntryPath: m must be a positive integer, got ${m}`);
  for (const [name, v] of [
    ['row', row],
    ['col', col],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0 || v >= n)
      throw new RangeError(`monarchEntryPath: ${name} must be an integer in [0, ${n}), got ${v}`);
  }
  const a = Math.floor(row / m);
  const i = row % m;
  const b = Math.floor(col / m);
  const j = col % m;
  const s = i * m + a;
  const t = i * m + b;
  const u = b * m + i;
  return {
    a,
    i,
    b,
    j,
    lIndex: i * m * m + a * m + b,
    rIndex: b * m * m + i * m + j,
    left: [row, s],
    l: [s, t],
    middle: [t, u],
    r: [u, col],
  };
}

/**
 * The vector after each factor of M·x = P(L(P(R·x))): [x, R·x, P·R·x, L·P·R·x, M·x] (five new arrays).
 * Throws RangeError for factors that are not m³ long, unequal or not finite, or x not of length m².
 * @example
 * const I = [1, 0, 0, 1, 1, 0, 0, 1]; // m = 2: identity blocks
 * monarchStages(I, I, [0, 1, 2, 3]); // [0,1,2,3], [0,1,2,3], [0,2,1,3], [0,2,1,3], [0,1,2,3]
 */
export function monarchStages(
  L: ArrayLike<number>,
  R: ArrayLike<number>,
  x: ArrayLike<number>,
): Float64Array[] {
  const m = monarchBlockSize('monarchStages', L, R);
  if (x.length !== m * m)
    throw new RangeError(`monarchStages: x has length ${x.length}, but M is ${m * m}×${m * m}`);
  const p = monarchPermutation(m);
  const rx = blockDiagonalMatvec(m, m, R, x);
  const prx = applyPermutation(p, rx);
  const lprx = blockDiagonalMatvec(m, m, L, prx);
  return [Float64Array.from(x), rx, prx, lprx, applyPermutation(p, lprx)];
}

/**
 * The fast product M·x = P(L(P(R·x))) beside the dense one (M built by monarchMatrix, then M·x), and
 * max |fast − dense| over the entries: rounding only, about 1e−15 times the entries' size.
 * Throws RangeError as monarchMatvec.
 * @example
 * monarchProductCheck(L, R, x).maxDifference; // 0 or a few ulps
 */
export function monarchProductCheck(
  L: ArrayLike<number>,
  R: ArrayLike<number>,
  x: ArrayLike<number>,
): { fast: Float64Array; dense: Float64Array; maxDifference: number } {
  const fast = monarchMatvec(L, R, x);
  const dense = matvec(monarchMatrix(L, R), x);
  let maxDifference = 0;
  for (let k = 0; k < fast.length; k++) {
    maxDifference = Math.max(maxDifference, Math.abs((fast[k] as number) - (dense[k] as number)));
  }
  return { fast, dense, maxDifference };
}

/**
 * Block b of a factor F (L or R, m blocks of m × m stored one after another) as m rows of m numbers.
 * Throws RangeError unless F holds m³ numbers and b is an integer in [0, m).
 * @example
 * monarchBlock([1, 2, 3, 4, 5, 6, 7, 8], 2, 1); // [[5, 6], [7, 8]]
 */
export function monarchBlock(F: ArrayLike<number>, m: number, b: number): number[][] {
  assertBlock('monarchBlock', F, m, b);
  const off = b * m * m;
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, j) => F[off + i * m + j] as number),
  );
}

/**
 * A copy of the factor F (m blocks of m × m) with block b replaced by `rows` (m rows of m finite numbers).
 * Throws RangeError, naming the shape or entry at fault, for a block index out of range or rows that are not
 * m × m finite numbers.
 * @example
 * withMonarchBlock([1, 2, 3, 4, 5, 6, 7, 8], 2, 0, [[0, 0], [0, 9]]); // Float64Array [0, 0, 0, 9, 5, 6, 7, 8]
 */
export function withMonarchBlock(
  F: ArrayLike<number>,
  m: number,
  b: number,
  rows: readonly (readonly number[])[],
): Float64Array {
  assertBlock('withMonarchBlock', F, m, b);
  const shape = rows.length === m && rows.every((r) => r.length === m);
  if (!shape) {
    const widths = new Set(rows.map((r) => r.length));
    const got =
      widths.size <= 1
        ? `${rows.length}×${rows[0]?.length ?? 0}`
        : `rows of ${rows.map((r) => r.length).join(', ')} entries`;
    throw new RangeError(`withMonarchBlock: a block of m = ${m} is ${m}×${m}, got ${got}`);
  }
  const out = Float64Array.from(F);
  const off = b * m * m;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const v = (rows[i] as readonly number[])[j] as number;
      if (!Number.isFinite(v))
        throw new RangeError(`withMonarchBlock: entry (${i}, ${j}) is ${v}, not a finite number`);
      out[off + i * m + j] = v;
    }
  }
  return out;
}

function assertBlock(fn: string, F: ArrayLike<number>, m: number, b: number): void {
  if (!Number.isSafeInteger(m) || m < 1 || F.length !== m * m * m)
    throw new RangeError(`${fn}: a factor of m = ${m} holds m³ numbers, got ${F.length}`);
  if (!Number.isSafeInteger(b) || b < 0 || b >= m)
    throw new RangeError(`${fn}: block must be an integer in [0, ${m}), got ${b}`);
}
