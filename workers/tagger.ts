/**
 * The BiLSTM article's worker core: a word tagger (lib/sequence createTagger) trained in the Web Worker on the
 * Brown entity-tagged sentences, with its loss and dev-set span F1 streamed; the trained models kept in a
 * worker-side store so the probe and decoder figures can ask them about any sentence.
 *
 * Training is resumable like sgns-train: the trainer of the latest settings stays in the worker, so a pause (a
 * cancel) and a later run with the same settings go on from where it stood; `restart` starts over. Pretrained
 * embeddings are the word2vec article's SVD vectors (shifted-PPMI of the same running text; task
 * 'embeddings-svd'), computed here once per vocabulary size and dimension.
 */

import {
  bestSpan,
  createTagger,
  createTrainer,
  evaluateTagger,
  type InfluenceSummary,
  influenceSummary,
  POST_TRANSITIONS,
  type PretrainedVectors,
  type Span,
  splitWords,
  TAGS,
  type Tag,
  type TaggedSentence,
  type Tagger,
  type TaggerConfig,
  type TaggerEvaluation,
  type TaggerTrainer,
  type TransitionTable,
  taggerParameters,
  tagSentence,
  wordInfluence,
} from '@/lib/sequence';
import { entityView, loadBrown, loadEntities } from './brown';
import { getModel, type SvdModelInput, svdKey, svdModel } from './embeddings';
import { keepNewest } from './keep';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

/** Everything that shapes a trained tagger. */
export interface TaggerSettings {
  /** Vocabulary: the V most frequent Brown words; the rest read as one unknown word. */
  V: number;
  embedDim: number;
  hiddenSize: number;
  layers: 1 | 2;
  direction: 'uni' | 'bi';
  /** Feed the capitalisation flag beside each word vector. */
  caseFeature: boolean;
  /** Random embeddings, or the word2vec article's SVD vectors kept fixed ('frozen') or trained on ('tuned'). */
  embeddings: 'random' | 'frozen' | 'tuned';
  learningRate: number;
  epochs: number;
  /** Labelled training sentences: the first n of the fixed shuffled training list. */
  trainSize: number;
  batchSize: number;
  seed: number;
}

/** The settings the figures start from. */
export const DEFAULT_TAGGER: TaggerSettings = {
  V: 5000,
  embedDim: 50,
  hiddenSize: 32,
  layers: 1,
  direction: 'bi',
  caseFeature: false,
  embeddings: 'random',
  learningRate: 0.01,
  epochs: 3,
  trainSize: 4000,
  batchSize: 16,
  seed: 1,
};

/**
 * The store key of a tagger trained with these settings (what the probe and decoder query).
 * @example taggerKey(DEFAULT_TAGGER); // 'tagger:5000:50:32:1:bi:0:random:0.01:3:4000:16:1'
 */
export function taggerKey(s: TaggerSettings): string {
  return `tagger:${s.V}:${s.embedDim}:${s.hiddenSize}:${s.layers}:${s.direction}:${s.caseFeature ? 1 : 0}:${s.embeddings}:${s.learningRate}:${s.epochs}:${s.trainSize}:${s.batchSize}:${s.seed}`;
}

/** The tagged sentences a tagger of vocabulary V reads: word indices ≥ V already mapped to V (unknown). */
export interface TaggerData {
  V: number;
  /** The V known words, most frequent first. */
  words: readonly string[];
  train: readonly TaggedSentence[];
  dev: readonly TaggedSentence[];
  test: readonly TaggedSentence[];
}

