/**
 * Smoothed counts from the forgetting hypothesis (kexue.fm/archives/4182). An item seen F times in a corpus
 * of N tokens recurs about every N/F tokens; a memory that decays by α per token and gains 1 per occurrence
 * settles, per period, at 1/(1 − α^{N/F}), and scaling so that F = N maps to N gives
 * F̂ = N(1 − α)/(1 − α^{N/F}). As F → 0 that tends to N(1 − α), a pseudo-count that grows with N unless α
 * depends on N; fixing the pseudo-count γ = N(1 − α) instead gives
 * F̂ = γ/(1 − (1 − γ/N)^{N/F}) → γ/(1 − e^{−γ/F}) for large N, whose expansion
 * F + γ/2 + γ²/(12F) − γ⁴/(720F³) + … makes it add-γ/2 smoothing to first order.
 */

function checkCount(fn: string, F: number): void {
  if (!(F >= 0 && Number.isFinite(F))) throw new RangeError(`${fn}: F must be finite and ≥ 0, got ${F}`);
}

function checkGamma(fn: string, gamma: number): void {
  if (!(gamma >= 0 && Number.isFinite(gamma)))
    throw new RangeError(`${fn}: γ must be finite and ≥ 0, got ${gamma}`);
}

/**
 * The exact smoothed count F̂ = γ/(1 − (1 − γ/N)^{N/F}) of an item seen F times among N tokens, with
 * pseudo-count γ (the post's α = 1 − γ/N). F̂(0) = γ, F̂(N) = N, and γ = 0 gives F̂ = F. Evaluated as
 * γ / −expm1((N/F)·log1p(−γ/N)), so N = 10¹² keeps full precision.
 * Throws RangeError unless 0 ≤ F ≤ N, N > 0 and 0 ≤ γ ≤ N.
 * @example
 * forgettingCount(1, 1e6, 1); // 1.5819767… (the e^{−γ/F} limit is 1.5819767…, within 1e−6)
 */
export function forgettingCount(F: number, N: number, gamma: number): number {
  checkCount('forgettingCount', F);
  checkGamma('forgettingCount', gamma);
  if (!(N > 0 && Number.isFinite(N)))
    throw new RangeError(`forgettingCount: N must be finite and > 0, got ${N}`);
  if (F > N) throw new RangeError(`forgettingCount: F = ${F} exceeds the corpus length N = ${N}`);
  if (gamma > N) throw new RangeError(`forgettingCount: γ = ${gamma} exceeds N = ${N} (α = 1 − γ/N < 0)`);
  if (gamma === 0) return F;
  if (F === 0) return gamma;
  return gamma / -Math.expm1((N / F) * Math.log1p(-gamma / N));
}

/**
 * The large-N limit F̂ = γ/(1 − e^{−γ/F}) (γ = 1: F = 1 → 1.58198, F = 10 → 10.50833); F̂(0) = γ, and γ = 0
 * gives F.
 * Throws RangeError unless F and γ are finite and ≥ 0.
 * @example
 * forgettingCountLimit(10, 1); // 10.5083319…
 */
export function forgettingCountLimit(F: number, gamma: number): number {
  checkCount('forgettingCountLimit', F);
  checkGamma('forgettingCountLimit', gamma);
  if (gamma === 0) return F;
  if (F === 0) return gamma;
  return gamma / -Math.expm1(-gamma / F);
}

/** B₀ … B₈ with B₁ = +1/2: x/(1 − e^{−x}) = Σ Bₙ xⁿ/n!. */
const BERNOULLI = [1, 1 / 2, 1 / 6, 0, -1 / 30, 0, 1 / 42, 0, -1 / 30] as const;

/** The largest order forgettingSeries sums to. */
export const FORGETTING_SERIES_MAX_ORDER = BERNOULLI.length - 1;

