import { defineParams } from '../schema';

export const attentionMaskParams = defineParams({
  pattern: {
    type: 'enum',
    label: 'Pattern',
    options: ['full', 'local', 'atrous', 'sparse'],
    default: 'sparse',
    description: 'full: every pair; local: |i−j| ≤ k; atrous: (i−j) mod k = 0; sparse: local ∪ atrous.',
  },
  n: { type: 'int', label: 'Sequence length n', min: 2, max: 4096, default: 16 },
  k: { type: 'int', label: 'k (window / stride)', min: 1, max: 64, default: 4 },
  causal: {
    type: 'boolean',
    label: 'Causal',
    default: false,
    description: 'Also forbid keys after the query.',
  },
});
