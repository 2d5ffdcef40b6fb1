import { defineParams } from '@/components/figure/schema';
import { AUTOENCODER_EXAMPLES, AUTOENCODER_OPTIMIZERS } from '@/lib/autoencoder';

/** Steps per second the speed menu offers ('max' = as fast as the processor allows). */
export const TRAIN_SPEEDS = ['30', '100', '300', '1000', '3000', '10000', 'max'] as const;

/** At most this many curve points are recorded per run (every ⌈steps / this⌉-th step). */
export const MAX_CURVE_POINTS = 1000;

/** The learning-rate slider's range (a log scale). */
export const LR_MIN = 1e-4;
export const LR_MAX = 10;

export const autoencoderTrainParams = defineParams({
  preset: {
    type: 'enum',
    label: 'Matrix',
    options: [...AUTOENCODER_EXAMPLES, 'custom'],
    optionLabels: {
      shenmo: '神/魔, 2×5',
      random: 'Random, 20×12',
      lowrank: 'Low rank, 30×16',
      custom: 'Custom',
    },
    default: 'lowrank',
    description:
      'shenmo: the post’s 神/魔 table (2×5); random: seeded N(0, 1) 20×12; lowrank: seeded rank 3 plus noise, 30×16; custom: the matrix parameter.',
  },
  matrix: {
    type: 'matrix',
    label: 'Matrix M (rows are samples)',
    default: [
      [1, 1, 1, 1, 0],
      [1, 1, 1, 1, 1],
    ],
    maxRows: 24,
    maxCols: 24,
    min: -1000,
    max: 1000,
    digits: 4,
    description: 'The matrix trained on when Matrix is custom (rows are the samples).',
  },
  k: {
    type: 'int',
    label: 'Hidden units k',
    min: 1,
    max: 24,
    default: 3,
    description: 'Width of the code: C is n×k, D is k×n; at most the number of columns.',
  },
  optimizer: {
    type: 'enum',
    label: 'Optimizer',
    options: AUTOENCODER_OPTIMIZERS,
    optionLabels: { sgd: 'SGD', momentum: 'Momentum (0.9)', adam: 'Adam' },
    default: 'adam',
  },
  lr: {
    type: 'number',
    label: 'Learning rate η',
    min: LR_MIN,
    max: LR_MAX,
    default: 0.01,
    digits: 6,
    scale: 'log',
    step: 0.05,
  },
  batch: {
    type: 'int',
    label: 'Batch size',
    min: 1,
    max: 32,
    default: 32,
    description: 'Rows per minibatch, clamped to the number of rows (the default is always the full batch).',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the initial C and D and the minibatch order.',
  },
  steps: {
    type: 'int',
    label: 'Steps',
    min: 10,
    max: 100_000,
    default: 5000,
    description: 'Play trains up to this many optimizer steps.',
  },
  speed: {
    type: 'enum',
    label: 'Speed (steps/s)',
    options: TRAIN_SPEEDS,
    optionLabels: { '1000': '1,000', '3000': '3,000', '10000': '10,000' },
    default: '1000',
    description: 'Optimizer steps per second while playing; max runs as fast as the worker can.',
  },
  gap: {
    type: 'boolean',
    label: 'Plot the gap above the optimum (log scale)',
    default: false,
    description: 'Plot loss − optimum (on a log axis it falls to 0 as a straight line) instead of the loss.',
  },
});
