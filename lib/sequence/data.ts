/**
 * The shape of a tagged sentence the taggers train and are scored on.
 */

/**
 * One sentence: word indices into a vocabulary, a 0/1 capitalisation flag per word, and a tag per word as an
 * index into TAGS (x 0, s 1, b 2, m 3, e 4). The three have the same length.
 * @example
 * const s: TaggedSentence = { words: [4, 17, 2], caps: [1, 1, 0], tags: [2, 4, 0] }; // "New York is"
 */
export interface TaggedSentence {
  readonly words: ArrayLike<number>;
  readonly caps: ArrayLike<number>;
  readonly tags: ArrayLike<number>;
}
