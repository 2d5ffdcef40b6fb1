export type { WordMatrix, WordWeighting } from './asset';
export { csrGet, csrHas, decodeWordMatrix, NEW_WORDS_PATH, WORD_WEIGHTINGS, weightCounts } from './asset';
export type { ReconstructionErrors, ScoredPair, TopUnseenOptions } from './newWords';
export { reconstructEntry, reconstructionErrors, topUnseenPairs } from './newWords';
