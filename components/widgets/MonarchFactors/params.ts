import { defineParams } from '@/components/figure/schema';

/** Decimals kept for an edited block entry (what the editor shows and what the URL stores). */
export const BLOCK_DIGITS = 3;
/** The largest m: n = 64, so M is 64×64 and its factors 2·8³ = 1024 numbers. */
export const M_MAX = 8;

export const monarchFactorsParams = defineParams({
  m: {
    type: 'int',
    label: 'Block size m',
    min: 2,
    max: M_MAX,
    default: 4,
    description: 'L and R have m blocks of m×m; M is n×n with n = m².',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the blocks of L and R (independent N(0, 1/m) entries).',
  },
  factor: {
    type: 'enum',
    label: 'Edited factor',
    options: ['L', 'R'],
    optionLabels: { L: 'L (left, applied second)', R: 'R (right, applied first)' },
    default: 'R',
    description: 'The factor whose block the editor shows.',
  },
  block: {
    type: 'int',
    label: 'Edited block',
    min: 0,
    max: M_MAX - 1,
    default: 0,
    description: 'Which of the factor’s m blocks the editor shows (0-based; at most m − 1).',
  },
  edit: {
    type: 'matrix',
    label: 'Edited block entries',
    description:
      'The m×m entries of the chosen block; empty: drawn from the seed; another shape is ignored with a notice.',
    default: [],
    maxRows: M_MAX,
    maxCols: M_MAX,
    min: -10,
    max: 10,
    digits: BLOCK_DIGITS,
  },
});
