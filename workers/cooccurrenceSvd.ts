/**
 * The cooccurrence-svd figure's own questions to the word2vec worker core (workers/embeddings.ts): the
 * transformed co-occurrence matrix on a chosen set of words (a slice to draw as a heatmap) and a 2-D map of
 * chosen words' SVD vectors. Both reuse the core's caches, so a slice costs a lookup once the matrix exists.
 */
import type { BrownCorpus, BrownText } from '@/lib/corpus/asset';
import { principalProjection, suggestWords } from '@/lib/embeddings';
import { csrSquaredNorm, csrSubmatrix } from '@/lib/linalg/csr';
import { type CorpusView, getModel, loadView, type SvdModelInput, transformedOf } from './embeddings';
import type { TaskResult } from './protocol';

/** A word the vocabulary lacks, with the closest words it has. */
export interface MissingWord {
  word: string;
  suggestions: string[];
}

/** Splits typed words into vocabulary indices and misses (with up to five suggestions each). */
function lookUp(
  words: readonly string[],
  vocabulary: readonly string[],
): { found: string[]; index: number[]; missing: MissingWord[] } {
  const position = new Map(vocabulary.map((w, i) => [w, i]));
  const found: string[] = [];
  const index: number[] = [];
  const missing: MissingWord[] = [];
  for (const raw of words) {
    const w = raw.trim().toLowerCase();
    const i = position.get(w);
    if (i === undefined) missing.push({ word: w, suggestions: suggestWords(w, vocabulary, 5) });
    else if (!index.includes(i)) {
      found.push(w);
      index.push(i);
    }
  }
  return { found, index, missing };
}

/** The matrix settings of a slice (the SVD's settings without rank, eigen power and seed) and its words. */
export type SliceInput = Pick<
  SvdModelInput,
  'V' | 'window' | 'weighting' | 'transform' | 'shift' | 'contextPower'
> & { words: string[] };

/** The transformed matrix on the slice's words (rows and columns alike), with facts about the whole matrix. */
export interface SliceResult {
  /** The input, echoed so the page can tell a result for its current settings from an older one. */
  input: SliceInput;
  /** The words found, in the order given (repeats dropped), and their corpus counts. */
  words: string[];
  counts: number[];
  missing: MissingWord[];
  /** n×n row-major: M[words[a]][words[b]] (0 where M stores nothing). */
  values: Float64Array;
  /** 1 where M stores the entry: a pair seen in a window (and kept by PPMI). */
  stored: Uint8Array;
  /** ‖M‖²_F of the whole V×V matrix: the energy the spectrum's σᵢ² are shares of. */
  normSquared: number;
  /** Stored entries of the whole transformed matrix. */
  nnz: number;
}

/**
 * The transformed co-occurrence matrix of these settings restricted to the given words, from the worker's
 * cached matrices (computed here if the SVD has not computed them yet). `data` injects the corpus in tests.
 */
export async function embeddingsSlice(
  input: SliceInput,
  _ctx?: unknown,
  data?: { corpus: BrownCorpus; text: BrownText },
): Promise<TaskResult<SliceResult>> {
  const view: CorpusView = await loadView(input.V, data);
  const { M } = transformedOf(view, input);
  const { found, index, missing } = lookUp(input.words, view.words);
  const block = csrSubmatrix(M, index, index);
  const values = block.values.data;
  const stored = block.stored;
  return {
    value: {
      input,
      words: found,
      counts: index.map((i) => view.counts[i] as number),
      missing,
      values,
      stored,
      normSquared: csrSquaredNorm(M),
      nnz: M.values.length,
    },
    transfer: [values.buffer, stored.buffer],
  };
}

/** A map of chosen words from a stored model, in two projections. */
export interface WordMapResult {
  key: string;
  words: string[];
  missing: MissingWord[];
  /** n×2: the words' vectors on their own first two principal components (centred on their mean). */
  pca: Float64Array;
  /** Share of the chosen words' variance along each of the two components. */
  explained: [number, number];
  /** n×2: the first two coordinates of the vectors, i.e. the whole vocabulary's two leading singular directions. */
  leading: Float64Array;
}

/**
 * The chosen words of the stored model `key` projected to 2-D: onto their own two principal components
 * (principalProjection) and onto the model's first two coordinates. Fewer than two words found give an empty
 * picture, not an error. Rejects when no model is stored under `key`.
 */
export function embeddingsMap(input: { key: string; words: string[] }): TaskResult<WordMapResult> {
  const model = getModel(input.key);
  if (!model) throw new Error(`no model ${input.key} in the worker; compute it first`);
  const { found, index, missing } = lookUp(input.words, model.words);
  const E = model.vectors;
  const X = new Float64Array(index.length * E.dim);
  const leading = new Float64Array(index.length * 2);
  index.forEach((i, a) => {
    for (let d = 0; d < E.dim; d++) X[a * E.dim + d] = E.data[i * E.dim + d] as number;
    leading[a * 2] = E.data[i * E.dim] as number;
    leading[a * 2 + 1] = E.dim > 1 ? (E.data[i * E.dim + 1] as number) : 0;
  });
  const { coords, explained } = principalProjection({ rows: index.length, cols: E.dim, data: X }, 2);
  return {
    value: {
      key: input.key,
      words: found,
      missing,
      pca: coords.data,
      explained: [explained[0] as number, explained[1] as number],
      leading,
    },
    transfer: [coords.data.buffer, leading.buffer],
  };
}
