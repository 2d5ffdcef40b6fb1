/**
 * A word tagger: an embedding table, one or two LSTM layers (Hochreiter & Schmidhuber, 1997) reading left to
 * right or both ways (Graves & Schmidhuber, 2005), and a softmax over the tags at every word — the model of the
 * BiLSTM entity article, trained with Adam on flat Float64Arrays, deterministic per seed.
 *
 * A sentence is word indices into a vocabulary of `vocabSize` words plus one unknown-word row (index
 * `vocabSize`; anything outside 0…vocabSize−1 reads as unknown), optionally a 0/1 case flag per word (the word
 * was capitalised), and, for training, a gold tag index per word. Sentences are processed one at a time, so
 * there is no padding: a per-word weight of 0 leaves a word out of the loss.
 */
import { createRng, type Rng } from '../random';
import {
  createLstm,
  type LstmCache,
  type LstmParams,
  lstmBackward,
  lstmForward,
  softmaxCrossEntropy,
} from './lstm';
import {
  greedyTags,
  isLegal,
  POST_TRANSITIONS,
  type Span,
  type SpanScore,
  spanScore,
  TAGS,
  type Tag,
  type TransitionTable,
  tagsToSpans,
  viterbiTags,
} from './tags';

/** What shapes a tagger. */
export interface TaggerConfig {
  /** Known words; the embedding table has one more row, the unknown word. */
  readonly vocabSize: number;
  readonly embedDim: number;
  /** Units per direction per layer. */
  readonly hiddenSize: number;
  readonly layers: 1 | 2;
  readonly bidirectional: boolean;
  /** Feed the 0/1 capitalisation flag as one more input beside the word vector. */
  readonly caseFeature: boolean;
  /** Output classes (5 for x/s/b/m/e). */
  readonly tags: number;
}

/** One layer: a left-to-right LSTM and, when bidirectional, a right-to-left one. */
export interface TaggerLayer {
  readonly forward: LstmParams;
  readonly backward: LstmParams | null;
}

/** A tagger's weights. Every array is owned by the model and updated in place by training. */
export interface Tagger {
  readonly config: TaggerConfig;
  /** (vocabSize + 1) × embedDim, row-major; the last row is the unknown word. */
  readonly embed: Float64Array;
  readonly layers: readonly TaggerLayer[];
  /** The output layer: tags × (hiddenSize · directions), and its bias. */
  readonly outW: Float64Array;
  readonly outB: Float64Array;
}

/** A sentence as the tagger reads it; `tags` (gold tag indices) only for training and scoring. */
export interface TaggedSentence {
  readonly words: ArrayLike<number>;
  readonly caps?: ArrayLike<number>;
  readonly tags: ArrayLike<number>;
}

/** Pretrained word vectors: row i is word i's vector (rows beyond vocabSize are ignored, missing ones random). */
export interface PretrainedVectors {
  readonly count: number;
  readonly dim: number;
  readonly data: ArrayLike<number>;
}

const directions = (c: TaggerConfig) => (c.bidirectional ? 2 : 1);

function checkConfig(c: TaggerConfig): void {
  const positive = (v: number) => Number.isSafeInteger(v) && v >= 1;
  if (!(positive(c.vocabSize) && positive(c.embedDim) && positive(c.hiddenSize) && positive(c.tags)))
    throw new RangeError(
      `createTagger: sizes must be integers ≥ 1 (vocab ${c.vocabSize}, embed ${c.embedDim}, hidden ${c.hiddenSize}, tags ${c.tags})`,
    );
  if (c.layers !== 1 && c.layers !== 2)
    throw new RangeError(`createTagger: layers must be 1 or 2, got ${c.layers}`);
}

/**
 * A tagger with seeded weights: embeddings N(0, 0.1²) (or copied from `pretrained`, scaled to an RMS of 0.1 per
 * entry so both starts have the same scale), LSTMs as createLstm, the output layer uniform in ±1/√F.
 * Throws RangeError on bad sizes or when `pretrained.dim` differs from `embedDim`.
 * @example
 * const m = createTagger({ vocabSize: 5000, embedDim: 32, hiddenSize: 32, layers: 1, bidirectional: true, caseFeature: false, tags: 5 }, 1);
 */
