/**
 * Word–context co-occurrence counts from a token stream, as a sparse V×V matrix, and the PMI family of
 * reweightings (Levy & Goldberg, 2014): PMI, positive PMI and PMI shifted by log k, the matrix that skip-gram
 * with k negative samples factorises implicitly.
 */
import { type Csr, csrFromTriplets } from '../linalg/csr';

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
  const sums = new Map<number, number>();
  for (let t = 0; t < stream.length; t++) {
    const a = stream[t] as number;
    if (a < 0) continue;
    for (let d = 1; d <= window && t + d < stream.length; d++) {
      const b = stream[t + d] as number;
      if (b < 0) break;
      const w = weight(kind, d, window);
      sums.set(a * V + b, (sums.get(a * V + b) ?? 0) + w);
      sums.set(b * V + a, (sums.get(b * V + a) ?? 0) + w);
    }
  }
  const rows = new Int32Array(sums.size);
  const cols = new Int32Array(sums.size);
  const values = new Float64Array(sums.size);
  let q = 0;
  for (const [key, v] of sums) {
    rows[q] = Math.floor(key / V);
    cols[q] = key % V;
    values[q] = v;
    q += 1;
  }
  return csrFromTriplets(V, V, rows, cols, values);
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
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let q = C.indptr[i] as number; q < (C.indptr[i + 1] as number); q++) {
      const v = C.values[q] as number;
      if (v === 0) continue;
      const j = C.indices[q] as number;
      const context = (colSum[j] as number) ** p / norm;
      const value = Math.log(v / ((rowSum[i] as number) * context)) - logK;
      if (options.positive && !(value > 0)) continue;
      rows.push(i);
      cols.push(j);
      vals.push(value);
    }
  }
  if (total === 0) return csrFromTriplets(n, n, [], [], []);
  return csrFromTriplets(n, n, rows, cols, vals);
}
