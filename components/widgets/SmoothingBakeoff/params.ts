import { defineParams } from '@/components/figure/schema';
// Module files, not the index: the catalog imports this file on every page.
import { SMOOTHING_CONSTANT_RANGES } from '@/lib/smoothing/fit';

/** Training sizes (files) the size slider stops at: roughly even steps on a log scale from 1 to 300. */
export const TRAINING_NOTCHES = [
  1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 40, 50, 70, 100, 150, 200, 250, 300,
] as const;

/** Training sizes (files) of the learning curve. */
export const LEARNING_SIZES = [3, 5, 10, 20, 30, 50, 100, 200, 300] as const;

/** Every constant's slider has a notch left of its range that means "fitted on the dev files" (stored as 0). */
const FITTED = 'the left end (0) means fitted on the dev files';

export const smoothingBakeoffParams = defineParams({
  files: {
    type: 'int',
    label: 'Training files',
    description:
      'How many of the 300 training files (a fixed shuffled order; a slice is a prefix) are counted.',
    min: 1,
    max: 300,
    default: 10,
  },
  alpha: {
    type: 'number',
    label: 'α (add-α)',
    description: `The pseudo-count add-α adds to every word; ${FITTED}.`,
    min: 0,
    max: SMOOTHING_CONSTANT_RANGES.alpha[1],
    logMin: SMOOTHING_CONSTANT_RANGES.alpha[0],
    default: 0,
    scale: 'log',
    step: 0.05,
    digits: 4,
  },
  gamma: {
    type: 'number',
    label: 'γ (forgetting)',
    description: `The forgetting formula’s pseudo-count γ; ${FITTED}.`,
    min: 0,
    max: SMOOTHING_CONSTANT_RANGES.gamma[1],
    logMin: SMOOTHING_CONSTANT_RANGES.gamma[0],
    default: 0,
    scale: 'log',
    step: 0.05,
    digits: 4,
  },
  discount: {
    type: 'number',
    label: 'D (absolute discounting)',
    description: `What absolute discounting takes from every seen word; ${FITTED}.`,
    min: 0,
    max: 1,
    default: 0,
    step: 0.01,
    digits: 2,
  },
});
