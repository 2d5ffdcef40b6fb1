/**
 * The BiLSTM article's self-training run in the worker: a small tagger trained on the first n Brown training
 * sentences, then retrained round by round with the next m sentences as an unlabelled pool (their tags hidden
 * from training, used only to score the pseudo-labels), as lib/sequence createSelfTraining does it. Progress is
 * streamed about every tenth of a second; a cancel stops it at the next slice and returns what is done.
 */
import { createSelfTraining, type SelfTrainingState, TAGS, type WeightPair } from '@/lib/sequence';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';
import { type TaggerData, taggerData } from './tagger';

/** Everything a self-training run depends on. */
export interface SelfTrainingSettings {
  /** Vocabulary: the V most frequent Brown words, the rest one unknown word. */
  V: number;
  embedDim: number;
  hiddenSize: number;
  /** Feed the capitalisation flag beside each word vector. */
  caseFeature: boolean;
  learningRate: number;
  /** Epochs per round over its training set. */
  epochs: number;
  /** The first `labelled` training sentences are labelled, the next `pool` the unlabelled pool. */
  labelled: number;
  pool: number;
  /** Test sentences scored after each round (the first n of the test split). */
  test: number;
  /** Labelled : pseudo weights of rounds 1, 2, …. */
  weights: WeightPair[];
  /** Continue the previous round's model instead of retraining from fresh weights. */
  warmStart: boolean;
  seed: number;
}

/** The settings the figure starts from (about a minute in a browser; measured in the report of issue 12). */
export const DEFAULT_SELF_TRAINING: SelfTrainingSettings = {
  V: 5000,
  embedDim: 32,
  hiddenSize: 16,
  caseFeature: false,
  learningRate: 0.02,
  epochs: 2,
  labelled: 1000,
  pool: 2000,
  test: 2000,
  weights: [
    [10, 1],
    [5, 1],
    [1, 1],
  ],
  warmStart: true,
  seed: 1,
};

/** What each report (and the result) of 'self-training' carries. */
export interface SelfTrainingReport extends SelfTrainingState {
  /** The sizes actually used (the pool is cut at the end of the training split). */
  labelled: number;
  pool: number;
  test: number;
  /** Training and tagging time so far, ms. */
  elapsed: number;
  cancelled: boolean;
}

/** Checks settings from the page; throws RangeError with the first bad field. */
export function checkSelfTrainingSettings(s: SelfTrainingSettings): void {
  const int = (v: number, lo: number, hi: number) => Number.isSafeInteger(v) && v >= lo && v <= hi;
  const bad = (field: string, v: unknown) => {
    throw new RangeError(`self-training: ${field} ${String(v)} is out of range`);
  };
  if (!int(s.V, 100, 49_796)) bad('V', s.V);
  if (!int(s.embedDim, 2, 300)) bad('embedDim', s.embedDim);
  if (!int(s.hiddenSize, 1, 256)) bad('hiddenSize', s.hiddenSize);
  if (!(s.learningRate > 0 && s.learningRate <= 1)) bad('learningRate', s.learningRate);
  if (!int(s.epochs, 1, 50)) bad('epochs', s.epochs);
  if (!int(s.labelled, 1, 1_000_000)) bad('labelled', s.labelled);
  if (!int(s.pool, 0, 1_000_000)) bad('pool', s.pool);
  if (!int(s.test, 1, 1_000_000)) bad('test', s.test);
  if (!Number.isSafeInteger(s.seed)) bad('seed', s.seed);
}

/**
 * Runs self-training with these settings on the Brown entity tags (or injected data in tests), streaming a
 * report about every 100 ms and after every round; stops at the next slice once cancelled.
 */
export async function selfTrainingTask(
  input: SelfTrainingSettings,
  ctx: TaskContext<SelfTrainingReport>,
  data?: TaggerData,
): Promise<TaskResult<SelfTrainingReport>> {
  checkSelfTrainingSettings(input);
  const d = await taggerData(input.V, data);
  const labelled = d.train.slice(0, input.labelled);
  const pool = d.train.slice(labelled.length, labelled.length + input.pool);
  const test = d.test.slice(0, input.test);
  const run = createSelfTraining(
    { labelled, pool, test },
    {
      config: {
        vocabSize: input.V,
        embedDim: input.embedDim,
        hiddenSize: input.hiddenSize,
        layers: 1,
        bidirectional: true,
        caseFeature: input.caseFeature,
        tags: TAGS.length,
      },
      seed: input.seed,
      learningRate: input.learningRate,
      epochs: input.epochs,
      weights: input.weights,
      warmStart: input.warmStart,
      chunk: 100,
    },
  );
  let elapsed = 0;
  const report = (s: SelfTrainingState): SelfTrainingReport => ({
    ...s,
    labelled: labelled.length,
    pool: pool.length,
    test: test.length,
    elapsed,
    cancelled: ctx.cancelled(),
  });
  let s = run.state;
  let lastReport = 0;
  let rounds = 0;
  while (!s.done && !ctx.cancelled()) {
    const t0 = performance.now();
    s = run.step();
    elapsed += performance.now() - t0;
    if (s.finished.length > rounds || elapsed - lastReport > 100 || s.done) {
      rounds = s.finished.length;
      lastReport = elapsed;
      ctx.progress(s.progress, report(s));
    }
    await yieldToEventLoop();
  }
  return { value: report(s) };
}
