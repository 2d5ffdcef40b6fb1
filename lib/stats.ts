/**
 * Small summaries of measurements: the median of samples, the slope of a power law on log–log axes, the
 * least-squares line and correlation of a cloud of points, and the extent of each bin of a long series (for drawing it at the plot's resolution).
 */

/**
 * The median of a list: the middle value after sorting, or the mean of the two middle values for an
 * even count. NaN for an empty list; a NaN entry gives NaN. The input is not modified.
 *
 * @example
 * median([3, 1, 2]);    // 2
 * median([4, 1, 3, 2]); // 2.5
 */
export function median(xs: ArrayLike<number>): number {
  const s = Array.from(xs);
  if (s.length === 0 || s.some(Number.isNaN)) return Number.NaN;
  s.sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

/**
 * The exponent p of the least-squares power law y ≈ c·xᵖ: the slope of the line fitted to (ln x, ln y).
 *
 * Pairs where x or y is not finite and > 0 are left out (they have no logarithm). NaN when fewer than two
 * pairs remain or all remaining x are equal. Throws Error when xs and ys differ in length.
 *
 * @example
 * logLogSlope([64, 128, 256], [1, 4, 16]);  // 2 (y ∝ x²)
 * logLogSlope([1, 10], [5, 5]);             // 0
 */
export function logLogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length) {
    throw new Error(`logLogSlope: ${xs.length} x values but ${ys.length} y values`);
  }
  const lx: number[] = [];
  const ly: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)) {
      lx.push(Math.log(x));
      ly.push(Math.log(y));
    }
  }
  return linearFit(lx, ly).slope;
}

/** The least-squares line through a cloud of points and how well it fits (see linearFit). */
export interface LinearFit {
  /** Points used (pairs with both coordinates finite). */
  readonly n: number;
  /** b and a of the line y ≈ a + b·x minimising Σ (y − a − b·x)²; NaN when n < 2 or all x are equal. */
  readonly slope: number;
  readonly intercept: number;
  /** Pearson's r = cov(x, y) / (sd(x)·sd(y)); NaN when n < 2 or either coordinate is constant. */
  readonly correlation: number;
}

/**
 * The ordinary least-squares line y ≈ a + b·x through the points (xs[i], ys[i]) and their Pearson
 * correlation r (r² is the share of the variance of y the line explains). Pairs with a non-finite coordinate
 * are left out. Centred sums, so a large common offset costs no precision. Throws Error when xs and ys
 * differ in length.
 *
 * @example
 * linearFit([0, 1, 2], [1, 3, 5]); // { n: 3, slope: 2, intercept: 1, correlation: 1 }
 * linearFit([0, 1, 2], [1, 0, 1]).correlation; // 0
 */
export function linearFit(xs: ArrayLike<number>, ys: ArrayLike<number>): LinearFit {
  if (xs.length !== ys.length) {
    throw new Error(`linearFit: ${xs.length} x values but ${ys.length} y values`);
  }
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    n += 1;
    mx += x;
    my += y;
  }
  if (n < 2) return { n, slope: Number.NaN, intercept: Number.NaN, correlation: Number.NaN };
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const dx = x - mx;
    const dy = y - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const slope = sxx === 0 ? Number.NaN : sxy / sxx;
  return {
    n,
    slope,
    intercept: sxx === 0 ? Number.NaN : my - slope * mx,
    correlation: sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy),
  };
}

/** The smallest and largest value in each of a series' consecutive bins (see binExtents). */
export interface BinExtents {
  /** The index of each bin's first value. */
  start: Uint32Array;
  /** The index one past each bin's last value. */
  end: Uint32Array;
  lo: Float64Array;
  hi: Float64Array;
}

/**
 * A long series cut into `bins` consecutive runs of indices of (nearly) equal size, with the smallest and the
 * largest value of each: bin k holds the indices ⌊kL/B⌋ … ⌊(k+1)L/B⌋ − 1. Drawing lo–hi per bin at one or two
 * bins a pixel shows every peak and trough of a series far longer than the plot is wide. Fewer values than
 * bins give one bin per value; an empty series, no bins. NaN values are skipped (a bin of NaN only has
 * lo = hi = NaN).
 * Throws RangeError unless bins is an integer ≥ 1.
 *
 * @example
 * binExtents([1, 5, 2, 8, 3], 2); // start [0, 2], end [2, 5], lo [1, 2], hi [5, 8]
 */
export function binExtents(values: ArrayLike<number>, bins: number): BinExtents {
  if (!Number.isSafeInteger(bins) || bins < 1)
    throw new RangeError(`binExtents: bins must be an integer ≥ 1, got ${bins}`);
  const n = values.length;
  const b = Math.min(bins, n);
  const out: BinExtents = {
    start: new Uint32Array(b),
    end: new Uint32Array(b),
    lo: new Float64Array(b),
    hi: new Float64Array(b),
  };
  for (let k = 0; k < b; k++) {
    const from = Math.floor((k * n) / b);
    const to = Math.floor(((k + 1) * n) / b);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = from; i < to; i++) {
      const v = values[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    out.start[k] = from;
    out.end[k] = to;
    out.lo[k] = lo === Number.POSITIVE_INFINITY ? Number.NaN : lo;
    out.hi[k] = hi === Number.NEGATIVE_INFINITY ? Number.NaN : hi;
  }
  return out;
}

/**
 * The ranks of a list, 1 for the smallest, ties sharing the mean of the ranks they span (fractional ranks):
 * [10, 20, 20, 30] → [1, 2.5, 2.5, 4]. Throws Error for a NaN entry (it has no place in the order).
 *
 * @example
 * fractionalRanks([30, 10, 20, 20]); // [4, 1, 2.5, 2.5]
 */
export function fractionalRanks(xs: ArrayLike<number>): Float64Array {
  const n = xs.length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++)
    if (Number.isNaN(xs[i] as number)) throw new Error(`fractionalRanks: entry ${i} is NaN`);
  order.sort((a, b) => (xs[a] as number) - (xs[b] as number));
  const ranks = new Float64Array(n);
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && xs[order[e] as number] === xs[order[s] as number]) e += 1;
    const mean = (s + 1 + e) / 2;
    for (let q = s; q < e; q++) ranks[order[q] as number] = mean;
    s = e;
  }
  return ranks;
}

/**
 * Spearman's rank correlation ρ: the Pearson correlation of the fractional ranks of xs and ys (ties share
 * their mean rank), in [−1, 1]; 1 when ys grows with xs however unevenly. NaN for fewer than two pairs or when
 * either list is constant (its ranks have no spread). Throws Error when the lengths differ or an entry is NaN.
 *
 * @example
 * spearman([1, 2, 3, 4], [1, 10, 100, 1000]); // 1
 * spearman([1, 2, 3], [3, 2, 1]);             // −1
 */
export function spearman(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length) throw new Error(`spearman: ${xs.length} x values but ${ys.length} y values`);
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const rx = fractionalRanks(xs);
  const ry = fractionalRanks(ys);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}
