/**
 * Decoding of the OCR model asset written by scripts/ocr-corpus.mjs (public/data/ocr-model.json): the bigram
 * counts of the language model, the visual confusion sets of the simulated image model, and the words and
 * sentences the corrector is measured on.
 */

import type { BigramCounts } from '../viterbi';
import { OCR_MODEL_FORMAT } from './corpus.mjs';
import { wordStartProbs } from './runningText';

/** Where the site serves the OCR model asset (built by scripts/ocr-corpus.mjs into public/data/). */
export const OCR_MODEL_PATH = '/data/ocr-model.json';

/** A character an image model may read instead of another, with the cosine similarity of their glyphs. */
export interface Confusable {
  char: string;
  similarity: number;
}

/** For each character, its most similar characters (most similar first). */
export type ConfusionSets = ReadonlyMap<string, readonly Confusable[]>;

/** The asset as written by the build script (JSON). */
export interface OcrModelAsset {
  format: typeof OCR_MODEL_FORMAT;
  source: Record<string, unknown>;
  /** The V vocabulary characters, most frequent first. */
  vocabulary: string;
  unigram: number[];
  /** Row-compressed pair counts; row i's successors are prefix sums of next[indptr[i] … indptr[i+1]). */
  pairs: { indptr: number[]; next: number[]; count: number[] };
  /** k neighbours per vocabulary character: index (−1 = none) and similarity in thousandths. */
  confusions: { k: number; index: number[]; similarity: number[] };
  /** Held-out words (never counted), for examples. */
  examples: string[];
  /** Real running sentences (the post's examples, then sentences from npm packages' Chinese text). */
  sentences: string[];
  stats: Record<string, unknown>;
}

/** The decoded model. */
export interface OcrModel {
  /** Vocabulary characters, most frequent first. */
  chars: string[];
  /** Position of a character in `chars`. */
  index: ReadonlyMap<string, number>;
  /** Counts for `bigramModel`, with V = chars.length. */
  counts: BigramCounts;
  confusions: ConfusionSets;
  /** σ(b): the share of word starts that are b ({@link wordStartProbs} of `counts`), for runningTextModel. */
  wordStart: ReadonlyMap<string, number>;
  examples: string[];
  sentences: string[];
  source: Record<string, unknown>;
  stats: Record<string, unknown>;
}

function fail(message: string): never {
  throw new Error(`decodeOcrModel: ${message}`);
}

/**
 * Decodes and checks the asset: vocabulary, c(a) per character, c(ab) for the stored pairs, the confusion
 * sets (similarities back to [0, 1]), the word-start shares σ derived from the counts, the held-out words and
 * the sentences.
 *
 * Throws Error naming the problem for a wrong format tag, arrays of inconsistent lengths, an index outside the
 * vocabulary, a negative count or a missing list of sentences; the asset is build output, so a bad one is a
 * bug to report, not to repair.
 *
 * @example
 * const model = decodeOcrModel(await (await fetch('/data/ocr-model.json')).json());
 * bigramModel(model.counts, { kind: 'add', alpha: 1 }).prob('电', '视');
 * model.confusions.get('友'); // [{ char: '发', similarity: 0.933 }, …]
 */
export function decodeOcrModel(asset: unknown): OcrModel {
  const a = asset as OcrModelAsset;
  if (a === null || typeof a !== 'object' || a.format !== OCR_MODEL_FORMAT) {
    fail(`expected format ${OCR_MODEL_FORMAT}, got ${JSON.stringify((a as { format?: unknown })?.format)}`);
  }
  const chars = Array.from(a.vocabulary);
  const V = chars.length;
  if (a.unigram.length !== V) fail(`unigram has ${a.unigram.length} entries for ${V} characters`);
  const { indptr, next, count } = a.pairs;
  if (indptr.length !== V + 1) fail(`indptr has ${indptr.length} entries, expected ${V + 1}`);
  if (next.length !== count.length || indptr[V] !== next.length) fail('pair arrays disagree in length');
  const unigram = new Map<string, number>();
  const bigram = new Map<string, number>();
  for (let i = 0; i < V; i++) {
    const c = a.unigram[i] as number;
    if (!(c >= 0)) fail(`negative count for ${chars[i]}`);
    unigram.set(chars[i] as string, c);
    let j = 0;
    for (let p = indptr[i] as number; p < (indptr[i + 1] as number); p++) {
      j += next[p] as number;
      if (j < 0 || j >= V) fail(`pair successor ${j} of ${chars[i]} outside the vocabulary`);
      const c2 = count[p] as number;
      if (!(c2 >= 0)) fail(`negative pair count for ${chars[i]}${chars[j]}`);
      bigram.set((chars[i] as string) + (chars[j] as string), c2);
    }
  }
  const { k, index, similarity } = a.confusions;
  if (index.length !== V * k || similarity.length !== V * k) fail(`confusion arrays are not ${V}×${k}`);
  const confusions = new Map<string, Confusable[]>();
  for (let i = 0; i < V; i++) {
    const list: Confusable[] = [];
    for (let r = 0; r < k; r++) {
      const j = index[i * k + r] as number;
      if (j === -1) continue;
      if (j < 0 || j >= V) fail(`confusable ${j} of ${chars[i]} outside the vocabulary`);
      list.push({ char: chars[j] as string, similarity: (similarity[i * k + r] as number) / 1000 });
    }
    confusions.set(chars[i] as string, list);
  }
  if (!Array.isArray(a.examples) || !Array.isArray(a.sentences)) fail('examples or sentences missing');
  const counts = { unigram, bigram, vocabulary: V };
  return {
    chars,
    index: new Map(chars.map((ch, i) => [ch, i])),
    counts,
    confusions,
    wordStart: wordStartProbs(counts),
    examples: a.examples,
    sentences: a.sentences,
    source: a.source,
    stats: a.stats,
  };
}
