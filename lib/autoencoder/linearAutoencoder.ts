/**
 * A linear autoencoder M ≈ M·C·D trained by minibatch gradient descent, with a step-wise API so a Web
 * Worker can stream its progress.
 *
 * Baldi & Hornik (1989): the squared error ‖M − M·C·D‖²_F has no spurious local minima; at every minimum
 * M·C·D is the truncated SVD M_k, so training lands on the Eckart–Young optimum Σ_{i>k} σᵢ² and the row
 * space of D on the top k right singular vectors (Su Jianlin, "SVD分解(一)：自编码器与人工智能",
 * kexue.fm/archives/4208, states the equivalence).
 */
import type { Matrix } from '../linalg/matrix';
import { shapeOf } from '../linalg/matrix';
import { createRng } from '../random';

/** The optimizers {@link createAutoencoder} offers. */
export const AUTOENCODER_OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;

/** 'sgd': θ −= η·g; 'momentum': v = 0.9·v + g, θ −= η·v; 'adam': Kingma & Ba with β₁ 0.9, β₂ 0.999, ε 1e-8. */
export type AutoencoderOptimizer = (typeof AUTOENCODER_OPTIMIZERS)[number];

/** Options of {@link createAutoencoder}; every field has a default. */
export interface AutoencoderOptions {
  /** Seed of the initial weights and of the minibatch order (default 0). */
  seed?: number | string;
  /** Default 'adam'. */
  optimizer?: AutoencoderOptimizer;
  /** Step size η > 0 (default 0.01). */
  learningRate?: number;
  /** Rows per minibatch, an integer ≥ 1, clamped to m (default m: full batch). */
  batchSize?: number;
  /**
   * Continue from a {@link LinearAutoencoder.snapshot} of a trainer on the same M and k instead of starting
   * afresh: parameters, optimizer moments, step count, minibatch order and status carry over. The other
   * options default to the snapshot's; with them unchanged the resumed trainer takes exactly the steps the
   * original would have taken.
   */
  from?: AutoencoderSnapshot;
}

/**
 * Everything a trainer needs to continue later or elsewhere (a Worker task resuming after a pause): plain
 * data, safe for `structuredClone` and `postMessage`. C is n×k and D k×n, row-major, like the moments.
 */
export interface AutoencoderSnapshot {
  /** Shape of M (m×n) and the hidden units k the snapshot belongs to. */
  rows: number;
  cols: number;
  k: number;
  seed: number | string;
  optimizer: AutoencoderOptimizer;
  learningRate: number;
  /** The effective batch size min(batchSize, m). */
  batchSize: number;
  step: number;
  C: Float64Array;
  D: Float64Array;
  /** First moments (Adam) or velocities (momentum) of C and D; zeros for SGD. */
  m1C: Float64Array;
  m1D: Float64Array;
  /** Adam's second moments of C and D; zeros otherwise. */
  m2C: Float64Array;
  m2D: Float64Array;
  /** Row permutations drawn so far and the position in the current one (the minibatch order). */
  shuffles: number;
  pos: number;
  /** The loss above which a call counts as diverged (fixed when training started). */
  limit: number;
  status: AutoencoderStatus;
  divergedAtStep: number | null;
}

/** 'ok' while training; 'diverged' once the loss became non-finite or grew 10⁶-fold (training then stops). */
export type AutoencoderStatus = 'ok' | 'diverged';

/** What {@link LinearAutoencoder.step} reports. */
export interface AutoencoderProgress {
  /** Optimizer steps taken so far (after a divergence: the steps behind the parameters kept). */
  step: number;
  /** ‖M − M·C·D‖²_F over the whole matrix, always finite. */
  loss: number;
  status: AutoencoderStatus;
}

/** A linear autoencoder in training; see {@link createAutoencoder}. */
export interface LinearAutoencoder {
  /** The number of hidden units k. */
  readonly k: number;
  /** 'ok', or 'diverged' (then `step` changes nothing). */
  readonly status: AutoencoderStatus;
  /** The optimizer step at which divergence was detected, or null. */
  readonly divergedAtStep: number | null;
  /** Takes nSteps optimizer steps (a non-negative integer, default 1) and reports the whole-matrix loss. */
  step(nSteps?: number): AutoencoderProgress;
  /** The current whole-matrix loss ‖M − M·C·D‖²_F. */
  loss(): number;
  /** Copies of the encoder C (n×k) and decoder D (k×n). */
  params(): { C: Matrix; D: Matrix };
  /** M·C·D, m×n. */
  reconstruction(): Matrix;
  /** The whole training state as plain data (copies); `createAutoencoder(M, k, { from })` continues it. */
  snapshot(): AutoencoderSnapshot;
}