export function createTagger(
  config: TaggerConfig,
  seed: number | string,
  pretrained?: PretrainedVectors,
): Tagger {
  checkConfig(config);
  const rng: Rng = createRng(`tagger:${seed}`);
  const { vocabSize, embedDim: E, hiddenSize: H, tags: K } = config;
  const embed = new Float64Array((vocabSize + 1) * E);
  for (let i = 0; i < embed.length; i++) embed[i] = 0.1 * rng.normal();
  if (pretrained) {
    if (pretrained.dim !== E)
      throw new RangeError(`createTagger: pretrained vectors have ${pretrained.dim} dimensions, not ${E}`);
    const rows = Math.min(pretrained.count, vocabSize);
    let sq = 0;
    for (let i = 0; i < rows * E; i++) sq += (pretrained.data[i] as number) ** 2;
    const scale = sq > 0 ? 0.1 / Math.sqrt(sq / (rows * E)) : 0;
    for (let i = 0; i < rows * E; i++) embed[i] = scale * (pretrained.data[i] as number);
  }
  const dirs = directions(config);
  const layers: TaggerLayer[] = [];
  for (let l = 0; l < config.layers; l++) {
    const D = l === 0 ? E + (config.caseFeature ? 1 : 0) : H * dirs;
    layers.push({
      forward: createLstm(D, H, rng),
      backward: config.bidirectional ? createLstm(D, H, rng) : null,
    });
  }
  const F = H * dirs;
  const s = 1 / Math.sqrt(F);
  const outW = Float64Array.from({ length: K * F }, () => (2 * rng.next() - 1) * s);
  return { config, embed, layers, outW, outB: new Float64Array(K) };
}

/**
 * The model's weight arrays in a fixed order — embeddings first, then each layer's forward W, U, b and backward
 * W, U, b, then the output W and b — the order of `gradients` and of the optimiser's state.
 * @example
 * taggerParameters(m).reduce((n, a) => n + a.length, 0); // the parameter count
 */
export function taggerParameters(model: Tagger): Float64Array[] {
  const out: Float64Array[] = [model.embed];
  for (const layer of model.layers)
    for (const p of [layer.forward, layer.backward]) if (p) out.push(p.W, p.U, p.b);
  out.push(model.outW, model.outB);
  return out;
}

/** What a forward pass keeps for the backward pass. */
export interface TaggerCache {
  readonly steps: number;
  /** Word rows read (unknowns mapped to the last row). */
  readonly rows: Int32Array;
  readonly layers: readonly { forward: LstmCache; backward: LstmCache | null }[];
  /** The top layer's outputs, T × F. */
  readonly top: Float64Array;
}

const rowOf = (V: number, w: number) => (Number.isInteger(w) && w >= 0 && w < V ? w : V);

/**
 * Tag probabilities of one sentence: T × tags, row-major (row t sums to 1), and the logits and cache for
 * `taggerBackward`. An empty sentence gives empty arrays.
 * @example
 * taggerForward(m, { words: [4, 17, 9], tags: [0, 0, 0] }).probs; // 3 × 5
 */
