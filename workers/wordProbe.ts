/**
 * The word-probe figure's own skip-gram model and its probe-list scores. The model is trained once per worker
 * (per vocabulary size and number of epochs) at the settings of WORD_PROBE_SGNS (lib/embeddings), in slices
 * with progress and cancel; a cancelled run keeps its trainer, so the next request resumes where it stopped rather than starting over. The
 * vectors go to the worker's model store (putModel), where 'embeddings-query' answers neighbours, similarities
 * and analogies on them, and 'word-probe-scores' scores any stored model on the probe list of lib/embeddings.
 */
import type { BrownCorpus, BrownText } from '@/lib/corpus/asset';
import {
  createSgns,
  type ProbeScores,
  type SgnsOptions,
  type SgnsTrainer,
  scoreProbes,
  WORD_PROBE_SGNS,
} from '@/lib/embeddings';
import { getModel, loadView, putModel } from './embeddings';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

/** Stream positions trained between progress reports (and cancel checks). */
const SLICE = 20_000;

/** What the training task is asked: the vocabulary size and the number of epochs (integers ≥ 1). */
export interface WordProbeSgnsInput {
  V: number;
  epochs: number;
}

/** The store key of the word-probe skip-gram model of V words trained for `epochs` epochs. */
export function wordProbeSgnsKey({ V, epochs }: WordProbeSgnsInput): string {
  const { dim, window, negatives, learningRate, subsample, seed } = WORD_PROBE_SGNS;
  return `word-probe-sgns:${V}:${epochs}:${dim}:${window}:${negatives}:${learningRate}:${subsample}:${seed}`;
}

/** What the training task reports as it goes (its progress partial) and at the end. */
export interface WordProbeSgnsReport {
  key: string;
  V: number;
  /** Stream positions of the corpus view (words and sentence boundaries). */
  tokens: number;
  /** Mean loss of the pairs trained in the last slice (NaN before any). */
  loss: number;
  /** Milliseconds of training so far in this worker (all runs of this key). */
  ms: number;
  settings: SgnsOptions;
}

interface Training {
  trainer: SgnsTrainer;
  loss: number;
  ms: number;
  done: boolean;
}
const trainings = new Map<string, Training>();

/**
 * Trains (or resumes, or returns at once when already trained) the word-probe skip-gram model on the top-V
 * running text of Brown (loadView), reporting progress with the last slice's loss; cancelling stops at the
 * next slice and keeps the trainer for the next call. When done the word vectors W are stored under
 * wordProbeSgnsKey(V). `data` injects the corpus in tests.
 */
export async function wordProbeSgns(
  input: WordProbeSgnsInput,
  ctx: TaskContext<WordProbeSgnsReport>,
  data?: { corpus: BrownCorpus; text: BrownText },
): Promise<TaskResult<WordProbeSgnsReport>> {
  const view = await loadView(input.V, data);
  const settings: SgnsOptions = { ...WORD_PROBE_SGNS, epochs: input.epochs };
  const key = wordProbeSgnsKey({ V: view.V, epochs: input.epochs });
  let run = trainings.get(key);
  if (!run) {
    run = {
      trainer: createSgns(view.stream, view.counts, settings),
      loss: Number.NaN,
      ms: 0,
      done: false,
    };
    trainings.set(key, run);
  }
  const report = (): WordProbeSgnsReport => ({
    key,
    V: view.V,
    tokens: view.stream.length,
    loss: run.loss,
    ms: run.ms,
    settings,
  });
  while (!run.done) {
    if (ctx.cancelled()) throw new Error('cancelled');
    const t0 = performance.now();
    const p = run.trainer.step(SLICE);
    run.ms += performance.now() - t0;
    if (!Number.isNaN(p.loss)) run.loss = p.loss;
    run.done = p.done;
    ctx.progress(p.fraction, report());
    await yieldToEventLoop();
  }
  if (!getModel(key)) putModel(key, 'sgns', view.words, run.trainer.vectors());
  return { value: report() };
}

/** The probe-list scores (scoreProbes, accuracy@1 and @5, Spearman's ρ) of the model stored under `key`. */
export function wordProbeScores(input: { key: string }): TaskResult<ProbeScores & { key: string }> {
  const model = getModel(input.key);
  if (!model) throw new Error(`no model ${input.key} in the worker; compute it first`);
  return {
    value: { key: input.key, ...scoreProbes(model.vectors, model.words, { k: 5, norms: model.norms }) },
  };
}
