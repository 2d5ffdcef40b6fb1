import { defineParams } from '@/components/figure/schema';
import { MASK_KIND_LABELS, MASK_KINDS } from '@/lib/attention/options';

export const attentionMaskParams = defineParams({
  pattern: {
    type: 'enum',
    label: 'Pattern',
    options: MASK_KINDS,
    optionLabels: MASK_KIND_LABELS,
    default: 'sparse',
    description:
      'full: every pair; local: |i−j| ≤ k; atrous: (i−j) mod k = 0; sparse: local ∪ atrous; strided and fixed: OpenAI’s causal patterns with stride k.',
  },
  n: { type: 'int', label: 'Sequence length n', min: 4, max: 4096, default: 16 },
  k: { type: 'int', label: 'Window / stride k', min: 1, max: 64, default: 4 },
  causal: {
    type: 'boolean',
    label: 'Causal',
    default: false,
    description: 'Also forbid keys after the query (strided and fixed always are).',
  },
});
