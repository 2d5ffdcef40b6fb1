/**
 * Worker core of the word2vec article: the Brown corpus restricted to its V most frequent words, the
 * co-occurrence matrix and its PMI-family transforms, the SVD word vectors, and a store of trained models (SVD
 * here, skip-gram from its own task) that the figures query by key for neighbours, similarities and analogies.
 * Everything heavy is cached per worker, keyed by the settings that shape it, so moving one control recomputes
 * only what depends on it.
 */
import type { BrownCorpus, BrownText } from '@/lib/corpus/asset';
import {
  analogy,
  cooccurrence,
  type Embeddings,
  type Neighbour,
  nearestRows,
  pmiMatrix,
  rowNorms,
  suggestWords,
  type WindowWeighting,
} from '@/lib/embeddings';
import type { Csr } from '@/lib/linalg/csr';
import { truncatedSvd } from '@/lib/linalg/truncatedSvd';
import { loadBrown, loadBrownText } from './brown';
import { keepNewest } from './keep';
import { type TaskContext, type TaskResult, yieldToEventLoop } from './protocol';

/** The corpus seen through a vocabulary of its V most frequent words. */
export interface CorpusView {
  readonly V: number;
  readonly words: readonly string[];
  readonly counts: Float64Array;
  /** The running text with words outside the vocabulary removed, −1 between sentences (never two in a row). */
  readonly stream: Int32Array;
}

/**
 * The running text restricted to the V most frequent words (indices < V): other words are removed before any
 * window is drawn, as word2vec does, and sentences left empty disappear with their boundary.
 */
export function corpusView(corpus: BrownCorpus, text: BrownText, V: number): CorpusView {
  const size = Math.max(1, Math.min(Math.floor(V), corpus.vocabulary.length));
  const out = new Int32Array(text.stream.length);
  let n = 0;
  let open = false;
  for (const i of text.stream) {
    if (i < 0) {
      if (open) out[n++] = -1;
      open = false;
    } else if (i < size) {
      out[n++] = i;
      open = true;
    }
  }
  if (n > 0 && out[n - 1] === -1) n -= 1;
  return {
    V: size,
    words: corpus.vocabulary.slice(0, size),
    counts: Float64Array.from(corpus.counts.subarray(0, size)),
    stream: out.slice(0, n),
  };
}

/** How co-occurrence counts become the matrix the SVD factorises. */
export type SvdTransform = 'counts' | 'log-counts' | 'pmi' | 'ppmi' | 'shifted-ppmi';

/** The transforms in the order a control lists them. */
export const SVD_TRANSFORMS: readonly SvdTransform[] = [
  'counts',
  'log-counts',
  'pmi',
  'ppmi',
  'shifted-ppmi',
];

/** Everything that shapes the SVD vectors. */
export interface SvdModelInput {
  /** Vocabulary size (top-V words). */
  V: number;
  window: number;
  weighting: WindowWeighting;
  transform: SvdTransform;
  /** k of shifted PPMI (log k subtracted); ignored by the other transforms. */
  shift: number;
  /** Context counts raised to this power in PMI (0.75 as word2vec's negatives; 1 plain). */
  contextPower: number;
  /** Rank of the truncated SVD. */
  dim: number;
  /** Word vectors U·diag(S)^p: p = 0.5 splits the spectrum between words and contexts (Levy et al., 2015). */
  eigenPower: number;
  seed: number;
}

/** A trained model in the store: its word vectors and what the figures show about it. */
export interface StoredModel {
  readonly key: string;
  readonly kind: 'svd' | 'sgns';
  readonly words: readonly string[];
  readonly vectors: Embeddings;
  readonly norms: Float64Array;
}

const store = new Map<string, StoredModel>();
/** SVD models kept in the store (the newest); other kinds are never dropped. */
const SVD_MODELS_KEPT = 4;

/** Puts a model in the worker's store under `key` (a later put replaces it). */
export function putModel(
  key: string,
  kind: StoredModel['kind'],
  words: readonly string[],
  vectors: Embeddings,
): StoredModel {
  const model = { key, kind, words, vectors, norms: rowNorms(vectors) };
  store.delete(key); // a replaced model counts as the newest
  store.set(key, model);
  return model;
}

/** A stored model, or undefined. */
export function getModel(key: string): StoredModel | undefined {
  return store.get(key);
}

