export type { LstmCache, LstmGrads, LstmParams } from './lstm';
export { createLstm, lstmBackward, lstmForward, softmaxCrossEntropy } from './lstm';
export type { IllegalStep, Span, SpanScore, Tag, TransitionTable } from './tags';
export {
  bestSpan,
  bruteForceTags,
  END_TAGS,
  greedyTags,
  illegalSteps,
  isLegal,
  POST_TRANSITIONS,
  resolveTagProbs,
  resolveTransitionRows,
  START_TAGS,
  scoredSpans,
  spanScore,
  spansToTags,
  TAG_PROB_SUM_TOLERANCE,
  TAGS,
  tagsToSpans,
  transitionRows,
  viterbiTags,
  viterbiTagTrace,
} from './tags';