/** Growth of the loss (relative to max(initial loss, ‖M‖²_F)) that counts as divergence. */
const DIVERGENCE_FACTOR = 1e6;

function checkFinite(fn: string, M: Matrix): void {
  const a = M.data;
  for (let q = 0; q < a.length; q++) {
    if (!Number.isFinite(a[q] as number)) {
      const i = Math.floor(q / M.cols);
      throw new RangeError(`${fn}: entry (${i}, ${q - i * M.cols}) of M is ${a[q]}; M must be finite`);
    }
  }
}

function checkSnapshot(M: Matrix, k: number, s: AutoencoderSnapshot): void {
  if (s.rows !== M.rows || s.cols !== M.cols || s.k !== k) {
    throw new Error(
      `createAutoencoder: snapshot of M ${s.rows}×${s.cols} with k = ${s.k} does not fit M ${shapeOf(M)} with k = ${k}`,
    );
  }
  const nk = M.cols * k;
  for (const key of ['C', 'D', 'm1C', 'm1D', 'm2C', 'm2D'] as const) {
    const a = s[key];
    if (!(a instanceof Float64Array) || a.length !== nk) {
      throw new Error(`createAutoencoder: snapshot.${key} must be a Float64Array of ${nk} entries`);
    }
    for (let q = 0; q < a.length; q++) {
      if (!Number.isFinite(a[q] as number)) {
        throw new RangeError(`createAutoencoder: snapshot.${key}[${q}] is ${a[q]}; it must be finite`);
      }
    }
  }
  if (!Number.isInteger(s.step) || s.step < 0 || !Number.isInteger(s.shuffles) || s.shuffles < 0) {
    throw new RangeError(
      `createAutoencoder: snapshot step ${s.step} and shuffles ${s.shuffles} must be integers ≥ 0`,
    );
  }
  if (!(s.limit > 0) || !Number.isFinite(s.limit)) {
    throw new RangeError(`createAutoencoder: snapshot limit ${s.limit} must be finite and > 0`);
  }
  if (!Number.isInteger(s.pos) || s.pos < 0 || s.pos > M.rows) {
    throw new RangeError(`createAutoencoder: snapshot pos ${s.pos} must be an integer in [0, ${M.rows}]`);
  }
}

function checkFactors(fn: string, X: Matrix, C: Matrix, D: Matrix): void {
  if (C.rows !== X.cols || D.rows !== C.cols || D.cols !== X.cols) {
    throw new Error(
      `${fn}: shapes X ${shapeOf(X)}, C ${shapeOf(C)}, D ${shapeOf(D)} do not fit (need n×k and k×n for X m×n)`,
    );
  }
}

/**
 * Residual R = X·C·D − X and hidden codes H = X·C for the rows `idx` of X (all rows when null), written into
 * the buffers; returns Σ R². Shapes: X m×n, C n×k, D k×n; H b×k, R b×n.
 */
function forward(
  X: Float64Array,
  n: number,
  idx: Int32Array | null,
  b: number,
  C: Float64Array,
  D: Float64Array,
  k: number,
  H: Float64Array,
  R: Float64Array,
): number {
  let loss = 0;
  for (let r = 0; r < b; r++) {
    const xi = (idx === null ? r : (idx[r] as number)) * n;
    const h = r * k;
    for (let l = 0; l < k; l++) H[h + l] = 0;
    for (let j = 0; j < n; j++) {
      const x = X[xi + j] as number;
      if (x === 0) continue;
      const cj = j * k;
      for (let l = 0; l < k; l++) H[h + l] = (H[h + l] as number) + x * (C[cj + l] as number);
    }
    const rr = r * n;
    for (let j = 0; j < n; j++) R[rr + j] = -(X[xi + j] as number);
    for (let l = 0; l < k; l++) {
      const hl = H[h + l] as number;
      const dl = l * n;
      for (let j = 0; j < n; j++) R[rr + j] = (R[rr + j] as number) + hl * (D[dl + j] as number);
    }
    for (let j = 0; j < n; j++) {
      const v = R[rr + j] as number;
      loss += v * v;
    }
  }
  return loss;
}

/**
 * Gradients of L = ‖X − X·C·D‖²_F for the rows `idx` of X, scaled by `factor`, into dC (n×k) and dD (k×n):
 * with H = X·C and R = X·C·D − X, ∂L/∂D = 2·Hᵀ·R and ∂L/∂C = 2·Xᵀ·(R·Dᵀ). Needs H and R from `forward`.
 */