/** Checks settings from the page; throws RangeError with the first bad field. */
export function checkTaggerSettings(s: TaggerSettings): void {
  const int = (v: number, lo: number, hi: number) => Number.isSafeInteger(v) && v >= lo && v <= hi;
  const bad = (field: string, v: unknown) => {
    throw new RangeError(`tagger: ${field} ${String(v)} is out of range`);
  };
  if (!int(s.V, 100, 49_796)) bad('V', s.V);
  if (!int(s.embedDim, 2, 300)) bad('embedDim', s.embedDim);
  if (!int(s.hiddenSize, 1, 256)) bad('hiddenSize', s.hiddenSize);
  if (s.layers !== 1 && s.layers !== 2) bad('layers', s.layers);
  if (s.direction !== 'uni' && s.direction !== 'bi') bad('direction', s.direction);
  if (!['random', 'frozen', 'tuned'].includes(s.embeddings)) bad('embeddings', s.embeddings);
  if (!(s.learningRate > 0 && s.learningRate <= 1)) bad('learningRate', s.learningRate);
  if (!int(s.epochs, 1, 100)) bad('epochs', s.epochs);
  if (!int(s.trainSize, 1, 1_000_000)) bad('trainSize', s.trainSize);
  if (!int(s.batchSize, 1, 1024)) bad('batchSize', s.batchSize);
  if (!Number.isSafeInteger(s.seed)) bad('seed', s.seed);
}

/** The lib config of these settings. */
export function taggerConfig(s: TaggerSettings): TaggerConfig {
  return {
    vocabSize: s.V,
    embedDim: s.embedDim,
    hiddenSize: s.hiddenSize,
    layers: s.layers,
    bidirectional: s.direction === 'bi',
    caseFeature: s.caseFeature,
    tags: TAGS.length,
  };
}

/** The word2vec article's SVD settings the pretrained vectors come from (its matrix twin of skip-gram). */
export function pretrainedInput(V: number, dim: number): SvdModelInput {
  return {
    V,
    window: 5,
    weighting: 'linear',
    transform: 'shifted-ppmi',
    shift: 1,
    contextPower: 0.75,
    dim,
    eigenPower: 0.5,
    seed: 1,
  };
}

/** The pretrained vectors for (V, dim), computed with the word2vec article's task when not yet stored. */
async function pretrained(V: number, dim: number, ctx: TaskContext): Promise<PretrainedVectors> {
  const input = pretrainedInput(V, dim);
  const stored = getModel(svdKey(input));
  if (stored) return stored.vectors;
  await svdModel(input, ctx);
  const model = getModel(svdKey(input));
  if (!model) throw new Error('tagger: the pretrained vectors were not stored');
  return model.vectors;
}

/** A trained (or training) tagger in the store, with what it was trained on. */
export interface StoredTagger {
  readonly key: string;
  readonly settings: TaggerSettings;
  readonly model: Tagger;
  readonly words: readonly string[];
  /** Trained to the end of its epochs (a paused run stores its model too). */
  readonly complete: boolean;
}

const TAGGERS_KEPT = 4;
const taggers = new Map<string, StoredTagger>();

/** Puts a tagger in the store (the oldest beyond four are dropped). */
export function putTagger(t: StoredTagger): void {
  keepNewest(taggers, t.key, t, TAGGERS_KEPT);
}

/** The stored tagger under `key`, if any. */
export function getTagger(key: string): StoredTagger | undefined {
  return taggers.get(key);
}

/** A point of the loss curve: mean loss per word over the last chunk, at the sentences trained so far. */
export interface TaggerLossPoint {
  sentences: number;
  loss: number;
}

/** A dev-set evaluation during training. */
export interface TaggerDevPoint {
  sentences: number;
  greedyF1: number;
  viterbiF1: number;
  /** Span precision and recall of the two decodings (NaN without predicted, or gold, spans). */
  greedyPrecision: number;
  greedyRecall: number;
  viterbiPrecision: number;
  viterbiRecall: number;
  loss: number;
  tagAccuracy: number;
  illegalGreedy: number;
}

/** What each report (and the result) of 'tagger-train' carries. */
export interface TaggerReport {
  key: string;
  phase: 'pretraining' | 'training' | 'done';
  /** Sentences trained on so far (over all epochs), and in all epochs. */
  sentences: number;
  totalSentences: number;
  epoch: number;
  done: boolean;
  points: TaggerLossPoint[];
  dev: TaggerDevPoint[];
  /** Words per second of training (evaluation left out) in this run. */
  wordsPerSecond: number;
  /** Seconds spent training and evaluating on the dev set so far, over all runs of these settings. */
  seconds: number;
  /** Labelled sentences used and the dev set's size. */
  trainSize: number;
  devSize: number;
  parameters: number;
  /** While pretrained vectors are computed (phase 'pretraining'): how far, in [0, 1]. */
  pretraining?: number;
}

