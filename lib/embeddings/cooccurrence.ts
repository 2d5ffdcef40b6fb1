/**
 * Word–context co-occurrence counts from a token stream, as a sparse V×V matrix, and the PMI family of
 * reweightings (Levy & Goldberg, 2014): PMI, positive PMI and PMI shifted by log k, the matrix that skip-gram
 * with k negative samples factorises implicitly.
 */
import type { Csr } from '../linalg/csr';

/** How a pair at distance d inside a window of size w counts: 1, (w − d + 1)/w (word2vec's sampled window) or 1/d. */
export type WindowWeighting = 'uniform' | 'linear' | 'harmonic';

/** The weightings in the order a control lists them. */
export const WINDOW_WEIGHTINGS: readonly WindowWeighting[] = ['uniform', 'linear', 'harmonic'];

/** Options of {@link cooccurrence}. */
export interface CooccurrenceOptions {
  /** Pairs up to this many positions apart count (an integer ≥ 1). */
  readonly window: number;
  /** Default 'uniform'. */
  readonly weighting?: WindowWeighting;
}

function weight(kind: WindowWeighting, d: number, w: number): number {
  if (kind === 'harmonic') return 1 / d;
  if (kind === 'linear') return (w - d + 1) / w;
  return 1;
}

/**
 * The symmetric co-occurrence matrix C of a stream of word indices: for every two positions at distance
 * d ≤ window with words a and b, C[a][b] and C[b][a] each gain the weight of d (so a word next to itself
 * adds 2 to its diagonal). A negative entry is a boundary (a sentence or document break): windows never
 * cross it. Row sums are each word's context counts.
 * Throws RangeError for V not an integer ≥ 1, window not an integer ≥ 1, or a word index ≥ V or not an integer.
 * @example
 * csrToDense(cooccurrence([0, 1, 0], 2, { window: 1 })); // [[0, 2], [2, 0]]
 */
