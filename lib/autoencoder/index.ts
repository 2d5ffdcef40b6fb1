export type { AutoencoderExampleName, LabelledMatrix } from './examples';
export { AUTOENCODER_EXAMPLES, autoencoderExample, lowRankPlusNoise } from './examples';
export type {
  AutoencoderOptimizer,
  AutoencoderOptions,
  AutoencoderProgress,
  AutoencoderSnapshot,
  AutoencoderStatus,
  LinearAutoencoder,
} from './linearAutoencoder';
export {
  AUTOENCODER_OPTIMIZERS,
  autoencoderGradients,
  autoencoderLoss,
  createAutoencoder,
} from './linearAutoencoder';
export type { AutoencoderTarget } from './target';
export { autoencoderTarget, decoderAngles, gapToOptimum } from './target';
