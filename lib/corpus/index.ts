export type { BrownCorpus, BrownDocument, BrownText } from './asset';
export { BROWN_PATH, BROWN_TEXT_PATH, bagCounts, decodeBrown, decodeBrownText } from './asset';
