export type { InfluenceSplit, InfluenceSummary } from './influence';
export { influenceSplit, influenceSummary } from './influence';
export type { LstmCache, LstmGrads, LstmParams } from './lstm';
export { createLstm, lstmBackward, lstmForward, softmaxCrossEntropy } from './lstm';
export type { SyntheticOptions } from './synthetic';
export { syntheticTagging } from './synthetic';
export type {
  Adam,
  AdamOptions,
  Decoding,
  PretrainedVectors,
  TaggedSentence,
  Tagger,
  TaggerCache,
  TaggerConfig,
  TaggerEvaluation,
  TaggerLayer,
  TaggerTrainer,
  TrainerOptions,
  TrainerProgress,
} from './tagger';
export {
  createAdam,
  createTagger,
  createTrainer,
  evaluateTagger,
  sentenceLoss,
  taggerBackward,
  taggerForward,
  taggerParameters,
  tagSentence,
  wordInfluence,
  zeroGradients,
} from './tagger';
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
export type { TypedWords } from './words';
export { splitWords } from './words';
