/**
 * The bigram model of lib/viterbi with its smoothing-independent work done once: `bigramModel` walks every
 * pair count each time it is built (about 0.3 s for the 272 000 pairs of the OCR asset), which is too slow for a
 * smoothing control. The row statistics (Σ_b c(ab), the number of observed b, the sorted counts for the
 * threshold rule) do not depend on the smoothing, so they are indexed once and each smoothing costs O(1) to set
 * up plus O(log row length) per row on first use.
 */

import type { BigramCounts, BigramModel, Smoothing } from '../viterbi';

interface RowStats {
  total: number;
  observed: number;
  /** The row's positive counts, ascending. */
  sorted: Float64Array;
}

/** Counts with their per-row statistics, ready for {@link indexedBigramModel}. */
export interface BigramRowIndex {
  counts: BigramCounts;
  rows: ReadonlyMap<string, RowStats>;
}

function checkCount(what: string, key: string, c: number): void {
  if (!(Number.isFinite(c) && c >= 0)) {
    throw new RangeError(`bigramRowIndex: ${what} count of '${key}' must be finite and ≥ 0, got ${c}`);
  }
}

/** Number of entries of an ascending array below x (binary search). */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes the rows of bigram counts: for each prev a, Σ_b c(ab) (summed in the Map's order, as bigramModel
 * does), #{b : c(ab) > 0} and the positive counts sorted ascending. O(P log P) for P pairs.
 *
 * Throws RangeError for a negative or non-finite count or a vocabulary that is not a positive integer (the
 * checks of bigramModel, done here once).
 *
 * @example
 * const index = bigramRowIndex(POST_COUNTS);
 * indexedBigramModel(index, { kind: 'mle' }).prob('电', '视'); // 12426 / 145001
 */
export function bigramRowIndex(counts: BigramCounts): BigramRowIndex {
  const V = counts.vocabulary;
  if (!(Number.isInteger(V) && V >= 1)) {
    throw new RangeError(`bigramRowIndex: vocabulary must be a positive integer, got ${V}`);
  }
  for (const [key, c] of counts.unigram) checkCount('unigram', key, c);
  const lists = new Map<string, { total: number; counts: number[] }>();
  for (const [key, c] of counts.bigram) {
    checkCount('bigram', key, c);
    if (c === 0) continue;
    const code = key.charCodeAt(0);
    const prev = code >= 0xd800 && code <= 0xdbff && key.length > 1 ? key.slice(0, 2) : key.slice(0, 1);
    let row = lists.get(prev);
    if (row === undefined) {
      row = { total: 0, counts: [] };
      lists.set(prev, row);
    }
    row.total += c;
    row.counts.push(c);
  }
  const rows = new Map<string, RowStats>();
  for (const [prev, row] of lists) {
    const sorted = Float64Array.from(row.counts).sort();
    rows.set(prev, { total: row.total, observed: row.counts.length, sorted });
  }
  return { counts, rows };
}

/**
 * The same model as `bigramModel(index.counts, smoothing)` (lib/viterbi/bigram.ts: MLE c(ab)/c(a); add-α
 * (c(ab)+α)/(c(a)+αV); add-α below T (c(ab)+α·[c(ab)<T])/(c(a)+α·k(a)) with k(a) the classes whose count is
 * below T, unseen ones included), with bit-identical probabilities, built in O(1) from a row index.
 *
 * Edges as in bigramModel: an unknown prev gives 0 (endProb 1) under MLE and 1/V under smoothing; rows whose
 * pairs exceed c(a) use their pair sum. RangeError for a negative or non-finite α, a NaN threshold or an
 * unknown smoothing kind.
 *
 * @example
 * const index = bigramRowIndex(model.counts); // once per asset
 * const lm = indexedBigramModel(index, { kind: 'add-below', alpha: 1, threshold: 10 }); // per control change
 * lm.logProb('电', '视');
 */
export function indexedBigramModel(index: BigramRowIndex, smoothing: Smoothing): BigramModel {
  const { counts, rows } = index;
  const V = counts.vocabulary;
  let alpha = 0;
  let threshold = Number.POSITIVE_INFINITY;
  if (smoothing.kind === 'add' || smoothing.kind === 'add-below') {
    alpha = smoothing.alpha;
    if (!(Number.isFinite(alpha) && alpha >= 0)) {
      throw new RangeError(`indexedBigramModel: alpha must be finite and ≥ 0, got ${alpha}`);
    }
  } else if (smoothing.kind !== 'mle') {
    throw new RangeError(`indexedBigramModel: unknown smoothing ${JSON.stringify(smoothing)}`);
  }
  if (smoothing.kind === 'add-below') {
    threshold = smoothing.threshold;
    if (Number.isNaN(threshold)) throw new RangeError('indexedBigramModel: threshold is NaN');
  }

  const denominators = new Map<string, { unigram: number; denominator: number; pairTotal: number }>();
  const rowOf = (prev: string) => {
    let d = denominators.get(prev);
    if (d !== undefined) return d;
    const row = rows.get(prev);
    const pairTotal = row?.total ?? 0;
    const unigram = Math.max(counts.unigram.get(prev) ?? 0, pairTotal);
    let smoothed = 0;
    if (alpha > 0) {
      if (threshold === Number.POSITIVE_INFINITY) smoothed = V;
      else if (threshold > 0) {
        smoothed = Math.max(0, V - (row?.observed ?? 0));
        if (row) smoothed += countBelow(row.sorted, threshold);
      }
    }
    d = { unigram, denominator: unigram + alpha * smoothed, pairTotal };
    denominators.set(prev, d);
    return d;
  };

  const prob = (prev: string, next: string): number => {
    const { denominator } = rowOf(prev);
    if (denominator === 0) return 0;
    const c = counts.bigram.get(prev + next) ?? 0;
    return (c + (c < threshold && alpha > 0 ? alpha : 0)) / denominator;
  };
  return {
    prob,
    logProb: (prev, next) => Math.log(prob(prev, next)),
    endProb: (prev) => {
      const { unigram, denominator, pairTotal } = rowOf(prev);
      if (denominator === 0) return 1;
      return (unigram - pairTotal) / denominator;
    },
  };
}
