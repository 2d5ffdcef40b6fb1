/**
 * Where a tagger looks: a word-influence row (each word's influence on one position's tag, e.g. from
 * wordInfluence) read as shares of the row's total, split into the words before the position, the word itself
 * and the words after it, and averaged over many positions by signed distance. A left-to-right tagger puts no
 * share after the position and most on the last words it read; a bidirectional one reads both sides.
 */

/** One position's influence row as shares, and their split around the position. */
export interface InfluenceSplit {
  /** influence[j] / Σ influence (all zeros when the row sums to 0 or is not finite). */
  readonly shares: number[];
  /** Σ of the shares left of the position, at it, and right of it (0, 0, 0 for a zero row). */
  readonly before: number;
  readonly self: number;
  readonly after: number;
}

/**
 * Splits one influence row around `position`: shares s_j = x_j / Σ_k x_k, before = Σ_{j<t} s_j, self = s_t,
 * after = Σ_{j>t} s_j. Negative entries are read as their size (|x_j|). A row summing to 0 (or with a
 * non-finite entry) gives zero shares and 0, 0, 0, never NaN. Throws RangeError for a position outside the row.
 * @example
 * influenceSplit([1, 3, 0, 0], 1); // { shares: [0.25, 0.75, 0, 0], before: 0.25, self: 0.75, after: 0 }
 */
export function influenceSplit(row: ArrayLike<number>, position: number): InfluenceSplit {
  const T = row.length;
  if (!(Number.isInteger(position) && position >= 0 && position < T))
    throw new RangeError(`influenceSplit: position ${position} outside 0…${T - 1}`);
  let total = 0;
  for (let j = 0; j < T; j++) total += Math.abs(row[j] as number);
  if (!(total > 0 && Number.isFinite(total)))
    return { shares: Array.from({ length: T }, () => 0), before: 0, self: 0, after: 0 };
  const shares = Array.from({ length: T }, (_, j) => Math.abs(row[j] as number) / total);
  let before = 0;
  let after = 0;
  for (let j = 0; j < position; j++) before += shares[j] as number;
  for (let j = position + 1; j < T; j++) after += shares[j] as number;
  return { shares, before, self: shares[position] as number, after };
}

/** Influence shares averaged over positions (see influenceSummary). */
export interface InfluenceSummary {
  /** Positions averaged over (rows with a positive total). */
  readonly positions: number;
  /** Mean share on the words before the position, on the word itself, and on the words after it. */
  readonly before: number;
  readonly self: number;
  readonly after: number;
  /** Mean share on the word itself and the `recent` − 1 words just before it (the last words read). */
  readonly recent: number;
  /** Offsets −D…D of the word from the position. */
  readonly distances: number[];
  /** Mean share at each offset, over the positions whose word at that offset exists (NaN where none does). */
  readonly byDistance: number[];
}

/**
 * Averages influence over every position of every matrix (matrix[t] = each word's influence on position t, a
 * T × T array): the mean of influenceSplit's before, self and after, the mean share on the last `recent` words
 * up to and including the position, and the mean share by signed offset d = j − t for |d| ≤ `maxDistance`.
 * Rows summing to 0 are left out; no rows give 0 positions and NaN means. Throws RangeError for a row whose
 * length is not T, or a bad `maxDistance` or `recent`.
 * @example
 * influenceSummary([[[1, 0], [1, 1]]], { maxDistance: 1 }).after; // 0
 */
export function influenceSummary(
  matrices: readonly (readonly ArrayLike<number>[])[],
  options: { maxDistance?: number; recent?: number } = {},
): InfluenceSummary {
  const D = options.maxDistance ?? 5;
  const recent = options.recent ?? 3;
  if (!(Number.isInteger(D) && D >= 0)) throw new RangeError(`influenceSummary: maxDistance ${D}`);
  if (!(Number.isInteger(recent) && recent >= 1)) throw new RangeError(`influenceSummary: recent ${recent}`);
  const sums = new Float64Array(2 * D + 1);
  const counts = new Float64Array(2 * D + 1);
  let positions = 0;
  let before = 0;
  let self = 0;
  let after = 0;
  let near = 0;
  for (const m of matrices) {
    const T = m.length;
    m.forEach((row, t) => {
      if (row.length !== T)
        throw new RangeError(`influenceSummary: row ${t} has ${row.length} entries, not ${T}`);
      const s = influenceSplit(row, t);
      if (s.before + s.self + s.after === 0) return;
      positions += 1;
      before += s.before;
      self += s.self;
      after += s.after;
      for (let j = Math.max(0, t - recent + 1); j <= t; j++) near += s.shares[j] as number;
      for (let d = -D; d <= D; d++) {
        const j = t + d;
        if (j < 0 || j >= T) continue;
        sums[d + D] += s.shares[j] as number;
        counts[d + D] += 1;
      }
    });
  }
  const mean = (x: number) => (positions > 0 ? x / positions : Number.NaN);
  return {
    positions,
    before: mean(before),
    self: mean(self),
    after: mean(after),
    recent: mean(near),
    distances: Array.from({ length: 2 * D + 1 }, (_, i) => i - D),
    byDistance: Array.from(sums, (s, i) =>
      (counts[i] as number) > 0 ? s / (counts[i] as number) : Number.NaN,
    ),
  };
}
