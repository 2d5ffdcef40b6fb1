/**
 * The post's two-character example (kexue.fm/archives/3842): candidates, counts and the smoothing choices,
 * and the analysis the ocr-two-chars and smoothing-lab widgets show. Every number comes from lib/viterbi.
 */
import {
  allPaths,
  type BigramCounts,
  type BigramModel,
  bigramModel,
  type DecisionSegment,
  decisionSegments,
  type Lattice,
  POST_COUNTS,
  rescaleColumn,
  type Smoothing,
  viterbi,
} from '@/lib/viterbi';

/** Candidates of the first and second character region, in the post's order. */
export const FIRST = ['电', '宙'] as const;
export const SECOND = ['柳', '视', '规'] as const;
/** The post's number of character classes V. */
export const POST_V = POST_COUNTS.vocabulary;

/** The post's counts (lib's POST_COUNTS), optionally over another number of classes V. */
export function postCounts(vocabulary = POST_V): BigramCounts {
  return vocabulary === POST_V ? POST_COUNTS : { ...POST_COUNTS, vocabulary };
}

/** α = 0 is maximum likelihood; α > 0 adds α to every count (or only to counts below `threshold`). */
export function smoothingOf(alpha: number, threshold?: number): Smoothing {
  if (!(alpha > 0)) return { kind: 'mle' };
  return threshold === undefined ? { kind: 'add', alpha } : { kind: 'add-below', alpha, threshold };
}

/** The two-column lattice of the given image probabilities (natural logs; 0 gives −Infinity). */
export function twoCharLattice(w1: readonly number[], w2: readonly number[]): Lattice {
  return [
    FIRST.map((token, i) => ({ token, logProb: Math.log(w1[i] ?? 0) })),
    SECOND.map((token, j) => ({ token, logProb: Math.log(w2[j] ?? 0) })),
  ];
}

/** One of the six readings with its factors f = W(s₁)·P(s₂|s₁)·W(s₂). */
export interface ScoredPath {
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
  paths: ScoredPath[];
  best: ScoredPath;
  /** The reading of the image model alone: the most probable candidate in each column. */
  imageOnly: string;
  /** P(s₂|s₁) by [first][second]. */
  transitions: number[][];
}

const argmax = (xs: readonly number[]) => xs.reduce((b, x, i) => (x > xs[b] ? i : b), 0);

/** Scores the six readings with lib's allPaths and picks the best with lib's viterbi. */
export function analyseTwoChars(
  w1: readonly number[],
  w2: readonly number[],
  model: BigramModel,
): TwoCharAnalysis {
  const lattice = twoCharLattice(w1, w2);
  const logT = (a: string, b: string) => model.logProb(a, b);
  const transitions = FIRST.map((a) => SECOND.map((b) => model.prob(a, b)));
  const all = allPaths(lattice, logT).map(
    (p): ScoredPath => ({
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
  return { paths, best, imageOnly: FIRST[argmax(w1)] + SECOND[argmax(w2)], transitions };
}

/** What a decision strip calls the case where every reading has f = 0 (lib then returns candidate 0 everywhere). */
export const NO_READING = 'every f = 0';

const readingOf = (r: { path: string[]; logScore: number }) =>
  r.logScore === Number.NEGATIVE_INFINITY ? NO_READING : r.path.join('');

/** Lowest image probability the sliders reach (log scale from here to the column total). */
export const W_MIN = 1e-6;

/**
 * Where the winning reading changes as candidate `index` of column `column` (0 or 1) moves over
 * [W_MIN, column total] with the rest of its column scaled (lib's rescaleColumn and decisionSegments).
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
  if (!(total > W_MIN))
    return [{ from: W_MIN, to: W_MIN, winner: analyseTwoChars(w1, w2, model).best.reading }];
  const decide = (v: number) => {
    const next = rescaleColumn(col, index, v, total);
    const lattice = column === 0 ? twoCharLattice(next, w2) : twoCharLattice(w1, next);
    return readingOf(viterbi(lattice, logT));
  };
  return decisionSegments(decide, W_MIN, total, { scale: 'log', samples: 160 });
}

/** Range of the α slider's log scale (α = 0, maximum likelihood, sits just left of it). */
export const ALPHA_MIN = 1e-5;
export const ALPHA_MAX = 1e4;

/** Where the winning reading changes as the add-α smoothing constant moves over [ALPHA_MIN, ALPHA_MAX]. */
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
