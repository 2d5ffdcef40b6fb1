/**
 * The one-hot figure's example: two small vocabularies (the post's six words and the Brown corpus's most
 * frequent words) and a seeded embedding matrix W, or the reader's edited one.
 */
import { fromRows, type Matrix } from '../linalg/matrix';
import { randomMatrix } from '../linalg/randomMatrix';
import { createRng } from '../random';
import type { SegmentMode } from './segment';

/** A small vocabulary, how text in it is cut into words, and an example sentence. */
export interface ExampleVocabulary {
  readonly words: readonly string[];
  readonly mode: SegmentMode;
  readonly sentence: string;
}

/** The example vocabularies' ids. */
export const EXAMPLE_VOCABULARY_IDS = ['post', 'brown'] as const;
/** One of EXAMPLE_VOCABULARY_IDS. */
export type ExampleVocabularyId = (typeof EXAMPLE_VOCABULARY_IDS)[number];

/**
 * 'post': the post's vocabulary 我/爱/科学/空间/不/错 and its sentence 我爱空间科学 (kexue.fm/archives/4233).
 * 'brown': the 12 most frequent word forms of the Brown corpus, most frequent first (the first 12 entries of
 * public/data/brown.json's vocabulary, lower-cased, punctuation dropped), and a sentence made of them.
 */
export const EXAMPLE_VOCABULARIES: Readonly<Record<ExampleVocabularyId, ExampleVocabulary>> = {
  post: { words: ['我', '爱', '科学', '空间', '不', '错'], mode: 'longest', sentence: '我爱空间科学' },
  brown: {
    words: ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it'],
    mode: 'spaces',
    sentence: 'He was in it, and that is it.',
  },
};

/** Decimals of a seeded W's entries: few enough that every product term can be written out exactly. */
export const EXAMPLE_W_DIGITS = 2;

/**
 * A V×n embedding matrix with entries uniform in [−1, 1), rounded to two decimals, drawn from `seed` (the same
 * seed and shape give the same matrix). Throws RangeError for a shape that is not a positive integer pair.
 * @example
 * seededEmbedding(6, 4, 1).rows; // 6
 */
export function seededEmbedding(V: number, n: number, seed: number): Matrix {
  const W = randomMatrix(V, n, createRng(`one-hot:${seed}`), { distribution: 'uniform', low: -1, high: 1 });
  const scale = 10 ** EXAMPLE_W_DIGITS;
  for (let k = 0; k < W.data.length; k++) W.data[k] = Math.round((W.data[k] as number) * scale) / scale;
  return W;
}

/**
 * W for the figure: `edited` when it is V×n, else the seeded matrix. An empty edit means "not edited"; an edit
 * of another shape (a stale link after V or n changed) is ignored with a notice naming both shapes.
 * @example
 * resolveEmbedding(2, 2, 1, [[1, 2], [3, 4]]).edited; // true
 * resolveEmbedding(2, 3, 1, [[1, 2], [3, 4]]).notice; // 'W: the edited matrix is 2×2, but …'
 */
export function resolveEmbedding(
  V: number,
  n: number,
  seed: number,
  edited: readonly (readonly number[])[],
): { W: Matrix; edited: boolean; notice?: string } {
  if (edited.length === 0) return { W: seededEmbedding(V, n, seed), edited: false };
  if (edited.length === V && edited.every((r) => r.length === n && r.every(Number.isFinite)))
    return { W: fromRows(edited.map((r) => [...r])), edited: true };
  return {
    W: seededEmbedding(V, n, seed),
    edited: false,
    notice: `W: the edited matrix is ${edited.length}×${edited[0]?.length ?? 0}, but ${V} words and n = ${n} need ${V}×${n}; using the W drawn from seed ${seed}.`,
  };
}