export function cooccurrence(stream: ArrayLike<number>, V: number, options: CooccurrenceOptions): Csr {
  const { window } = options;
  const kind = options.weighting ?? 'uniform';
  if (!Number.isSafeInteger(V) || V < 1)
    throw new RangeError(`cooccurrence: V must be an integer ≥ 1, got ${V}`);
  if (!Number.isSafeInteger(window) || window < 1)
    throw new RangeError(`cooccurrence: the window must be an integer ≥ 1, got ${window}`);
  for (let t = 0; t < stream.length; t++) {
    const a = stream[t] as number;
    if (!Number.isInteger(a) || a >= V)
      throw new RangeError(`cooccurrence: position ${t} holds ${a}, not a word < ${V}`);
  }
  // Row-bucketed counting: pass 1 counts each row's pairs, pass 2 writes (column·(window+1) + distance) into
  // the row's slice, then each slice is sorted and its runs summed. No hash map: O(P log P) on typed arrays.
  const perRow = new Int32Array(V + 1);
  const visit = (emit: (a: number, b: number, d: number) => void) => {
    for (let t = 0; t < stream.length; t++) {
      const a = stream[t] as number;
      if (a < 0) continue;
      for (let d = 1; d <= window && t + d < stream.length; d++) {
        const b = stream[t + d] as number;
        if (b < 0) break;
        emit(a, b, d);
        emit(b, a, d);
      }
    }
  };
  visit((a) => {
    perRow[a + 1] = (perRow[a + 1] as number) + 1;
  });
  for (let i = 0; i < V; i++) perRow[i + 1] = (perRow[i + 1] as number) + (perRow[i] as number);
  const total = perRow[V] as number;
  const stride = window + 1;
  if (V * stride > 2 ** 31 - 1)
    throw new RangeError(`cooccurrence: V·(window + 1) = ${V * stride} is too large`);
  const packed = new Int32Array(total);
  const fill = perRow.slice(0, V);
  visit((a, b, d) => {
    const q = fill[a] as number;
    packed[q] = b * stride + d;
    fill[a] = q + 1;
  });
  const weights = Float64Array.from({ length: stride }, (_, d) => (d === 0 ? 0 : weight(kind, d, window)));
  const indptr = new Int32Array(V + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < V; i++) {
    const row = packed.subarray(perRow[i] as number, perRow[i + 1] as number).sort();
    let q = 0;
    while (q < row.length) {
      const col = Math.floor((row[q] as number) / stride);
      let sum = 0;
      while (q < row.length && Math.floor((row[q] as number) / stride) === col) {
        sum += weights[(row[q] as number) % stride] as number;
        q += 1;
      }
      indices.push(col);
      values.push(sum);
    }
    indptr[i + 1] = indices.length;
  }
  return { rows: V, cols: V, indptr, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/** Options of {@link pmiMatrix}. */
export interface PmiOptions {
  /** Subtract log k (k ≥ 1; skip-gram's number of negative samples). Default 1 (no shift). */
  readonly shift?: number;
  /** Keep only positive values (PPMI); zeros are dropped from the matrix. Default false. */
  readonly positive?: boolean;
  /** Raise context counts to this power before normalising (word2vec's 0.75). Default 1. */
  readonly contextPower?: number;
}

/**
 * PMI(a, b) − log k = log(C[a][b] / (C[a]·P_c(b))) − log k over the stored pairs of a co-occurrence matrix,
 * with C[a] the row sum and P_c(b) = C[b]^p / Σ_c C[c]^p the context distribution (p = contextPower; p = 1
 * gives the plain C[b]/D, D the total, and PMI = log(P(a, b)/(P(a)·P(b))). Pairs never seen are not stored: their PMI is −∞ and their PPMI 0. With
 * `positive`, only values > 0 are kept.
 * Throws RangeError for a non-square matrix, a negative entry, k < 1 or a power outside (0, 1].
 * @example
 * pmiMatrix(cooccurrence([0, 1, 0, 2], 3, { window: 1 })); // PMI of the pairs 0–1 and 0–2
 */
export function pmiMatrix(C: Csr, options: PmiOptions = {}): Csr {
  const k = options.shift ?? 1;
  const p = options.contextPower ?? 1;
  if (C.rows !== C.cols) throw new RangeError(`pmiMatrix: C is ${C.rows}×${C.cols}, not square`);
  if (!(k >= 1 && Number.isFinite(k))) throw new RangeError(`pmiMatrix: the shift k must be ≥ 1, got ${k}`);
  if (!(p > 0 && p <= 1)) throw new RangeError(`pmiMatrix: the context power must lie in (0, 1], got ${p}`);
  const n = C.rows;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let q = C.indptr[i] as number; q < (C.indptr[i + 1] as number); q++) {
      const v = C.values[q] as number;
      if (!(v >= 0)) throw new RangeError(`pmiMatrix: entry (${i}, ${C.indices[q]}) is ${v}`);
      rowSum[i] = (rowSum[i] as number) + v;
      colSum[C.indices[q] as number] = (colSum[C.indices[q] as number] as number) + v;
      total += v;
    }
  }
  let norm = 0;
  for (let j = 0; j < n; j++) norm += (colSum[j] as number) ** p;
  const logK = Math.log(k);
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(C.values.length);
  const values = new Float64Array(C.values.length);
  let out = 0;
  if (total > 0) {
    for (let i = 0; i < n; i++) {
      for (let q = C.indptr[i] as number; q < (C.indptr[i + 1] as number); q++) {
        const v = C.values[q] as number;
        if (v === 0) continue;
        const j = C.indices[q] as number;
        const context = (colSum[j] as number) ** p / norm;
        const value = Math.log(v / ((rowSum[i] as number) * context)) - logK;
        if (options.positive && !(value > 0)) continue;
        indices[out] = j;
        values[out] = value;
        out += 1;
      }
      indptr[i + 1] = out;
    }
  }
  return { rows: n, cols: n, indptr, indices: indices.slice(0, out), values: values.slice(0, out) };
}
