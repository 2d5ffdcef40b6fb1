export type { InfluenceSplit, InfluenceSummary } from './influence';
export { influenceSplit, influenceSummary } from './influence';
export type { LstmCache, LstmGrads, LstmParams } from './lstm';
export { createLstm, lstmBackward, lstmForward, softmaxCrossEntropy } from './lstm';
export type {
  PseudoLabelScore,
  SelfTraining,
  SelfTrainingData,
  SelfTrainingOptions,
  SelfTrainingRound,
  SelfTrainingState,
  WeightPair,
} from './selfTraining';
export {
  agreeing,
  createSelfTraining,
  MAX_WEIGHT_ROUNDS,
  POST_WEIGHTS,
  parseWeightPairs,
  roundTrainingSet,
  scorePseudoLabels,
  selfTrain,
} from './selfTraining';
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
export { estimateTransitions, LEGAL_TRANSITIONS } from './transitions';
export type { TypedWords } from './words';
export { splitWords } from './words';
