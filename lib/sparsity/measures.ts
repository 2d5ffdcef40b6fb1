/**
 * Measures of sparsity: the ones derived in Su Jianlin's post "如何度量数据的稀疏程度？"
 * (kexue.fm/archives/9595, 2023-05-05; smaller = sparser), the fifteen compared by Hurley & Rickard,
 * "Comparing Measures of Sparsity" (IEEE Trans. Inf. Theory 55(10), 2009; arXiv:0811.4706), each oriented
 * as in their table (larger = sparser) unless noted, and Shannon and Rényi entropy (smaller = sparser).
 *
 * Conventions shared by every function here:
 * - Inputs are `ArrayLike<number>` and are read as magnitudes |xᵢ| (signs never matter), through
 *   `magnitudes`: NaN entries count as 0, ±Infinity as the largest finite magnitude (1 if none).
 * - Nothing throws and nothing returns NaN. A parameter outside its domain (or NaN) falls back to its
 *   default, as written on each function.
 * - Ratio measures (scale-free ones) give the zero vector their least-sparse value, the value every constant
 *   vector gets, and treat the empty vector as a vector of length 1 (so again the least-sparse value).
 *   Counts and sums give what their formula gives (`l0([0, 0])` = 2, `negL1([])` = 0). Sums whose true
 *   value lies beyond the double range (x² for |x| > 1e154 in H′_S, cᵖ with p < 0 for tiny c) return
 *   ±Infinity, never NaN.
 * - Every measure scales by max|x| before powering (and takes logarithms of ratios, not of powers), so
 *   vectors anywhere in the double range — 1e300 beside 1e-300, subnormals near 1e-318 — give values within
 *   a relative 1e-12 of the exact ones (range.test.ts checks this against 1100-digit mpmath values), and
 *   scale-invariant measures give the same value for x and 2ˢ·x across the range.
 */

import { param, positive } from './bounds';

export { sStarBounds } from './bounds';

import { logRatio, MIN_NORMAL, magnitudes, maxOf, meanScaledPower, powerSumRoot, ratioPower } from './norms';

/** Σ cᵢ/m and Σ (cᵢ/m)² for magnitudes c and m = max c > 0. */
function scaledSums(c: Float64Array, m: number): [number, number] {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < c.length; i++) {
    const t = (c[i] as number) / m;
    s1 += t;
    s2 += t * t;
  }
  return [s1, s2];
}

/**
 * The post's first measure, S₀(x) = mean|xᵢ| / max|xᵢ| ∈ [1/n, 1]; smaller = sparser.
 *
 * One-hot vectors give 1/n, constant vectors 1. Edges: zero vector and empty vector → 1 (least sparse).
 *
 * @example
 * s0([1, 0, 0, 0]); // 0.25
 * s0([1, 2, 3, 4]); // 0.625
 */
export function s0(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  const m = maxOf(c);
  if (m === 0) return 1;
  return scaledSums(c, m)[0] / c.length;
}

/**
 * The ratio S*_{q,p}(x) = n^{1/p − 1/q}·‖x‖_q/‖x‖_p = M_q(x)/M_p(x) (power means), 0 < q < p; smaller = sparser.
 *
 * Range [n^{1/p−1/q}, 1]: 1 for constant vectors, n^{1/p−1/q} for one-hot vectors. `sStar(x, 1, 2)` is
 * ‖x‖₁/(√n‖x‖₂); p = Infinity gives S₀. Parameter rules: q > p is not clamped silently but swapped (the ratio
 * is then taken the right way round, so the value stays in (0, 1]); q = p gives 1; q or p that is NaN or
 * ≤ 0 falls back to its default (q = 1, p = 2). Edges: zero vector and empty vector → 1.
 *
 * @example
 * sStar([1, 0, 0, 0]);    // 0.5
 * sStar([1, 2, 3, 4]);    // 0.912871
 * sStar([2, 3, 4, 5], 1, 2); // 0.95258
 */
export function sStar(x: ArrayLike<number>, q = 1, p = 2): number {
  return sStarOfMagnitudes(magnitudes(x), q, p);
}

/** M_p(c)/m for m = max c > 0: the root of {@link meanScaledPower}, 1 for p = Infinity. */
function scaledPowerMean(c: Float64Array, m: number, p: number): number {
  if (p === Number.POSITIVE_INFINITY) return 1;
  return meanScaledPower(c, m, p) ** (1 / p);
}

