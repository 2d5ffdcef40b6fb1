export type { WordMatrix, WordWeighting } from './asset';
export { csrGet, csrHas, decodeWordMatrix, WORD_WEIGHTINGS, weightCounts } from './asset';
export type { ReconstructionErrors, ScoredPair, TopUnseenOptions } from './newWords';
export { reconstructEntry, reconstructionErrors, topUnseenPairs } from './newWords';
