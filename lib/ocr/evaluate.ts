/**
 * Scoring a correction against the truth, position by position (fixed, broken, still wrong), classifying the
 * characters the model cannot help with, and the corrector's accuracy over many lines: the numbers of the
 * ocr-correct widget (issue 6) and of its "accuracy over many lines" panel.
 */

import type { BigramModel } from '../viterbi';
import type { ConfusionSets } from './asset';
import { correct } from './correct';
import { simulateOcr } from './simulate';

/**
 * What happened at one position: `right` (image and corrected reading both right), `fixed` (the image model was
 * wrong, the correction is right), `broken` (the image model was right, the correction is wrong) and `wrong`
 * (both wrong: still wrong, whether or not the corrector changed it).
 */
export type CharStatus = 'right' | 'fixed' | 'broken' | 'wrong';

/** Per-position statuses and their counts. */
export interface ReadingComparison {
  status: CharStatus[];
  counts: Record<CharStatus, number>;
  /** Positions where the image reading differs from the truth (fixed + wrong). */
  imageWrong: number;
  /** Positions where the corrected reading differs from the truth (broken + wrong). */
  correctedWrong: number;
}

/**
 * Compares three readings of one text position by position (each an array of characters, one per position):
 * status[t] is right / fixed / broken / wrong as defined by {@link CharStatus}.
 *
 * Edges: empty arrays give no statuses and zero counts. RangeError when the lengths differ (naming all three).
 *
 * @example
 * compareReadings(['电', '视'], ['电', '柳'], ['电', '视']).status; // ['right', 'fixed']
 */
export function compareReadings(
  truth: readonly string[],
  image: readonly string[],
  corrected: readonly string[],
): ReadingComparison {
  if (truth.length !== image.length || truth.length !== corrected.length) {
    throw new RangeError(
      `compareReadings: lengths differ (truth ${truth.length}, image ${image.length}, corrected ${corrected.length})`,
    );
  }
  const counts: Record<CharStatus, number> = { right: 0, fixed: 0, broken: 0, wrong: 0 };
  const status = truth.map((ch, t): CharStatus => {
    const imageRight = image[t] === ch;
    const correctedRight = corrected[t] === ch;
    const s: CharStatus = imageRight
      ? correctedRight
        ? 'right'
        : 'broken'
      : correctedRight
        ? 'fixed'
        : 'wrong';
    counts[s] += 1;
    return s;
  });
  return {
    status,
    counts,
    imageWrong: counts.fixed + counts.wrong,
    correctedWrong: counts.broken + counts.wrong,
  };
}

/**
 * How the model sees a character: `known` (in the vocabulary), `unknown` (a Han character outside it: the
 * simulator reads it exactly and the language model steps over it) or `other` (not a Han character:
 * punctuation, digits, Latin, spaces, passed through unchanged). Han means Unicode Script=Han.
 *
 * @example
 * charKind('电', new Set(['电'])); // 'known'
 * charKind('龘', new Set(['电'])); // 'unknown'
 * charKind('，', new Set(['电'])); // 'other'
 */
export function charKind(
  ch: string,
  vocabulary: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): 'known' | 'unknown' | 'other' {
  if (vocabulary.has(ch)) return 'known';
  return /^\p{Script=Han}$/u.test(ch) ? 'unknown' : 'other';
}

/** Options of {@link evaluateCorrector}. */
export interface EvaluateOptions {
  /** Misread probability of the simulator, in [0, 1]. */
  noise: number;
  /** Line i is simulated with seed `${seed}/${indexOffset + i}` (as scripts/ocr-accuracy.mjs does). */
  seed: number | string;
  /** Index of the first line in the whole list, for seeds when a list is scored in chunks (default 0). */
  indexOffset?: number;
  /** Tokens the language model knows (steps into or out of others score log 1 = 0), as in `correct`. */
  vocabulary?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Called after each line with (done, total), for progress. */
  onLine?: (done: number, total: number) => void;
}

/** Totals of {@link evaluateCorrector}. */
export interface CorrectorAccuracy {
  lines: number;
  chars: number;
  /** Characters the image model misread (= fixed + wrong). */
  imageWrong: number;
  fixed: number;
  broken: number;
  /** Misread by the image model and still wrong after correction. */
  wrong: number;
  /** Lines read entirely right by the image model alone, and after correction. */
  imageLinesRight: number;
  correctedLinesRight: number;
}

/**
 * Simulates an OCR of every line (simulateOcr with seed `${seed}/${indexOffset + i}`, default 4 candidates), corrects it with
 * `model` (correct) and adds up the statuses of {@link compareReadings}: character accuracy is
 * 1 − imageWrong/chars for the image model and 1 − (broken + wrong)/chars after correction; a line is right when
 * every character is.
 *
 * Edges: no lines give all zeros (accuracies are then 0/0: the caller shows “—”). RangeError from simulateOcr
 * for noise outside [0, 1].
 *
 * @example
 * const acc = evaluateCorrector(model.examples, model.confusions, bigramModel(model.counts, { kind: 'mle' }), {
 *   noise: 0.3, seed: 1, vocabulary: model.index,
 * });
 * acc.fixed; // characters the language model put right
 */
export function evaluateCorrector(
  lines: readonly string[],
  confusions: ConfusionSets,
  model: BigramModel,
  options: EvaluateOptions,
): CorrectorAccuracy {
  const { noise, seed, vocabulary, onLine, indexOffset = 0 } = options;
  const acc: CorrectorAccuracy = {
    lines: lines.length,
    chars: 0,
    imageWrong: 0,
    fixed: 0,
    broken: 0,
    wrong: 0,
    imageLinesRight: 0,
    correctedLinesRight: 0,
  };
  lines.forEach((line, i) => {
    const sim = simulateOcr(line, confusions, { noise, seed: `${seed}/${indexOffset + i}` });
    const fixedReading = correct(sim.lattice, model, vocabulary ? { vocabulary } : {});
    const cmp = compareReadings(sim.truth, Array.from(sim.imageReading), Array.from(fixedReading.text));
    acc.chars += sim.truth.length;
    acc.imageWrong += cmp.imageWrong;
    acc.fixed += cmp.counts.fixed;
    acc.broken += cmp.counts.broken;
    acc.wrong += cmp.counts.wrong;
    if (cmp.imageWrong === 0) acc.imageLinesRight += 1;
    if (cmp.correctedWrong === 0) acc.correctedLinesRight += 1;
    onLine?.(i + 1, lines.length);
  });
  return acc;
}

/**
 * The totals of two {@link evaluateCorrector} runs over disjoint lists of lines (field by field sums), so a
 * long list can be scored in chunks (with `indexOffset`) and added up.
 *
 * @example
 * addAccuracy(evaluateCorrector(a, c, m, { noise, seed }), evaluateCorrector(b, c, m, { noise, seed, indexOffset: a.length }));
 */
export function addAccuracy(x: CorrectorAccuracy, y: CorrectorAccuracy): CorrectorAccuracy {
  return {
    lines: x.lines + y.lines,
    chars: x.chars + y.chars,
    imageWrong: x.imageWrong + y.imageWrong,
    fixed: x.fixed + y.fixed,
    broken: x.broken + y.broken,
    wrong: x.wrong + y.wrong,
    imageLinesRight: x.imageLinesRight + y.imageLinesRight,
    correctedLinesRight: x.correctedLinesRight + y.correctedLinesRight,
  };
}
