import { defineParams } from '@/components/figure/schema';

/** The temperature slider's range (log scale); the path plotted runs a decade beyond it on each side. */
export const T_MIN = 0.02;
export const T_MAX = 50;

export const sparsityTemperatureParams = defineParams({
  n: { type: 'int', label: 'Length n', min: 2, max: 256, default: 32 },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the logits zᵢ ~ N(0, σ²).',
  },
  spread: {
    type: 'number',
    label: 'Logit spread σ',
    min: 0.1,
    max: 10,
    step: 0.1,
    default: 2,
    digits: 2,
    description: 'Standard deviation of the seeded logits.',
  },
  ties: {
    type: 'int',
    label: 'Tied maxima',
    min: 1,
    max: 256,
    default: 1,
    description: 'How many of the largest logits are set equal to the maximum (at most n).',
  },
  T: {
    type: 'number',
    label: 'Temperature T (log scale)',
    min: T_MIN,
    max: T_MAX,
    default: 1,
    digits: 4,
    scale: 'log',
    description: 'The distribution shown is softmax(z / T).',
  },
  p: {
    type: 'number',
    label: 'Order p',
    min: 1.05,
    max: 8,
    step: 0.05,
    default: 2,
    digits: 2,
    description: 'The p of S*₁,ₚ and of the Rényi entropy Hₚ (1 < p ≤ 8).',
  },
});
