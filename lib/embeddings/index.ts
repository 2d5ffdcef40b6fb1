export type { CooccurrenceOptions, PmiOptions, WindowWeighting } from './cooccurrence';
export { cooccurrence, pmiMatrix, WINDOW_WEIGHTINGS } from './cooccurrence';
export type { Embeddings, Neighbour } from './neighbours';
export { analogy, nearestRows, rowNorms } from './neighbours';
export type { PrincipalProjection } from './pca';
export { principalProjection } from './pca';
export type { SgnsOptions, SgnsProgress, SgnsSnapshot, SgnsTrainer } from './sgns';
export { createSgns, sgnsPairLoss, sgnsUpdate } from './sgns';
export { editDistance, parseWordList, suggestWords } from './vocabulary';