/**
 * The asymptotic series of the limit, F̂ ≈ Σ_{n ≤ order} Bₙ γⁿ/(n!·F^{n−1}) = F + γ/2 + γ²/(12F) − γ⁴/(720F³)
 * + γ⁶/(30240F⁵) − …: order 1 is add-γ/2 smoothing, order 2 (and 3: B₃ = 0) errs by about γ⁴/(720F³). The
 * series holds for γ/F < 2π and is useless near F = 0, where the limit is γ.
 * Throws RangeError unless order is an integer in 0..8, γ ≥ 0, and F > 0 when order ≥ 2.
 * @example
 * forgettingSeries(10, 1, 2); // 10 + 0.5 + 1/120 = 10.508333…
 */
export function forgettingSeries(F: number, gamma: number, order: number): number {
  checkCount('forgettingSeries', F);
  checkGamma('forgettingSeries', gamma);
  if (!Number.isInteger(order) || order < 0 || order > FORGETTING_SERIES_MAX_ORDER)
    throw new RangeError(
      `forgettingSeries: order must be an integer in 0..${FORGETTING_SERIES_MAX_ORDER}, got ${order}`,
    );
  if (order >= 2 && F === 0)
    throw new RangeError('forgettingSeries: the series has no value at F = 0 beyond order 1');
  let sum = 0;
  let factorial = 1;
  for (let n = 0; n <= order; n++) {
    if (n > 0) factorial *= n;
    const b = BERNOULLI[n] as number;
    if (b !== 0) sum += (b * gamma ** n) / (factorial * F ** (n - 1));
  }
  return sum;
}

/**
 * The expansion as the post prints it, F + γ/2 + γ²/(12F²): its last term has F² where the series has F (a
 * typo; at γ = 1, F = 10 it gives 10.50083 against the limit's 10.50833).
 * Throws RangeError unless F > 0 and γ ≥ 0.
 * @example
 * postPrintedSeries(10, 1); // 10.500833…
 */
export function postPrintedSeries(F: number, gamma: number): number {
  checkCount('postPrintedSeries', F);
  checkGamma('postPrintedSeries', gamma);
  if (F === 0) throw new RangeError('postPrintedSeries: the printed series has no value at F = 0');
  return F + gamma / 2 + gamma ** 2 / (12 * F * F);
}

/** Terms of the tail Σ cₙxⁿ summed at most (the ratio of successive even terms is (x/2π)² ≤ 0.026). */
const TAIL_TERMS = 24;
/** Up to this γ/F the remainder is summed from its tail; beyond, limit − series is computed directly. */
const TAIL_MAX_X = 1;

/** ζ(n) for even n ≥ 2 from its Euler product-free direct sum (n ≥ 10 converges in a few terms). */
function zeta(n: number): number {
  if (n === 2) return Math.PI ** 2 / 6;
  if (n === 4) return Math.PI ** 4 / 90;
  if (n === 6) return Math.PI ** 6 / 945;
  if (n === 8) return Math.PI ** 8 / 9450;
  let sum = 0;
  for (let k = 1; k < 60; k++) sum += k ** -n;
  return sum;
}

/** cₙ = Bₙ/n!: 1, 1/2, then (−1)^{n/2+1}·2ζ(n)/(2π)ⁿ for even n (zero for odd n ≥ 3). */
const COEFFS = Array.from({ length: TAIL_TERMS * 2 + FORGETTING_SERIES_MAX_ORDER + 2 }, (_, n) => {
  if (n === 0) return 1;
  if (n === 1) return 0.5;
  if (n % 2 === 1) return 0;
  return ((n / 2) % 2 === 1 ? 2 : -2) * (zeta(n) / (2 * Math.PI) ** n);
});

