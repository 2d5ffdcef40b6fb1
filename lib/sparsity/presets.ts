/**
 * Example vectors for exploring sparsity measures: the extremes (one-hot, uniform), a power law, seeded
 * Gaussian noise and the softmax of seeded logits at a temperature (the shape of an attention row).
 * Every function returns a new plain array; randomness only through `createRng`, so a seed reproduces a vector.
 */

import { ATTENTION_EXAMPLE, exampleAttentionWeights } from '../attention/example';
import { softmax } from '../attention/softmax';
import { createRng } from '../random';

function checkLength(fn: string, n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${fn}: n must be a non-negative integer, got ${n}`);
}

/**
 * The one-hot vector eᵢ of length n: 1 at `index`, 0 elsewhere; the sparsest non-zero vector for every measure.
 *
 * n = 0 gives []; an index outside [0, n) gives all zeros (nothing to set). RangeError for a negative or
 * fractional n.
 *
 * @example oneHotVector(4) // [1, 0, 0, 0]
 */
export function oneHotVector(n: number, index = 0): number[] {
  checkLength('oneHotVector', n);
  const out = new Array<number>(n).fill(0);
  if (Number.isInteger(index) && index >= 0 && index < n) out[index] = 1;
  return out;
}

/**
 * The constant vector (c, c, …, c) of length n (c = `value`, default 1): the least sparse vector for every
 * measure that is scale invariant. n = 0 gives []; RangeError for a negative or fractional n.
 *
 * @example uniformVector(3) // [1, 1, 1]
 */
export function uniformVector(n: number, value = 1): number[] {
  checkLength('uniformVector', n);
  return new Array<number>(n).fill(value);
}

/**
 * The power law xₖ = 1/kˢ for k = 1…n (largest entry 1 first): s = 0 is uniform, s → ∞ tends to one-hot,
 * and s near 1 is Zipf's law. A negative s grows instead (xₖ = k^|s|). n = 0 gives []; RangeError for a
 * negative or fractional n or a non-finite s.
 *
 * @example powerLawVector(4, 1) // [1, 0.5, 0.333…, 0.25]
 */
export function powerLawVector(n: number, s: number): number[] {
  checkLength('powerLawVector', n);
  if (!Number.isFinite(s)) throw new RangeError(`powerLawVector: s must be finite, got ${s}`);
  return Array.from({ length: n }, (_, k) => (k + 1) ** -s);
}

/**
 * Seeded Gaussian noise: n draws of N(0, sd²) from `createRng('gaussian-noise:' + seed)`, each clamped to
 * [−limit, limit] (default sd 0.4, limit 1, so almost no entry is clamped). Entries are signed; sparsity
 * measures use |x|. The same (n, seed, sd) gives the same vector on every platform, and the first k entries
 * do not depend on n. n = 0 gives []; RangeError for a bad n, a negative or non-finite sd, or limit ≤ 0.
 *
 * @example gaussianNoiseVector(8, 1).length // 8
 */
export function gaussianNoiseVector(n: number, seed: number, sd = 0.4, limit = 1): number[] {
  checkLength('gaussianNoiseVector', n);
  if (!(sd >= 0) || !Number.isFinite(sd)) throw new RangeError(`gaussianNoiseVector: bad sd ${sd}`);
  if (!(limit > 0)) throw new RangeError(`gaussianNoiseVector: limit must be positive, got ${limit}`);
  const rng = createRng(`gaussian-noise:${seed}`);
  return Array.from({ length: n }, () => Math.min(limit, Math.max(-limit, rng.normal(0, sd))));
}

/**
 * The softmax of n seeded standard normal logits zᵢ (from `createRng('softmax-logits:' + seed)`) at
 * temperature T: pᵢ = exp(zᵢ/T) / Σⱼ exp(zⱼ/T), a probability vector (entries > 0 up to underflow, sum 1).
 * Small T approaches one-hot at argmax z, large T approaches uniform 1/n; the logits do not depend on T, so
 * sliding T moves along one path. Uses lib/attention's softmax (max subtracted, so T = 0.01 does not overflow).
 * n = 0 gives []; RangeError for a bad n or a T that is not positive and finite.
 *
 * @example softmaxLogitsVector(4, 1, 1).reduce((a, b) => a + b) // 1 (to rounding)
 */
export function softmaxLogitsVector(n: number, seed: number, T: number): number[] {
  checkLength('softmaxLogitsVector', n);
  if (!(T > 0) || !Number.isFinite(T))
    throw new RangeError(`softmaxLogitsVector: T must be positive, got ${T}`);
  const rng = createRng(`softmax-logits:${seed}`);
  const z = Array.from({ length: n }, () => rng.normal() / T);
  return Array.from(softmax(z));
}

/**
 * x scaled so its largest magnitude is 1: x / max|xᵢ| (signs kept). The zero vector, the empty vector and a
 * vector with a non-finite entry are returned unchanged (copied), since there is nothing sensible to divide by.
 *
 * @example scaleToMax([2, -4, 1]) // [0.5, -1, 0.25]
 */
export function scaleToMax(x: ArrayLike<number>): number[] {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  const out = Array.from(x);
  return m > 0 && Number.isFinite(m) ? out.map((v) => v / m) : out;
}

/**
 * x scaled so its magnitudes sum to 1: x / Σ|xᵢ| (a probability vector when x ≥ 0; signs kept). The zero,
 * empty and non-finite cases are returned unchanged (copied).
 *
 * @example scaleToSum([1, 3]) // [0.25, 0.75]
 */
export function scaleToSum(x: ArrayLike<number>): number[] {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(x[i]);
  const out = Array.from(x);
  return s > 0 && Number.isFinite(s) ? out.map((v) => v / s) : out;
}

let attentionRows: number[][] | null = null;

/**
 * Row `row` of the sparse-attention article's example attention weights ({@link exampleAttentionWeights}
 * at {@link ATTENTION_EXAMPLE}): a real attention row, a probability vector of length ATTENTION_EXAMPLE.n
 * whose masked keys are exactly 0. A row outside [0, n) is clamped; NaN reads as 0.
 *
 * @example attentionRowVector(0).length // 8
 */
export function attentionRowVector(row: number): number[] {
  const { n } = ATTENTION_EXAMPLE;
  if (!attentionRows) {
    const W = exampleAttentionWeights();
    attentionRows = Array.from({ length: n }, (_, i) => Array.from(W.data.subarray(i * n, (i + 1) * n)));
  }
  const i = Math.min(n - 1, Math.max(0, Math.round(Number.isFinite(row) ? row : 0)));
  return attentionRows[i].slice();
}
