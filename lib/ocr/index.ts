export type { Confusable, ConfusionSets, OcrModel, OcrModelAsset } from './asset';
export { decodeOcrModel } from './asset';
export type { Correction } from './correct';
export { correct, imageReading } from './correct';
export type { SimulatedOcr, SimulateOptions } from './simulate';
export { simulateOcr } from './simulate';
