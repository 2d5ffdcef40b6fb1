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
