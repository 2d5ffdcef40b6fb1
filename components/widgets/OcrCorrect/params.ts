import { defineParams } from '@/components/figure/schema';
// Module files, not the index: the catalog imports this file on every page.
import { POST_SENTENCES } from '@/lib/ocr/corpus.mjs';
import { MAX_NOISE } from '@/lib/ocr/simulate';
import { SMOOTHING_KINDS } from '@/lib/viterbi';

/** The most characters (code points) the widget reads at once. */
export const MAX_CHARS = 200;

/** The default line: the post's four corrections (研友→研发, 速于→速干, 围像→图像, 电柳→电视) in one sentence. */
export const DEFAULT_TEXT = POST_SENTENCES[0] as string;

export const ocrCorrectParams = defineParams({
  text: {
    type: 'string',
    label: 'Text to read',
    description: `The line the simulated OCR reads: up to ${MAX_CHARS} characters; characters that are not Chinese pass through unchanged.`,
    default: DEFAULT_TEXT,
    // UTF-16 units: 200 characters take up to 400 (characters outside the BMP take two); the widget reads at
    // most MAX_CHARS code points.
    maxLength: 2 * MAX_CHARS,
  },
  noise: {
    type: 'number',
    label: 'Noise (misread probability)',
    description:
      'Probability that the simulated image model misreads a character that has look-alikes; its confidence follows (certain at 0).',
    min: 0,
    max: MAX_NOISE,
    default: 0.3,
    digits: 2,
    step: 0.01,
  },
  seed: {
    type: 'int',
    label: 'Seed',
    description: 'Seed of the simulated misreads (position i draws from its own stream).',
    min: 1,
    max: 9999,
    default: 1,
  },
  smoothing: {
    type: 'enum',
    label: 'Smoothing',
    options: SMOOTHING_KINDS,
    optionLabels: {
      mle: 'MLE: c(ab) / c(a)',
      add: 'add-α: (c(ab) + α) / (c(a) + αV)',
      'add-below': 'add-α below T',
    },
    default: 'add-below',
    description: 'mle: c(ab)/c(a); add: (c(ab)+α)/(c(a)+αV); add-below: α added only to pair counts below T.',
  },
  alpha: {
    type: 'number',
    label: 'α',
    description: 'The constant added to counts by add-α and add-α below T.',
    min: 0.001,
    max: 1000,
    default: 1,
    digits: 4,
    step: 0.1,
  },
  T: {
    type: 'number',
    label: 'Threshold T',
    description: 'add-α below T adds α only to pair counts c(ab) < T.',
    min: 0,
    max: 100000,
    default: 10,
    digits: 2,
  },
  at: {
    type: 'int',
    label: 'Inspected position',
    description: 'The position whose lattice column is shown (−1: none).',
    min: -1,
    max: MAX_CHARS - 1,
    default: -1,
  },
});
