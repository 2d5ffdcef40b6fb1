/**
 * Levy & Goldberg's (2014) check, number by number: skip-gram with k negatives drives w·c towards
 * PMI(w, c) − log k for every observed pair, so a sample of observed pairs, each with its shifted PMI and its
 * trained w·c, shows how close a run has come (see linearFit in lib/stats for the correlation and slope).
 */
import type { Csr } from '../linalg/csr';
import { createRng } from '../random';
import type { Embeddings } from './neighbours';

/** Pairs (rows[i], cols[i]) with their co-occurrence counts and their values in a second matrix. */
export interface PairSample {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly counts: Float64Array;
  readonly values: Float64Array;
}

/** The value stored at (i, j) of a CSR matrix whose rows list their columns in ascending order, or NaN. */
function lookup(M: Csr, i: number, j: number): number {
  let lo = M.indptr[i] as number;
  let hi = (M.indptr[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = M.indices[mid] as number;
    if (c === j) return M.values[mid] as number;
    if (c < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return Number.NaN;
}

/**
 * Up to n stored entries of the co-occurrence matrix C, drawn without replacement with probability
 * proportional to their counts (Efraimidis & Spirakis: each entry gets the key log(u)/count, u uniform from the
 * seed, and the n largest keys win), so the sample leans on the frequent pairs that dominate skip-gram's
 * objective. Returned in descending order of count, each with its value in M (a matrix over the same words
 * whose rows list columns in ascending order, as cooccurrence and pmiMatrix produce; NaN where M stores
 * nothing). Entries of count 0 are never drawn. Deterministic per seed.
 * Throws RangeError for n not an integer ≥ 0 or matrices of different shapes.
 * @example
 * const C = cooccurrence(stream, V, { window: 5, weighting: 'linear' });
 * samplePairs(C, pmiMatrix(C, { shift: 5, contextPower: 0.75 }), 2000, 1); // 2,000 pairs, PMI − log 5 each
 */
export function samplePairs(C: Csr, M: Csr, n: number, seed: number): PairSample {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`samplePairs: n must be an integer ≥ 0, got ${n}`);
  if (C.rows !== M.rows || C.cols !== M.cols)
    throw new RangeError(`samplePairs: C is ${C.rows}×${C.cols} but M is ${M.rows}×${M.cols}`);
  const rng = createRng(seed);
  // A min-heap of the n best (key, entry) so far: an entry whose key beats the root replaces it.
  const keys = new Float64Array(n);
  const entries = new Int32Array(n);
  let size = 0;
  const siftDown = (from: number) => {
    let p = from;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < size && (keys[l] as number) < (keys[m] as number)) m = l;
      if (r < size && (keys[r] as number) < (keys[m] as number)) m = r;
      if (m === p) return;
      [keys[p], keys[m]] = [keys[m] as number, keys[p] as number];
      [entries[p], entries[m]] = [entries[m] as number, entries[p] as number];
      p = m;
    }
  };
  const rowOf = new Int32Array(C.values.length);
  for (let i = 0; i < C.rows; i++)
    for (let q = C.indptr[i] as number; q < (C.indptr[i + 1] as number); q++) rowOf[q] = i;
  for (let q = 0; q < C.values.length && n > 0; q++) {
    const w = C.values[q] as number;
    if (!(w > 0)) continue;
    // 1 − next() lies in (0, 1], so the key is finite.
    const key = Math.log(1 - rng.next()) / w;
    if (size < n) {
      let p = size++;
      keys[p] = key;
      entries[p] = q;
      while (p > 0) {
        const parent = (p - 1) >> 1;
        if ((keys[parent] as number) <= (keys[p] as number)) break;
        [keys[p], keys[parent]] = [keys[parent] as number, keys[p] as number];
        [entries[p], entries[parent]] = [entries[parent] as number, entries[p] as number];
        p = parent;
      }
    } else if (key > (keys[0] as number)) {
      keys[0] = key;
      entries[0] = q;
      siftDown(0);
    }
  }
  const chosen = Array.from(entries.subarray(0, size)).sort(
    (a, b) => (C.values[b] as number) - (C.values[a] as number) || a - b,
  );
  const rows = new Int32Array(size);
  const cols = new Int32Array(size);
  const counts = new Float64Array(size);
  const values = new Float64Array(size);
  chosen.forEach((q, s) => {
    const i = rowOf[q] as number;
    const j = C.indices[q] as number;
    rows[s] = i;
    cols[s] = j;
    counts[s] = C.values[q] as number;
    values[s] = lookup(M, i, j);
  });
  return { rows, cols, counts, values };
}

/**
 * The dot products W[rows[s]]·C[cols[s]] of word and context vectors for a list of pairs: the numbers
 * skip-gram's optimum sets to PMI − log k.
 * Throws RangeError when the tables differ in dimension, the lists in length, or an index is out of range.
 * @example
 * pairDots(trainer.vectors(), trainer.contexts(), sample.rows, sample.cols);
 */
export function pairDots(
  W: Embeddings,
  C: Embeddings,
  rows: ArrayLike<number>,
  cols: ArrayLike<number>,
): Float64Array {
  if (W.dim !== C.dim) throw new RangeError(`pairDots: dimensions ${W.dim} and ${C.dim} differ`);
  if (rows.length !== cols.length)
    throw new RangeError(`pairDots: ${rows.length} rows but ${cols.length} columns`);
  const { dim } = W;
  const out = new Float64Array(rows.length);
  for (let s = 0; s < rows.length; s++) {
    const i = rows[s] as number;
    const j = cols[s] as number;
    if (!(Number.isInteger(i) && i >= 0 && i < W.count && Number.isInteger(j) && j >= 0 && j < C.count))
      throw new RangeError(`pairDots: pair ${s} is (${i}, ${j}), outside ${W.count}×${C.count}`);
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += (W.data[i * dim + d] as number) * (C.data[j * dim + d] as number);
    out[s] = dot;
  }
  return out;
}
