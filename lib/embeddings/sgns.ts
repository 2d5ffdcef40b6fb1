/**
 * Skip-gram with negative sampling (Mikolov et al., 2013) trained in steps on a token stream: the model whose
 * optimum Levy & Goldberg (2014) show is a factorisation of the PMI matrix shifted by log k. Deterministic for
 * a seed and resumable from a snapshot: every random choice (subsampling, window size, negatives) is a hash of
 * (seed, epoch, position, draw), so no generator state needs saving and training in chunks of any size gives
 * the same vectors as training in one go.
 */
import type { Embeddings } from './neighbours';

/** Training settings. */
export interface SgnsOptions {
  /** Vector dimension (integer ≥ 1). */
  readonly dim: number;
  /** Largest window; each centre draws its own size b ∈ [1, window], as word2vec does (integer ≥ 1). */
  readonly window: number;
  /** Negative samples per positive pair, k (integer ≥ 0). */
  readonly negatives: number;
  /** Initial learning rate, decayed linearly to 10⁻⁴ of itself over all epochs (> 0). */
  readonly learningRate: number;
  /** Passes over the stream (integer ≥ 1). */
  readonly epochs: number;
  /** Subsampling threshold t: a word of frequency f is kept with probability min(1, √(t/f) + t/f); 0 keeps all. */
  readonly subsample: number;
  /** Seed (an integer). */
  readonly seed: number;
}

/** The whole training state as plain data: `createSgns(stream, counts, options, snapshot)` continues it. */
export interface SgnsSnapshot {
  readonly W: Float32Array;
  readonly C: Float32Array;
  readonly epoch: number;
  readonly position: number;
}

/** What a call to `step` did. */
export interface SgnsProgress {
  /** Epoch and stream position where training stands now. */
  readonly epoch: number;
  readonly position: number;
  /** Fraction of all epochs done, in [0, 1]. */
  readonly fraction: number;
  /** Positive pairs trained in this call, and their mean loss −log σ(w·c) − Σ log σ(−w·n) (NaN if none). */
  readonly pairs: number;
  readonly loss: number;
  /** The learning rate at the end of the call. */
  readonly learningRate: number;
  readonly done: boolean;
}

/** A skip-gram model in training; see {@link createSgns}. */
export interface SgnsTrainer {
  readonly vocabularySize: number;
  readonly dim: number;
  /** Trains over the next `tokens` stream positions (or to the end of the last epoch). */
  step(tokens: number): SgnsProgress;
  /** A copy of the word (input) vectors W, V×dim. */
  vectors(): Embeddings;
  /** A copy of the context (output) vectors C, V×dim. */
  contexts(): Embeddings;
  snapshot(): SgnsSnapshot;
}

