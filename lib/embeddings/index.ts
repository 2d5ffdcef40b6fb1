export type { CooccurrenceOptions, PmiOptions, WindowWeighting } from './cooccurrence';
export { cooccurrence, pmiMatrix, WINDOW_WEIGHTINGS } from './cooccurrence';
export type { PairSample } from './levyGoldberg';
export { pairDots, samplePairs } from './levyGoldberg';
export type { Embeddings, Neighbour } from './neighbours';
export { analogy, nearestRows, rowNorms } from './neighbours';
export type { SgnsOptions, SgnsProgress, SgnsSnapshot, SgnsTrainer } from './sgns';
export { createSgns, sgnsPairLoss, sgnsUpdate } from './sgns';
export { editDistance, suggestWords } from './vocabulary';