/** The task's input: the settings and how far to go. */
export interface TaggerTrainInput extends TaggerSettings {
  /** Sentences per report; default 200. */
  chunk?: number;
  /** Stop after this many chunks (a step is 1); default: to the end. */
  chunks?: number;
  /** Evaluate on the dev set every this many sentences (and at the end); default half the training set. */
  evalEvery?: number;
  restart?: boolean;
  /** Evaluate on the dev set at the start, every `evalEvery` and at the end; default true. */
  evaluate?: boolean;
}

interface Kept {
  key: string;
  trainer: TaggerTrainer;
  sentences: number;
  points: TaggerLossPoint[];
  dev: TaggerDevPoint[];
  /** Milliseconds of training and dev evaluation so far. */
  ms: number;
}

/**
 * The trainers kept between runs, by key, newest last: a few, so that the probe figure training its pair does not
 * throw away a run paused in the training figure.
 */
const trainers = new Map<string, Kept>();
const TRAINERS_KEPT = 3;

/** Drops the kept trainers (tests; a figure's reset passes `restart` instead). */
export function forgetTaggerTrainer(): void {
  trainers.clear();
}

/** The data of vocabulary V (the Brown entity asset through workers/brown, or injected in tests). */
export async function taggerData(V: number, data?: TaggerData): Promise<TaggerData> {
  if (data) return data;
  const [view, corpus] = await Promise.all([entityView(V), loadBrown()]);
  return { V, words: corpus.vocabulary.slice(0, V), train: view.train, dev: view.dev, test: view.test };
}

const devPoint = (sentences: number, e: TaggerEvaluation): TaggerDevPoint => ({
  sentences,
  greedyF1: e.greedy.f1,
  viterbiF1: e.viterbi.f1,
  greedyPrecision: e.greedy.precision,
  greedyRecall: e.greedy.recall,
  viterbiPrecision: e.viterbi.precision,
  viterbiRecall: e.viterbi.recall,
  loss: e.loss,
  tagAccuracy: e.tagAccuracy,
  illegalGreedy: e.illegalGreedy,
});

/** A fresh tagger for these settings (pretrained embeddings computed on the way when asked for). */
export async function newTagger(s: TaggerSettings, ctx: TaskContext): Promise<Tagger> {
  const vectors = s.embeddings === 'random' ? undefined : await pretrained(s.V, s.embedDim, ctx);
  return createTagger(taggerConfig(s), s.seed, vectors);
}

/**
 * Trains the tagger of `input` from where the kept trainer stands (or afresh), chunk by chunk, up to `chunks`
 * chunks or the end; reports after every chunk (loss) and every `evalEvery` sentences (dev F1 of greedy and
 * Viterbi decoding), and stops at the next chunk once cancelled. The model goes to the store under taggerKey.
 */
