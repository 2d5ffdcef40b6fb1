/**
 * Norms and power means of the magnitudes |xᵢ| of a vector, computed without overflow or underflow.
 *
 * Every sparsity measure in this module reads a vector through {@link magnitudes}, so they all share one
 * rule for non-finite entries: NaN counts as 0 and ±Infinity as the largest finite magnitude in the vector
 * (1 if there is none). With that rule no measure ever returns NaN.
 */

/**
 * The magnitudes |xᵢ| as a new Float64Array, with NaN entries replaced by 0 and ±Infinity by the largest
 * finite magnitude in x (1 if x has no finite nonzero entry).
 *
 * Shapes: length n → length n. Edges: empty → empty.
 *
 * @example
 * magnitudes([-2, NaN, Infinity, 1]); // Float64Array [2, 0, 2, 1]
 * magnitudes([-Infinity, 0]);         // Float64Array [1, 0]
 */
export function magnitudes(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const c = new Float64Array(n);
  let maxFinite = 0;
  let infinite = false;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(x[i] as number);
    if (v === Number.POSITIVE_INFINITY) infinite = true;
    else if (v > maxFinite) maxFinite = v; // NaN fails the comparison and stays 0 below
    c[i] = Number.isNaN(v) ? 0 : v;
  }
  if (infinite) {
    const replacement = maxFinite > 0 ? maxFinite : 1;
    for (let i = 0; i < n; i++) if (c[i] === Number.POSITIVE_INFINITY) c[i] = replacement;
  }
  return c;
}

/** Largest entry of a non-negative array; 0 if empty. */
export function maxOf(c: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < c.length; i++) if ((c[i] as number) > m) m = c[i] as number;
  return m;
}

/** Smallest entry of a non-negative array; 0 if empty. */
function minOf(c: ArrayLike<number>): number {
  if (c.length === 0) return 0;
  let m = Number.POSITIVE_INFINITY;
  for (let i = 0; i < c.length; i++) if ((c[i] as number) < m) m = c[i] as number;
  return m;
}

/** The smallest positive normal double, 2^−1022: below it a double keeps fewer than 53 significant bits. */
export const MIN_NORMAL = 2 ** -1022;

/**
 * log(c/m) for finite c, m > 0, also where c/m would underflow or lose bits as a subnormal (c ≪ m): there it
 * is log c − log m, good to about 1e−13 absolute.
 *
 * @example
 * logRatio(1e-300, 1e300); // −1381.55… (1e-300/1e300 underflows to 0)
 */
export function logRatio(c: number, m: number): number {
  const t = c / m;
  return t >= MIN_NORMAL && t < Number.POSITIVE_INFINITY ? Math.log(t) : Math.log(c) - Math.log(m);
}

/**
 * (c/m)ᵖ for 0 ≤ c ≤ m (finite, m > 0) and p > 0, to a relative 1e−12 or better also where c/m or the power
 * falls below 2^−1022: there it is exp(p·log(c/m)) from {@link logRatio}. Powering after scaling is what keeps
 * 1e−318 and 1e300 entries exact to the last bits (powering first under- or overflows).
 *
 * @example
 * ratioPower(1e-318, 4e-318, 0.5); // 0.5 (to the bits of the subnormal inputs)
 */
export function ratioPower(c: number, m: number, p: number): number {
  if (c === 0) return 0;
  const t = c / m;
  if (t >= MIN_NORMAL) {
    const w = p === 1 ? t : p === 2 ? t * t : t ** p;
    if (w >= MIN_NORMAL) return w;
  }
  return Math.exp(p * logRatio(c, m));
}

/**
 * Σ (cᵢ/s)ᵖ for magnitudes c and a finite p ≠ 0, with s = max c for p > 0 and s = min c > 0 for p < 0, so
 * every term is at most 1 (for p < 0 the term is (s/cᵢ)^{−p}).
 */
function scaledPowerSum(c: ArrayLike<number>, s: number, p: number): number {
  let sum = 0;
  if (p > 0) for (let i = 0; i < c.length; i++) sum += ratioPower(c[i] as number, s, p);
  else for (let i = 0; i < c.length; i++) sum += ratioPower(s, c[i] as number, -p);
  return sum;
}

/**
 * mean (cᵢ/m)ᵖ over magnitudes c with m = max c > 0 and p > 0 (p = Infinity counts the entries equal to m):
 * the scaled power mean before its root, in [1/n, 1] because the largest term is 1, so it never underflows.
 * Ratios of power means (S*_{q,p}) are taken from these, never multiplied back by m, so they keep full
 * precision when m is subnormal.
 */