function sStarOfMagnitudes(c: Float64Array, qIn: number, pIn: number): number {
  let q = param(qIn, 1, positive);
  let p = param(pIn, 2, positive);
  if (q === p) return 1;
  if (q > p) [q, p] = [p, q];
  const m = maxOf(c);
  if (m === 0) return 1;
  // M_q/M_p = (M_q/m)/(M_p/m): the scale m cancels instead of being multiplied back in (a subnormal m would
  // round both means to its few bits). The roots underflow only for q below about log n/708: then in logs.
  let r = scaledPowerMean(c, m, q) / scaledPowerMean(c, m, p);
  if (!(r >= MIN_NORMAL)) {
    const logP = p === Number.POSITIVE_INFINITY ? 0 : Math.log(meanScaledPower(c, m, p)) / p;
    r = Math.exp(Math.log(meanScaledPower(c, m, q)) / q - logP);
  }
  return Math.min(r, 1); // the power-mean inequality, up to rounding
}

/**
 * The post's S_{1,p}(x) = (‖x‖₁/n)/‖x‖_p = n^{−1/p}·S*_{1,p}(x); smaller = sparser.
 *
 * Range [1/n, n^{−1/p}] for p ≥ 1: 1/n for one-hot, n^{−1/p} for constant vectors; it is not invariant under
 * cloning (S_{1,2}(x‖x) = 2^{−1/2}·S_{1,2}(x)). p = Infinity gives S₀; p NaN or ≤ 0 falls back to 2. Edges:
 * zero vector → n^{−1/p} (the constant-vector value); empty → 1.
 *
 * @example
 * s1p([1, 0, 0, 0]);    // 0.25
 * s1p([1, 2, 3, 4], 2); // 0.456435
 */
export function s1p(x: ArrayLike<number>, p = 2): number {
  const c = magnitudes(x);
  const pp = param(p, 2, positive);
  const n = Math.max(c.length, 1);
  return sStarOfMagnitudes(c, 1, pp) * n ** (-1 / pp);
}

/**
 * The Gini index in Hurley & Rickard's form, larger = sparser: sort |x| ascending into c₁ ≤ … ≤ c_N, then
 * G = 1 − 2·Σₖ (cₖ/‖c‖₁)·(N − k + ½)/N.
 *
 * Range [0, 1 − 1/N]: 0 for constant vectors, 1 − 1/N for one-hot vectors. Edges: zero vector, empty and
 * N = 1 → 0.
 *
 * @example
 * gini([1, 0, 0, 0]); // 0.75
 * gini([1, 2, 3, 4]); // 0.25
 */
export function gini(x: ArrayLike<number>): number {
  const c = magnitudes(x).sort();
  const n = c.length;
  const m = maxOf(c);
  if (m === 0) return 0;
  let s1 = 0;
  let weighted = 0;
  for (let k = 0; k < n; k++) {
    const t = (c[k] as number) / m;
    s1 += t;
    weighted += t * (n - k - 0.5); // k is 0-based: N − (k+1) + ½
  }
  const g = 1 - (2 * weighted) / (s1 * n);
  return Math.max(g, 0);
}

/**
 * Hoyer's sparseness (√n − ‖x‖₁/‖x‖₂)/(√n − 1) ∈ [0, 1]; larger = sparser (1 for one-hot, 0 for constant).
 *
 * It is an affine map of S*_{1,2} (Hoyer = (√n − √n·S*)/(√n − 1)) at fixed n, so it ranks vectors of one
 * length as S* does, but not across lengths: cloning changes it. Edges: n ≤ 1, zero vector, empty → 0.
 *
 * @example
 * hoyer([1, 0, 0, 0]); // 1
 * hoyer([1, 1, 1, 1]); // 0
 */
export function hoyer(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  const n = c.length;
  const m = maxOf(c);
  if (n <= 1 || m === 0) return 0;
  const [s1, s2] = scaledSums(c, m);
  const r = Math.sqrt(n);
  const h = (r - s1 / Math.sqrt(s2)) / (r - 1);
  return h < 0 ? 0 : Math.min(h, 1);
}

