export type {
  AutoencoderOptimizer,
  AutoencoderOptions,
  AutoencoderProgress,
  AutoencoderStatus,
  LinearAutoencoder,
} from './linearAutoencoder';
export {
  AUTOENCODER_OPTIMIZERS,
  autoencoderGradients,
  autoencoderLoss,
  createAutoencoder,
} from './linearAutoencoder';
