/**
 * Worker tasks of the smoothing-bakeoff widget, on the worker's copy of the Brown corpus (loadBrown): word
 * counts of a training slice (a prefix of split.train), the constants of add-α, the forgetting formula and
 * absolute discounting fitted on the dev files, and every rule scored on the test files over the whole
 * vocabulary; plus the learning curve over training sizes. Each task takes the corpus as an optional last
 * argument, so Node tests run it on a small hand-made corpus without fetching.
 */
import { type BrownCorpus, bagCounts } from '@/lib/corpus/asset';
import {
  type BandScore,
  bandScores,
  CONSTANT_OF,
  COUNT_BANDS,
  type FrequencyRow,
  fitSmoothingConstant,
  fitSmoothingConstants,
  forgettingCount,
  frequencyTable,
  type HeldOutScore,
  heldOutScore,
  ruleWith,
  SMOOTHING_CONSTANT_RANGES,
  type SmoothingConstants,
  smoothedProbabilities,
  UNIGRAM_SMOOTHING_KINDS,
  type UnigramSmoothing,
} from '@/lib/smoothing';
import { loadBrown } from './brown';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

/** The rules of the bake-off, in table order. */
export const BAKEOFF_METHODS = UNIGRAM_SMOOTHING_KINDS;
export type BakeoffMethod = (typeof BAKEOFF_METHODS)[number];

/** Training counts r = 0 … FREQUENCY_MAX_R in the frequency-of-frequencies table. */
export const FREQUENCY_MAX_R = 8;
/** Points of the dev curves against α and γ (log-spaced over their fit ranges), and against D (0 … 1). */
export const CURVE_POINTS = 41;
export const DISCOUNT_POINTS = 21;

/** What the page needs before the first score: sizes, and the tokens of every training prefix. */
export interface BakeoffCorpus {
  vocabulary: number;
  /** prefixTokens[k − 1]: word tokens in the first k training files. */
  prefixTokens: number[];
  devFiles: number;
  devTokens: number;
  testFiles: number;
  testTokens: number;
}

/** The corpus summary (and the first load of the asset in the worker: the widget's loading bar waits on it). */
export async function smoothingCorpus(
  _input: Record<string, never>,
  _ctx?: TaskContext,
  corpus?: BrownCorpus,
): Promise<TaskResult<BakeoffCorpus>> {
  const c = corpus ?? (await loadBrown());
  const tokensOf = (docs: Int32Array) => docs.reduce((s, d) => s + (c.documents[d]?.tokens ?? 0), 0);
  let sum = 0;
  const prefixTokens = Array.from(c.split.train, (d) => {
    sum += c.documents[d]?.tokens ?? 0;
    return sum;
  });
  return {
    value: {
      vocabulary: c.vocabulary.length,
      prefixTokens,
      devFiles: c.split.dev.length,
      devTokens: tokensOf(c.split.dev),
      testFiles: c.split.test.length,
      testTokens: tokensOf(c.split.test),
    },
  };
}

/** One training slice: its counts, the dev and test counts, and the constants fitted on dev. */
interface Slice {
  corpus: BrownCorpus;
  files: number;
  train: Float64Array;
  dev: Float64Array;
  test: Float64Array;
  fitted: SmoothingConstants;
}

function sliceCounts(corpus: BrownCorpus, files: number): Omit<Slice, 'fitted'> {
  const n = corpus.split.train.length;
  if (!Number.isInteger(files) || files < 1 || files > n)
    throw new RangeError(`smoothing bake-off: the training slice must be 1 … ${n} files, got ${files}`);
  return {
    corpus,
    files,
    train: bagCounts(corpus, corpus.split.train.subarray(0, files)),
    dev: bagCounts(corpus, corpus.split.dev),
    test: bagCounts(corpus, corpus.split.test),
  };
}

/** Reports progress, lets a cancel message in, and stops the task (rejects) once it is cancelled. */
async function checkpoint(ctx: TaskContext, fraction: number): Promise<void> {
  ctx.progress(fraction);
  await yieldToEventLoop();
  if (ctx.cancelled()) throw new Error('cancelled');
}

// The last slice, kept: rescoring it with a hand-set constant skips the counting, the fits and the curves.
let lastSlice: (Slice & { curves: BakeoffResult['curves'] }) | null = null;