/**
 * The Shannon entropy of the distribution ∝ cᵢᵏ (k = 1: the magnitudes; k = 2: the energies cᵢ²) over finite
 * magnitudes c; the zero vector gives log n, the empty one 0.
 *
 * With rᵢ = (cᵢ/m)ᵏ ≤ 1 (m = max c, one maximal entry has r = 1) and S = Σrᵢ = 1 + B, the entropy is
 * H = log S − (1/S)·Σ rᵢ log rᵢ = log1p(B) + (1/S)·Σ_{rᵢ<1} rᵢ·(−log rᵢ). Both parts are ≥ 0, so nothing
 * cancels; log1p keeps B when one entry towers over the rest (log S would round to 0); log rᵢ comes from
 * logRatio, and a term rᵢ·(−log rᵢ) with rᵢ below 2^−1022 is exp(log rᵢ + log(−log rᵢ)), because such an
 * rᵢ underflows (to 0, where 0·log 0 gave NaN) or keeps few bits while its term can be 700 times larger.
 */
function entropyOfPowers(c: ArrayLike<number>, k: 1 | 2): number {
  const n = c.length;
  const m = maxOf(c);
  if (m === 0) return n > 0 ? Math.log(n) : 0;
  let rest = 0;
  let weighted = 0;
  let top = false;
  for (let i = 0; i < n; i++) {
    const v = c[i] as number;
    if (v === 0) continue;
    if (v === m && !top) {
      top = true; // r = 1, log r = 0
      continue;
    }
    const r = ratioPower(v, m, k);
    const logR = k * logRatio(v, m);
    rest += r;
    weighted += r >= MIN_NORMAL ? -r * logR : Math.exp(logR + Math.log(-logR));
  }
  return Math.max(Math.log1p(rest) + weighted / (1 + rest), 0);
}

/**
 * Shannon entropy (natural log) of the distribution |p|/Σ|p|, H = −Σ pᵢ log pᵢ with 0·log 0 = 0;
 * smaller = sparser.
 *
 * Range [0, log n]: 0 for one-hot, log n for constant vectors. The input need not sum to 1 (it is
 * normalised) and signs are dropped. Edges: zero vector → log n (least sparse), empty → 0.
 *
 * @example
 * shannonEntropy([0.5, 0.25, 0.25]); // 1.0397 (= 1.5 log 2)
 * shannonEntropy([2, 2]);            // log 2
 */
export function shannonEntropy(p: ArrayLike<number>): number {
  return entropyOfPowers(magnitudes(p), 1);
}

/**
 * Rényi entropy of order α of the distribution |p|/Σ|p|, H_α = log(Σ pᵢ^α)/(1 − α); smaller = sparser.
 *
 * α = 1 is Shannon entropy, α = Infinity gives −log max pᵢ, α = 0 gives log #{pᵢ ≠ 0}; α < 0 sums over the
 * nonzero entries only. NaN α falls back to 1. H_α is non-increasing in α and lies in [0, log n] for α ≥ 0 (α < 0 can exceed log n). For a
 * probability vector it ties to the post's measure: S*_{1,p} = exp(−(p − 1)/p·(log n − H_p)).
 * Edges: zero vector → log n, empty → 0.
 *
 * @example
 * renyiEntropy([0.5, 0.5, 0], 2);        // log 2
 * renyiEntropy([0.5, 0.25, 0.25], Infinity); // log 2
 */
