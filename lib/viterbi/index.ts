export type { BigramCounts, BigramModel, BigramRowIndex, Smoothing } from './bigram';
export { bigramModel, bigramRowIndex, indexedBigramModel } from './bigram';
export { POST_BEST_SCORE, POST_COUNTS, POST_IMAGE_PROBS, POST_LATTICE } from './postExample';
export { type DecisionOptions, type DecisionSegment, decisionSegments, rescaleColumn } from './sensitivity';
export type {
  Candidate,
  Lattice,
  LogTransition,
  ScoredPath,
  ViterbiResult,
  ViterbiStep,
  ViterbiTrace,
} from './viterbi';
export { allPaths, bruteForce, PATH_COUNT_CAP, viterbi, viterbiTrace } from './viterbi';
