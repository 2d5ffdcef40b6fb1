// The row index lives with the model it speeds up (lib/viterbi/bigram.ts); re-exported for the OCR widgets.
export { type BigramRowIndex, bigramRowIndex, indexedBigramModel } from '../viterbi/bigram';
export type { Confusable, ConfusionSets, OcrModel, OcrModelAsset } from './asset';
export { decodeOcrModel, OCR_MODEL_PATH } from './asset';
export type { Correction, Vocabulary } from './correct';
export { correct, imageReading, vocabularyTransitions } from './correct';
export {
  addAccuracy,
  type CharStatus,
  type CorrectorAccuracy,
  charKind,
  compareReadings,
  type EvaluateOptions,
  evaluateCorrector,
  type ReadingComparison,
} from './evaluate';
export type { SimulatedOcr, SimulateOptions } from './simulate';
export { simulateOcr } from './simulate';
