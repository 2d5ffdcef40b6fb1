import { defineParams } from '@/components/figure/schema';

/** Decimals a vector keeps (what the URL stores, so a link reproduces the vector exactly). */
export const VECTOR_DIGITS = 6;
/** Shortest and longest vector the editor allows. */
export const MIN_N = 2;
export const MAX_N = 64;

export const sparsityVectorParams = defineParams({
  x: {
    type: 'vector',
    label: 'Vector x',
    description:
      'The vector whose sparsity is measured: 2–64 entries in [−1, 1]; measures use |x|. Default [0.25, 0.5, 0.75, 1], the post’s [1, 2, 3, 4] scaled.',
    default: [0.25, 0.5, 0.75, 1],
    minLength: MIN_N,
    maxLength: MAX_N,
    min: -1,
    max: 1,
    digits: VECTOR_DIGITS,
  },
  p: {
    type: 'number',
    label: 'p',
    min: 0.2,
    max: 8,
    default: 2,
    digits: 3,
    description: 'The p of S₁,ₚ and S*_q,p, the order α of the Rényi entropy, and −ℓₚ’s p when p < 1.',
  },
  q: {
    type: 'number',
    label: 'q',
    min: 0.1,
    max: 4,
    default: 1,
    digits: 3,
    description: 'The q of S*_q,p (the measure needs q < p).',
  },
  seed: {
    type: 'int',
    label: 'Seed',
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
    description:
      'Temperature of the softmax-of-logits preset: small T is nearly one-hot, large T nearly uniform.',
  },
  s: {
    type: 'number',
    label: 'Power-law exponent s',
    min: 0,
    max: 4,
    default: 1,
    digits: 3,
    description: 'The power-law preset is xₖ = 1/kˢ.',
  },
});