export function renyiEntropy(p: ArrayLike<number>, alpha: number): number {
  const c = magnitudes(p);
  const n = c.length;
  const a = Number.isNaN(alpha) ? 1 : alpha;
  const m = maxOf(c);
  if (m === 0) return n > 0 ? Math.log(n) : 0;
  if (a === 1) return entropyOfPowers(c, 1);
  // With rᵢ = cᵢ/m (one maximal entry has r = 1), pᵢ = rᵢ/S and S = 1 + B, B = Σ of the other rᵢ.
  const top = c.indexOf(m);
  let nonzero = 0;
  let rest = 0;
  let least = m;
  for (let i = 0; i < n; i++) {
    const v = c[i] as number;
    if (v === 0) continue;
    nonzero++;
    if (v < least) least = v;
    if (i !== top) rest += ratioPower(v, m, 1);
  }
  const logS = Math.log1p(rest);
  if (a === Number.POSITIVE_INFINITY) return logS; // −log max pᵢ
  if (a === 0) return Math.log(nonzero);
  if (Math.abs(a - 1) < 0.1) {
    // Near α = 1 the form below cancels (both logs tend to log S): use log Σ pᵢ^α = log1p(Σ pᵢ·expm1(δ·log pᵢ))
    // with δ = α − 1, whose terms share one sign and which tends to Shannon's −Σ pᵢ log pᵢ as δ → 0.
    const d = a - 1;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = c[i] as number;
      if (v === 0) continue;
      const logP = (i === top ? 0 : logRatio(v, m)) - logS;
      const e = Math.expm1(d * logP);
      const pi = i === top ? 1 / (1 + rest) : ratioPower(v, m, 1) / (1 + rest);
      sum += pi >= MIN_NORMAL ? pi * e : Math.sign(e) * Math.exp(logP + Math.log(Math.abs(e)));
    }
    return Math.max(-Math.log1p(sum) / d, 0);
  }
  // log Σ rᵢ^α around its largest term: rᵢ = 1 at the maximum for α > 0, at the smallest nonzero entry for α < 0
  // (α < 0 sums over the nonzero entries only); log1p keeps the other terms when they are tiny.
  let others = 0;
  let logLead = 0;
  if (a > 0) {
    for (let i = 0; i < n; i++) if (i !== top) others += ratioPower(c[i] as number, m, a);
  } else {
    const low = c.indexOf(least);
    for (let i = 0; i < n; i++) {
      const v = c[i] as number;
      if (v > 0 && i !== low) others += ratioPower(least, v, -a);
    }
    logLead = a * logRatio(least, m);
  }
  // log Σ pᵢ^α = log Σ rᵢ^α − α log S
  const h = (logLead + Math.log1p(others) - a * logS) / (1 - a);
  return Math.max(h, 0);
}

/**
 * Hurley & Rickard's ℓ⁰ = #{i : xᵢ = 0}, the number of zeros; larger = sparser.
 *
 * NaN entries count as zeros. Edges: empty → 0; `l0([0, 0])` = 2.
 *
 * @example
 * l0([1, 0, 0, 2]); // 2
 */
export function l0(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  let count = 0;
  for (let i = 0; i < c.length; i++) if (c[i] === 0) count++;
  return count;
}

/**
 * Hurley & Rickard's ℓ⁰_ε = #{i : |xᵢ| ≤ ε}, the number of near-zeros; larger = sparser.
 *
 * ε defaults to 0.01; NaN or negative ε falls back to 0.01 (ε = 0 gives ℓ⁰). Not scale-invariant. Edges: empty → 0.
 *
 * @example
 * l0Eps([0.001, 0.5, -0.002], 0.01); // 2
 */
export function l0Eps(x: ArrayLike<number>, eps = 0.01): number {
  const e = param(eps, 0.01, (v) => v >= 0);
  const c = magnitudes(x);
  let count = 0;
  for (let i = 0; i < c.length; i++) if ((c[i] as number) <= e) count++;
  return count;
}

/**
 * Hurley & Rickard's −ℓ¹ = −Σ|xᵢ|; larger = sparser.
 *
 * Edges: empty and zero vector → 0 (that is, −0 is returned as 0).
 *
 * @example
 * negL1([1, -2, 3]); // -6
 */
export function negL1(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  let s = 0;
  for (let i = 0; i < c.length; i++) s += c[i] as number;
  return s === 0 ? 0 : -s;
}

/**
 * Hurley & Rickard's −ℓᵖ = −(Σ|xᵢ|ᵖ)^{1/p} for 0 < p < 1; larger = sparser.
 *
 * p defaults to 0.5; the formula is evaluated for any p > 0, and NaN or p ≤ 0 falls back to 0.5.
 * Overflow-safe (scaled by max|x|). Edges: empty and zero vector → 0.
 *
 * @example
 * negLp([1, 4], 0.5); // -9
 */
export function negLp(x: ArrayLike<number>, p = 0.5): number {
  const v = powerSumRoot(magnitudes(x), param(p, 0.5, positive), false);
  return v === 0 ? 0 : -v;
}

/**
 * Hurley & Rickard's ℓ²/ℓ¹ = ‖x‖₂/‖x‖₁ ∈ [1/√n, 1]; larger = sparser (1 for one-hot, 1/√n for constant).
 *
 * Edges: zero vector → 1/√n, empty → 1 (least sparse, as for n = 1).
 *
 * @example
 * l2OverL1([3, 4]); // 5/7
 */
