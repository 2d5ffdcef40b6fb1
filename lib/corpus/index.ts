export type { BrownCorpus, BrownDocument, BrownText } from './asset';
export { BROWN_PATH, BROWN_TEXT_PATH, bagCounts, decodeBrown, decodeBrownText } from './asset';
export type { BrownEntities, BrownEntityStats, EntitySentence } from './entities';
export { BROWN_ENTITIES_PATH, cutVocabulary, decodeBrownEntities } from './entities';