export function taggerForward(
  model: Tagger,
  sentence: { words: ArrayLike<number>; caps?: ArrayLike<number> },
): { probs: Float64Array; logits: Float64Array; cache: TaggerCache } {
  const { vocabSize: V, embedDim: E, hiddenSize: H, tags: K, caseFeature } = model.config;
  const T = sentence.words.length;
  const D0 = E + (caseFeature ? 1 : 0);
  const rows = new Int32Array(T);
  let x = new Float64Array(T * D0);
  for (let t = 0; t < T; t++) {
    const r = rowOf(V, sentence.words[t] as number);
    rows[t] = r;
    x.set(model.embed.subarray(r * E, r * E + E), t * D0);
    if (caseFeature) x[t * D0 + E] = sentence.caps?.[t] ? 1 : 0;
  }
  const dirs = directions(model.config);
  const caches: { forward: LstmCache; backward: LstmCache | null }[] = [];
  for (const layer of model.layers) {
    const f = lstmForward(layer.forward, x);
    const b = layer.backward ? lstmForward(layer.backward, x, true) : null;
    const y = new Float64Array(T * H * dirs);
    for (let t = 0; t < T; t++) {
      y.set(f.h.subarray(t * H, t * H + H), t * H * dirs);
      if (b) y.set(b.h.subarray(t * H, t * H + H), t * H * dirs + H);
    }
    caches.push({ forward: f.cache, backward: b ? b.cache : null });
    x = y;
  }
  const F = H * dirs;
  const logits = new Float64Array(T * K);
  const probs = new Float64Array(T * K);
  for (let t = 0; t < T; t++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < K; k++) {
      let v = model.outB[k] as number;
      for (let j = 0; j < F; j++) v += (model.outW[k * F + j] as number) * (x[t * F + j] as number);
      logits[t * K + k] = v;
      if (v > max) max = v;
    }
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp((logits[t * K + k] as number) - max);
      probs[t * K + k] = e;
      sum += e;
    }
    for (let k = 0; k < K; k++) probs[t * K + k] = (probs[t * K + k] as number) / sum;
  }
  return { probs, logits, cache: { steps: T, rows, layers: caches, top: x } };
}

/**
 * Adds the gradient of a loss to `grads` (arrays in taggerParameters order, accumulated, not overwritten) given
 * dL/dlogits (T × tags) of the forward pass behind `cache`; returns dL/d(input) per word (T × input size), which
 * is what the influence of each word is measured with (pass `grads` null when only that is wanted).
 * @example
 * const { logits, cache } = taggerForward(m, s);
 * taggerBackward(m, cache, dLogits, grads);
 */
export function taggerBackward(
  model: Tagger,
  cache: TaggerCache,
  dLogits: Float64Array,
  grads: Float64Array[] | null,
): Float64Array {
  const { embedDim: E, hiddenSize: H, tags: K, caseFeature } = model.config;
  const T = cache.steps;
  const dirs = directions(model.config);
  const F = H * dirs;
  if (dLogits.length !== T * K)
    throw new RangeError(`taggerBackward: ${dLogits.length} gradients for ${T}×${K}`);
  // Without `grads` only the input gradient is wanted (word influence): parameter gradients are not kept.
  const gOutW = grads ? (grads[grads.length - 2] as Float64Array) : null;
  const gOutB = grads ? (grads[grads.length - 1] as Float64Array) : null;
  let dy = new Float64Array(T * F);
  for (let t = 0; t < T; t++)
    for (let k = 0; k < K; k++) {
      const d = dLogits[t * K + k] as number;
      if (d === 0) continue;
      if (gOutB) gOutB[k] = (gOutB[k] as number) + d;
      for (let j = 0; j < F; j++) {
        if (gOutW) gOutW[k * F + j] = (gOutW[k * F + j] as number) + d * (cache.top[t * F + j] as number);
        dy[t * F + j] = (dy[t * F + j] as number) + d * (model.outW[k * F + j] as number);
      }
    }
  // Parameter arrays of layer l start at 1 + 3·dirs·l.
  for (let l = model.layers.length - 1; l >= 0; l--) {
    const layer = model.layers[l] as TaggerLayer;
    const c = cache.layers[l] as { forward: LstmCache; backward: LstmCache | null };
    const D = layer.forward.inputSize;
    const dx = new Float64Array(T * D);
    const base = 1 + 3 * dirs * l;
    const runs: [LstmParams, LstmCache, number][] = [[layer.forward, c.forward, 0]];
    if (layer.backward && c.backward) runs.push([layer.backward, c.backward, 1]);
    for (const [p, pc, dir] of runs) {
      const dh = new Float64Array(T * H);
      for (let t = 0; t < T; t++) dh.set(dy.subarray(t * F + dir * H, t * F + dir * H + H), t * H);
      const g = lstmBackward(p, pc, dh);
      const off = base + 3 * dir;
      if (grads) {
        addInto(grads[off] as Float64Array, g.dW);
        addInto(grads[off + 1] as Float64Array, g.dU);
        addInto(grads[off + 2] as Float64Array, g.db);
      }
      addInto(dx, g.dx);
    }
    dy = dx;
  }
  if (!grads) return dy;
  const gEmbed = grads[0] as Float64Array;
  const D0 = E + (caseFeature ? 1 : 0);
  for (let t = 0; t < T; t++) {
    const r = cache.rows[t] as number;
    for (let e = 0; e < E; e++)
      gEmbed[r * E + e] = (gEmbed[r * E + e] as number) + (dy[t * D0 + e] as number);
  }
  return dy;
}

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) + (b[i] as number);
}

