/**
 * The sgns-train task: skip-gram with negative sampling (lib/embeddings createSgns) trained in the Web Worker on
 * the Brown running text cut to its top V words, in chunks of stream positions. After each chunk it stores the
 * word vectors (putModel under sgnsKey, so 'embeddings-query' answers on the model as it trains) and reports
 * the chunk's mean loss, the tokens per second and Levy & Goldberg's check: w·c against PMI(w, c) − log k on
 * a fixed, count-weighted sample of observed pairs, with their correlation and least-squares line. The trainer
 * stays in the worker between runs, with its loss history, so a pause (a cancel) and a later run with the same
 * settings go on from where it stood, and every report carries the whole curve (nothing is lost to a cancel
 * that lands while a chunk runs); `restart` starts over.
 */
import type { BrownCorpus, BrownText } from '@/lib/corpus/asset';
import {
  createSgns,
  type PairSample,
  pairDots,
  pmiMatrix,
  type SgnsTrainer,
  samplePairs,
} from '@/lib/embeddings';
import { type LinearFit, linearFit } from '@/lib/stats';
import { type CorpusView, cooccurrenceOf, loadView, putModel } from './embeddings';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

/** Everything that shapes a skip-gram model. */
export interface SgnsSettings {
  /** Vocabulary size (top-V words). */
  V: number;
  dim: number;
  window: number;
  /** Negative samples per pair, k (also the PMI shift of the check). */
  negatives: number;
  learningRate: number;
  epochs: number;
  /** Subsampling threshold t (0 = off). */
  subsample: number;
  seed: number;
}

/** The task's input: the settings and how far to go. */
export interface SgnsTrainInput extends SgnsSettings {
  /** Stream positions per chunk (one report per chunk); default 50,000. */
  chunk?: number;
  /** Stop after this many chunks (a step is 1); default: to the end of the last epoch. */
  chunks?: number;
  /** Drop any trainer kept for these settings and start from the seed's initial vectors. */
  restart?: boolean;
  /** Observed pairs in the Levy–Goldberg sample; default 2,000. */
  pairs?: number;
}

/** A point of the loss curve: the mean loss of a chunk's pairs, at the stream positions trained so far. */
export interface SgnsLossPoint {
  tokens: number;
  loss: number;
}

/** What each report (and the result) carries. */
export interface SgnsReport {
  key: string;
  V: number;
  /** Stream positions trained so far (over all epochs) and in all epochs. */
  tokens: number;
  totalTokens: number;
  epoch: number;
  done: boolean;
  /** Every loss point of this trainer so far (a chunk of 50,000 tokens each: at most a few hundred). */
  points: SgnsLossPoint[];
  learningRate: number;
  /** Stream positions per second of training (the check and the store left out) in this run. */
  tokensPerSecond: number;
  /** The Levy–Goldberg sample (the same every report): each pair's PMI − log k, its count and w·c now. */
  pmi: Float32Array;
  counts: Float32Array;
  dots: Float32Array;
  /** Each pair as "word · context". */
  labels: string[];
  /** The least-squares line of w·c on PMI − log k, and their Pearson correlation. */
  fit: LinearFit;
}

/**
 * The store key of the skip-gram model of these settings: what word-probe queries with 'embeddings-query'.
 * @example sgnsKey({ V: 5000, dim: 50, window: 5, negatives: 5, learningRate: 0.025, epochs: 1, subsample: 0, seed: 1 })
 */
export function sgnsKey(s: SgnsSettings): string {
  return `sgns:${s.V}:${s.dim}:${s.window}:${s.negatives}:${s.learningRate}:${s.epochs}:${s.subsample}:${s.seed}`;
}

interface Kept {
  key: string;
  trainer: SgnsTrainer;
  /** Stream positions trained so far, over all epochs. */
  tokens: number;
  points: SgnsLossPoint[];
  sample: PairSample | null;
}

/** The one trainer kept between runs (the latest settings'); a new key replaces it. */
let kept: Kept | null = null;

/** Drops the kept trainer (tests; a figure's reset passes `restart` instead). */
export function forgetSgnsTrainer(): void {
  kept = null;
}

/** The latest Levy–Goldberg sample, by what shapes it. */
let lastSample: { key: string; sample: PairSample } | null = null;

