import { defineParams } from '@/components/figure/schema';

/** The sizes a race can reach: powers of two from 64 to 4096 (the largest n the widget offers). */
export const RACE_SIZES = [64, 128, 256, 512, 1024, 2048, 4096] as const;

export const costRaceParams = defineParams({
  pattern: {
    type: 'enum',
    label: 'Pattern',
    options: ['local', 'atrous', 'sparse', 'strided', 'fixed'],
    default: 'sparse',
    description:
      'local: |i−j| ≤ k; atrous: (i−j) mod k = 0; sparse: local ∪ atrous; strided and fixed: causal, from Child et al. 2019; k = √n, rounded.',
  },
  maxN: {
    type: 'enum',
    label: 'Largest n',
    options: ['128', '256', '512', '1024', '2048', '4096'],
    default: '2048',
    description: 'The race runs n = 64, 128, … up to this; dense at 4096 takes seconds.',
  },
  d: { type: 'int', label: 'Head size d', min: 4, max: 128, default: 32 },
  causal: {
    type: 'boolean',
    label: 'Causal',
    default: false,
    description: 'Also forbid keys after the query (strided and fixed always do).',
  },
});
