export type { BrownCorpus, BrownDocument } from './asset';
export { BROWN_PATH, bagCounts, decodeBrown } from './asset';
