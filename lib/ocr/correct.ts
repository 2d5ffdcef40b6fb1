/**
 * Correcting an image model's reading with a bigram language model: the post's decoder
 * (kexue.fm/archives/3842), argmax over readings of W(s₁)·Πᵢ P(sᵢ|sᵢ₋₁)·W(sᵢ), found by Viterbi.
 */

import {
  type BigramModel,
  type Candidate,
  cleanLogProb,
  type Lattice,
  type LogTransition,
  viterbi,
} from '../viterbi';

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

/** A reading's log f split into what each model contributes. */
export interface ScoreParts {
  /** Σₜ log W(sₜ): the image model. */
  image: number;
  /** Σₜ log P(sₜ | sₜ₋₁): the language model. */
  language: number;
}

/**
 * The two parts of a reading's log f = Σₜ log W(sₜ) + Σₜ₌₂ log P(sₜ | sₜ₋₁), for candidate `indices` (one per
 * position) of `lattice`. NaN counts as −Infinity, as in viterbi. RangeError when an index is outside its
 * column or the lengths differ.
 *
 * @example
 * scoreParts(POST_LATTICE, [0, 1], mle.logProb); // { image: log 0.99996 + log 0.12148, language: log(12426/145001) }
 */
export function scoreParts(
  lattice: Lattice,
  indices: readonly number[],
  logTransition: LogTransition,
): ScoreParts {
  if (indices.length !== lattice.length) {
    throw new RangeError(`scoreParts: ${indices.length} indices for ${lattice.length} positions`);
  }
  let image = 0;
  let language = 0;
  let prev: string | undefined;
  lattice.forEach((column, t) => {
    const c = column[indices[t] as number];
    if (c === undefined) throw new RangeError(`scoreParts: candidate ${indices[t]} outside position ${t}`);
    image += cleanLogProb(c.logProb, `scoreParts: logProb at position ${t}`);
    if (prev !== undefined) {
      language += cleanLogProb(
        logTransition(prev, c.token),
        `scoreParts: logTransition('${prev}', '${c.token}')`,
      );
    }
    prev = c.token;
  });
  return { image, language };
}

/** Why the corrector changed one position: its reading against the best reading that keeps the image's. */
export interface ChangeReason {
  position: number;
  /** The image model's candidate (kept by the alternative) and the corrector's. */
  from: string;
  to: string;
  /** The corrected reading's parts and those of the best reading with `from` at this position. */
  chosen: ScoreParts;
  kept: ScoreParts & { text: string };
  /** chosen − kept, per part (the image usually loses and the language model gains more; they add up to margin). */
  imageGain: number;
  languageGain: number;
  /** log f(chosen) − log f(kept) ≥ 0; +Infinity when every reading that keeps `from` has probability 0. */
  margin: number;
}

/**
 * For each position the corrector changed, why Viterbi preferred its reading: the best reading that keeps the
 * image model's candidate there (Viterbi on the lattice with that column reduced to it) against the corrected
 * reading, each split into its image and language-model parts ({@link scoreParts}) under the transitions
 * `correct` used (same `vocabulary` rule). Since the corrected reading is the best of all, margin ≥ 0 and
 * imageGain + languageGain = margin: where the image model prefers the kept character, a change means the
 * language model gained more than the image lost (the two readings may also differ at other positions).
 * When no reading can keep the image's candidate (every one has a zero transition), kept has −Infinity parts and
 * empty text, and the margin is +Infinity. Empty when nothing changed.
 *
 * @example
 * const c = correct(lattice, lm, { vocabulary });
 * explainChanges(lattice, lm, c, { vocabulary }); // [{ position: 1, from: '柳', to: '视', imageGain: −1.98, languageGain: 9.4, … }]
 */
export function explainChanges(
  lattice: Lattice,
  model: BigramModel,
  correction: Correction,
  options: { vocabulary?: Vocabulary } = {},
): ChangeReason[] {
  const transition = vocabularyTransitions(model, options.vocabulary).logProb;
  const image = imageReading(lattice);
  const chosen = scoreParts(lattice, correction.indices, transition);
  return correction.changed.map((t) => {
    const column = lattice[t] as readonly Candidate[];
    const keep = image.indices[t] as number;
    const reduced = lattice.map((col, s) => (s === t ? [col[keep] as Candidate] : col));
    const best = viterbi(reduced, transition);
    const indices = best.indices.map((k, s) => (s === t ? keep : k));
    const kept =
      best.logScore === Number.NEGATIVE_INFINITY
        ? { image: Number.NEGATIVE_INFINITY, language: Number.NEGATIVE_INFINITY, text: '' }
        : {
            ...scoreParts(lattice, indices, transition),
            text: indices
              .map((k, s) => ((lattice[s] as readonly Candidate[])[k] as Candidate).token)
              .join(''),
          };
    return {
      position: t,
      from: (column[keep] as Candidate).token,
      to: (column[correction.indices[t] as number] as Candidate).token,
      chosen,
      kept,
      imageGain: chosen.image - kept.image,
      languageGain: chosen.language - kept.language,
      margin: correction.logScore - best.logScore,
    };
  });
}