export function meanScaledPower(c: ArrayLike<number>, m: number, p: number): number {
  return scaledPowerSum(c, m, p) / c.length;
}

/**
 * (Σ cᵢᵖ)^{1/p} or, with `mean`, (mean cᵢᵖ)^{1/p} over non-negative magnitudes c: the shared kernel of
 * {@link lpNorm} and {@link powerMean} (p finite and nonzero). Scales by max c (p > 0) or min c (p < 0)
 * before powering, so that no power overflows or underflows; only the root is multiplied back by the scale.
 */
export function powerSumRoot(c: ArrayLike<number>, p: number, mean: boolean): number {
  const n = c.length;
  if (n === 0) return 0;
  // A zero entry makes Σ cᵢᵖ infinite for p < 0, so the root is 0.
  const m = p > 0 ? maxOf(c) : minOf(c);
  if (m === 0) return 0;
  const s = scaledPowerSum(c, m, p);
  return m * (mean ? s / n : s) ** (1 / p);
}

/**
 * The ℓp norm of x, ‖x‖_p = (Σ|xᵢ|ᵖ)^{1/p}, computed as m·(Σ(|xᵢ|/m)ᵖ)^{1/p} with m = max|xᵢ|, so
 * `lpNorm([1e200, 1e200], 2)` is 1.414e200, not Infinity.
 *
 * p > 0 (0 < p < 1 gives the quasi-norm); p = Infinity gives max|xᵢ|; p = 0 gives the count of nonzero
 * entries (the "ℓ0 norm" convention); p < 0 gives (Σ|xᵢ|ᵖ)^{1/p}, which is 0 as soon as one entry is 0;
 * p = −Infinity gives min|xᵢ|. Edges: empty → 0, zero vector → 0, NaN p → 0; non-finite entries follow
 * {@link magnitudes}.
 *
 * @example
 * lpNorm([3, -4], 2);        // 5
 * lpNorm([3, -4], Infinity); // 4
 * lpNorm([1, 0, 2], 0);      // 2
 */
export function lpNorm(x: ArrayLike<number>, p: number): number {
  const c = magnitudes(x);
  if (c.length === 0 || Number.isNaN(p)) return 0;
  if (p === Number.POSITIVE_INFINITY) return maxOf(c);
  if (p === Number.NEGATIVE_INFINITY) return minOf(c);
  if (p === 0) {
    let count = 0;
    for (let i = 0; i < c.length; i++) if ((c[i] as number) !== 0) count++;
    return count;
  }
  return powerSumRoot(c, p, false);
}

/**
 * The power mean of the magnitudes, M_p(x) = (mean |xᵢ|ᵖ)^{1/p} = n^{−1/p}·‖x‖_p, for every real p.
 *
 * p → 0 is the geometric mean exp(mean log|xᵢ|) (0 if any entry is 0); p = ±Infinity gives max / min |xᵢ|;
 * p < 0 gives 0 as soon as one entry is 0. M_p is non-decreasing in p (the power-mean inequality), which
 * is why S*_{q,p} = M_q/M_p ≤ 1 for q < p. Edges: empty → 0, zero vector → 0, NaN p → 0; non-finite
 * entries follow {@link magnitudes}. Overflow-safe like {@link lpNorm}.
 *
 * @example
 * powerMean([1, 4], 1); // 2.5
 * powerMean([1, 4], 0); // 2 (geometric mean)
 * powerMean([1, 4], -1); // 1.6 (harmonic mean)
 */
export function powerMean(x: ArrayLike<number>, p: number): number {
  return powerMeanOfMagnitudes(magnitudes(x), p);
}

/** {@link powerMean} of magnitudes that are already non-negative and finite. */
export function powerMeanOfMagnitudes(c: ArrayLike<number>, p: number): number {
  const n = c.length;
  if (n === 0 || Number.isNaN(p)) return 0;
  if (p === Number.POSITIVE_INFINITY) return maxOf(c);
  if (p === Number.NEGATIVE_INFINITY) return minOf(c);
  if (p === 0) {
    let logSum = 0;
    for (let i = 0; i < n; i++) {
      const v = c[i] as number;
      if (v === 0) return 0;
      logSum += Math.log(v);
    }
    return Math.exp(logSum / n);
  }
  return powerSumRoot(c, p, true);
}
