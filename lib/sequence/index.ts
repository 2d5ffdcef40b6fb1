export type { LstmCache, LstmGrads, LstmParams } from './lstm';
export { createLstm, lstmBackward, lstmForward, softmaxCrossEntropy } from './lstm';
export type { Span, SpanScore, Tag, TransitionTable } from './tags';
export {
  bestSpan,
  bruteForceTags,
  END_TAGS,
  greedyTags,
  isLegal,
  POST_TRANSITIONS,
  START_TAGS,
  spanScore,
  spansToTags,
  TAGS,
  tagsToSpans,
  viterbiTags,
} from './tags';
