import { defineParams } from '@/components/figure/schema';

export const smoothingLabParams = defineParams({
  alpha: {
    type: 'number',
    label: 'α',
    description:
      'The constant added to counts (every count for add-α; only counts below T for add-α below T).',
    min: 0.0001,
    max: 10000,
    default: 1,
    digits: 6,
    scale: 'log',
    step: 0.05,
  },
  T: {
    type: 'number',
    label: 'Threshold T',
    description: 'add-α below T adds α only to bigram counts c(ab) < T; T = 0 is maximum likelihood.',
    min: 0,
    max: 100000,
    default: 100,
    digits: 4,
    // A log slider from T = 1 up in twentieths of a decade; its first notch is T = 0 (maximum likelihood).
    scale: 'log',
    logMin: 1,
    step: 0.05,
  },
  w2: {
    type: 'vector',
    label: 'W(s₂): 柳, 视, 规',
    description:
      'Image probabilities of the second region (the post: 0.87838, 0.12148, 0.00012); the first region stays 电 0.99996, 宙 0.00004.',
    default: [0.87838, 0.12148, 0.00012],
    minLength: 3,
    maxLength: 3,
    min: 0,
    max: 1,
    digits: 12,
  },
});