async function sliceOf(corpus: BrownCorpus, files: number, ctx: TaskContext) {
  if (lastSlice && lastSlice.corpus === corpus && lastSlice.files === files) return lastSlice;
  const counts = sliceCounts(corpus, files);
  const fitted = { alpha: 0, gamma: 0, discount: 0 };
  const kinds = ['add', 'forgetting', 'absolute'] as const;
  for (const [k, kind] of kinds.entries()) {
    await checkpoint(ctx, 0.1 + 0.15 * k);
    fitted[CONSTANT_OF[kind]] = fitSmoothingConstant(kind, counts.train, counts.dev);
  }
  const slice = { ...counts, fitted };
  const N = counts.train.reduce((sum, c) => sum + c, 0);
  const grids = {
    alpha: logGrid(SMOOTHING_CONSTANT_RANGES.alpha, CURVE_POINTS),
    gamma: logGrid(SMOOTHING_CONSTANT_RANGES.gamma, CURVE_POINTS).filter((g) => g <= N),
    discount: Array.from({ length: DISCOUNT_POINTS }, (_, k) => k / (DISCOUNT_POINTS - 1)),
  };
  const curves = {} as BakeoffResult['curves'];
  for (const [k, kind] of kinds.entries()) {
    await checkpoint(ctx, 0.55 + 0.13 * k);
    const name = CONSTANT_OF[kind];
    curves[name] = devCurve(slice, kind, grids[name]);
  }
  lastSlice = { ...slice, curves };
  return lastSlice;
}

/** The widget's settings: training files, and each constant by hand (a number) or fitted on dev (null). */
export interface BakeoffInput {
  files: number;
  alpha: number | null;
  gamma: number | null;
  discount: number | null;
}

export interface BakeoffMethodScore {
  method: BakeoffMethod;
  rule: UnigramSmoothing;
  /** Whether its constant was fitted on dev (false for a hand-set one; true for MLE and Good–Turing). */
  fitted: boolean;
  test: HeldOutScore;
  dev: HeldOutScore;
}

/** Dev bits per token at each grid value of one constant. */
export interface DevCurve {
  values: number[];
  bits: number[];
}

export interface BakeoffResult {
  input: BakeoffInput;
  vocabulary: number;
  trainTokens: number;
  /** Distinct words in the training slice (the rest of the vocabulary is unseen there). */
  seenTypes: number;
  fitted: SmoothingConstants;
  used: SmoothingConstants;
  methods: BakeoffMethodScore[];
  curves: { alpha: DevCurve; gamma: DevCurve; discount: DevCurve };
  /** Frequency-of-frequencies rows r = 0 … FREQUENCY_MAX_R, predictions in BAKEOFF_METHODS order. */
  frequency: FrequencyRow[];
  /** Test log-likelihood by training-count band (COUNT_BANDS), per method in BAKEOFF_METHODS order. */
  bands: BandScore[];
  /** The method with the fewest test bits per token. */
  testBest: number;
  /**
   * The fitted constants against the first-order reading α ≈ γ/2: the ratio γ : α, half of γ, and the smoothed counts of an
   * unseen word and of a word seen once under the forgetting formula at the fitted γ (F̂(0) = γ, F̂(1)) and add-α at the fitted α (α, 1 + α).
   */
  correspondence: {
    ratio: number;
    halfGamma: number;
    forgetting: [number, number];
    add: [number, number];
  };
  /** Per band, the method with the fewest bits per token (−1 for a band without test tokens). */
  bandBest: number[];
  /** Per frequency row, the method whose prediction is nearest the held-out count. */
  frequencyBest: number[];
}

/** The index of the smallest finite value (−1 if none): the winner of a row of scores. */
function smallest(values: readonly number[]): number {
  let best = -1;
  values.forEach((v, k) => {
    if (Number.isFinite(v) && (best < 0 || v < (values[best] as number))) best = k;
  });
  return best;
}

function devCurve(slice: Slice, kind: keyof typeof CONSTANT_OF, values: number[]): DevCurve {
  const bits = values.map(
    (x) =>
      heldOutScore(
        smoothedProbabilities(slice.train, ruleWith(kind, { alpha: x, gamma: x, discount: x })),
        slice.dev,
      ).bitsPerToken,
  );
  return { values, bits };
}

const logGrid = ([lo, hi]: readonly [number, number], n: number) =>
  Array.from({ length: n }, (_, k) => lo * (hi / lo) ** (k / (n - 1)));

