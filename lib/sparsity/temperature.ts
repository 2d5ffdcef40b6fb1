/**
 * Softmax with a temperature, and the post's link between S*₁,ₚ and Rényi entropy along a temperature path.
 *
 * For a probability vector x of length n, S*₁,ₚ(x) = n^{(1−p)/p}·‖x‖₁/‖x‖ₚ and the Rényi entropy
 * Hₚ(x) = log(Σxᵢᵖ)/(1−p) satisfy S*₁,ₚ(x) = exp(−(p−1)/p·(log n − Hₚ(x))), because ‖x‖₁ = 1 and
 * log ‖x‖ₚ = (1−p)/p·Hₚ. Both sides are scale-invariant in x, so the identity holds for any non-negative,
 * non-zero vector once it is normalised (which `renyiEntropy` does).
 */

import { softmax } from '../attention';
import { createRng } from '../random';
import { renyiEntropy, sStar } from './measures';

/**
 * softmax(z / T): wᵢ = exp((zᵢ − max z)/T) / Σⱼ exp((zⱼ − max z)/T), as a new Float64Array of length n.
 *
 * The maximum is subtracted before dividing, so tiny T never overflows. Limits are exact: T = 0 gives the
 * uniform distribution over the maximal logits (one-hot when the maximum is unique, shared equally on ties);
 * T = Infinity gives the uniform distribution 1/n. Empty logits give an empty array; a NaN logit gives all NaN
 * (as `softmax`). Throws RangeError for a negative or NaN temperature.
 *
 * @example
 * softmaxAtTemperature([0, Math.log(3)], 1);  // [0.25, 0.75]
 * softmaxAtTemperature([1, 2, 2], 0);         // [0, 0.5, 0.5]
 * softmaxAtTemperature([1, 2, 3], Infinity);  // [1/3, 1/3, 1/3]
 */
export function softmaxAtTemperature(logits: ArrayLike<number>, temperature: number): Float64Array {
  if (!(temperature >= 0)) {
    throw new RangeError(`softmaxAtTemperature: temperature must be ≥ 0, got ${temperature}`);
  }
  const n = logits.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = logits[i] as number;
    if (Number.isNaN(v)) return out.fill(Number.NaN);
    if (v > max) max = v;
  }
  if (temperature === Number.POSITIVE_INFINITY) return out.fill(1 / n);
  for (let i = 0; i < n; i++) {
    const d = (logits[i] as number) - max;
    // d ≤ 0; at T = 0 only the maxima (d = 0) keep weight, which softmax then shares equally.
    out[i] = temperature === 0 ? (d === 0 ? 0 : Number.NEGATIVE_INFINITY) : d / temperature;
  }
  return softmax(out);
}

/**
 * `count` numbers spaced evenly on a log scale from `lo` to `hi` inclusive: lo·(hi/lo)^{k/(count−1)}.
 *
 * count 0 gives an empty array, count 1 gives [lo]; the last entry is exactly `hi`. Throws RangeError unless
 * 0 < lo, hi < ∞ and count is a non-negative integer.
 *
 * @example
 * logSpace(0.01, 100, 5); // [0.01, 0.1, 1, 10, 100]
 */
export function logSpace(lo: number, hi: number, count: number): Float64Array {
  if (!(lo > 0 && hi > 0 && Number.isFinite(lo) && Number.isFinite(hi))) {
    throw new RangeError(`logSpace: bounds must be positive and finite, got ${lo} and ${hi}`);
  }
  if (!(Number.isInteger(count) && count >= 0)) {
    throw new RangeError(`logSpace: count must be a non-negative integer, got ${count}`);
  }
  const out = new Float64Array(count);
  const a = Math.log(lo);
  const b = Math.log(hi);
  for (let k = 0; k < count; k++) out[k] = count === 1 ? lo : Math.exp(a + ((b - a) * k) / (count - 1));
  if (count > 1) {
    out[0] = lo;
    out[count - 1] = hi;
  }
  return out;
}

/**
 * n seeded Gaussian logits zᵢ ~ N(0, spread²) drawn with `createRng(seed)`, the `ties` largest of which are
 * then set equal to the maximum (so the T → 0 limit shares its weight between `ties` entries).
 *
 * `ties` is clamped to [1, n]; n = 0 gives an empty array; spread 0 gives all zeros (every logit tied).
 * Throws RangeError for a negative or fractional n, or a negative or non-finite spread.
 *
 * @example
 * seededLogits(4, 1, 2);    // four N(0, 4) draws, the same for seed 1 on every platform
 * seededLogits(4, 1, 2, 2); // the same, with the second largest raised to the largest
 */
export function seededLogits(n: number, seed: number, spread: number, ties = 1): Float64Array {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`seededLogits: bad length ${n}`);
  if (!(spread >= 0 && Number.isFinite(spread))) throw new RangeError(`seededLogits: bad spread ${spread}`);
  const rng = createRng(seed);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = rng.normal(0, spread);
  if (n === 0) return z;
  const k = Math.min(n, Math.max(1, Math.round(ties)));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (z[b] as number) - (z[a] as number));
  const max = z[order[0] as number] as number;
  for (let r = 1; r < k; r++) z[order[r] as number] = max;
  return z;
}

/**
 * The right side of the Rényi identity, exp(−(p−1)/p·(log n − H)): the S*₁,ₚ that a probability vector of
 * length n with Rényi entropy Hₚ = H must have. Runs from n^{(1−p)/p} at H = 0 to 1 at H = log n.
 *
 * n < 1 gives 1 (the empty vector's S*).
 *
 * @example
 * sStarFromRenyi(0, 4, 2);           // 0.5
 * sStarFromRenyi(Math.log(4), 4, 2); // 1
 */
