export type { UnigramSmoothing } from './estimators';
export { smoothedCounts, smoothedProbabilities, UNIGRAM_SMOOTHING_KINDS } from './estimators';
export type { BandScore, FrequencyRow, HeldOutScore } from './evaluate';
export { bandScores, COUNT_BANDS, frequencyTable, heldOutScore, maximiseOnLogScale } from './evaluate';
export type { SmoothingConstants } from './fit';
export {
  CONSTANT_OF,
  fitSmoothingConstant,
  fitSmoothingConstants,
  heldOutLogLikelihood,
  ruleWith,
  SMOOTHING_CONSTANT_RANGES,
} from './fit';
export {
  FORGETTING_SERIES_MAX_ORDER,
  forgettingCount,
  forgettingCountExcess,
  forgettingCountLimit,
  forgettingSeries,
  forgettingSeriesRemainder,
  postPrintedRemainder,
  postPrintedSeries,
} from './forgetting';
export type { ForgettingForm, ForgettingForms, ForgettingRange } from './forgettingForms';
export {
  FORGETTING_ERROR_CEILING,
  FORGETTING_ERROR_FLOOR,
  FORGETTING_FORMS,
  FORGETTING_SERIES_ORDER,
  forgettingCurves,
  forgettingForms,
  forgettingPlotRange,
  plottedError,
} from './forgettingForms';
export type { CountsOfCounts, SimpleGoodTuring } from './goodTuring';
export { countsOfCounts, simpleGoodTuring } from './goodTuring';
export { memoryClosedForm, memoryLimit, memoryRecurrence, memoryTrace } from './memory';
export type { BurstModel, BurstOptions, TraceSummary } from './streams';
export {
  bernoulliPeakMean,
  bernoulliStream,
  burstModel,
  burstyStream,
  memoryMean,
  periodDecay,
  periodicPeak,
  periodicStream,
  streamFromPositions,
  traceSummary,
} from './streams';
