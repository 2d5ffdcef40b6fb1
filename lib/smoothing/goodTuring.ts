/**
 * Simple Good–Turing (Gale & Sampson, "Good–Turing frequency estimation without tears", 1995), after Good
 * (1953): an item seen r times gets the adjusted count r* = (r + 1)·E[N_{r+1}]/E[N_r], where N_r is the
 * number of distinct items seen exactly r times (the counts of counts), and all unseen items together get the
 * probability N₁/N.
 *
 * The fit of the counts of counts: the N_r are sparse and noisy for large r, so each is first spread over the
 * gap around it, Z_r = 2N_r/(t − q) with q and t the neighbouring observed counts (q = 0 before the first;
 * t = 2r − q after the last), and log Z_r is fitted by least squares with a line a + b·log r. Then
 * r* = (r + 1)·(1 + 1/r)^b from the line (the "LGT" estimate), except that for small r the raw Turing
 * estimate (r + 1)N_{r+1}/N_r is used while it differs from the line's by more than 1.96 standard deviations
 * (and N_{r+1} > 0); from the first r where it does not, the line is used for every larger r. The seen items'
 * probabilities are rescaled to share 1 − N₁/N.
 */

/** The counts of counts of a count vector: for each count r ≥ 1 that occurs, how many items have it. */
export interface CountsOfCounts {
  /** The distinct positive counts, ascending. */
  readonly r: readonly number[];
  /** N_r for each of them. */
  readonly nr: readonly number[];
  /** How many items have count 0. */
  readonly n0: number;
  /** N = Σ r·N_r, the number of tokens. */
  readonly total: number;
}

/**
 * The counts of counts of `counts` (one non-negative integer count per item of the vocabulary).
 * Throws RangeError for a count that is negative, fractional or not finite.
 * @example
 * countsOfCounts([0, 1, 1, 3]); // { r: [1, 3], nr: [2, 1], n0: 1, total: 5 }
 */
export function countsOfCounts(counts: ArrayLike<number>): CountsOfCounts {
  const tally = new Map<number, number>();
  let n0 = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    if (!(Number.isSafeInteger(c) && c >= 0))
      throw new RangeError(`countsOfCounts: item ${i} has count ${c}; counts must be integers ≥ 0`);
    if (c === 0) n0++;
    else tally.set(c, (tally.get(c) ?? 0) + 1);
    total += c;
  }
  const r = [...tally.keys()].sort((x, y) => x - y);
  return { r, nr: r.map((k) => tally.get(k) as number), n0, total };
}

/** The Simple Good–Turing estimate for one table of counts of counts. */
export interface SimpleGoodTuring {
  /** The distinct positive counts r, ascending (as in the input). */
  readonly r: readonly number[];
  /** The adjusted count r* of each. */
  readonly rStar: readonly number[];
  /** The probability of one item seen r times: (1 − p0)·r* ÷ N′ with N′ = Σ N_r·r*. */
  readonly prob: readonly number[];
  /** The total probability of the unseen items, N₁/N. */
  readonly p0: number;
  /** The fitted line log Z_r = intercept + slope·log r (slope NaN when fewer than two counts occur). */
  readonly intercept: number;
  readonly slope: number;
  /** The first r whose r* comes from the line (Infinity if the raw Turing estimate served every r). */
  readonly lineFrom: number;
}

/**
 * Simple Good–Turing on a table of counts of counts (see the module comment). With a single distinct count
 * there is no line to fit: r* = r for it (its Turing estimate needs N_{r+1}) and p0 = N₁/N as always. Warns
 * nothing: a slope above −1 (which Gale & Sampson flag as unreliable) is returned for the caller to show.
 * Throws RangeError for an empty table (no tokens), or r and nr of different lengths or not positive.
 * @example
 * simpleGoodTuring({ r: [1, 2, 3], nr: [10, 4, 2], n0: 0, total: 24 }).p0; // 10/24
 */
export function simpleGoodTuring(table: CountsOfCounts): SimpleGoodTuring {
  const { r, nr, total } = table;
  if (r.length !== nr.length) throw new RangeError('simpleGoodTuring: r and nr differ in length');
  if (r.length === 0 || !(total > 0)) throw new RangeError('simpleGoodTuring: no tokens to estimate from');
  for (let k = 0; k < r.length; k++) {
    if (!((r[k] as number) > 0 && (nr[k] as number) > 0))
      throw new RangeError(`simpleGoodTuring: r and N_r must be positive (entry ${k})`);
    if (k > 0 && (r[k] as number) <= (r[k - 1] as number))
      throw new RangeError('simpleGoodTuring: r must be strictly ascending');
  }
  const n1 = r[0] === 1 ? (nr[0] as number) : 0;
  const p0 = n1 / total;
  const m = r.length;

  let slope = Number.NaN;
  let intercept = Number.NaN;
  if (m >= 2) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = 0; k < m; k++) {
      const q = k === 0 ? 0 : (r[k - 1] as number);
      const t = k === m - 1 ? 2 * (r[k] as number) - q : (r[k + 1] as number);
      xs.push(Math.log(r[k] as number));
      ys.push(Math.log((2 * (nr[k] as number)) / (t - q)));
    }
    const mx = xs.reduce((s, v) => s + v, 0) / m;
    const my = ys.reduce((s, v) => s + v, 0) / m;
    let sxy = 0;
    let sxx = 0;
    for (let k = 0; k < m; k++) {
      sxy += ((xs[k] as number) - mx) * ((ys[k] as number) - my);
      sxx += ((xs[k] as number) - mx) ** 2;
    }
    slope = sxy / sxx;
    intercept = my - slope * mx;
  }

  const nrOf = new Map<number, number>();
  for (let k = 0; k < m; k++) nrOf.set(r[k] as number, nr[k] as number);
  const rStar: number[] = [];
  let lineFrom = Number.POSITIVE_INFINITY;
  for (let k = 0; k < m; k++) {
    const rk = r[k] as number;
    const n = nr[k] as number;
    const next = nrOf.get(rk + 1) ?? 0;
    const line = m >= 2 ? (rk + 1) * (1 + 1 / rk) ** slope : Number.NaN;
    let value: number;
    if (lineFrom <= rk || Number.isNaN(line)) {
      value = Number.isNaN(line) ? (next > 0 ? ((rk + 1) * next) / n : rk) : line;
    } else if (next === 0) {
      lineFrom = rk;
      value = line;
    } else {
      const turing = ((rk + 1) * next) / n;
      const sd = Math.sqrt(((rk + 1) ** 2 * next * (1 + next / n)) / (n * n));
      if (Math.abs(turing - line) > 1.96 * sd) value = turing;
      else {
        lineFrom = rk;
        value = line;
      }
    }
    rStar.push(value);
  }
  let nPrime = 0;
  for (let k = 0; k < m; k++) nPrime += (nr[k] as number) * (rStar[k] as number);
  const prob = rStar.map((v) => ((1 - p0) * v) / nPrime);
  return { r, rStar, prob, p0, intercept, slope, lineFrom };
}
