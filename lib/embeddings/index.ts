export type { CooccurrenceOptions, PmiOptions, WindowWeighting } from './cooccurrence';
export { cooccurrence, pmiMatrix, WINDOW_WEIGHTINGS } from './cooccurrence';
export type { Embeddings, Neighbour } from './neighbours';
export { analogy, nearestRows, rowNorms } from './neighbours';
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
export type { SgnsOptions, SgnsProgress, SgnsSnapshot, SgnsTrainer } from './sgns';
export { createSgns, sgnsPairLoss, sgnsUpdate } from './sgns';
export { editDistance, suggestWords } from './vocabulary';