export function l2OverL1(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  const n = Math.max(c.length, 1);
  const m = maxOf(c);
  if (m === 0) return 1 / Math.sqrt(n);
  const [s1, s2] = scaledSums(c, m);
  const r = Math.sqrt(s2) / s1;
  return Math.min(r, 1);
}

/**
 * Hurley & Rickard's −tanh_{a,b} = −Σ tanh((a|xᵢ|)^b); larger = sparser.
 *
 * a and b default to 1; NaN or non-positive values fall back to 1. Values lie in (−n, 0]. Edges: empty
 * and zero vector → 0.
 *
 * @example
 * negTanh([1, 0], 1, 1); // -tanh(1) ≈ -0.761594
 */
export function negTanh(x: ArrayLike<number>, a = 1, b = 1): number {
  const aa = param(a, 1, positive);
  const bb = param(b, 1, positive);
  const c = magnitudes(x);
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as number;
    const av = aa * v;
    // a·|x| below 2^−1022 keeps few bits (and may round to 0): take the power in logs instead.
    if (v > 0) s += Math.tanh(av >= MIN_NORMAL ? av ** bb : Math.exp(bb * (Math.log(aa) + Math.log(v))));
  }
  return s === 0 ? 0 : -s;
}

/**
 * Hurley & Rickard's −log = −Σ log(1 + xᵢ²); larger = sparser.
 *
 * Computed as −Σ (2 log|xᵢ| + log1p(1/xᵢ²)) for |xᵢ| > 1, so 1e300 entries give finite values. Edges: empty
 * and zero vector → 0.
 *
 * @example
 * negLog([1, 0]); // -log 2
 */
export function negLog(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as number;
    s += v > 1 ? 2 * Math.log(v) + Math.log1p(1 / (v * v)) : Math.log1p(v * v);
  }
  return s === 0 ? 0 : -s;
}

/**
 * Hurley & Rickard's κ₄ = Σxᵢ⁴/(Σxᵢ²)² ∈ [1/n, 1] (the kurtosis of the entries about 0); larger = sparser.
 *
 * 1 for one-hot, 1/n for constant vectors. Scaled by max|x|, so safe at 1e±300. Edges: zero vector → 1/n,
 * empty → 1.
 *
 * @example
 * kappa4([1, 1]); // 0.5
 */
export function kappa4(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  const m = maxOf(c);
  if (m === 0) return 1 / Math.max(c.length, 1);
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < c.length; i++) {
    const t = (c[i] as number) / m;
    const t2 = t * t;
    s2 += t2;
    s4 += t2 * t2;
  }
  const k = s4 / (s2 * s2);
  return Math.min(k, 1);
}

/**
 * Hurley & Rickard's u_θ (Rickard's θ-range measure): with |x| sorted ascending into c₁ ≤ … ≤ c_N and
 * k = ⌈θN⌉, u_θ = 1 − min_{i} (c_{i+k−1} − c_i)/(c_N − c₁): one minus the narrowest range holding k values,
 * as a share of the whole range; larger = sparser.
 *
 * Range [0, 1]: 1 when k values coincide (a one-hot vector with k ≤ N − 1 has k zeros); k ≥ N gives 0. θ
 * defaults to 0.5; θ outside (0, 1] or NaN falls back to 0.5. ⌈θN⌉ is taken with a 1e-9 allowance so
 * 0.3·10 counts as 3. Edges: constant vectors (c_N = c₁, the 0/0 case), zero vector, N ≤ 1, empty → 0.
 *
 * @example
 * uTheta([0, 0, 0, 1], 0.5); // 1
 * uTheta([1, 2, 3, 4], 0.5); // 1 − 1/3
 */
export function uTheta(x: ArrayLike<number>, theta = 0.5): number {
  const th = param(theta, 0.5, (v) => v > 0 && v <= 1);
  const c = magnitudes(x).sort();
  const n = c.length;
  if (n <= 1) return 0;
  const range = (c[n - 1] as number) - (c[0] as number);
  if (!(range > 0)) return 0;
  const k = Math.max(1, Math.min(n, Math.ceil(th * n - 1e-9)));
  let minRange = Number.POSITIVE_INFINITY;
  for (let i = 0; i + k - 1 < n; i++) {
    const r = (c[i + k - 1] as number) - (c[i] as number);
    if (r < minRange) minRange = r;
  }
  const u = 1 - minRange / range;
  return Math.max(u, 0);
}

