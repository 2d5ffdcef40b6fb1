/**
 * Probabilities for the items of a vocabulary from their counts in a training text, by one of five rules:
 * maximum likelihood, add-α, the forgetting formula with pseudo-count γ, Simple Good–Turing, and absolute
 * discounting (the unigram form of interpolated Kneser–Ney). One implementation per rule; every result sums to
 * 1 over the vocabulary (unseen items included).
 */
import { forgettingCount } from './forgetting';
import { countsOfCounts, simpleGoodTuring } from './goodTuring';

/** A smoothing rule for unigram counts. */
export type UnigramSmoothing =
  | { kind: 'mle' }
  | { kind: 'add'; alpha: number }
  | { kind: 'forgetting'; gamma: number }
  | { kind: 'good-turing' }
  | { kind: 'absolute'; discount: number };

/** The rules, in the order a menu offers them. */
export const UNIGRAM_SMOOTHING_KINDS = [
  'mle',
  'add',
  'forgetting',
  'good-turing',
  'absolute',
] as const satisfies readonly UnigramSmoothing['kind'][];

function total(fn: string, counts: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] as number;
    if (!(c >= 0 && Number.isFinite(c)))
      throw new RangeError(`${fn}: item ${i} has count ${c}; counts must be finite and ≥ 0`);
    n += c;
  }
  return n;
}

/**
 * The smoothed counts c*ᵢ each rule gives (before normalising): MLE cᵢ; add-α cᵢ + α; forgetting
 * F̂(cᵢ) = γ/(1 − (1 − γ/N)^{N/cᵢ}) with N = Σc (γ for an unseen item); Good–Turing r* for a seen item and
 * N₁/(N·n₀)·N for each of the n₀ unseen ones (so the unseen share N₁/N of the mass); absolute discounting
 * max(cᵢ − D, 0) + D·n₊/V, every seen item giving up D and the total spread evenly over all V items (n₊ the
 * items seen; Kneser–Ney's interpolation with a uniform lower order, Chen & Goodman 1999). Their sum is N for
 * MLE, Good–Turing with unseen items and absolute discounting on counts ≥ D, and more for the others.
 * Throws RangeError for an empty vocabulary, a negative or non-finite count, α or γ negative or non-finite, γ > N,
 * a discount outside [0, 1], or Good–Turing on fractional counts.
 * @example
 * smoothedCounts([0, 1, 3], { kind: 'add', alpha: 0.5 }); // [0.5, 1.5, 3.5]
 */
export function smoothedCounts(counts: ArrayLike<number>, rule: UnigramSmoothing): Float64Array {
  if (counts.length === 0) throw new RangeError('smoothedCounts: the vocabulary is empty');
  const N = total('smoothedCounts', counts);
  const out = Float64Array.from(counts);
  switch (rule.kind) {
    case 'mle':
      return out;
    case 'add': {
      const { alpha } = rule;
      if (!(alpha >= 0 && Number.isFinite(alpha)))
        throw new RangeError(`smoothedCounts: α must be finite and ≥ 0, got ${alpha}`);
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + alpha;
      return out;
    }
    case 'forgetting': {
      if (N === 0) return out.fill(rule.gamma);
      for (let i = 0; i < out.length; i++) out[i] = forgettingCount(out[i] as number, N, rule.gamma);
      return out;
    }
    case 'good-turing': {
      const table = countsOfCounts(counts);
      if (N === 0) return out;
      const gt = simpleGoodTuring(table);
      const star = new Map(gt.r.map((r, k) => [r, gt.rStar[k] as number]));
      // Scale r* so that the seen items keep 1 − p0 of N (their probabilities (1 − p0)·r*/N′).
      let nPrime = 0;
      for (let k = 0; k < gt.r.length; k++) nPrime += (table.nr[k] as number) * (gt.rStar[k] as number);
      const seenShare = table.n0 > 0 ? 1 - gt.p0 : 1;
      const unseen = table.n0 > 0 ? (gt.p0 * N) / table.n0 : 0;
      for (let i = 0; i < out.length; i++) {
        const c = out[i] as number;
        out[i] = c === 0 ? unseen : ((star.get(c) as number) * seenShare * N) / nPrime;
      }
      return out;
    }
    case 'absolute': {
      const D = rule.discount;
      if (!(D >= 0 && D <= 1))
        throw new RangeError(`smoothedCounts: the discount D must lie in [0, 1], got ${D}`);
      let seen = 0;
      for (let i = 0; i < out.length; i++) if ((out[i] as number) > 0) seen += 1;
      const share = (D * seen) / out.length;
      for (let i = 0; i < out.length; i++) out[i] = Math.max((out[i] as number) - D, 0) + share;
      return out;
    }
    default:
      throw new RangeError(`smoothedCounts: unknown rule ${JSON.stringify(rule)}`);
  }
}

/**
 * The probability of each item under a rule: its smoothed count over the sum of all smoothed counts, so the
 * result sums to 1. A vocabulary whose smoothed counts are all 0 (no tokens under MLE, or α = 0) gets the
 * uniform 1/V. Under Good–Turing the unseen items share N₁/N equally; when every item was seen, that mass
 * has nowhere to go and the seen items share all of it in proportion to r*.
 * Throws RangeError as smoothedCounts does.
 * @example
 * smoothedProbabilities([0, 1, 3], { kind: 'mle' }); // [0, 0.25, 0.75]
 */
export function smoothedProbabilities(counts: ArrayLike<number>, rule: UnigramSmoothing): Float64Array {
  const c = smoothedCounts(counts, rule);
  let sum = 0;
  for (let i = 0; i < c.length; i++) sum += c[i] as number;
  if (!(sum > 0)) return c.fill(1 / c.length);
  for (let i = 0; i < c.length; i++) c[i] = (c[i] as number) / sum;
  return c;
}