/**
 * Zeroed arrays shaped like the model's parameters (taggerParameters order), to accumulate gradients in.
 * @example
 * const grads = zeroGradients(m);
 */
export function zeroGradients(model: Tagger): Float64Array[] {
  return taggerParameters(model).map((p) => new Float64Array(p.length));
}

/**
 * The weighted cross-entropy of one sentence's gold tags (summed over words, each word weighted `weight`) and,
 * when `grads` is given, its gradient added to them. Returns the loss and the tag probabilities.
 * @example
 * sentenceLoss(m, { words: [4, 17], tags: [0, 1] }).loss; // ≈ 2 ln 5 for an untrained model
 */
export function sentenceLoss(
  model: Tagger,
  sentence: TaggedSentence,
  grads?: Float64Array[],
  weight = 1,
): { loss: number; probs: Float64Array } {
  const T = sentence.words.length;
  if (sentence.tags.length !== T)
    throw new RangeError(`sentenceLoss: ${T} words but ${sentence.tags.length} tags`);
  if (T === 0) return { loss: 0, probs: new Float64Array(0) };
  const { logits, cache } = taggerForward(model, sentence);
  const r = softmaxCrossEntropy(
    logits,
    Array.from(sentence.tags),
    model.config.tags,
    weight === 1 ? undefined : new Array(T).fill(weight),
  );
  if (grads) taggerBackward(model, cache, r.dLogits, grads);
  return { loss: r.loss, probs: r.probs };
}

/** Adam's settings (Kingma & Ba, 2015). */
export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

/** Adam state over a list of parameter arrays; `step` updates them in place. */
export interface Adam {
  /**
   * One update with these gradients (same order and shapes). Arrays whose `frozen` flag is set stay put; where
   * `only[k]` lists indices, array k is updated at those alone (a sparse update: an embedding table's rows that a
   * batch read; the others keep their moments, as in lazy Adam).
   */
  step(
    grads: readonly Float64Array[],
    frozen?: readonly boolean[],
    only?: readonly (ArrayLike<number> | undefined)[],
  ): void;
  readonly steps: number;
}

/**
 * Adam with bias correction: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η m̂/(√v̂ + ε).
 * @example
 * const opt = createAdam(taggerParameters(m), { learningRate: 0.01 }); opt.step(grads);
 */