/** A 32-bit hash of four integers (murmur3's finaliser over a running mix): the trainer's only randomness. */
function hash4(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

const unit = (h: number) => h / 4294967296;

/**
 * The loss of one positive pair and its negatives, −log σ(w·c) − Σₙ log σ(−w·n), for vectors given as arrays:
 * what `step` minimises, exposed for tests and for the article's worked example.
 * @example
 * sgnsPairLoss([0, 0], [1, 1], [[1, 0]]); // 2·ln 2
 */
export function sgnsPairLoss(
  w: ArrayLike<number>,
  c: ArrayLike<number>,
  negatives: readonly ArrayLike<number>[],
): number {
  const dot = (x: ArrayLike<number>) => {
    let s = 0;
    for (let d = 0; d < w.length; d++) s += (w[d] as number) * (x[d] as number);
    return s;
  };
  const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  let loss = softplus(-dot(c));
  for (const n of negatives) loss += softplus(dot(n));
  return loss;
}

/**
 * One SGD step on a pair in place: the centre row w of W, the context row c and the negative rows of C, with
 * learning rate lr (word2vec's update: every gradient taken at the current W row, C rows updated in turn).
 * Returns the pair's loss before the step.
 */
export function sgnsUpdate(
  W: Float32Array,
  C: Float32Array,
  dim: number,
  w: number,
  c: number,
  negatives: ArrayLike<number>,
  lr: number,
  scratch: Float64Array = new Float64Array(dim),
): number {
  const wb = w * dim;
  scratch.fill(0);
  let loss = 0;
  for (let q = -1; q < negatives.length; q++) {
    const x = q < 0 ? c : (negatives[q] as number);
    const label = q < 0 ? 1 : 0;
    const xb = x * dim;
    let s = 0;
    for (let d = 0; d < dim; d++) s += (W[wb + d] as number) * (C[xb + d] as number);
    const z = label ? -s : s;
    loss += z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    const sigma = 1 / (1 + Math.exp(-s));
    const g = (label - sigma) * lr;
    for (let d = 0; d < dim; d++) {
      scratch[d] = (scratch[d] as number) + g * (C[xb + d] as number);
      C[xb + d] = (C[xb + d] as number) + g * (W[wb + d] as number);
    }
  }
  for (let d = 0; d < dim; d++) W[wb + d] = (W[wb + d] as number) + (scratch[d] as number);
  return loss;
}

function checkOptions(o: SgnsOptions): void {
  const int = (name: string, v: number, min: number) => {
    if (!Number.isSafeInteger(v) || v < min)
      throw new RangeError(`createSgns: ${name} must be an integer ≥ ${min}, got ${v}`);
  };
  int('dim', o.dim, 1);
  int('window', o.window, 1);
  int('negatives', o.negatives, 0);
  int('epochs', o.epochs, 1);
  int('seed', o.seed, Number.MIN_SAFE_INTEGER);
  if (!(o.learningRate > 0 && Number.isFinite(o.learningRate)))
    throw new RangeError(`createSgns: the learning rate must be finite and > 0, got ${o.learningRate}`);
  if (!(o.subsample >= 0 && Number.isFinite(o.subsample)))
    throw new RangeError(`createSgns: the subsampling threshold must be finite and ≥ 0, got ${o.subsample}`);
}

/**
 * A skip-gram trainer over `stream` (word indices < V = counts.length; a negative entry is a boundary windows
 * never cross) with word counts `counts` (for subsampling and the unigram^0.75 negative distribution).
 * W starts uniform in ±0.5/dim from the seed, C at zero (as word2vec); `from` continues a snapshot.
 * Throws RangeError for bad options, a word index ≥ V, counts that are negative or all zero, or a snapshot of
 * the wrong size.
 * @example
 * const t = createSgns(stream, counts, { dim: 50, window: 5, negatives: 5, learningRate: 0.025, epochs: 1, subsample: 1e-3, seed: 1 });
 * t.step(10_000).loss; // mean loss of the pairs in the first 10,000 tokens
 */
export function createSgns(
  stream: ArrayLike<number>,
  counts: ArrayLike<number>,
  options: SgnsOptions,
  from?: SgnsSnapshot,
): SgnsTrainer {
  checkOptions(options);
  const { dim, window, negatives: k, learningRate, epochs, subsample, seed } = options;
  const V = counts.length;
  let total = 0;
  for (let i = 0; i < V; i++) {
    const c = counts[i] as number;
    if (!(c >= 0 && Number.isFinite(c))) throw new RangeError(`createSgns: word ${i} has count ${c}`);
    total += c;
  }
  if (!(total > 0)) throw new RangeError('createSgns: the counts are all zero');
  const T = stream.length;
  for (let t = 0; t < T; t++) {
    const w = stream[t] as number;
    if (!Number.isInteger(w) || w >= V)
      throw new RangeError(`createSgns: position ${t} holds ${w}, not a word < ${V}`);
  }
  // Keep probabilities (word2vec's formula) and the cumulative unigram^0.75 table for negatives.
  const keep = new Float64Array(V);
  const cumulative = new Float64Array(V);
  let acc = 0;
  for (let i = 0; i < V; i++) {
    const f = (counts[i] as number) / total;
    keep[i] = subsample > 0 && f > 0 ? Math.min(1, Math.sqrt(subsample / f) + subsample / f) : 1;
    acc += (counts[i] as number) ** 0.75;
    cumulative[i] = acc;
  }
  // A table of 100 slots per word (at least 10⁶), word i filling a share proportional to countᵢ^0.75, so a
  // negative is one lookup (word2vec's unigram table).
  const slots = Math.max(1_000_000, 100 * V);
  const table = new Int32Array(slots);
  for (let q = 0, i = 0; q < slots; q++) {
    while (i < V - 1 && (cumulative[i] as number) <= ((q + 0.5) / slots) * acc) i += 1;
    table[q] = i;
  }
  const drawNegative = (u: number) => table[Math.floor(u * slots)] as number;
  let W: Float32Array;
  let C: Float32Array;
  let epoch = 0;
  let position = 0;
  if (from) {
    if (from.W.length !== V * dim || from.C.length !== V * dim)
      throw new RangeError(`createSgns: the snapshot holds ${from.W.length / dim} rows, not ${V}`);
    if (!(from.epoch >= 0 && from.epoch <= epochs && from.position >= 0 && from.position <= T))
      throw new RangeError(
        `createSgns: the snapshot stands at epoch ${from.epoch}, position ${from.position}`,
      );
    W = Float32Array.from(from.W);
    C = Float32Array.from(from.C);
    epoch = from.epoch;
    position = from.position;
  } else {
    W = new Float32Array(V * dim);
    for (let q = 0; q < W.length; q++) W[q] = (unit(hash4(seed, -1, q, 0)) - 0.5) / dim;
    C = new Float32Array(V * dim);
  }
  // Which positions survive subsampling in an epoch: one hash per position, computed when the epoch starts.
  const keptFlags = new Uint8Array(T);
  let keptEpoch = -1;
  const markKept = (e: number) => {
    for (let t = 0; t < T; t++) {
      const w = stream[t] as number;
      keptFlags[t] =
        w >= 0 && ((keep[w] as number) >= 1 || unit(hash4(seed, e, t, 1)) < (keep[w] as number)) ? 1 : 0;
    }
    keptEpoch = e;
  };
  const scratch = new Float64Array(dim);
  const negs = new Int32Array(k);
  const totalWork = epochs * T;
  const rate = () => learningRate * Math.max(1e-4, 1 - (epoch * T + position) / Math.max(1, totalWork));

  function step(tokens: number): SgnsProgress {
    if (!Number.isSafeInteger(tokens) || tokens < 0)
      throw new RangeError(`SgnsTrainer.step: tokens must be an integer ≥ 0, got ${tokens}`);
    let pairs = 0;
    let lossSum = 0;
    let left = tokens;
    while (left > 0 && epoch < epochs) {
      if (keptEpoch !== epoch) markKept(epoch);
      const t = position;
      if (keptFlags[t]) {
        const w = stream[t] as number;
        const b = 1 + (hash4(seed, epoch, t, 2) % window);
        const lr = rate();
        for (let side = 0; side < 2; side++) {
          const dir = side === 0 ? -1 : 1;
          let seen = 0;
          for (let u = t + dir; u >= 0 && u < T && seen < b; u += dir) {
            if ((stream[u] as number) < 0) break;
            if (!keptFlags[u]) continue;
            seen += 1;
            const c = stream[u] as number;
            // Draw ids unique per (side, distance, sample); the last id of a block re-draws a collision.
            const block = 16 + (side * window + seen) * (k + 1);
            for (let j = 0; j < k; j++) {
              let n = drawNegative(unit(hash4(seed, epoch, t, block + j)));
              if (n === c) n = drawNegative(unit(hash4(seed, epoch, t, block + k)));
              negs[j] = n;
            }
            lossSum += sgnsUpdate(W, C, dim, w, c, negs, lr, scratch);
            pairs += 1;
          }
        }
      }
      position += 1;
      left -= 1;
      if (position >= T) {
        position = 0;
        epoch += 1;
      }
    }
    const done = epoch >= epochs;
    return {
      epoch,
      position,
      fraction: totalWork === 0 ? 1 : Math.min(1, (epoch * T + position) / totalWork),
      pairs,
      loss: pairs > 0 ? lossSum / pairs : Number.NaN,
      learningRate: rate(),
      done,
    };
  }

  return {
    vocabularySize: V,
    dim,
    step,
    vectors: () => ({ count: V, dim, data: Float32Array.from(W) }),
    contexts: () => ({ count: V, dim, data: Float32Array.from(C) }),
    snapshot: () => ({ W: Float32Array.from(W), C: Float32Array.from(C), epoch, position }),
  };
}