/**
 * Hurley & Rickard's −ℓᵖ₋ = −Σ_{xᵢ ≠ 0} |xᵢ|ᵖ for p < 0; larger = sparser.
 *
 * p defaults to −1; NaN or p ≥ 0 falls back to −1. Zeros are left out of the sum (their power is infinite).
 * Tiny entries can make the sum overflow: then −Infinity. Edges: empty and zero vector → 0.
 *
 * @example
 * negLpMinus([1, 2, 0], -1); // -1.5
 */
export function negLpMinus(x: ArrayLike<number>, p = -1): number {
  const pp = param(p, -1, (v) => v < 0);
  const c = magnitudes(x);
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as number;
    if (v > 0) s += v ** pp;
  }
  return s === 0 ? 0 : -s;
}

/**
 * The Gaussian entropy H_G = −Σ_{xᵢ ≠ 0} log xᵢ², as listed by Hurley & Rickard; larger = sparser.
 *
 * (Rao & Kreutz-Delgado's diversity Σ log xᵢ² is smaller for sparser vectors; Hurley & Rickard's table
 * negates it, so small entries push H_G up.) Zeros are left out (log 0 = −∞). Not scale-invariant: H_G(αx)
 * = H_G(x) − 2·#nonzero·log α. Edges: empty and zero vector → 0.
 *
 * @example
 * gaussianEntropy([1, 0.5]); // 2 log 2
 */
export function gaussianEntropy(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as number;
    if (v > 0) s -= 2 * Math.log(v);
  }
  return s === 0 ? 0 : s;
}

/**
 * The Shannon entropy of the energy distribution, H_S = −Σ c̃ᵢ log c̃ᵢ with c̃ᵢ = xᵢ²/‖x‖₂²; smaller = sparser.
 *
 * Range [0, log n]: 0 for one-hot, log n for constant vectors. Scale-invariant; cloning adds log 2. Edges:
 * zero vector → log n, empty → 0.
 *
 * @example
 * energyEntropy([1, 1]); // log 2
 */
export function energyEntropy(x: ArrayLike<number>): number {
  return entropyOfPowers(magnitudes(x), 2);
}

/**
 * The unnormalised energy entropy H′_S = −Σ xᵢ² log xᵢ² (0·log 0 = 0); smaller = sparser.
 *
 * Not scale-invariant, and not of one sign: entries above 1 contribute negatively. When xᵢ² overflows
 * (|xᵢ| > 1.34e154) the value is −Infinity. Edges: empty and zero vector → 0.
 *
 * @example
 * energyEntropyPrime([0.5, 0.5]); // log 2 ≈ 0.693
 */
export function energyEntropyPrime(x: ArrayLike<number>): number {
  const c = magnitudes(x);
  let s = 0;
  for (let i = 0; i < c.length; i++) {
    const v = c[i] as number;
    if (v > 0) {
      const v2 = v * v;
      if (v2 === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
      const logV2 = 2 * Math.log(v);
      // Below 2^−1022 the square keeps few bits, while its term is up to 700 times larger: take it in logs.
      s -= v2 >= MIN_NORMAL ? v2 * logV2 : -Math.exp(logV2 + Math.log(-logV2));
    }
  }
  return s === 0 ? 0 : s;
}

/**
 * Hurley & Rickard's pq-mean −(mean|xᵢ|ᵖ)^{1/p}·(mean|xᵢ|^q)^{−1/q} = −M_p(x)/M_q(x), p < q; larger = sparser.
 *
 * This is −S*_{p,q}: `pqMean(x, 1, 2)` = −`sStar(x, 1, 2)`. Range [−1, −n^{1/q−1/p}]. Parameter rules as in
 * {@link sStar}: p > q is swapped, p = q gives −1, NaN or non-positive values fall back to p = 1, q = 2.
 * Edges: zero vector and empty → −1 (least sparse).
 *
 * @example
 * pqMean([1, 0, 0, 0], 1, 2); // -0.5
 */
export function pqMean(x: ArrayLike<number>, p = 1, q = 2): number {
  return -sStarOfMagnitudes(magnitudes(x), param(p, 1, positive), param(q, 2, positive));
}