/** The key of the SVD model of these settings. */
export function svdKey(input: SvdModelInput): string {
  const { V, window, weighting, transform, shift, contextPower, dim, eigenPower, seed } = input;
  return `svd:${V}:${window}:${weighting}:${transform}:${shift}:${contextPower}:${dim}:${eigenPower}:${seed}`;
}

const views = new Map<number, CorpusView>();
const cooc = new Map<string, Csr>();
const transformed = new Map<string, Csr>();

/**
 * Matrices kept per worker: a slider swept over ten windows or twenty shifts at V = 10,000 would otherwise
 * keep tens of matrices of millions of entries each; the oldest goes first.
 */
const MATRICES_KEPT = 3;

/** The corpus view of size V, loaded (loadBrown, loadBrownText) and cut once per worker. */
export async function loadView(
  V: number,
  data?: { corpus: BrownCorpus; text: BrownText },
): Promise<CorpusView> {
  const cached = views.get(V);
  if (cached) return cached;
  const corpus = data?.corpus ?? (await loadBrown());
  const text = data?.text ?? (await loadBrownText());
  const view = corpusView(corpus, text, V);
  views.set(V, view);
  return view;
}

/**
 * The co-occurrence matrix of a corpus view for a window and weighting, counted once per worker; `ms` is the
 * time it took (0 when cached).
 */
export function cooccurrenceOf(
  view: CorpusView,
  window: number,
  weighting: WindowWeighting,
): { C: Csr; ms: number } {
  const key = `${view.V}:${window}:${weighting}`;
  const cached = cooc.get(key);
  if (cached) return { C: cached, ms: 0 };
  const t0 = performance.now();
  const C = cooccurrence(view.stream, view.V, { window, weighting });
  keepNewest(cooc, key, C, MATRICES_KEPT);
  return { C, ms: performance.now() - t0 };
}

/** The matrix the SVD factorises, from cached co-occurrence counts. */
export function transformMatrix(
  C: Csr,
  input: Pick<SvdModelInput, 'transform' | 'shift' | 'contextPower'>,
): Csr {
  switch (input.transform) {
    case 'counts':
      return C;
    case 'log-counts':
      return { ...C, values: C.values.map((v) => Math.log1p(v)) };
    case 'pmi':
      return pmiMatrix(C, { contextPower: input.contextPower });
    case 'ppmi':
      return pmiMatrix(C, { positive: true, contextPower: input.contextPower });
    case 'shifted-ppmi':
      return pmiMatrix(C, { positive: true, shift: input.shift, contextPower: input.contextPower });
  }
}

/**
 * The transformed matrix of a corpus view for these settings, from the cached co-occurrence counts, computed
 * once per worker; `ms` gives the time of each step (0 when cached).
 */
export function transformedOf(
  view: CorpusView,
  input: Pick<SvdModelInput, 'window' | 'weighting' | 'transform' | 'shift' | 'contextPower'>,
): { C: Csr; M: Csr; ms: { cooccurrence: number; transform: number } } {
  const counted = cooccurrenceOf(view, input.window, input.weighting);
  const tKey = `${view.V}:${input.window}:${input.weighting}:${input.transform}:${input.shift}:${input.contextPower}`;
  const cached = transformed.get(tKey);
  if (cached) return { C: counted.C, M: cached, ms: { cooccurrence: counted.ms, transform: 0 } };
  const t0 = performance.now();
  const M = transformMatrix(counted.C, input);
  const ms = performance.now() - t0;
  keepNewest(transformed, tKey, M, MATRICES_KEPT);
  return { C: counted.C, M, ms: { cooccurrence: counted.ms, transform: ms } };
}

/** What the SVD task reports. */
export interface SvdModelResult {
  key: string;
  V: number;
  tokens: number;
  /** Stored entries of the co-occurrence matrix and of the transformed one. */
  nnz: number;
  transformedNnz: number;
  /** The singular values, descending. */
  S: Float64Array;
  ms: { cooccurrence: number; transform: number; svd: number };
}

/**
 * The SVD word vectors of these settings: the co-occurrence matrix of the top-V running text (cached per V,
 * window and weighting), its transform, and a truncated SVD of rank dim (progress from the SVD's iterations);
 * the vectors U·diag(S)^p go to the store under svdKey(input). `data` injects the corpus in tests.
 */
