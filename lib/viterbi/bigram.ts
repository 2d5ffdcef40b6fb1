/**
 * A bigram (character transition) language model from counts, with the post's smoothing options
 * (kexue.fm/archives/3842): maximum likelihood, add-α to every count, and add-α only to counts below a
 * threshold T.
 *
 * Notation: c(a) is the unigram count of a, c(ab) the count of a immediately followed by b, V the number of
 * character classes. A row a is the distribution of the next class after a, plus one extra outcome, "end"
 * (a has no successor: the end of a word or sentence), whose count is c(a) − Σ_b c(ab). With that outcome every
 * row sums to 1 under every smoothing: Σ_b P(b|a) + endProb(a) = 1.
 */

/** Counts of characters and of adjacent pairs, over V character classes. */
export interface BigramCounts {
  /** c(a): how often a occurs. */
  unigram: ReadonlyMap<string, number>;
  /** c(ab), keyed by `prev + next` (two code points for single characters). Missing pairs count 0. */
  bigram: ReadonlyMap<string, number>;
  /** V: the number of character classes (the post's matrix has 3062); every `next` is assumed to be one. */
  vocabulary: number;
}

/**
 * How to turn counts into probabilities: `mle` c(ab)/c(a); `add` (c(ab)+α)/(c(a)+αV); `add-below` adds α only
 * to the counts below `threshold`.
 */
export type Smoothing =
  | { kind: 'mle' }
  | { kind: 'add'; alpha: number }
  | { kind: 'add-below'; alpha: number; threshold: number };

/** The smoothing kinds, in the order a menu offers them. */
export const SMOOTHING_KINDS = ['mle', 'add', 'add-below'] as const satisfies readonly Smoothing['kind'][];

/**
 * The smoothing of a kind with its constants (a form's three fields: a kind, α and T); constants the kind
 * does not use are ignored.
 *
 * @example smoothingOfKind('add', 0.5, 10); // { kind: 'add', alpha: 0.5 }
 */
export function smoothingOfKind(kind: Smoothing['kind'], alpha: number, threshold: number): Smoothing {
  if (kind === 'add') return { kind, alpha };
  if (kind === 'add-below') return { kind, alpha, threshold };
  return { kind: 'mle' };
}

/** Transition probabilities P(next | prev) of a bigram model. */
export interface BigramModel {
  /** P(next | prev), in [0, 1]. */
  prob(prev: string, next: string): number;
  /** log P(next | prev), natural log; −Infinity where the probability is 0. Usable as a `LogTransition`. */
  logProb(prev: string, next: string): number;
  /** Probability that prev has no successor among the V classes (end of word/sentence); rows sum to 1 with it. */
  endProb(prev: string): number;
}

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
    throw new RangeError(`bigramModel: ${what} count of '${key}' must be finite and ≥ 0, got ${c}`);
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
 * Indexes the rows of bigram counts: for each prev a, Σ_b c(ab) (summed in the Map's order), #{b : c(ab) > 0} and the positive counts sorted ascending. O(P log P) for P pairs.
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
    throw new RangeError(`bigramModel: vocabulary must be a positive integer, got ${V}`);
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
 * The same model as `bigramModel(index.counts, smoothing)` (MLE c(ab)/c(a); add-α
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
      throw new RangeError(`bigramModel: alpha must be finite and ≥ 0, got ${alpha}`);
    }
  } else if (smoothing.kind !== 'mle') {
    throw new RangeError(`bigramModel: unknown smoothing ${JSON.stringify(smoothing)}`);
  }
  if (smoothing.kind === 'add-below') {
    threshold = smoothing.threshold;
    if (Number.isNaN(threshold)) throw new RangeError('bigramModel: threshold is NaN');
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

/**
 * A bigram model from counts under a smoothing rule.
 *
 * - `mle`: P(b|a) = c(ab)/c(a) (the post: P(视|电) = 12426/145001 ≈ 0.08570).
 * - `add`: P(b|a) = (c(ab) + α)/(c(a) + α·V); α = 0 is MLE.
 * - `add-below`: P(b|a) = (c(ab) + α·[c(ab) < T]) / (c(a) + α·k(a)), with k(a) = #{b among the V classes :
 *   c(ab) < T} (the unseen classes, V − #{b : c(ab) > 0}, count when T > 0). T ≤ 0 is MLE; T = ∞ is `add`.
 * - endProb(a) = (c(a) − Σ_b c(ab)) / denominator, so Σ_b P(b|a) + endProb(a) = 1 over the V classes.
 *
 * Edges: if the pairs of a row add up to more than c(a), c(a) is raised to Σ_b c(ab) (then endProb(a) = 0, and
 * probabilities never exceed 1). An unknown prev (c(a) = 0 and no pairs) gives 0 for every next and endProb 1
 * under MLE (and α = 0), and the uniform 1/V with endProb 0 under smoothing (α > 0, and T > 0 for add-below).
 * Only the first code point of a bigram key is `prev`. Built as `indexedBigramModel(bigramRowIndex(counts),
 * smoothing)`; build the index once when the smoothing changes often. Throws RangeError for a negative or non-finite count,
 * V not a positive integer, α negative or non-finite, or a NaN threshold.
 *
 * @example
 * const counts = {
 *   unigram: new Map([['电', 145001]]),
 *   bigram: new Map([['电视', 12426], ['电规', 7]]),
 *   vocabulary: 3062,
 * };
 * bigramModel(counts, { kind: 'mle' }).prob('电', '视'); // 12426 / 145001 ≈ 0.08570
 * bigramModel(counts, { kind: 'add', alpha: 1 }).prob('电', '柳'); // 1 / (145001 + 3062)
 */
export function bigramModel(counts: BigramCounts, smoothing: Smoothing): BigramModel {
  return indexedBigramModel(bigramRowIndex(counts), smoothing);
}
