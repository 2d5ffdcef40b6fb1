import { defineParams } from '@/components/figure/schema';

/** The post's sparse pattern with k = 4: local band of radius 4 united with every 4th diagonal. */
export const DEFAULT_EXPRESSION = 'abs(q - kv) <= 4 || (q - kv) % 4 == 0';

export const maskLabParams = defineParams({
  expr: {
    type: 'string',
    label: 'Mask expression',
    default: DEFAULT_EXPRESSION,
    // MASK_EXPRESSION_LIMITS.maxLength (params.test.ts checks): written out so that the catalog, which every
    // article page loads, does not pull the expression compiler into the page's first load.
    maxLength: 500,
    description:
      'A condition on the query position q, the key position kv and the length n, e.g. abs(q - kv) <= 3 || (q - kv) % 8 == 0.',
  },
  n: { type: 'int', label: 'Sequence length n', min: 4, max: 1024, default: 64 },
  B: {
    type: 'int',
    label: 'Block size B',
    min: 1,
    max: 128,
    default: 8,
    description: 'Side of the square tiles a block-sparse kernel skips or computes.',
  },
});
