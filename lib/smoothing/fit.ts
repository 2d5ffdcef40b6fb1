/**
 * The constants of the smoothing rules (add-α's α, the forgetting formula's γ, absolute discounting's D) fitted
 * on held-out text: each is the value that maximises the held-out log-likelihood (maximiseOnLogScale), the way
 * Chen & Goodman (1999) tune every method on a development set before scoring it on test data.
 */
import { smoothedProbabilities, type UnigramSmoothing } from './estimators';
import { heldOutScore, maximiseOnLogScale } from './evaluate';

/** The smoothing constants of the three rules that have one. */
export interface SmoothingConstants {
  readonly alpha: number;
  readonly gamma: number;
  readonly discount: number;
}

/** The search interval of each constant: α and γ over five decades, D in (0, 1]. */
export const SMOOTHING_CONSTANT_RANGES = {
  alpha: [1e-3, 100],
  gamma: [1e-3, 100],
  discount: [1e-3, 1],
} as const satisfies Record<keyof SmoothingConstants, readonly [number, number]>;

/**
 * The rule of `kind` with its constant taken from `constants` (ignored by MLE and Good–Turing).
 * @example
 * ruleWith('forgetting', { alpha: 1, gamma: 0.5, discount: 0.8 }); // { kind: 'forgetting', gamma: 0.5 }
 */
export function ruleWith(kind: UnigramSmoothing['kind'], constants: SmoothingConstants): UnigramSmoothing {
  switch (kind) {
    case 'add':
      return { kind, alpha: constants.alpha };
    case 'forgetting':
      return { kind, gamma: constants.gamma };
    case 'absolute':
      return { kind, discount: constants.discount };
    default:
      return { kind };
  }
}

/**
 * The held-out log-likelihood of `heldOut` counts under `rule` estimated from `train` counts (one per
 * vocabulary item): the quantity the constants are fitted to.
 * Throws RangeError as smoothedProbabilities and heldOutScore do.
 * @example
 * heldOutLogLikelihood([1, 1], [1, 1], { kind: 'mle' }); // 2·ln ½
 */
export function heldOutLogLikelihood(
  train: ArrayLike<number>,
  heldOut: ArrayLike<number>,
  rule: UnigramSmoothing,
): number {
  return heldOutScore(smoothedProbabilities(train, rule), heldOut).logLikelihood;
}

/** The rules with a constant to fit, and the name of their constant. */
export const CONSTANT_OF = { add: 'alpha', forgetting: 'gamma', absolute: 'discount' } as const;

function totalOf(fn: string, train: ArrayLike<number>, heldOut: ArrayLike<number>): number {
  if (train.length !== heldOut.length)
    throw new RangeError(`${fn}: ${train.length} train counts for ${heldOut.length} held-out`);
  let N = 0;
  for (let i = 0; i < train.length; i++) N += train[i] as number;
  if (!(N > 0)) throw new RangeError(`${fn}: the training text is empty`);
  return N;
}

/**
 * The constant of one rule (α of add-α, γ of the forgetting formula, D of absolute discounting) that maximises
 * the held-out log-likelihood of `heldOut` under the rule estimated from `train`, searched over
 * SMOOTHING_CONSTANT_RANGES (γ also at most N = Σ train, where the forgetting formula stops being defined) by
 * golden-section search on a log scale with `steps` steps. A value at the end of its range means the optimum
 * lies at or beyond it (D = 1 is common on large training sets).
 * Throws RangeError for lengths that differ, negative or non-finite counts, or an empty train or held-out text.
 * @example
 * fitSmoothingConstant('forgetting', trainCounts, devCounts); // the γ the dev text prefers
 */
export function fitSmoothingConstant(
  kind: keyof typeof CONSTANT_OF,
  train: ArrayLike<number>,
  heldOut: ArrayLike<number>,
  steps = 40,
): number {
  const N = totalOf('fitSmoothingConstant', train, heldOut);
  const [lo, hi] = SMOOTHING_CONSTANT_RANGES[CONSTANT_OF[kind]];
  return maximiseOnLogScale(
    (x) => heldOutLogLikelihood(train, heldOut, ruleWith(kind, { alpha: x, gamma: x, discount: x })),
    Math.min(lo, N),
    Math.min(hi, N),
    steps,
  ).value;
}

/**
 * α, γ and D fitted on held-out text, each by {@link fitSmoothingConstant}.
 * Throws RangeError as it does.
 * @example
 * fitSmoothingConstants(trainCounts, devCounts); // { alpha, gamma, discount }
 */
export function fitSmoothingConstants(
  train: ArrayLike<number>,
  heldOut: ArrayLike<number>,
  steps = 40,
): SmoothingConstants {
  totalOf('fitSmoothingConstants', train, heldOut);
  return {
    alpha: fitSmoothingConstant('add', train, heldOut, steps),
    gamma: fitSmoothingConstant('forgetting', train, heldOut, steps),
    discount: fitSmoothingConstant('absolute', train, heldOut, steps),
  };
}
