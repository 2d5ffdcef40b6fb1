import { defineLive } from '@/components/prose/live';
// Imported from the module itself, not the index, so the article's first load carries no mask builder.
import { expectedNnz } from '@/lib/attention/counts';

/** Sequence length n and window/stride k, shared by the prose and the mask figure. */
export const sparseAttentionLive = defineLive({
  vars: {
    n: { label: 'sequence length n', default: 16, min: 4, max: 4096, step: 1 },
    k: { label: 'window / stride k', default: 4, min: 1, max: 64, step: 1 },
  },
  derived: {
    full: { label: 'pairs in full attention', compute: ({ n }) => n * n },
    local: { label: 'pairs in local attention', compute: ({ n, k }) => expectedNnz('local', n, { k }) },
    atrous: { label: 'pairs in atrous attention', compute: ({ n, k }) => expectedNnz('atrous', n, { k }) },
    sparse: { label: 'pairs in sparse attention', compute: ({ n, k }) => expectedNnz('sparse', n, { k }) },
    sparseShare: {
      label: 'share of pairs kept by sparse attention (%)',
      compute: ({ n, k }) => (100 * expectedNnz('sparse', n, { k })) / (n * n),
      digits: 3,
    },
    sqrtN: { label: '√n', compute: ({ n }) => Math.sqrt(n), digits: 3 },
  },
});