function backward(
  X: Float64Array,
  n: number,
  idx: Int32Array | null,
  b: number,
  D: Float64Array,
  k: number,
  H: Float64Array,
  R: Float64Array,
  G: Float64Array,
  dC: Float64Array,
  dD: Float64Array,
  factor: number,
): void {
  dC.fill(0);
  dD.fill(0);
  const f = 2 * factor;
  for (let r = 0; r < b; r++) {
    const xi = (idx === null ? r : (idx[r] as number)) * n;
    const rr = r * n;
    const h = r * k;
    // dD += Hᵣᵀ·Rᵣ and G = Rᵣ·Dᵀ.
    for (let l = 0; l < k; l++) {
      const hl = f * (H[h + l] as number);
      const dl = l * n;
      let g = 0;
      for (let j = 0; j < n; j++) {
        const rv = R[rr + j] as number;
        dD[dl + j] = (dD[dl + j] as number) + hl * rv;
        g += rv * (D[dl + j] as number);
      }
      G[l] = f * g;
    }
    // dC += Xᵣᵀ·G.
    for (let j = 0; j < n; j++) {
      const x = X[xi + j] as number;
      if (x === 0) continue;
      const cj = j * k;
      for (let l = 0; l < k; l++) dC[cj + l] = (dC[cj + l] as number) + x * (G[l] as number);
    }
  }
}

/**
 * The reconstruction error ‖X − X·C·D‖²_F of a linear autoencoder with encoder C (n×k) and decoder D (k×n)
 * on the rows of X (m×n).
 *
 * An empty X gives 0; k = 0 gives ‖X‖²_F. Throws Error naming the three shapes when they do not fit.
 *
 * @example
 * autoencoderLoss(fromRows([[1, 2]]), fromRows([[1], [0]]), fromRows([[1, 0]])); // (2 − 0)² = 4
 */
export function autoencoderLoss(X: Matrix, C: Matrix, D: Matrix): number {
  checkFactors('autoencoderLoss', X, C, D);
  const { rows: m, cols: n } = X;
  const k = C.cols;
  return forward(X.data, n, null, m, C.data, D.data, k, new Float64Array(m * k), new Float64Array(m * n));
}

/**
 * The loss L = ‖X − X·C·D‖²_F and its gradients, written out by hand: with H = X·C (m×k) and the residual
 * R = X·C·D − X (m×n), ∂L/∂D = 2·Hᵀ·R (k×n) and ∂L/∂C = 2·Xᵀ·R·Dᵀ (n×k).
 *
 * Shapes: X m×n, C n×k, D k×n. An empty X gives zero gradients. Throws Error naming the shapes when they do
 * not fit. The trainer uses the same kernels on each minibatch, divided by its row count.
 *
 * @example
 * const { loss, dC, dD } = autoencoderGradients(X, C, D);
 * // C − η·dC, D − η·dD is one step of plain gradient descent
 */
export function autoencoderGradients(
  X: Matrix,
  C: Matrix,
  D: Matrix,
): { loss: number; dC: Matrix; dD: Matrix } {
  checkFactors('autoencoderGradients', X, C, D);
  const { rows: m, cols: n } = X;
  const k = C.cols;
  const H = new Float64Array(m * k);
  const R = new Float64Array(m * n);
  const loss = forward(X.data, n, null, m, C.data, D.data, k, H, R);
  const dC = new Float64Array(n * k);
  const dD = new Float64Array(k * n);
  backward(X.data, n, null, m, D.data, k, H, R, new Float64Array(k), dC, dD, 1);
  return { loss, dC: { rows: n, cols: k, data: dC }, dD: { rows: k, cols: n, data: dD } };
}

