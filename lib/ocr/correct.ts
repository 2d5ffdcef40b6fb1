/**
 * Correcting an image model's reading with a bigram language model: the post's decoder
 * (kexue.fm/archives/3842), argmax over readings of W(s₁)·Πᵢ P(sᵢ|sᵢ₋₁)·W(sᵢ), found by Viterbi.
 */

import { type BigramModel, type Candidate, type Lattice, type LogTransition, viterbi } from '../viterbi';

/** The corrected reading of a lattice. */
export interface Correction {
  /** The corrected text (the chosen candidates joined). */
  text: string;
  /** Chosen candidate per position. */
  indices: number[];
  /** The image model alone: the most probable candidate per position, joined. */
  imageReading: string;
  /** Positions where the corrected text differs from the image reading. */
  changed: number[];
  /** log f of the corrected reading (−Infinity when no reading has positive probability). */
  logScore: number;
}

/**
 * The image model's reading: the candidate of largest log-probability per position (the lowest index on ties;
 * NaN counts as −Infinity).
 *
 * @example
 * imageReading([[{ token: '柳', logProb: -0.13 }, { token: '视', logProb: -2.1 }]]).text; // '柳'
 */
export function imageReading(lattice: Lattice): { text: string; indices: number[] } {
  const indices = lattice.map((column) => {
    let best = 0;
    for (let k = 1; k < column.length; k++) {
      if ((column[k] as Candidate).logProb > (column[best] as Candidate).logProb) best = k;
    }
    return best;
  });
  return {
    text: indices.map((k, t) => (lattice[t] as readonly Candidate[])[k]?.token ?? '').join(''),
    indices,
  };
}

/** A set of tokens, or a map keyed by them (the asset's character index). */
export type Vocabulary = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/**
 * The transitions the corrector uses: P(next | prev) from `model` when both tokens are in `vocabulary`, and
 * exactly 1 (log 0) for a step into or out of a token outside it (punctuation, Latin, rare characters), where
 * the language model knows nothing and so neither helps nor blocks. Without `vocabulary`, the model's own.
 *
 * @example
 * vocabularyTransitions(lm, new Set(['电', '视'])).prob('视', '。'); // 1
 */
export function vocabularyTransitions(
  model: BigramModel,
  vocabulary?: Vocabulary,
): { prob: (prev: string, next: string) => number; logProb: LogTransition } {
  if (vocabulary === undefined) return { prob: model.prob, logProb: model.logProb };
  const known = (prev: string, next: string) => vocabulary.has(prev) && vocabulary.has(next);
  return {
    prob: (prev, next) => (known(prev, next) ? model.prob(prev, next) : 1),
    logProb: (prev, next) => (known(prev, next) ? model.logProb(prev, next) : 0),
  };
}

/**
 * Decodes a lattice with Viterbi and a bigram model: the reading maximising Σ log W + Σ log P(next | prev).
 *
 * With `vocabulary`, a step into or out of a token outside it has log 1 = 0 ({@link vocabularyTransitions}).
 * When no reading has a finite score (MLE with unseen pairs everywhere), the result is the image reading with
 * logScore −Infinity and no changes. Ties as in `viterbi`. RangeError for a position without candidates.
 *
 * @example
 * const lattice = [[{ token: '电', logProb: 0 }], [{ token: '柳', logProb: Math.log(0.88) }, { token: '视', logProb: Math.log(0.12) }]];
 * correct(lattice, bigramModel(POST_COUNTS, { kind: 'mle' })).text; // '电视'
 */
export function correct(
  lattice: Lattice,
  model: BigramModel,
  options: { vocabulary?: Vocabulary } = {},
): Correction {
  const transition = vocabularyTransitions(model, options.vocabulary).logProb;
  const image = imageReading(lattice);
  const best = viterbi(lattice, transition);
  if (best.logScore === Number.NEGATIVE_INFINITY) {
    return {
      text: image.text,
      indices: image.indices,
      imageReading: image.text,
      changed: [],
      logScore: best.logScore,
    };
  }
  const changed: number[] = [];
  best.indices.forEach((k, t) => {
    if (
      (lattice[t] as readonly Candidate[])[k]?.token !==
      (lattice[t] as readonly Candidate[])[image.indices[t] as number]?.token
    ) {
      changed.push(t);
    }
  });
  return {
    text: best.path.join(''),
    indices: best.indices,
    imageReading: image.text,
    changed,
    logScore: best.logScore,
  };
}
