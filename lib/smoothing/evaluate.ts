/**
 * Scoring a smoothed distribution on held-out text: the log-likelihood of the test tokens, and the table that
 * shows where a rule goes wrong, the held-out counts of items grouped by their training count (the
 * "frequency of frequencies" view of Good–Turing and of Chen & Goodman, 1999). Plus a one-dimensional search
 * for a rule's constant (α or γ) on held-out data.
 */

/** How well a distribution predicts held-out tokens. */
export interface HeldOutScore {
  /** Σ testᵢ·ln pᵢ over the vocabulary (−Infinity when a test token has probability 0). */
  readonly logLikelihood: number;
  /** The number of test tokens, Σ testᵢ. */
  readonly tokens: number;
  /** Cross-entropy in bits per token, −logLikelihood/(tokens·ln 2). */
  readonly bitsPerToken: number;
  /** exp(−logLikelihood/tokens): the effective number of equally likely choices per token. */
  readonly perplexity: number;
  /** Test tokens of items given probability 0 (MLE on unseen items). */
  readonly zeroProbabilityTokens: number;
}

/**
 * Scores `probs` (one probability per vocabulary item) on `test` counts of the same items.
 * Throws RangeError when the lengths differ, a test count is negative or not finite, or there are no test tokens.
 * @example
 * heldOutScore([0.5, 0.5], [1, 1]).perplexity; // 2
 */
export function heldOutScore(probs: ArrayLike<number>, test: ArrayLike<number>): HeldOutScore {
  if (probs.length !== test.length)
    throw new RangeError(`heldOutScore: ${probs.length} probabilities for ${test.length} test counts`);
  let logLikelihood = 0;
  let tokens = 0;
  let zeroProbabilityTokens = 0;
  for (let i = 0; i < test.length; i++) {
    const t = test[i] as number;
    if (!(t >= 0 && Number.isFinite(t))) throw new RangeError(`heldOutScore: item ${i} has test count ${t}`);
    if (t === 0) continue;
    tokens += t;
    const p = probs[i] as number;
    if (p > 0) logLikelihood += t * Math.log(p);
    else {
      zeroProbabilityTokens += t;
      logLikelihood = Number.NEGATIVE_INFINITY;
    }
  }
  if (tokens === 0) throw new RangeError('heldOutScore: the test counts hold no tokens');
  return {
    logLikelihood,
    tokens,
    bitsPerToken: -logLikelihood / (tokens * Math.LN2),
    perplexity: Math.exp(-logLikelihood / tokens),
    zeroProbabilityTokens,
  };
}

/** One row of the frequency-of-frequencies table: the items seen r times in training. */
export interface FrequencyRow {
  /** The training count r. */
  readonly r: number;
  /** How many items have it (N_r; for r = 0, the unseen items of the vocabulary). */
  readonly items: number;
  /** Their mean held-out count, rescaled to the training size: what r "really" is (Church & Gale). */
  readonly heldOut: number;
  /** What each distribution predicts for one of them at the training size, mean pᵢ·N_train; same order. */
  readonly predicted: readonly number[];
}

/**
 * The table for training counts r = 0 … maxR (rows with no items are left out): for each r, the items with
 * that training count, their mean test count scaled by N_train/N_test, and each distribution's prediction
 * pᵢ·N_train averaged over them. A rule is right for r when its prediction matches the held-out value: MLE
 * predicts r itself, which is too high for small r and 0 for unseen items.
 * Throws RangeError for lengths that differ, counts that are negative or not finite, an empty train or test
 * text, or maxR not an integer ≥ 0.
 * @example
 * frequencyTable([0, 1, 1, 2], [1, 1, 0, 2], [[0, 0.25, 0.25, 0.5]], 2)[1]; // { r: 1, items: 2, heldOut: 0.5, predicted: [1] }
 */
export function frequencyTable(
  train: ArrayLike<number>,
  test: ArrayLike<number>,
  distributions: readonly ArrayLike<number>[],
  maxR: number,
): FrequencyRow[] {
  if (train.length !== test.length) throw new RangeError('frequencyTable: train and test differ in length');
  for (const p of distributions)
    if (p.length !== train.length) throw new RangeError('frequencyTable: a distribution differs in length');
  if (!Number.isSafeInteger(maxR) || maxR < 0)
    throw new RangeError(`frequencyTable: maxR must be an integer ≥ 0, got ${maxR}`);
  let nTrain = 0;
  let nTest = 0;
  for (let i = 0; i < train.length; i++) {
    const a = train[i] as number;
    const b = test[i] as number;
    if (!(a >= 0 && b >= 0 && Number.isFinite(a) && Number.isFinite(b)))
      throw new RangeError(`frequencyTable: item ${i} has counts ${a}, ${b}`);
    nTrain += a;
    nTest += b;
  }
  if (nTrain === 0 || nTest === 0) throw new RangeError('frequencyTable: the train or test text is empty');
  const items = new Float64Array(maxR + 1);
  const held = new Float64Array(maxR + 1);
  const pred = distributions.map(() => new Float64Array(maxR + 1));
  for (let i = 0; i < train.length; i++) {
    const r = train[i] as number;
    if (r > maxR || !Number.isInteger(r)) continue;
    items[r] = (items[r] as number) + 1;
    held[r] = (held[r] as number) + (test[i] as number);
    distributions.forEach((p, d) => {
      const row = pred[d] as Float64Array;
      row[r] = (row[r] as number) + (p[i] as number);
    });
  }
  const rows: FrequencyRow[] = [];
  for (let r = 0; r <= maxR; r++) {
    const k = items[r] as number;
    if (k === 0) continue;
    rows.push({
      r,
      items: k,
      heldOut: ((held[r] as number) / k) * (nTrain / nTest),
      predicted: pred.map((row) => ((row[r] as number) / k) * nTrain),
    });
  }
  return rows;
}