/**
 * The remainder of the series, F̂_limit − forgettingSeries(F, γ, order) = Σ_{n > order} Bₙγⁿ/(n!·F^{n−1}),
 * accurate to full relative precision where the difference of the two doubles would be rounding noise (at
 * γ = 1, F = 1000 the order-4 remainder is 3.3×10⁻²⁰ against values near 1000). For γ/F ≤ 1 it sums the tail
 * with Bₙ/n! = (−1)^{n/2+1}·2ζ(n)/(2π)ⁿ; beyond, where the remainder is large, it subtracts directly. Its sign
 * is that of the first omitted term (order 2 gives a negative remainder: the series overshoots by about
 * γ⁴/(720F³)). F = 0 gives γ − series(0) for orders 0 and 1.
 * Throws RangeError as forgettingSeries does.
 * @example
 * forgettingSeriesRemainder(10, 1, 2); // −1.38856×10⁻⁶ (50-digit reference −1.3885582837e−6)
 */
export function forgettingSeriesRemainder(F: number, gamma: number, order: number): number {
  const series = forgettingSeries(F, gamma, order);
  const x = gamma / F;
  if (!(x <= TAIL_MAX_X)) return forgettingCountLimit(F, gamma) - series;
  let sum = 0;
  let power = x ** (order + 1);
  for (let n = order + 1; n < COEFFS.length; n++, power *= x) {
    const c = COEFFS[n] as number;
    if (c === 0) continue;
    const term = c * power;
    sum += term;
    if (Math.abs(term) <= 1e-18 * Math.abs(sum)) break;
  }
  return F * sum;
}

/**
 * The remainder of the post's printed series, F̂_limit − postPrintedSeries(F, γ) =
 * forgettingSeriesRemainder(F, γ, 2) + γ²(F − 1)/(12F²): the typo's term γ²/(12F²) differs from the series'
 * γ²/(12F) by γ²(F − 1)/(12F²), which falls only like γ²/(12F), as fast as add-γ/2's error. Exactly the
 * series' remainder at F = 1, where the two terms agree.
 * Throws RangeError unless F > 0 and γ ≥ 0.
 * @example
 * postPrintedRemainder(10, 1); // 0.0074986… (the series' remainder is −1.4×10⁻⁶)
 */
export function postPrintedRemainder(F: number, gamma: number): number {
  postPrintedSeries(F, gamma);
  return forgettingSeriesRemainder(F, gamma, 2) + (gamma * gamma * (F - 1)) / (12 * F * F);
}

/**
 * What finite N changes, forgettingCount(F, N, γ) − forgettingCountLimit(F, γ) (never positive), without the
 * cancellation of subtracting the two: with u = −γ/F and v = (N/F)·log1p(−γ/N) the difference is
 * γ·e^u·expm1(v − u)/(expm1(u)·expm1(v)), and v − u = (N/F)·(log1p(−t) + t), t = γ/N, is summed as
 * −Σ tᵏ/k (k ≥ 2) for small t. About −γF/(2N) for F ≫ γ (−5×10⁻¹⁰ at γ = 1, F = 1000, N = 10¹²), and
 * −γ²/(2N)·… near F = γ; 0 at F = 0 or γ = 0.
 * Throws RangeError as forgettingCount does (F ≤ N, γ ≤ N).
 * @example
 * forgettingCountExcess(10, 1e6, 1); // −4.99584×10⁻⁶
 */
export function forgettingCountExcess(F: number, N: number, gamma: number): number {
  forgettingCount(F, N, gamma);
  if (F === 0 || gamma === 0) return 0;
  const t = gamma / N;
  let logGap: number; // log1p(−t) + t
  if (t < 0.1) {
    logGap = 0;
    let power = t;
    for (let k = 2; k < 60; k++) {
      power *= t;
      const term = power / k;
      logGap -= term;
      if (term <= 1e-18 * -logGap) break;
    }
  } else {
    logGap = Math.log1p(-t) + t;
  }
  const u = -gamma / F;
  const v = (N / F) * Math.log1p(-t);
  const a = Math.expm1(v);
  const b = Math.expm1(u);
  if (b === 0 || a === 0) return 0;
  return (gamma * Math.exp(u) * Math.expm1((N / F) * logGap)) / (a * b);
}
