import { defineParams } from '@/components/figure/schema';

/** Higher series orders the reader may add (odd orders ≥ 3 add nothing: B₃ = B₅ = B₇ = 0). */
export const HIGHER_ORDERS = ['4', '6', '8'] as const;

export const smoothedCountParams = defineParams({
  gamma: {
    type: 'number',
    label: 'Pseudo-count γ',
    description: 'γ = N(1 − α): what an unseen item counts (F̂(0) = γ) and twice what add-γ/2 adds.',
    min: 0.01,
    max: 100,
    default: 1,
    digits: 6,
    scale: 'log',
    step: 0.05,
  },
  N: {
    type: 'number',
    label: 'Corpus length N',
    description:
      'Tokens in the corpus; the exact form needs F ≤ N and γ ≤ N, and tends to the limit as N grows.',
    min: 10,
    max: 1e12,
    default: 1e6,
    digits: 0,
    scale: 'log',
    step: 0.25,
  },
  from: {
    type: 'number',
    label: 'F from',
    description: 'The smallest count plotted.',
    min: 1e-4,
    max: 1e5,
    default: 0.01,
    digits: 8,
    scale: 'log',
    step: 0.25,
  },
  to: {
    type: 'number',
    label: 'F to',
    description: 'The largest count plotted (at most N).',
    min: 1e-3,
    max: 1e6,
    default: 1000,
    digits: 6,
    scale: 'log',
    step: 0.25,
  },
  order: {
    type: 'enum',
    label: 'Also the series to',
    options: HIGHER_ORDERS,
    optionLabels: {
      '4': 'γ⁴ term (order 4)',
      '6': 'γ⁶ term (order 6)',
      '8': 'γ⁸ term (order 8)',
    },
    default: '4',
    description:
      'A higher-order partial sum of the series F + γ/2 + γ²/(12F) − γ⁴/(720F³) + …, drawn beside order 2.',
  },
  printed: {
    type: 'boolean',
    label: 'As printed in the post',
    default: true,
    description: 'Draw the post’s expansion F + γ/2 + γ²/(12F²) (a typo for γ²/(12F)).',
  },
  relative: {
    type: 'boolean',
    label: 'Relative error',
    default: false,
    description: 'Plot |approximation − limit| divided by the limit instead of the absolute difference.',
  },
  F: {
    type: 'number',
    label: 'Count F for the table',
    description: 'The count whose forms the table lists (0 allowed: F̂(0) = γ).',
    min: 0,
    max: 1e12,
    default: 1,
    digits: 8,
  },
});
