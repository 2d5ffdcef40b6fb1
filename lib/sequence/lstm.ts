/**
 * A long short-term memory layer (Hochreiter & Schmidhuber, 1997) on flat Float64Arrays, forward and backward
 * through time, and a per-step softmax cross-entropy head: the pieces of the BiLSTM tagger. Gates in the order
 * input, forget, candidate, output:
 *   i = σ(W_i x + U_i h + b_i), f = σ(W_f x + U_f h + b_f), g = tanh(W_g x + U_g h + b_g), o = σ(W_o x + U_o h + b_o),
 *   c_t = f ⊙ c_{t−1} + i ⊙ g, h_t = o ⊙ tanh(c_t), from h_0 = c_0 = 0.
 * Sequences are T×D row-major (row t is step t). A reversed run (`reverse`) reads the steps from last to first
 * and writes its outputs at their own positions, so a bidirectional layer is two runs side by side.
 */
import type { Rng } from '../random';

/** The weights of one LSTM layer: W is 4H×D, U is 4H×H, b is 4H, gate blocks in the order i, f, g, o. */
export interface LstmParams {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly W: Float64Array;
  readonly U: Float64Array;
  readonly b: Float64Array;
}

/** What the forward pass keeps for the backward pass. */
export interface LstmCache {
  readonly steps: number;
  readonly reverse: boolean;
  readonly x: Float64Array;
  /** Per step (in processing order): gate activations 4H (i, f, g, o after their non-linearities), c and h. */
  readonly gates: Float64Array;
  readonly c: Float64Array;
  readonly h: Float64Array;
}

/**
 * Weights uniform in ±1/√H (PyTorch's default) from `rng`, with the forget-gate bias at `forgetBias` (1 helps
 * gradients flow early in training).
 * @example
 * const p = createLstm(8, 16, createRng(1)); // W 64×8, U 64×16, b 64
 */