export function createAdam(params: readonly Float64Array[], options: AdamOptions): Adam {
  const { learningRate: lr, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
  if (!(lr > 0 && Number.isFinite(lr))) throw new RangeError(`createAdam: learning rate ${lr}`);
  const m = params.map((p) => new Float64Array(p.length));
  const v = params.map((p) => new Float64Array(p.length));
  let t = 0;
  return {
    get steps() {
      return t;
    },
    step(grads, frozen, only) {
      if (grads.length !== params.length)
        throw new RangeError(`Adam: ${grads.length} gradients for ${params.length}`);
      t += 1;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      params.forEach((p, k) => {
        if (frozen?.[k]) return;
        const g = grads[k] as Float64Array;
        const mk = m[k] as Float64Array;
        const vk = v[k] as Float64Array;
        const idx = only?.[k];
        const n = idx ? idx.length : p.length;
        for (let j = 0; j < n; j++) {
          const i = idx ? (idx[j] as number) : j;
          const gi = g[i] as number;
          const mi = beta1 * (mk[i] as number) + (1 - beta1) * gi;
          const vi = beta2 * (vk[i] as number) + (1 - beta2) * gi * gi;
          mk[i] = mi;
          vk[i] = vi;
          p[i] = (p[i] as number) - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + epsilon);
        }
      });
    },
  };
}

/** How a tagger is trained. */
export interface TrainerOptions {
  readonly learningRate: number;
  /** Sentences per update; default 16. */
  readonly batchSize?: number;
  /** Keep the embedding table fixed (pretrained vectors used as they are). */
  readonly freezeEmbeddings?: boolean;
  /** Rescale a batch's gradient to at most this global norm; default 5. */
  readonly clipNorm?: number;
  /** Seeds the order sentences are visited in, every epoch anew. */
  readonly seed: number | string;
}

/** Where a trainer stands after a step. */
export interface TrainerProgress {
  /** Epochs begun (1 during the first) and sentences seen in the current one. */
  readonly epoch: number;
  readonly position: number;
  /** Sentences and words trained on in this step, and their mean loss per (weighted) word. */
  readonly sentences: number;
  readonly words: number;
  readonly loss: number;
}

/** A resumable training loop over a fixed list of sentences. */
export interface TaggerTrainer {
  readonly model: Tagger;
  /** Trains on the next `sentences` sentences (whole batches), wrapping into a new epoch when one ends. */
  step(sentences: number): TrainerProgress;
  readonly epoch: number;
  readonly position: number;
}

/**
 * A mini-batch Adam trainer of `model` (updated in place) on `data`, each sentence's words weighted by
 * `weights[i]` (default 1; the self-training weights), visiting sentences in a seeded order per epoch.
 * Throws RangeError on empty data or mismatched weights.
 * @example
 * const tr = createTrainer(m, train, { learningRate: 0.01, seed: 1 });
 * tr.step(train.length).loss; // one epoch's mean loss per word
 */