/**
 * Creates a linear autoencoder with k hidden units for M (m×n, one sample per row): encoder C (n×k),
 * decoder D (k×n), reconstruction M·C·D.
 *
 * Training: each optimizer step takes a minibatch X of b = min(batchSize, m) rows (each epoch is a fresh
 * seeded permutation of the rows, cut into ⌊m/b⌋ batches; leftover rows wait for the next epoch) and
 * follows the gradient of the mean row error ‖X − X·C·D‖²_F / b (see {@link autoencoderGradients}), so the
 * learning rate does not depend on the batch size. The reported loss is the total ‖M − M·C·D‖²_F over the
 * whole matrix, directly comparable with the Eckart–Young optimum `tailEnergy(svd(M).S, k)`.
 * C and D start as independent N(0, 1/n) entries drawn from `createRng(seed)` (C first, row by row).
 *
 * Divergence: if a step makes a parameter or the minibatch loss non-finite, or a `step` call ends with the
 * loss above 10⁶·max(initial loss, ‖M‖²_F), the parameters of the start of that call are restored, `status`
 * becomes 'diverged' and later calls change nothing: the loss on display is never NaN.
 *
 * Edges: k = 0 (nothing to train: the loss stays ‖M‖²_F) and empty M are allowed. Throws RangeError for k not an
 * integer in [0, n], a learning rate that is not finite and > 0, a batch size that is not an integer ≥ 1,
 * an unknown optimizer, or non-finite entries in M.
 *
 * Pause and resume: `snapshot()` returns the whole state as plain data; `createAutoencoder(M, k, { from })`
 * continues it (options default to the snapshot's), so `step(a)`, snapshot, resume, `step(b)` gives the same
 * numbers as `step(a + b)`. A snapshot of another shape or k throws Error naming both; non-finite or
 * mis-sized arrays in it throw.
 *
 * @example
 * const ae = createAutoencoder(M, 3, { seed: 1, optimizer: 'adam', learningRate: 0.01 });
 * const { loss, status } = ae.step(100); // loss → tailEnergy(svd(M).S, 3)
 * const { C, D } = ae.params();
 * const later = createAutoencoder(M, 3, { from: ae.snapshot() }); // continues at step 100
 */
