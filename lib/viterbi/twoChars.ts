/**
 * The post's two-character example (kexue.fm/archives/3842) as a family of decisions: its candidates, counts
 * and smoothing choices, the six readings scored f = W(s₁)·P(s₂|s₁)·W(s₂), and where along a slider's range
 * the winning reading changes. What the ocr-two-chars and smoothing-lab widgets show; built on this folder's
 * viterbi, allPaths, bigramModel and decisionSegments.
 */
import { type BigramCounts, type BigramModel, bigramModel, type Smoothing } from './bigram';
import { POST_COUNTS, POST_IMAGE_PROBS } from './postExample';
import { type DecisionSegment, decisionSegments, rescaleColumn } from './sensitivity';
import { allPaths, type Lattice, viterbi } from './viterbi';

/** Candidates of the first character region, in the post's order: 电 宙. */
export const FIRST_CANDIDATES: readonly string[] = POST_IMAGE_PROBS[0].map((c) => c.token);
/** Candidates of the second character region, in the post's order: 柳 视 规. */
export const SECOND_CANDIDATES: readonly string[] = POST_IMAGE_PROBS[1].map((c) => c.token);
/** The post's number of character classes V (3062). */
export const POST_V = POST_COUNTS.vocabulary;

/** The post's counts ({@link POST_COUNTS}), optionally over another number of classes V. */
export function postCounts(vocabulary = POST_V): BigramCounts {
  return vocabulary === POST_V ? POST_COUNTS : { ...POST_COUNTS, vocabulary };
}

/**
 * The smoothing of a slider setting: α ≤ 0 (or NaN) is maximum likelihood; α > 0 adds α to every count, or
 * only to counts below `threshold` when one is given.
 *
 * @example smoothingOf(2, 5); // { kind: 'add-below', alpha: 2, threshold: 5 }
 */
export function smoothingOf(alpha: number, threshold?: number): Smoothing {
  if (!(alpha > 0)) return { kind: 'mle' };
  return threshold === undefined ? { kind: 'add', alpha } : { kind: 'add-below', alpha, threshold };
}

/**
 * A column of image probabilities as a probability: unchanged when it sums to at most 1, else divided by its
 * sum (`scaled` says which). The post's columns sum to a little under 1 (the rest belongs to candidates it
 * dropped), so they are kept as they are; a URL can give more. An empty column stays empty.
 *
 * @example capColumn([0.9, 0.6, 0.1]); // { w: [0.5625, 0.375, 0.0625], scaled: true }
 */
export function capColumn(ws: readonly number[]): { w: number[]; scaled: boolean } {
  const total = ws.reduce((s, w) => s + w, 0);
  return total > 1 ? { w: ws.map((w) => w / total), scaled: true } : { w: [...ws], scaled: false };
}

/** The two-column lattice of the given image probabilities (natural logs; 0 gives −Infinity). */
export function twoCharLattice(w1: readonly number[], w2: readonly number[]): Lattice {
  return [
    FIRST_CANDIDATES.map((token, i) => ({ token, logProb: Math.log(w1[i] ?? 0) })),
    SECOND_CANDIDATES.map((token, j) => ({ token, logProb: Math.log(w2[j] ?? 0) })),
  ];
}

/** One of the six readings with its factors f = W(s₁)·P(s₂|s₁)·W(s₂). */
export interface ScoredReading {
  reading: string;
  indices: number[];
  w1: number;
  p: number;
  w2: number;
  /** f, and log f from lib (f = exp(log f)). */
  score: number;
  logScore: number;
}

/** Everything the two-character figure shows for one setting. */
export interface TwoCharAnalysis {
  /** All six readings, best first (ties keep the lattice order). */
  paths: ScoredReading[];
  best: ScoredReading;
  /** The reading of the image model alone: the most probable candidate in each column. */
  imageOnly: string;
  /** P(s₂|s₁) by [first][second]. */
  transitions: number[][];
}

const argmax = (xs: readonly number[]) => xs.reduce((b, x, i) => (x > xs[b] ? i : b), 0);

/**
 * Scores the six readings of image probabilities `w1` (电, 宙) and `w2` (柳, 视, 规) under `model` with
 * allPaths, best first, and picks the best with viterbi (so ties resolve as viterbi does).
 *
 * @example analyseTwoChars([0.99996, 0.00004], [0.87838, 0.12148, 0.00012], mle).best.reading; // '电视'
 */
