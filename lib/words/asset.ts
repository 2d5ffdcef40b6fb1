/**
 * Decoding and checking the new-words asset written by scripts/new-words.mjs (format 'frugal-new-words/1', see
 * lib/words/buildMatrix.mjs) into CSR matrices the linear algebra can use.
 */
import type { Csr } from '../linalg/csr';
import { WORD_MATRIX_FORMAT } from './buildMatrix.mjs';

/** Where the build writes the asset (scripts/new-words.mjs), on the site's own origin. */
export const NEW_WORDS_PATH = '/data/new-words.json';

/** The decoded asset: characters, the kept counts (≥ threshold) and the dictionary's rarer pairs (< threshold). */
export interface WordMatrix {
  /** First characters, one per row. */
  readonly rows: readonly string[];
  /** Second characters, one per column. */
  readonly cols: readonly string[];
  /** rows×cols dictionary counts of the kept words (count ≥ threshold), CSR. */
  readonly seen: Csr;
  /** rows×cols counts of the dictionary's two-character words below the threshold between kept characters. */
  readonly below: Csr;
  /** Number of kept words starting with each row's character. */
  readonly rowWords: Int32Array;
  /** Number of kept words ending with each column's character. */
  readonly colWords: Int32Array;
  readonly threshold: number;
  readonly source: { package?: string; version?: string; file?: string; license?: string; homepage?: string };
  readonly stats: Readonly<Record<string, number>>;
}

/** How counts become matrix entries: 1 for every kept word, log(1 + count), or the count itself. */
export type WordWeighting = 'binary' | 'log' | 'count';

/** The weightings in the order a control lists them. */
export const WORD_WEIGHTINGS: readonly WordWeighting[] = ['binary', 'log', 'count'];

function fail(message: string): never {
  throw new Error(`new-words asset: ${message}`);
}

function numberArray(x: unknown, name: string): number[] {
  if (!Array.isArray(x)) fail(`${name} is not an array`);
  for (const v of x) if (!Number.isSafeInteger(v) || (v as number) < 0) fail(`${name} holds ${String(v)}`);
  return x as number[];
}

function decodeRows(x: unknown, name: string, rows: number, cols: number): Csr {
  if (typeof x !== 'object' || x === null) fail(`${name} is missing`);
  const o = x as Record<string, unknown>;
  const indptr = numberArray(o.indptr, `${name}.indptr`);
  const delta = numberArray(o.delta, `${name}.delta`);
  const counts = numberArray(o.counts, `${name}.counts`);
  const nnz = delta.length;
  if (indptr.length !== rows + 1 || indptr[0] !== 0 || indptr[rows] !== nnz || counts.length !== nnz) {
    fail(`${name} does not describe ${nnz} entries in ${rows} rows`);
  }
  const indices = new Int32Array(nnz);
  for (let i = 0; i < rows; i++) {
    const start = indptr[i] as number;
    const end = indptr[i + 1] as number;
    if (end < start) fail(`${name}.indptr decreases at row ${i}`);
    let j = -1;
    for (let p = start; p < end; p++) {
      const next = p === start ? (delta[p] as number) : j + (delta[p] as number);
      if (next <= j || next >= cols) fail(`${name} has a bad column ${next} in row ${i}`);
      j = next;
      indices[p] = j;
    }
  }
  return { rows, cols, indptr: Int32Array.from(indptr), indices, values: Float64Array.from(counts) };
}

/**
 * Decodes parsed JSON of the asset into a {@link WordMatrix}; throws Error (message starting "new-words asset:")
 * when the format tag, characters or entries are malformed (a column out of range, rows not increasing, lengths
 * that disagree).
 *
 * @example
 * const words = decodeWordMatrix(await (await fetch('/data/new-words.json')).json());
 * words.rows.length; // 1000
 */
export function decodeWordMatrix(json: unknown): WordMatrix {
  if (typeof json !== 'object' || json === null) fail('not an object');
  const o = json as Record<string, unknown>;
  if (o.format !== WORD_MATRIX_FORMAT) fail(`format is ${String(o.format)}, expected ${WORD_MATRIX_FORMAT}`);
  if (typeof o.rows !== 'string' || typeof o.cols !== 'string') fail('rows and cols must be strings');
  const rows = Array.from(o.rows);
  const cols = Array.from(o.cols);
  const seen = decodeRows(o.seen, 'seen', rows.length, cols.length);
  const below = decodeRows(o.below, 'below', rows.length, cols.length);
  const rowWords = new Int32Array(rows.length);
  const colWords = new Int32Array(cols.length);
  for (let i = 0; i < rows.length; i++) {
    rowWords[i] = (seen.indptr[i + 1] as number) - (seen.indptr[i] as number);
    for (let p = seen.indptr[i] as number; p < (seen.indptr[i + 1] as number); p++) {
      const j = seen.indices[p] as number;
      colWords[j] = (colWords[j] as number) + 1;
    }
  }
  const threshold = typeof o.threshold === 'number' ? o.threshold : Number.NaN;
  return {
    rows,
    cols,
    seen,
    below,
    rowWords,
    colWords,
    threshold,
    source: (typeof o.source === 'object' && o.source !== null ? o.source : {}) as WordMatrix['source'],
    stats: (typeof o.stats === 'object' && o.stats !== null ? o.stats : {}) as Record<string, number>,
  };
}

/**
 * The matrix the SVD sees: the same sparsity pattern as `counts` with each count c mapped to 1 ('binary', the
 * 0/1 table of the post's 神/魔 example), log(1 + c) ('log') or c ('count').
 *
 * @example
 * weightCounts(words.seen, 'log').values[0]; // Math.log1p(first count)
 */
export function weightCounts(counts: Csr, weighting: WordWeighting): Csr {
  const values = new Float64Array(counts.values.length);
  for (let p = 0; p < values.length; p++) {
    const c = counts.values[p] as number;
    values[p] = weighting === 'binary' ? 1 : weighting === 'log' ? Math.log1p(c) : c;
  }
  return { ...counts, values };
}

/** Where (i, j) is stored in A's arrays (binary search within row i), or −1; −1 outside the shape. */
function csrFind(A: Csr, i: number, j: number): number {
  if (!(i >= 0 && i < A.rows && j >= 0 && j < A.cols)) return -1;
  let lo = A.indptr[i] as number;
  let hi = (A.indptr[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = A.indices[mid] as number;
    if (c === j) return mid;
    if (c < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The stored value at (i, j) of a CSR matrix, or 0 (binary search within row i); 0 outside the shape.
 *
 * @example
 * csrGet(words.seen, 0, 0); // the count of rows[0] + cols[0], or 0 if it is not a kept word
 */
export function csrGet(A: Csr, i: number, j: number): number {
  const p = csrFind(A, i, j);
  return p < 0 ? 0 : (A.values[p] as number);
}

/**
 * Whether (i, j) is a stored entry of a CSR matrix, even one that stores 0 (a dictionary word counted 0 times
 * is still in the dictionary); false outside the shape.
 *
 * @example
 * csrHas(words.below, i, j); // the pair is in the dictionary below the threshold
 */
export function csrHas(A: Csr, i: number, j: number): boolean {
  return csrFind(A, i, j) >= 0;
}