export function sStarFromRenyi(h: number, n: number, p: number): number {
  if (!(n >= 1)) return 1;
  return Math.exp((-(p - 1) / p) * (Math.log(n) - h));
}

/**
 * The identity's curve, S* = exp(−(p−1)/p·(log n − H)), at `count` + 1 evenly spaced entropies H from 0 to
 * log n (both included): every probability vector of length n lies on it. n < 1 gives the single point
 * (0, 1); count < 1 counts as 1.
 *
 * @example
 * renyiIdentityCurve(4, 2, 2); // { h: [0, log 2, log 4], s: [0.5, 0.7071…, 1] }
 */
export function renyiIdentityCurve(
  n: number,
  p: number,
  count: number,
): { h: Float64Array; s: Float64Array } {
  const k = n >= 1 ? Math.max(1, Math.floor(count)) : 0;
  const logN = n >= 1 ? Math.log(n) : 0;
  const h = new Float64Array(k + 1);
  const s = new Float64Array(k + 1);
  for (let i = 0; i <= k; i++) {
    h[i] = k === 0 ? 0 : (logN * i) / k;
    s[i] = sStarFromRenyi(h[i] as number, n, p);
  }
  return { h, s };
}

/** Both sides of the Rényi identity for one vector (see {@link renyiIdentity}). */
export interface RenyiIdentityCheck {
  /**
   * The left side n^{1/p−1}·‖x‖₁/‖x‖ₚ = M₁(x)/Mₚ(x), from norms: S*₁,ₚ(x) for p > 1; for p < 1 it is ≥ 1, the
   * reciprocal 1/S*ₚ,₁(x) of the measure with the orders in their required order.
   */
  sStar: number;
  /** Hₚ of x/Σx (natural log), by `renyiEntropy(x, p)`. */
  renyi: number;
  /** exp(−(p−1)/p·(log n − Hₚ)), the right-hand side. */
  predicted: number;
  /** sStar − predicted (0 up to rounding when the identity holds). */
  difference: number;
}

/**
 * Both sides of S*₁,ₚ(x) = exp(−(p−1)/p·(log n − Hₚ(x))) for a non-negative vector x (normalised inside),
 * each computed independently: the left from norms, the right from the Rényi entropy.
 *
 * The identity holds for every order p > 0, and both sides are computed for it as written: for p < 1 the
 * left side n^{1/p−1}·‖x‖₁/‖x‖ₚ is M₁/Mₚ ≥ 1, which is 1/sStar(x, p, 1) (`sStar` puts its smaller order first,
 * so `sStar(x, 1, p)` would give the reciprocal Mₚ/M₁ and a false mismatch). Edges follow the measures: the
 * zero vector and the empty vector give `sStar`'s and `renyiEntropy`'s documented values (their difference
 * is then not meaningful); p = 1 gives S*₁,₁ = 1 and a right side of 1.
 *
 * @example
 * renyiIdentity([1, 0, 0, 0], 2);   // { sStar: 0.5, renyi: 0, predicted: 0.5, difference: 0 }
 * renyiIdentity([1, 0, 0, 0], 0.5); // { sStar: 4, renyi: 0, predicted: 4, difference: 0 }
 */
export function renyiIdentity(x: ArrayLike<number>, p: number): RenyiIdentityCheck {
  const n = x.length;
  const s = p < 1 ? 1 / sStar(x, p, 1) : sStar(x, 1, p);
  const h = renyiEntropy(x, p);
  const predicted = sStarFromRenyi(h, n, p);
  return { sStar: s, renyi: h, predicted, difference: s - predicted };
}

/** S*₁,ₚ, Hₚ and the identity's right side at each temperature of a path (see {@link temperaturePath}). */
export interface TemperaturePath {
  temperatures: Float64Array;
  sStar: Float64Array;
  renyi: Float64Array;
  predicted: Float64Array;
  difference: Float64Array;
  /** max |sStar − predicted| over the path (0 for an empty path), and the index where it occurs (−1 if empty). */
  maxAbsDifference: number;
  argMaxDifference: number;
}

/**
 * Follows softmax(z/T) over the given temperatures and checks the Rényi identity at each:
 * for every Tₖ, x = softmaxAtTemperature(z, Tₖ) and {@link renyiIdentity}(x, p).
 *
 * Shapes: logits length n, temperatures length m → five arrays of length m. Temperatures may include 0 and
 * Infinity (the exact limits); a negative or NaN temperature throws RangeError, as softmaxAtTemperature.
 *
 * @example
 * const path = temperaturePath(seededLogits(32, 1, 2), logSpace(0.02, 50, 300), 2);
 * path.maxAbsDifference; // about 1e-16
 */
export function temperaturePath(
  logits: ArrayLike<number>,
  temperatures: ArrayLike<number>,
  p: number,
): TemperaturePath {
  const m = temperatures.length;
  const path: TemperaturePath = {
    temperatures: Float64Array.from(temperatures),
    sStar: new Float64Array(m),
    renyi: new Float64Array(m),
    predicted: new Float64Array(m),
    difference: new Float64Array(m),
    maxAbsDifference: 0,
    argMaxDifference: -1,
  };
  for (let k = 0; k < m; k++) {
    const check = renyiIdentity(softmaxAtTemperature(logits, temperatures[k] as number), p);
    path.sStar[k] = check.sStar;
    path.renyi[k] = check.renyi;
    path.predicted[k] = check.predicted;
    path.difference[k] = check.difference;
    const d = Math.abs(check.difference);
    if (path.argMaxDifference < 0 || d > path.maxAbsDifference) {
      path.maxAbsDifference = d;
      path.argMaxDifference = k;
    }
  }
  return path;
}