export function createLstm(inputSize: number, hiddenSize: number, rng: Rng, forgetBias = 1): LstmParams {
  if (
    !(
      Number.isSafeInteger(inputSize) &&
      inputSize >= 1 &&
      Number.isSafeInteger(hiddenSize) &&
      hiddenSize >= 1
    )
  )
    throw new RangeError(`createLstm: sizes must be integers ≥ 1, got ${inputSize}, ${hiddenSize}`);
  const H = hiddenSize;
  const s = 1 / Math.sqrt(H);
  const draw = (n: number) => Float64Array.from({ length: n }, () => (2 * rng.next() - 1) * s);
  const b = draw(4 * H);
  for (let j = H; j < 2 * H; j++) b[j] = forgetBias;
  return { inputSize, hiddenSize, W: draw(4 * H * inputSize), U: draw(4 * H * H), b };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Runs the layer over a T×D sequence; returns the outputs h (T×H, at their own positions) and the cache.
 * Throws RangeError when x's length is not a multiple of D.
 * @example
 * lstmForward(p, x).h; // T×H
 */
export function lstmForward(
  p: LstmParams,
  x: Float64Array,
  reverse = false,
): { h: Float64Array; cache: LstmCache } {
  const D = p.inputSize;
  const H = p.hiddenSize;
  if (x.length % D !== 0) throw new RangeError(`lstmForward: ${x.length} inputs are not steps of ${D}`);
  const T = x.length / D;
  const gates = new Float64Array(T * 4 * H);
  const c = new Float64Array(T * H);
  const h = new Float64Array(T * H);
  const z = new Float64Array(4 * H);
  for (let s = 0; s < T; s++) {
    const t = reverse ? T - 1 - s : s;
    const prev = s === 0 ? -1 : reverse ? t + 1 : t - 1;
    for (let r = 0; r < 4 * H; r++) {
      let v = p.b[r] as number;
      for (let d = 0; d < D; d++) v += (p.W[r * D + d] as number) * (x[t * D + d] as number);
      if (prev >= 0)
        for (let k = 0; k < H; k++) v += (p.U[r * H + k] as number) * (h[prev * H + k] as number);
      z[r] = v;
    }
    for (let j = 0; j < H; j++) {
      const i = sigmoid(z[j] as number);
      const f = sigmoid(z[H + j] as number);
      const g = Math.tanh(z[2 * H + j] as number);
      const o = sigmoid(z[3 * H + j] as number);
      const cPrev = prev >= 0 ? (c[prev * H + j] as number) : 0;
      const ct = f * cPrev + i * g;
      c[t * H + j] = ct;
      h[t * H + j] = o * Math.tanh(ct);
      const base = t * 4 * H;
      gates[base + j] = i;
      gates[base + H + j] = f;
      gates[base + 2 * H + j] = g;
      gates[base + 3 * H + j] = o;
    }
  }
  return { h, cache: { steps: T, reverse, x, gates, c, h } };
}

/** Gradients of one layer: dW, dU, db like the params, and dx like the input. */
export interface LstmGrads {
  readonly dW: Float64Array;
  readonly dU: Float64Array;
  readonly db: Float64Array;
  readonly dx: Float64Array;
}

/**
 * Backpropagation through time: given dL/dh (T×H, at the outputs' positions), the gradients of L with respect
 * to the weights and the input.
 * @example
 * const g = lstmBackward(p, cache, dh); // g.dW, g.dU, g.db, g.dx
 */
export function lstmBackward(p: LstmParams, cache: LstmCache, dh: Float64Array): LstmGrads {
  const D = p.inputSize;
  const H = p.hiddenSize;
  const T = cache.steps;
  if (dh.length !== T * H) throw new RangeError(`lstmBackward: dh has ${dh.length} entries, not ${T * H}`);
  const dW = new Float64Array(p.W.length);
  const dU = new Float64Array(p.U.length);
  const db = new Float64Array(p.b.length);
  const dx = new Float64Array(T * D);
  const dhNext = new Float64Array(H);
  const dcNext = new Float64Array(H);
  const dz = new Float64Array(4 * H);
  for (let s = T - 1; s >= 0; s--) {
    const t = cache.reverse ? T - 1 - s : s;
    const prev = s === 0 ? -1 : cache.reverse ? t + 1 : t - 1;
    const base = t * 4 * H;
    for (let j = 0; j < H; j++) {
      const i = cache.gates[base + j] as number;
      const f = cache.gates[base + H + j] as number;
      const g = cache.gates[base + 2 * H + j] as number;
      const o = cache.gates[base + 3 * H + j] as number;
      const ct = cache.c[t * H + j] as number;
      const tc = Math.tanh(ct);
      const dht = (dh[t * H + j] as number) + (dhNext[j] as number);
      const dct = (dcNext[j] as number) + dht * o * (1 - tc * tc);
      const cPrev = prev >= 0 ? (cache.c[prev * H + j] as number) : 0;
      dz[j] = dct * g * i * (1 - i);
      dz[H + j] = dct * cPrev * f * (1 - f);
      dz[2 * H + j] = dct * i * (1 - g * g);
      dz[3 * H + j] = dht * tc * o * (1 - o);
      dcNext[j] = dct * f;
    }
    dhNext.fill(0);
    for (let r = 0; r < 4 * H; r++) {
      const d = dz[r] as number;
      if (d === 0) continue;
      db[r] = (db[r] as number) + d;
      for (let q = 0; q < D; q++) {
        dW[r * D + q] = (dW[r * D + q] as number) + d * (cache.x[t * D + q] as number);
        dx[t * D + q] = (dx[t * D + q] as number) + d * (p.W[r * D + q] as number);
      }
      if (prev >= 0) {
        for (let k = 0; k < H; k++) {
          dU[r * H + k] = (dU[r * H + k] as number) + d * (cache.h[prev * H + k] as number);
          dhNext[k] = (dhNext[k] as number) + d * (p.U[r * H + k] as number);
        }
      }
    }
  }
  return { dW, dU, db, dx };
}

/**
 * Softmax cross-entropy of per-step logits (T×K) against target classes, weighted per step (weight 0 skips a
 * step, e.g. padding): returns Σ wₜ·(−log softmax(logitsₜ)[yₜ]) and its gradient with respect to the logits.
 * Computed with the row maximum subtracted, so large logits do not overflow.
 * @example
 * softmaxCrossEntropy(Float64Array.of(0, 0), [1], 2).loss; // ln 2
 */
export function softmaxCrossEntropy(
  logits: Float64Array,
  targets: readonly number[],
  K: number,
  weights?: readonly number[],
): { loss: number; dLogits: Float64Array; probs: Float64Array } {
  const T = targets.length;
  if (logits.length !== T * K)
    throw new RangeError(`softmaxCrossEntropy: ${logits.length} logits for ${T}×${K}`);
  const probs = new Float64Array(T * K);
  const dLogits = new Float64Array(T * K);
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const y = targets[t] as number;
    if (!(Number.isInteger(y) && y >= 0 && y < K))
      throw new RangeError(`softmaxCrossEntropy: target ${y} at step ${t}`);
    const w = weights ? (weights[t] as number) : 1;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < K; k++) max = Math.max(max, logits[t * K + k] as number);
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp((logits[t * K + k] as number) - max);
    for (let k = 0; k < K; k++) {
      const pk = Math.exp((logits[t * K + k] as number) - max) / sum;
      probs[t * K + k] = pk;
      dLogits[t * K + k] = w * (pk - (k === y ? 1 : 0));
    }
    loss += w * -((logits[t * K + y] as number) - max - Math.log(sum));
  }
  return { loss, dLogits, probs };
}
