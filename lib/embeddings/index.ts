export type { CooccurrenceOptions, PmiOptions, WindowWeighting } from './cooccurrence';
export { cooccurrence, pmiMatrix, WINDOW_WEIGHTINGS } from './cooccurrence';
export type { ExampleVocabulary, ExampleVocabularyId } from './example';
export {
  EXAMPLE_VOCABULARIES,
  EXAMPLE_VOCABULARY_IDS,
  EXAMPLE_W_DIGITS,
  resolveEmbedding,
  seededEmbedding,
} from './example';
export type { PairSample } from './levyGoldberg';
export { pairDots, samplePairs } from './levyGoldberg';
export type { Embeddings, Neighbour } from './neighbours';
export { analogy, nearestRows, rowNorms } from './neighbours';
export { countVector, maxAbsDifference, oneHot, rowLookup, rowSum, vecmat, vecmatTerms } from './oneHot';
export type { PrincipalProjection } from './pca';
export { principalProjection } from './pca';
export type {
  AnalogyCategory,
  AnalogyItem,
  AnalogyScore,
  ProbeScores,
  SimilarityPair,
  SynonymScore,
} from './probes';
export {
  ANALOGY_CATEGORIES,
  analogyItems,
  SIMILARITY_PAIRS,
  scoreProbes,
  synonymPrecision,
  WORD_PROBE_SGNS,
} from './probes';
export type { Segment, SegmentMode } from './segment';
export { replaceSegment, segment } from './segment';
export type { SgnsOptions, SgnsProgress, SgnsSnapshot, SgnsTrainer } from './sgns';
export { createSgns, sgnsPairLoss, sgnsUpdate } from './sgns';
export { editDistance, parseWordList, suggestWords } from './vocabulary';
