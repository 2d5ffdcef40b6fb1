export type { CooccurrenceOptions, PmiOptions, WindowWeighting } from './cooccurrence';
export { cooccurrence, pmiMatrix, WINDOW_WEIGHTINGS } from './cooccurrence';
export type { Embeddings, Neighbour } from './neighbours';
export { analogy, nearestRows, rowNorms } from './neighbours';
export { countVector, maxAbsDifference, oneHot, rowLookup, rowSum, vecmat, vecmatTerms } from './oneHot';
export type { Segment, SegmentMode } from './segment';
export { editDistance, segment, suggestWords } from './segment';
export type { SgnsOptions, SgnsProgress, SgnsSnapshot, SgnsTrainer } from './sgns';
export { createSgns, sgnsPairLoss, sgnsUpdate } from './sgns';