/**
 * The Levy–Goldberg sample for a corpus view and settings: `pairs` observed pairs of the 'linear'-weighted
 * co-occurrence matrix of the window (word2vec's sampled window in expectation), drawn by count (samplePairs),
 * each with PMI − log k at context power 0.75 (the unigram^0.75 negatives). Kept for the latest settings.
 */
function sampleFor(view: CorpusView, s: SgnsSettings, pairs: number): PairSample {
  const key = `${view.V}:${s.window}:${s.negatives}:${s.seed}:${pairs}`;
  if (lastSample?.key === key) return lastSample.sample;
  const { C } = cooccurrenceOf(view, s.window, 'linear');
  const M = pmiMatrix(C, { shift: s.negatives, contextPower: 0.75 });
  const sample = samplePairs(C, M, pairs, s.seed);
  lastSample = { key, sample };
  return sample;
}

/**
 * Trains the skip-gram model of `input` from where the kept trainer stands (or afresh), chunk by chunk, up to
 * `chunks` chunks or the end; reports after every chunk and stops at the next chunk once cancelled. The
 * result repeats the last report. `data` injects the corpus in tests.
 */
export async function sgnsTrain(
  input: SgnsTrainInput,
  ctx: TaskContext<SgnsReport>,
  data?: { corpus: BrownCorpus; text: BrownText },
): Promise<TaskResult<SgnsReport>> {
  const chunk = input.chunk ?? 50_000;
  const pairs = input.pairs ?? 2000;
  if (!Number.isSafeInteger(chunk) || chunk < 1) throw new RangeError(`sgnsTrain: chunk ${chunk}`);
  if (input.chunks !== undefined && !(Number.isSafeInteger(input.chunks) && input.chunks >= 1))
    throw new RangeError(`sgnsTrain: chunks ${input.chunks}`);
  const view = await loadView(input.V, data);
  const settings: SgnsSettings = {
    V: view.V,
    dim: input.dim,
    window: input.window,
    negatives: input.negatives,
    learningRate: input.learningRate,
    epochs: input.epochs,
    subsample: input.subsample,
    seed: input.seed,
  };
  const key = sgnsKey(settings);
  if (input.restart || kept?.key !== key) {
    kept = {
      key,
      trainer: createSgns(view.stream, view.counts, settings),
      tokens: 0,
      points: [],
      sample: null,
    };
  }
  const state = kept;
  const T = view.stream.length;
  const totalTokens = T * settings.epochs;
  let tokens = state.tokens;
  let trainMs = 0;
  let trained = 0;
  let learningRate = input.learningRate;
  let done = tokens >= totalTokens;
  const report = (): SgnsReport => {
    const sample = state.sample as PairSample;
    const W = state.trainer.vectors();
    // A run cancelled by a restart must not overwrite the newer trainer's model.
    if (kept === state) putModel(key, 'sgns', view.words, W);
    const dots = pairDots(W, state.trainer.contexts(), sample.rows, sample.cols);
    const out: SgnsReport = {
      key,
      V: view.V,
      tokens,
      totalTokens,
      epoch: Math.min(settings.epochs, Math.floor(tokens / Math.max(1, T))),
      done,
      points: state.points.slice(),
      learningRate,
      tokensPerSecond: trainMs > 0 ? (trained / trainMs) * 1000 : 0,
      pmi: Float32Array.from(sample.values),
      dots: Float32Array.from(dots),
      counts: Float32Array.from(sample.counts),
      labels: Array.from(sample.rows, (i, q) => `${view.words[i]} · ${view.words[sample.cols[q] as number]}`),
      fit: linearFit(sample.values, dots),
    };
    return out;
  };
  let left = input.chunks ?? Number.POSITIVE_INFINITY;
  if (!state.sample) {
    state.sample = sampleFor(view, settings, pairs);
    await yieldToEventLoop();
  }
  while (!done && left > 0 && !ctx.cancelled() && kept === state) {
    const t0 = performance.now();
    const p = state.trainer.step(chunk);
    trainMs += performance.now() - t0;
    const now = p.epoch * T + p.position;
    trained += now - tokens;
    tokens = now;
    state.tokens = now;
    done = p.done;
    learningRate = p.learningRate;
    if (p.pairs > 0) state.points.push({ tokens, loss: p.loss });
    left -= 1;
    ctx.progress(tokens / Math.max(1, totalTokens), report());
    await yieldToEventLoop();
  }
  return { value: report() };
}
