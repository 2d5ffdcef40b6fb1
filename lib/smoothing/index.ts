export type { UnigramSmoothing } from './estimators';
export { smoothedCounts, smoothedProbabilities, UNIGRAM_SMOOTHING_KINDS } from './estimators';
export type { FrequencyRow, HeldOutScore } from './evaluate';
export { frequencyTable, heldOutScore, maximiseOnLogScale } from './evaluate';
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