/**
 * The bake-off at one training size: every rule (hand-set constants where given, else fitted on dev) scored on
 * the test files over the whole vocabulary, with dev curves against each constant, the frequency-of-frequencies
 * table and the test log-likelihood by training-count band. Rejects for a slice outside 1 … |split.train|, a
 * constant the rule refuses, or a failed asset load.
 */
export async function smoothingBakeoff(
  input: BakeoffInput,
  ctx: TaskContext,
  corpus?: BrownCorpus,
): Promise<TaskResult<BakeoffResult>> {
  const c = corpus ?? (await loadBrown());
  const slice = await sliceOf(c, input.files, ctx);
  const { curves } = slice;
  const used: SmoothingConstants = {
    alpha: input.alpha ?? slice.fitted.alpha,
    gamma: input.gamma ?? slice.fitted.gamma,
    discount: input.discount ?? slice.fitted.discount,
  };
  const hand = { add: input.alpha, forgetting: input.gamma, absolute: input.discount } as Record<
    string,
    number | null | undefined
  >;
  const probs = BAKEOFF_METHODS.map((m) => smoothedProbabilities(slice.train, ruleWith(m, used)));
  const methods = BAKEOFF_METHODS.map((method, k) => {
    const p = probs[k] as Float64Array;
    return {
      method,
      rule: ruleWith(method, used),
      fitted: hand[method] === null || hand[method] === undefined,
      test: heldOutScore(p, slice.test),
      dev: heldOutScore(p, slice.dev),
    };
  });
  let trainTokens = 0;
  let seenTypes = 0;
  for (const x of slice.train) {
    trainTokens += x;
    if (x > 0) seenTypes++;
  }
  const frequency = frequencyTable(slice.train, slice.test, probs, FREQUENCY_MAX_R);
  const bands = bandScores(slice.train, slice.test, probs, COUNT_BANDS);
  ctx.progress(1);
  return {
    value: {
      input,
      vocabulary: c.vocabulary.length,
      trainTokens,
      seenTypes,
      fitted: slice.fitted,
      used,
      methods,
      curves,
      frequency,
      bands,
      testBest: smallest(methods.map((m) => m.test.bitsPerToken)),
      correspondence: {
        ratio: slice.fitted.gamma / slice.fitted.alpha,
        halfGamma: slice.fitted.gamma / 2,
        forgetting: [
          forgettingCount(0, trainTokens, slice.fitted.gamma),
          forgettingCount(1, trainTokens, slice.fitted.gamma),
        ],
        add: [slice.fitted.alpha, 1 + slice.fitted.alpha],
      },
      bandBest: bands.map((b) => smallest(b.bitsPerToken)),
      frequencyBest: frequency.map((row) => smallest(row.predicted.map((x) => Math.abs(x - row.heldOut)))),
    },
  };
}

/** One point of the learning curve: test bits per token of every rule with its constants fitted on dev. */
export interface LearningPoint {
  files: number;
  tokens: number;
  fitted: SmoothingConstants;
  /** In BAKEOFF_METHODS order (Infinity for MLE while a test word is unseen). */
  bits: number[];
}

/**
 * The learning curve: for each training size in `sizes` (files), the constants fitted
 * on dev and every rule's test bits per token. Streams each point as progress; between sizes it yields to the
 * event loop and stops (cancelled: true) once ctx.cancelled().
 */
export async function smoothingLearningCurve(
  input: { sizes: number[] },
  ctx: TaskContext<LearningPoint>,
  corpus?: BrownCorpus,
): Promise<TaskResult<{ points: LearningPoint[]; cancelled: boolean }>> {
  const c = corpus ?? (await loadBrown());
  const { sizes } = input;
  const points: LearningPoint[] = [];
  for (const files of sizes) {
    await yieldToEventLoop();
    if (ctx.cancelled()) return { value: { points, cancelled: true } };
    const s = sliceCounts(c, files);
    const fitted = fitSmoothingConstants(s.train, s.dev);
    const point = {
      files,
      tokens: s.train.reduce((a, x) => a + x, 0),
      fitted,
      bits: BAKEOFF_METHODS.map(
        (m) => heldOutScore(smoothedProbabilities(s.train, ruleWith(m, fitted)), s.test).bitsPerToken,
      ),
    };
    points.push(point);
    ctx.progress(points.length / sizes.length, point);
  }
  return { value: { points, cancelled: false } };
}