export async function taggerTrain(
  input: TaggerTrainInput,
  ctx: TaskContext<TaggerReport>,
  data?: TaggerData,
): Promise<TaskResult<TaggerReport>> {
  checkTaggerSettings(input);
  const chunk = input.chunk ?? 200;
  if (!(Number.isSafeInteger(chunk) && chunk >= 1)) throw new RangeError(`tagger: chunk ${chunk}`);
  const d = await taggerData(input.V, data);
  const settings: TaggerSettings = { ...input };
  const key = taggerKey(settings);
  const train = d.train.slice(0, input.trainSize);
  const evaluate = input.evaluate ?? true;
  const evalEvery = input.evalEvery ?? Math.max(chunk, Math.ceil(train.length / 2));
  const totalSentences = train.length * input.epochs;
  if (input.restart || !trainers.has(key)) {
    trainers.delete(key);
    const model = await newTagger(settings, {
      progress: (f) =>
        ctx.progress(0, {
          key,
          phase: 'pretraining',
          sentences: 0,
          totalSentences,
          epoch: 0,
          done: false,
          points: [],
          dev: [],
          wordsPerSecond: 0,
          seconds: 0,
          trainSize: train.length,
          devSize: d.dev.length,
          parameters: 0,
          pretraining: f,
        }),
      cancelled: ctx.cancelled,
    });
    const trainer = createTrainer(model, train, {
      learningRate: settings.learningRate,
      batchSize: settings.batchSize,
      freezeEmbeddings: settings.embeddings === 'frozen',
      seed: settings.seed,
    });
    const dev = evaluate ? [devPoint(0, evaluateTagger(model, d.dev))] : [];
    trainers.set(key, { key, trainer, sentences: 0, points: [], dev, ms: 0 });
    for (const k of [...trainers.keys()].slice(0, Math.max(0, trainers.size - TRAINERS_KEPT)))
      trainers.delete(k);
  }
  const state = trainers.get(key) as Kept;
  // The newest used last: the map's order is its age.
  trainers.delete(key);
  trainers.set(key, state);
  const current = () => trainers.get(key) === state;
  const model = state.trainer.model;
  const parameters = taggerParameters(model).reduce((n, p) => n + p.length, 0);
  let trainMs = 0;
  let trainedWords = 0;
  const report = (): TaggerReport => {
    const done = state.sentences >= totalSentences;
    if (current()) putTagger({ key, settings, model, words: d.words, complete: done });
    return {
      key,
      totalSentences,
      trainSize: train.length,
      devSize: d.dev.length,
      phase: done ? 'done' : 'training',
      sentences: state.sentences,
      epoch: Math.min(settings.epochs, Math.ceil(state.sentences / train.length)),
      done,
      points: state.points.slice(),
      dev: state.dev.slice(),
      wordsPerSecond: trainMs > 0 ? (trainedWords / trainMs) * 1000 : 0,
      seconds: state.ms / 1000,
      parameters,
    };
  };
  let left = input.chunks ?? Number.POSITIVE_INFINITY;
  while (state.sentences < totalSentences && left > 0 && !ctx.cancelled() && current()) {
    const n = Math.min(chunk, totalSentences - state.sentences);
    const t0 = performance.now();
    const p = state.trainer.step(n);
    trainMs += performance.now() - t0;
    trainedWords += p.words;
    const before = state.sentences;
    state.sentences += p.sentences;
    if (p.sentences > 0) state.points.push({ sentences: state.sentences, loss: p.loss });
    const crossed = Math.floor(state.sentences / evalEvery) > Math.floor(before / evalEvery);
    if (evaluate && (crossed || state.sentences >= totalSentences))
      state.dev.push(devPoint(state.sentences, evaluateTagger(model, d.dev)));
    state.ms += performance.now() - t0;
    left -= 1;
    ctx.progress(state.sentences / Math.max(1, totalSentences), report());
    await yieldToEventLoop();
  }
  return { value: report() };
}

/** What 'tagger-ensure' reports while it trains, and returns. */
export interface TaggerEnsured {
  key: string;
  /** The settings in full (DEFAULT_TAGGER where the input left a field out). */
  settings: TaggerSettings;
  /** Whether the tagger is trained to the end (false only when the run was cancelled). */
  complete: boolean;
  /** Whether it was already in the store (nothing trained in this run). */
  stored: boolean;
  sentences: number;
  totalSentences: number;
}

/**
 * The stored tagger of `input` (any field left out is DEFAULT_TAGGER's), trained first when it is not in the store or only part-trained (taggerTrain
 * without dev evaluations; a kept trainer of the same settings goes on from where it stood). Returns at once
 * for a complete stored tagger; reports progress with the sentences trained so far; stops when cancelled
 * (with `complete` false). With `train: false` it only looks: a tagger not in the store comes back incomplete.
 */