export function createTrainer(
  model: Tagger,
  data: readonly TaggedSentence[],
  options: TrainerOptions,
  weights?: ArrayLike<number>,
): TaggerTrainer {
  if (data.length === 0) throw new RangeError('createTrainer: no sentences');
  if (weights && weights.length !== data.length)
    throw new RangeError(`createTrainer: ${weights.length} weights for ${data.length} sentences`);
  if (!data.some((s, i) => s.words.length > 0 && (weights ? (weights[i] as number) > 0 : true)))
    throw new RangeError('createTrainer: no sentence has words and a positive weight');
  const batch = options.batchSize ?? 16;
  if (!(Number.isSafeInteger(batch) && batch >= 1))
    throw new RangeError(`createTrainer: batch size ${batch}`);
  const clip = options.clipNorm ?? 5;
  const params = taggerParameters(model);
  const adam = createAdam(params, { learningRate: options.learningRate });
  const frozen = params.map((_, k) => k === 0 && options.freezeEmbeddings === true);
  const grads = zeroGradients(model);
  const embedGrad = grads[0] as Float64Array;
  const { vocabSize: V, embedDim: E } = model.config;
  const rows = new Set<number>();
  const touched: number[] = [];
  const only = [touched];
  const rng = createRng(`tagger-order:${options.seed}`);
  let order: number[] = [];
  let epoch = 0;
  let position = 0;
  const shuffle = () => {
    order = Array.from({ length: data.length }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    epoch += 1;
    position = 0;
  };
  shuffle();
  return {
    model,
    get epoch() {
      return epoch;
    },
    get position() {
      return position;
    },
    step(sentences) {
      let seen = 0;
      let words = 0;
      let lossSum = 0;
      let weightSum = 0;
      while (seen < sentences) {
        if (position >= order.length) shuffle();
        // Dense arrays are cleared whole; the embedding table only at the rows the last batch read.
        for (let k = 1; k < grads.length; k++) (grads[k] as Float64Array).fill(0);
        for (const i of touched) embedGrad[i] = 0;
        touched.length = 0;
        rows.clear();
        const end = Math.min(position + batch, order.length);
        let batchWeight = 0;
        for (; position < end; position++) {
          const i = order[position] as number;
          const s = data[i] as TaggedSentence;
          const w = weights ? (weights[i] as number) : 1;
          if (!(w > 0) || s.words.length === 0) continue;
          lossSum += sentenceLoss(model, s, grads, w).loss;
          for (let t = 0; t < s.words.length; t++) rows.add(rowOf(V, s.words[t] as number));
          weightSum += w * s.words.length;
          batchWeight += w * s.words.length;
          words += s.words.length;
          seen += 1;
        }
        if (batchWeight === 0) continue;
        for (const r of rows) for (let e = 0; e < E; e++) touched.push(r * E + e);
        // The mean over the batch's weighted words, clipped to a global norm.
        let sq = 0;
        for (const i of touched) {
          embedGrad[i] = (embedGrad[i] as number) / batchWeight;
          sq += (embedGrad[i] as number) ** 2;
        }
        for (let k = 1; k < grads.length; k++) {
          const g = grads[k] as Float64Array;
          for (let i = 0; i < g.length; i++) {
            g[i] = (g[i] as number) / batchWeight;
            sq += (g[i] as number) ** 2;
          }
        }
        const norm = Math.sqrt(sq);
        if (norm > clip) {
          for (const i of touched) embedGrad[i] = ((embedGrad[i] as number) * clip) / norm;
          for (let k = 1; k < grads.length; k++) {
            const g = grads[k] as Float64Array;
            for (let i = 0; i < g.length; i++) g[i] = ((g[i] as number) * clip) / norm;
          }
        }
        adam.step(grads, frozen, only);
      }
      return {
        epoch,
        position,
        sentences: seen,
        words,
        loss: weightSum > 0 ? lossSum / weightSum : Number.NaN,
      };
    },
  };
}

/** How tag probabilities are turned into tags. */
export type Decoding = 'greedy' | 'viterbi';

/** Row t of a T × K probability array as a list of lists (the form lib/sequence/tags takes). */
function rowsOf(probs: Float64Array, K: number): number[][] {
  return Array.from({ length: probs.length / K }, (_, t) => Array.from(probs.subarray(t * K, t * K + K)));
}

/**
 * One sentence tagged: its tag probabilities (one row per word), the greedy reading, the Viterbi reading under
 * `table` (the greedy one when no legal reading has positive probability, with `viterbiFailed`), and the spans
 * of the chosen decoding.
 * @example
 * tagSentence(m, { words: [4, 17, 9] }).spans; // e.g. [{ start: 1, end: 2 }]
 */
export function tagSentence(
  model: Tagger,
  sentence: { words: ArrayLike<number>; caps?: ArrayLike<number> },
  decoding: Decoding = 'viterbi',
  table: TransitionTable = POST_TRANSITIONS,
): { probs: number[][]; greedy: Tag[]; viterbi: Tag[]; viterbiFailed: boolean; tags: Tag[]; spans: Span[] } {
  if (sentence.words.length === 0)
    return { probs: [], greedy: [], viterbi: [], viterbiFailed: false, tags: [], spans: [] };
  const probs = rowsOf(taggerForward(model, sentence).probs, model.config.tags);
  const greedy = greedyTags(probs);
  const v = viterbiTags(probs, table);
  const viterbi = v ? v.tags : greedy;
  const tags = decoding === 'greedy' ? greedy : viterbi;
  return { probs, greedy, viterbi, viterbiFailed: v === null, tags, spans: tagsToSpans(tags) };
}

/** A tagger scored on labelled sentences, both decodings from one forward pass per sentence. */
export interface TaggerEvaluation {
  readonly sentences: number;
  readonly words: number;
  /** Mean cross-entropy per word of the gold tags. */
  readonly loss: number;
  /** Share of words whose greedy tag is the gold tag. */
  readonly tagAccuracy: number;
  /** Span-level scores of the greedy and the Viterbi readings (exact span matches). */
  readonly greedy: SpanScore;
  readonly viterbi: SpanScore;
  /** Sentences whose greedy reading breaks the transition table. */
  readonly illegalGreedy: number;
}

/**
 * Scores `model` on `sentences` (their gold tags): loss, tag accuracy and span F1 of greedy and Viterbi decoding.
 * @example
 * evaluateTagger(m, dev).viterbi.f1;
 */
export function evaluateTagger(
  model: Tagger,
  sentences: readonly TaggedSentence[],
  table: TransitionTable = POST_TRANSITIONS,
): TaggerEvaluation {
  const gold: Span[][] = [];
  const greedy: Span[][] = [];
  const viterbi: Span[][] = [];
  let words = 0;
  let right = 0;
  let loss = 0;
  let illegal = 0;
  for (const s of sentences) {
    const r = tagSentence(model, s, 'viterbi', table);
    const goldTags = Array.from(s.tags, (k) => TAGS[k] as Tag);
    gold.push(tagsToSpans(goldTags));
    greedy.push(tagsToSpans(r.greedy));
    viterbi.push(tagsToSpans(r.viterbi));
    if (!isLegal(r.greedy, table)) illegal += 1;
    r.probs.forEach((row, t) => {
      const k = s.tags[t] as number;
      loss -= Math.log(Math.max(row[k] as number, Number.MIN_VALUE));
      if (r.greedy[t] === goldTags[t]) right += 1;
    });
    words += s.words.length;
  }
  return {
    sentences: sentences.length,
    words,
    loss: words > 0 ? loss / words : Number.NaN,
    tagAccuracy: words > 0 ? right / words : Number.NaN,
    greedy: spanScore(gold, greedy),
    viterbi: spanScore(gold, viterbi),
    illegalGreedy: illegal,
  };
}

/**
 * How much each word moves the tagger's belief at one position: the norm of the gradient of log p(tag | word
 * `position`) with respect to every word's input vector (its embedding, and case flag when used), where `tag` is
 * the tag index asked about (default: the most probable one there). A left-to-right tagger gives exactly 0 to
 * words after `position`; a bidirectional one reads both sides.
 * @example
 * wordInfluence(m, { words: [4, 17, 9] }, 1); // three non-negative numbers
 */
export function wordInfluence(
  model: Tagger,
  sentence: { words: ArrayLike<number>; caps?: ArrayLike<number> },
  position: number,
  tag?: number,
): Float64Array {
  const T = sentence.words.length;
  const K = model.config.tags;
  if (!(Number.isInteger(position) && position >= 0 && position < T))
    throw new RangeError(`wordInfluence: position ${position} outside 0…${T - 1}`);
  const { probs, cache } = taggerForward(model, sentence);
  let k = tag ?? 0;
  if (tag === undefined)
    for (let j = 1; j < K; j++)
      if ((probs[position * K + j] as number) > (probs[position * K + k] as number)) k = j;
  if (!(Number.isInteger(k) && k >= 0 && k < K)) throw new RangeError(`wordInfluence: tag ${tag}`);
  const dLogits = new Float64Array(T * K);
  for (let j = 0; j < K; j++)
    dLogits[position * K + j] = (j === k ? 1 : 0) - (probs[position * K + j] as number);
  const dx = taggerBackward(model, cache, dLogits, null);
  const D = dx.length / T;
  const out = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    let sq = 0;
    for (let d = 0; d < D; d++) sq += (dx[t * D + d] as number) ** 2;
    out[t] = Math.sqrt(sq);
  }
  return out;
}