export function createAutoencoder(M: Matrix, k: number, options: AutoencoderOptions = {}): LinearAutoencoder {
  const from = options.from;
  const {
    seed = from?.seed ?? 0,
    optimizer = from?.optimizer ?? 'adam',
    learningRate = from?.learningRate ?? 0.01,
    batchSize = from?.batchSize ?? Math.max(1, M.rows),
  } = options;
  const { rows: m, cols: n } = M;
  if (!Number.isInteger(k) || k < 0 || k > n) {
    throw new RangeError(`createAutoencoder: k must be an integer in [0, ${n}], got ${k}`);
  }
  if (!Number.isFinite(learningRate) || learningRate <= 0) {
    throw new RangeError(`createAutoencoder: learningRate must be finite and > 0, got ${learningRate}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`createAutoencoder: batchSize must be an integer ≥ 1, got ${batchSize}`);
  }
  if (!(AUTOENCODER_OPTIMIZERS as readonly string[]).includes(optimizer)) {
    throw new RangeError(`createAutoencoder: unknown optimizer '${String(optimizer)}'`);
  }
  checkFinite('createAutoencoder', M);
  if (from) checkSnapshot(M, k, from);

  const X = M.data.slice(); // later changes to M do not reach the trainer
  const rng = createRng(seed);
  const sd = 1 / Math.sqrt(Math.max(1, n));
  // A resumed trainer still draws the initial weights, so its random stream is where the original's was.
  let C = new Float64Array(n * k);
  let D = new Float64Array(k * n);
  for (let q = 0; q < C.length; q++) C[q] = rng.normal(0, sd);
  for (let q = 0; q < D.length; q++) D[q] = rng.normal(0, sd);
  if (from) {
    C = from.C.slice();
    D = from.D.slice();
  }

  const b = Math.min(batchSize, m);
  const fullBatch = b === m;
  const H = new Float64Array(Math.max(m, 1) * k);
  const R = new Float64Array(Math.max(m, 1) * n);
  const G = new Float64Array(k);
  const dC = new Float64Array(n * k);
  const dD = new Float64Array(k * n);
  // Optimizer state: first moments / velocities (m1) and Adam's second moments (m2).
  let m1C = from ? from.m1C.slice() : new Float64Array(n * k);
  let m1D = from ? from.m1D.slice() : new Float64Array(k * n);
  let m2C = from ? from.m2C.slice() : new Float64Array(n * k);
  let m2D = from ? from.m2D.slice() : new Float64Array(k * n);
  const idx = new Int32Array(b);
  let order: number[] = [];
  let pos = m; // forces a shuffle at the first minibatch
  let shuffles = 0;
  const shuffle = (): void => {
    order = rng.shuffle(Array.from({ length: m }, (_, i) => i));
    shuffles++;
    pos = 0;
  };
  if (from) {
    // Replaying the permutations (m draws each) puts the stream and the current order back exactly.
    for (let e = 0; e < from.shuffles; e++) shuffle();
    pos = from.pos;
  }

  const fullLoss = (): number => forward(X, n, null, m, C, D, k, H, R);
  let normSq = 0;
  for (let q = 0; q < X.length; q++) normSq += (X[q] as number) * (X[q] as number);
  let currentLoss = fullLoss();
  const limit = from ? from.limit : DIVERGENCE_FACTOR * Math.max(currentLoss, normSq, Number.MIN_VALUE);
  let steps = from ? from.step : 0;
  let status: AutoencoderStatus = from ? from.status : 'ok';
  let divergedAtStep: number | null = from ? from.divergedAtStep : null;

  const nextBatch = (): void => {
    if (pos + b > m) shuffle();
    for (let r = 0; r < b; r++) idx[r] = order[pos + r] as number;
    pos += b;
  };

  const update = (
    theta: Float64Array,
    g: Float64Array,
    v1: Float64Array,
    v2: Float64Array,
    t: number,
  ): boolean => {
    const eta = learningRate;
    let finite = true;
    if (optimizer === 'sgd') {
      for (let q = 0; q < theta.length; q++) theta[q] = (theta[q] as number) - eta * (g[q] as number);
    } else if (optimizer === 'momentum') {
      for (let q = 0; q < theta.length; q++) {
        v1[q] = 0.9 * (v1[q] as number) + (g[q] as number);
        theta[q] = (theta[q] as number) - eta * (v1[q] as number);
      }
    } else {
      const c1 = 1 - 0.9 ** t;
      const c2 = 1 - 0.999 ** t;
      for (let q = 0; q < theta.length; q++) {
        const gq = g[q] as number;
        v1[q] = 0.9 * (v1[q] as number) + 0.1 * gq;
        v2[q] = 0.999 * (v2[q] as number) + 0.001 * gq * gq;
        theta[q] =
          (theta[q] as number) -
          (eta * ((v1[q] as number) / c1)) / (Math.sqrt((v2[q] as number) / c2) + 1e-8);
      }
    }
    for (let q = 0; q < theta.length; q++) if (!Number.isFinite(theta[q] as number)) finite = false;
    return finite;
  };

  const step = (nSteps = 1): AutoencoderProgress => {
    if (!Number.isInteger(nSteps) || nSteps < 0) {
      throw new RangeError(`autoencoder.step: nSteps must be a non-negative integer, got ${nSteps}`);
    }
    if (status === 'diverged' || m === 0 || k === 0) {
      if (status === 'ok') steps += nSteps;
      return { step: steps, loss: currentLoss, status };
    }
    const saved = {
      C: C.slice(),
      D: D.slice(),
      m1C: m1C.slice(),
      m1D: m1D.slice(),
      m2C: m2C.slice(),
      m2D: m2D.slice(),
    };
    const savedSteps = steps;
    const savedLoss = currentLoss;
    let failed = false;
    for (let s = 0; s < nSteps && !failed; s++) {
      const rows = fullBatch ? null : idx;
      if (!fullBatch) nextBatch();
      const batchLoss = forward(X, n, rows, b, C, D, k, H, R);
      backward(X, n, rows, b, D, k, H, R, G, dC, dD, 1 / b);
      steps++;
      const okC = update(C, dC, m1C, m2C, steps);
      const okD = update(D, dD, m1D, m2D, steps);
      if (!Number.isFinite(batchLoss) || !okC || !okD) failed = true;
    }
    const loss = failed ? Number.NaN : fullLoss();
    if (failed || !Number.isFinite(loss) || loss > limit) {
      divergedAtStep = steps;
      C = saved.C;
      D = saved.D;
      m1C = saved.m1C;
      m1D = saved.m1D;
      m2C = saved.m2C;
      m2D = saved.m2D;
      steps = savedSteps;
      currentLoss = savedLoss;
      status = 'diverged';
    } else {
      currentLoss = loss;
    }
    return { step: steps, loss: currentLoss, status };
  };

  return {
    k,
    get status() {
      return status;
    },
    get divergedAtStep() {
      return divergedAtStep;
    },
    step,
    loss: () => currentLoss,
    params: () => ({ C: { rows: n, cols: k, data: C.slice() }, D: { rows: k, cols: n, data: D.slice() } }),
    reconstruction: () => {
      const out = new Float64Array(m * n);
      const Hm = new Float64Array(m * k);
      forward(X, n, null, m, C, D, k, Hm, out);
      for (let q = 0; q < out.length; q++) out[q] = (out[q] as number) + (X[q] as number);
      return { rows: m, cols: n, data: out };
    },
    snapshot: () => ({
      rows: m,
      cols: n,
      k,
      seed,
      optimizer,
      learningRate,
      batchSize: Math.max(1, b),
      step: steps,
      C: C.slice(),
      D: D.slice(),
      m1C: m1C.slice(),
      m1D: m1D.slice(),
      m2C: m2C.slice(),
      m2D: m2D.slice(),
      shuffles,
      pos,
      limit,
      status,
      divergedAtStep,
    }),
  };
}