export async function taggerEnsure(
  input: Partial<TaggerSettings> & { train?: boolean },
  ctx: TaskContext<TaggerEnsured>,
  data?: TaggerData,
): Promise<TaskResult<TaggerEnsured>> {
  const { train = true, ...given } = input;
  const settings: TaggerSettings = { ...DEFAULT_TAGGER, ...given };
  checkTaggerSettings(settings);
  const key = taggerKey(settings);
  const stored = getTagger(key);
  const totalSentences = settings.trainSize * settings.epochs;
  if (stored?.complete)
    return {
      value: { key, settings, complete: true, stored: true, sentences: totalSentences, totalSentences },
    };
  // Only asked whether it is there: a figure that trains on request, not on sight.
  if (!train)
    return { value: { key, settings, complete: false, stored: false, sentences: 0, totalSentences } };
  const ensured = (r: TaggerReport): TaggerEnsured => ({
    key,
    settings,
    complete: r.done,
    stored: false,
    sentences: r.sentences,
    totalSentences: r.totalSentences,
  });
  const r = await taggerTrain(
    { ...settings, evaluate: false },
    { progress: (f, partial) => ctx.progress(f, partial && ensured(partial)), cancelled: ctx.cancelled },
    data,
  );
  return { value: ensured(r.value) };
}

/** A sentence to tag: typed text, or one of the dev or test sentences by position. */
export type TaggerSentence = { text: string } | { split: 'dev' | 'test'; index: number };

/** What 'tagger-query' asks of a stored tagger. */
export interface TaggerQueryInput {
  key: string;
  sentence: TaggerSentence;
  /** The transition table of the Viterbi decode; default the post's. */
  table?: TransitionTable;
  /** Also compute every word's influence on every position's chosen tag (T backward passes). */
  influence?: boolean;
}

/** The tagger's reading of one sentence. */
export interface TaggerAnswer {
  /** Words as shown (typed forms; corpus words in the vocabulary's lower case). */
  words: string[];
  /** Whether each word is in the model's vocabulary (else it reads as the unknown word). */
  known: boolean[];
  caps: number[];
  /** Tag probabilities per word (rows in TAGS order). */
  probs: number[][];
  greedy: Tag[];
  viterbi: Tag[];
  viterbiFailed: boolean;
  /** Spans of the Viterbi reading, and the post's single best span by mean log-probability. */
  spans: Span[];
  best: { span: Span; meanLogProb: number } | null;
  /** Gold tags of a corpus sentence; null for typed text. */
  gold: Tag[] | null;
  /** Row t: each word's influence on position t's Viterbi tag (wordInfluence); null unless asked for. */
  influence: number[][] | null;
  /** Words beyond the 60-word limit that were dropped from typed text. */
  dropped: number;
}

/**
 * Tags one sentence with the stored tagger `key`. Rejects when no such tagger is stored (train it first), for
 * typed text without words, and for a sentence index outside its split.
 */
export async function taggerQuery(input: TaggerQueryInput): Promise<TaskResult<TaggerAnswer>> {
  const stored = getTagger(input.key);
  if (!stored) throw new Error(`no tagger ${input.key} in the worker; train it first`);
  const V = stored.settings.V;
  let words: string[];
  let ids: number[];
  let caps: number[];
  let gold: Tag[] | null = null;
  let dropped = 0;
  if ('text' in input.sentence) {
    const typed = splitWords(input.sentence.text);
    if (typed.lower.length === 0) throw new RangeError('type a sentence with at least one word');
    const index = vocabularyIndex(stored.words);
    words = typed.forms;
    // Abbreviations keep their full stop in the vocabulary (mr., u.s.): try the word with one when without fails.
    ids = typed.lower.map((w) => index.get(w) ?? index.get(`${w}.`) ?? V);
    caps = typed.caps;
    dropped = typed.dropped;
  } else {
    const { split, index } = input.sentence;
    const [all, corpus] = await Promise.all([loadEntities(), loadBrown()]);
    const list = split === 'dev' ? all.dev : all.test;
    const s = list[index];
    if (!s || !Number.isInteger(index))
      throw new RangeError(`no sentence ${index} in the ${split} split (0–${list.length - 1})`);
    words = Array.from(s.words, (w) => corpus.vocabulary[w] ?? '?');
    ids = Array.from(s.words, (w) => Math.min(w, V));
    caps = Array.from(s.caps);
    gold = Array.from(s.tags, (k) => TAGS[k] as Tag);
  }
  const sentence = { words: ids, caps };
  const table = input.table ?? POST_TRANSITIONS;
  const r = tagSentence(stored.model, sentence, 'viterbi', table);
  const influence = input.influence ? influenceMatrix(stored.model, sentence, r.viterbi) : null;
  return {
    value: {
      words,
      known: ids.map((i) => i < V),
      caps,
      probs: r.probs,
      greedy: r.greedy,
      viterbi: r.viterbi,
      viterbiFailed: r.viterbiFailed,
      spans: r.spans,
      best: bestSpan(r.probs, r.viterbi),
      gold,
      influence,
      dropped,
    },
  };
}