/**
 * The constant in [lo, hi] (lo > 0) that maximises `score`, by golden-section search on a log scale: for a
 * rule's α or γ, with `score` its held-out log-likelihood on a development split. Assumes `score` is
 * unimodal on the interval; returns the best point evaluated and its score.
 * Throws RangeError unless 0 < lo ≤ hi are finite and steps is an integer ≥ 1.
 * @example
 * maximiseOnLogScale((x) => -((Math.log(x) - 1) ** 2), 0.01, 100).value; // ≈ e
 */
export function maximiseOnLogScale(
  score: (x: number) => number,
  lo: number,
  hi: number,
  steps = 40,
): { value: number; score: number } {
  if (!(lo > 0 && hi >= lo && Number.isFinite(hi)))
    throw new RangeError(`maximiseOnLogScale: need 0 < lo ≤ hi, got ${lo}, ${hi}`);
  if (!Number.isSafeInteger(steps) || steps < 1)
    throw new RangeError(`maximiseOnLogScale: steps must be ≥ 1`);
  const g = (Math.sqrt(5) - 1) / 2;
  let a = Math.log(lo);
  let b = Math.log(hi);
  let best = { value: lo, score: score(lo) };
  const consider = (x: number) => {
    const s = score(x);
    if (s > best.score || Number.isNaN(best.score)) best = { value: x, score: s };
    return s;
  };
  consider(hi);
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = consider(Math.exp(c));
  let fd = consider(Math.exp(d));
  for (let k = 0; k < steps; k++) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = consider(Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = consider(Math.exp(d));
    }
  }
  return best;
}

/**
 * The training-count bands of {@link bandScores}: each entry is a band's lowest count, the band running up to
 * the next entry (exclusive; the last is open). The default splits unseen, once, a few, tens and common items.
 */
export const COUNT_BANDS = [0, 1, 2, 5, 20] as const;

/** The held-out tokens of the items in one training-count band, and how well a distribution predicts them. */
export interface BandScore {
  /** The band's training counts: lo ≤ r < hi (hi Infinity for the last band). */
  readonly lo: number;
  readonly hi: number;
  /** Vocabulary items with a training count in the band. */
  readonly items: number;
  /** Their held-out tokens. */
  readonly tokens: number;
  /** Σ testᵢ·ln pᵢ over those items, per distribution (same order as given; −Infinity where one gives 0). */
  readonly logLikelihood: readonly number[];
  /** −logLikelihood/(tokens·ln 2) per distribution (NaN for a band without held-out tokens). */
  readonly bitsPerToken: readonly number[];
}

/**
 * The held-out log-likelihood split by the items' training count: for each band [lo, hi) of `bands` (ascending
 * integers from 0), the items whose training count falls in it, their test tokens, and each distribution's
 * Σ testᵢ·ln pᵢ over them. The bands' log-likelihoods add up to heldOutScore's total, so a rule's overall score
 * can be read as its score on rare items plus its score on common ones. Bands with no items are kept (zeros).
 * Throws RangeError for lengths that differ, counts that are negative or not finite, or bands that do not start
 * at 0 or are not strictly ascending integers.
 * @example
 * bandScores([0, 1, 3], [1, 1, 2], [[0.25, 0.25, 0.5]], [0, 1, 2])[0].tokens; // 1 (the unseen item's test token)
 */
export function bandScores(
  train: ArrayLike<number>,
  test: ArrayLike<number>,
  distributions: readonly ArrayLike<number>[],
  bands: readonly number[] = COUNT_BANDS,
): BandScore[] {
  if (train.length !== test.length) throw new RangeError('bandScores: train and test differ in length');
  for (const p of distributions)
    if (p.length !== train.length) throw new RangeError('bandScores: a distribution differs in length');
  if (
    bands[0] !== 0 ||
    bands.some((b, k) => !Number.isSafeInteger(b) || (k > 0 && b <= (bands[k - 1] as number)))
  )
    throw new RangeError(`bandScores: bands must be ascending integers from 0, got ${bands.join(', ')}`);
  const m = bands.length;
  const items = new Float64Array(m);
  const tokens = new Float64Array(m);
  const ll = distributions.map(() => new Float64Array(m));
  let band = 0;
  for (let i = 0; i < train.length; i++) {
    const r = train[i] as number;
    const t = test[i] as number;
    if (!(r >= 0 && t >= 0 && Number.isFinite(r) && Number.isFinite(t)))
      throw new RangeError(`bandScores: item ${i} has counts ${r}, ${t}`);
    band = m - 1;
    while (band > 0 && r < (bands[band] as number)) band--;
    items[band] = (items[band] as number) + 1;
    if (t === 0) continue;
    tokens[band] = (tokens[band] as number) + t;
    distributions.forEach((p, d) => {
      const row = ll[d] as Float64Array;
      const q = p[i] as number;
      row[band] = (row[band] as number) + (q > 0 ? t * Math.log(q) : Number.NEGATIVE_INFINITY);
    });
  }
  return bands.map((lo, k) => {
    const n = tokens[k] as number;
    const logLikelihood = ll.map((row) => row[k] as number);
    return {
      lo,
      hi: k + 1 < m ? (bands[k + 1] as number) : Number.POSITIVE_INFINITY,
      items: items[k] as number,
      tokens: n,
      logLikelihood,
      bitsPerToken: logLikelihood.map((l) => (n > 0 ? -l / (n * Math.LN2) : Number.NaN)),
    };
  });
}
