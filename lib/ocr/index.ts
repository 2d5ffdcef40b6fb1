// The row index lives with the model it speeds up (lib/viterbi/bigram.ts); re-exported for the OCR widgets.
export { type BigramRowIndex, bigramRowIndex, indexedBigramModel } from '../viterbi/bigram';
export type { Confusable, ConfusionSets, OcrModel, OcrModelAsset } from './asset';
export { decodeOcrModel, OCR_MODEL_PATH } from './asset';
export type { ChangeReason, Correction, ScoreParts, Vocabulary } from './correct';
export { correct, explainChanges, imageReading, scoreParts, vocabularyTransitions } from './correct';
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
export { correctorModel, runningTextModel, wordStartProbs } from './runningText';
export type { SimulatedOcr, SimulateOptions } from './simulate';
export { MAX_NOISE, simulateOcr } from './simulate';