/** Row t: every word's influence on position t's tag in `tags` (wordInfluence, one backward pass per row). */
function influenceMatrix(
  model: Tagger,
  sentence: { words: ArrayLike<number>; caps?: ArrayLike<number> },
  tags: readonly Tag[],
): number[][] {
  return tags.map((tag, t) => Array.from(wordInfluence(model, sentence, t, TAGS.indexOf(tag))));
}

/** What 'tagger-influence' asks: the stored tagger, the split, and how many of its sentences to read. */
export interface TaggerInfluenceInput {
  key: string;
  split?: 'dev' | 'test';
  /** Sentences read, evenly spaced through the split; default 200. */
  sentences?: number;
  /** Offsets kept in the by-distance profile; default 5. */
  maxDistance?: number;
}

/** The influence profile of a stored tagger over a split's sentences. */
export interface TaggerInfluence extends InfluenceSummary {
  key: string;
  split: 'dev' | 'test';
  sentences: number;
  words: number;
}

/**
 * Where the stored tagger `key` looks, over `sentences` evenly spaced sentences of the test (or dev) split:
 * each position's influence row for its Viterbi tag (as in 'tagger-query'), summarised by influenceSummary
 * (the shares before, at and after the position, the last three words' share, and the share by offset).
 * Reports progress per sentence and stops when cancelled.
 */
export async function taggerInfluence(
  input: TaggerInfluenceInput,
  ctx: TaskContext,
  data?: TaggerData,
): Promise<TaskResult<TaggerInfluence>> {
  const stored = getTagger(input.key);
  if (!stored) throw new Error(`no tagger ${input.key} in the worker; train it first`);
  const split = input.split ?? 'test';
  const d = await taggerData(stored.settings.V, data);
  const list = split === 'dev' ? d.dev : d.test;
  const n = Math.min(list.length, input.sentences ?? 200);
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`tagger: sentences ${input.sentences}`);
  const matrices: number[][][] = [];
  let words = 0;
  for (let i = 0; i < n; i++) {
    if (ctx.cancelled()) break;
    const s = list[Math.floor((i * list.length) / n)] as TaggedSentence;
    const r = tagSentence(stored.model, s, 'viterbi', POST_TRANSITIONS);
    matrices.push(influenceMatrix(stored.model, s, r.viterbi));
    words += s.words.length;
    if (i % 10 === 9) {
      ctx.progress((i + 1) / n);
      await yieldToEventLoop();
    }
  }
  const summary = influenceSummary(matrices, { maxDistance: input.maxDistance ?? 5 });
  return { value: { ...summary, key: input.key, split, sentences: matrices.length, words } };
}

const indexes = new WeakMap<readonly string[], Map<string, number>>();

/** Word → index of a vocabulary list, built once per list. */
function vocabularyIndex(words: readonly string[]): Map<string, number> {
  let m = indexes.get(words);
  if (!m) {
    m = new Map(words.map((w, i) => [w, i]));
    indexes.set(words, m);
  }
  return m;
}

/** The test-set scores of the stored tagger `key` (both decodings; the post's table unless given). */
export async function taggerEvaluate(
  input: { key: string; split?: 'dev' | 'test'; table?: TransitionTable },
  _ctx?: TaskContext,
  data?: TaggerData,
): Promise<TaskResult<TaggerEvaluation>> {
  const stored = getTagger(input.key);
  if (!stored) throw new Error(`no tagger ${input.key} in the worker; train it first`);
  const d = await taggerData(stored.settings.V, data);
  return { value: evaluateTagger(stored.model, input.split === 'dev' ? d.dev : d.test, input.table) };
}