export async function svdModel(
  input: SvdModelInput,
  ctx: TaskContext,
  data?: { corpus: BrownCorpus; text: BrownText },
): Promise<TaskResult<SvdModelResult>> {
  const view = await loadView(input.V, data);
  const { C, M, ms: prep } = transformedOf(view, input);
  const ms = { ...prep, svd: 0 };
  ctx.progress(0.3);
  await yieldToEventLoop();
  if (ctx.cancelled()) throw new Error('cancelled');
  const key = svdKey({ ...input, V: view.V });
  const t0 = performance.now();
  const f = truncatedSvd(M, input.dim, {
    seed: input.seed,
    oversample: 16,
    powerIterations: 3,
    onProgress: (done, total) => ctx.progress(0.3 + (0.7 * done) / total),
  });
  ms.svd = performance.now() - t0;
  const k = f.S.length;
  const data32 = new Float32Array(view.V * k);
  for (let i = 0; i < view.V; i++)
    for (let j = 0; j < k; j++)
      data32[i * k + j] = (f.U.data[i * k + j] as number) * (f.S[j] as number) ** input.eigenPower;
  putModel(key, 'svd', view.words, { count: view.V, dim: k, data: data32 });
  // Only the newest SVD models stay (a rank slider swept end to end would store 200 of them).
  const svds = [...store.values()].filter((m) => m.kind === 'svd' && m.key !== key);
  for (const old of svds.slice(0, Math.max(0, svds.length - (SVD_MODELS_KEPT - 1)))) store.delete(old.key);
  const S = Float64Array.from(f.S);
  return {
    value: {
      key,
      V: view.V,
      tokens: view.stream.length,
      nnz: C.values.length,
      transformedNnz: M.values.length,
      S,
      ms,
    },
    transfer: [S.buffer],
  };
}

/** A question to a stored model. */
export type ModelQuery =
  | { op: 'neighbours'; word: string; k: number }
  | { op: 'similarity'; a: string; b: string }
  | { op: 'analogy'; a: string; b: string; c: string; k: number };

/** The answer: neighbours with words, a similarity, or an unknown word with suggestions. */
export type ModelAnswer =
  | { ok: true; neighbours: (Neighbour & { word: string })[] }
  | { ok: true; similarity: number }
  | { ok: false; unknown: string; suggestions: string[] };

/**
 * Answers a query on the stored model `key`: cosine neighbours of a word, the cosine of two words, or the
 * analogy a : b :: c : ? (3CosAdd). A word outside the model's vocabulary answers with up to five suggestions.
 * Rejects when no model is stored under `key` (train or compute it first).
 */
export function queryModel(input: { key: string; query: ModelQuery }): TaskResult<ModelAnswer> {
  const model = store.get(input.key);
  if (!model) throw new Error(`no model ${input.key} in the worker; compute it first`);
  const index = new Map(model.words.map((w, i) => [w, i]));
  const find = (w: string): number | ModelAnswer => {
    const i = index.get(w.trim().toLowerCase());
    return i ?? { ok: false, unknown: w, suggestions: suggestWords(w, model.words, 5) };
  };
  const E = model.vectors;
  const named = (list: Neighbour[]) => list.map((n) => ({ ...n, word: model.words[n.index] as string }));
  const q = input.query;
  if (q.op === 'neighbours') {
    const i = find(q.word);
    if (typeof i !== 'number') return { value: i };
    const row = E.data.subarray(i * E.dim, (i + 1) * E.dim);
    return {
      value: { ok: true, neighbours: named(nearestRows(E, row, q.k, { exclude: [i], norms: model.norms })) },
    };
  }
  if (q.op === 'similarity') {
    const a = find(q.a);
    if (typeof a !== 'number') return { value: a };
    const b = find(q.b);
    if (typeof b !== 'number') return { value: b };
    let dot = 0;
    for (let d = 0; d < E.dim; d++)
      dot += (E.data[a * E.dim + d] as number) * (E.data[b * E.dim + d] as number);
    const denom = (model.norms[a] as number) * (model.norms[b] as number);
    return { value: { ok: true, similarity: denom > 0 ? dot / denom : 0 } };
  }
  const a = find(q.a);
  if (typeof a !== 'number') return { value: a };
  const b = find(q.b);
  if (typeof b !== 'number') return { value: b };
  const c = find(q.c);
  if (typeof c !== 'number') return { value: c };
  return { value: { ok: true, neighbours: named(analogy(E, a, b, c, q.k, model.norms)) } };
}
