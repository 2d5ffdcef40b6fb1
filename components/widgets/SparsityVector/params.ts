import { defineParams } from '@/components/figure/schema';
import { orderParams } from '@/components/views/sparsity/params';

export const sparsityVectorParams = defineParams({
  x: {
    type: 'vector',
    label: 'Vector x',
    description:
      'The vector whose sparsity is measured: 2–64 entries in [−1, 1]; measures use |x|. Default [0.25, 0.5, 0.75, 1], the post’s [1, 2, 3, 4] scaled.',
    default: [0.25, 0.5, 0.75, 1],
    minLength: 2,
    maxLength: 64,
    min: -1,
    max: 1,
    // What the URL stores, so a link reproduces the vector exactly.
    digits: 6,
  },
  ...orderParams,
  seed: {
    type: 'int',
    label: 'Seed (noise, logits)',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the Gaussian-noise and softmax-logits presets.',
  },
  T: {
    type: 'number',
    label: 'Temperature T',
    min: 0.05,
    max: 20,
    default: 1,
    digits: 3,
    scale: 'log',
    description:
      'Temperature of the softmax-of-logits preset: small T is nearly one-hot, large T nearly uniform.',
  },
  s: {
    type: 'number',
    label: 'Power-law exponent s',
    min: 0,
    max: 4,
    step: 0.1,
    default: 1,
    digits: 3,
    description: 'The power-law preset is xₖ = 1/kˢ.',
  },
});
