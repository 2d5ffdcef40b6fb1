export type { BigramCounts, BigramModel, BigramRowIndex, Smoothing } from './bigram';
export {
  bigramModel,
  bigramRowIndex,
  indexedBigramModel,
  SMOOTHING_KINDS,
  smoothingOfKind,
} from './bigram';
export { POST_BEST_SCORE, POST_COUNTS, POST_IMAGE_PROBS, POST_LATTICE } from './postExample';
export { type DecisionOptions, type DecisionSegment, decisionSegments, rescaleColumn } from './sensitivity';
export {
  ALPHA_MAX,
  ALPHA_MIN,
  alphaFlips,
  analyseTwoChars,
  capColumn,
  FIRST_CANDIDATES,
  IMAGE_PROB_MIN,
  imageFlips,
  NO_READING,
  POST_V,
  postCounts,
  type ScoredReading,
  SECOND_CANDIDATES,
  smoothingOf,
  type TwoCharAnalysis,
  twoCharLattice,
  winsBelow,
} from './twoChars';
export type {
  Candidate,
  Lattice,
  LogTransition,
  ScoredPath,
  ViterbiResult,
  ViterbiStep,
  ViterbiTrace,
} from './viterbi';
export {
  allPaths,
  bruteForce,
  cleanLogProb,
  latticeWork,
  PATH_COUNT_CAP,
  predecessorScores,
  viterbi,
  viterbiTrace,
} from './viterbi';