export function analyseTwoChars(
  w1: readonly number[],
  w2: readonly number[],
  model: BigramModel,
): TwoCharAnalysis {
  const lattice = twoCharLattice(w1, w2);
  const logT = (a: string, b: string) => model.logProb(a, b);
  const transitions = FIRST_CANDIDATES.map((a) => SECOND_CANDIDATES.map((b) => model.prob(a, b)));
  const all = allPaths(lattice, logT).map(
    (p): ScoredReading => ({
      reading: p.path.join(''),
      indices: p.indices,
      w1: w1[p.indices[0]],
      p: transitions[p.indices[0]][p.indices[1]],
      w2: w2[p.indices[1]],
      score: Math.exp(p.logScore),
      logScore: p.logScore,
    }),
  );
  const paths = all
    .map((p, k) => ({ p, k }))
    .sort((a, b) => (b.p.logScore === a.p.logScore ? a.k - b.k : b.p.logScore > a.p.logScore ? 1 : -1))
    .map(({ p }) => p);
  const v = viterbi(lattice, logT);
  const reading = v.path.join('');
  const best = all.find((p) => p.reading === reading) ?? paths[0];
  return {
    paths,
    best,
    imageOnly: FIRST_CANDIDATES[argmax(w1)] + SECOND_CANDIDATES[argmax(w2)],
    transitions,
  };
}

/** What a decision strip calls the case where every reading has f = 0 (lib then returns candidate 0 everywhere). */
export const NO_READING = 'every f = 0';

const readingOf = (r: { path: string[]; logScore: number }) =>
  r.logScore === Number.NEGATIVE_INFINITY ? NO_READING : r.path.join('');

/** Lowest image probability the W sliders reach (their log scale runs from here to the column total). */
export const IMAGE_PROB_MIN = 1e-6;

/**
 * Where the winning reading changes as candidate `index` of column `column` (0 or 1) moves over
 * [IMAGE_PROB_MIN, column total] with the rest of its column scaled (rescaleColumn, decisionSegments on a log
 * scale). A column whose total is at most IMAGE_PROB_MIN gives one empty stretch with the current winner.
 *
 * @example imageFlips(W1, W2, addOne, 1, 1).map((s) => s.winner); // ['电柳', '电视']
 */
export function imageFlips(
  w1: readonly number[],
  w2: readonly number[],
  model: BigramModel,
  column: 0 | 1,
  index: number,
): DecisionSegment[] {
  const logT = (a: string, b: string) => model.logProb(a, b);
  const col = column === 0 ? w1 : w2;
  const total = col.reduce((s, w) => s + w, 0);
  if (!(total > IMAGE_PROB_MIN))
    return [
      { from: IMAGE_PROB_MIN, to: IMAGE_PROB_MIN, winner: analyseTwoChars(w1, w2, model).best.reading },
    ];
  const decide = (v: number) => {
    const next = rescaleColumn(col, index, v, total);
    const lattice = column === 0 ? twoCharLattice(next, w2) : twoCharLattice(w1, next);
    return readingOf(viterbi(lattice, logT));
  };
  return decisionSegments(decide, IMAGE_PROB_MIN, total, { scale: 'log', samples: 160 });
}

/** Smallest positive add-α constant explored (α = 0, maximum likelihood, sits one notch below it). */
export const ALPHA_MIN = 1e-5;
/** Largest add-α constant explored: far past every flip point of the post's example. */
export const ALPHA_MAX = 1e4;

/**
 * Where the winning reading changes as the add-α constant moves over [ALPHA_MIN, ALPHA_MAX] (add-α below
 * `threshold` when one is given), on a log scale.
 *
 * @example alphaFlips(W1, W2, postCounts())[0].to; // ≈ 1994.3, where 0.12148(12426 + α) = 0.87838α
 */
export function alphaFlips(
  w1: readonly number[],
  w2: readonly number[],
  counts: BigramCounts,
  threshold?: number,
): DecisionSegment[] {
  const lattice = twoCharLattice(w1, w2);
  const decide = (alpha: number) => {
    const model = bigramModel(counts, smoothingOf(alpha, threshold));
    return readingOf(viterbi(lattice, (a, b) => model.logProb(a, b)));
  };
  return decisionSegments(decide, ALPHA_MIN, ALPHA_MAX, { scale: 'log', samples: 160 });
}

/**
 * The value below which `reading` wins: the end of the first stretch when `reading` wins there and another
 * reading above it; null when it does not win at the bottom of the range or wins everywhere.
 *
 * @example winsBelow([{ from: 1e-6, to: 8e-5, winner: '电柳' }, { from: 8e-5, to: 1, winner: '电视' }], '电柳'); // 8e-5
 */
export function winsBelow(segments: readonly DecisionSegment[], reading: string): number | null {
  return segments.length > 1 && segments[0].winner === reading ? segments[0].to : null;
}
