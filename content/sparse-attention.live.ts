import { defineLive, fromParam } from '@/components/figure/live';
import { attentionMaskParams } from '@/components/widgets/AttentionMask/params';
// Imported from the module itself, not the index, so the article's first load carries no mask builder.
import { expectedNnz } from '@/lib/attention/counts';

/** The k in [1, n − 1] that minimises the sparse pattern's pair count (the smallest such k on a tie). */
export function bestSparseK(n: number): number {
  let best = 1;
  let fewest = Number.POSITIVE_INFINITY;
  for (let k = 1; k < n; k++) {
    const count = expectedNnz('sparse', n, { k });
    if (count < fewest) {
      fewest = count;
      best = k;
    }
  }
  return best;
}

/** Sequence length n and window/stride k, shared by the prose and the mask figure. */
export const sparseAttentionLive = defineLive({
  vars: {
    n: fromParam(attentionMaskParams.n),
    k: fromParam(attentionMaskParams.k),
  },
  derived: {
    full: { label: 'pairs in full attention', compute: ({ n }) => n * n },
    local: { label: 'pairs in local attention', compute: ({ n, k }) => expectedNnz('local', n, { k }) },
    window: { label: 'the local window m = min(k, n − 1)', compute: ({ n, k }) => Math.min(k, n - 1) },
    atrous: { label: 'pairs in atrous attention', compute: ({ n, k }) => expectedNnz('atrous', n, { k }) },
    stride: {
      label: 'Q = ⌊(n − 1)/k⌋, the farthest multiple of k',
      compute: ({ n, k }) => Math.floor((n - 1) / k),
    },
    sparse: { label: 'pairs in sparse attention', compute: ({ n, k }) => expectedNnz('sparse', n, { k }) },
    overlap: {
      label: 'pairs both local and atrous (3n − 2k while k < n, else n)',
      compute: ({ n, k }) =>
        expectedNnz('local', n, { k }) + expectedNnz('atrous', n, { k }) - expectedNnz('sparse', n, { k }),
    },
    sparseShare: {
      label: 'share of pairs kept by sparse attention (%)',
      compute: ({ n, k }) => (100 * expectedNnz('sparse', n, { k })) / (n * n),
      digits: 3,
    },
    sqrtN: { label: '√n', compute: ({ n }) => Math.sqrt(n), digits: 3 },
    strided: { label: 'pairs in strided attention', compute: ({ n, k }) => expectedNnz('strided', n, { k }) },
    fixed: { label: 'pairs in fixed attention', compute: ({ n, k }) => expectedNnz('fixed', n, { k }) },
    causalFull: { label: 'pairs in causal full attention', compute: ({ n }) => (n * (n + 1)) / 2 },
    atrousShare: {
      label: 'share of pairs kept by atrous attention (%)',
      compute: ({ n, k }) => (100 * expectedNnz('atrous', n, { k })) / (n * n),
      digits: 3,
    },
    stridedShare: {
      label: 'share of causal pairs kept by strided attention (%)',
      compute: ({ n, k }) => (100 * expectedNnz('strided', n, { k })) / ((n * (n + 1)) / 2),
      digits: 3,
    },
    fixedShare: {
      label: 'share of causal pairs kept by fixed attention (%)',
      compute: ({ n, k }) => (100 * expectedNnz('fixed', n, { k })) / ((n * (n + 1)) / 2),
      digits: 3,
    },
    bestK: {
      label: 'the k with the fewest sparse pairs',
      compute: ({ n }) => bestSparseK(n),
    },
    bestSparse: {
      label: 'pairs in sparse attention at the best k',
      compute: ({ n }) => expectedNnz('sparse', n, { k: bestSparseK(n) }),
    },
    halfRootN: { label: '√(n/2)', compute: ({ n }) => Math.sqrt(n / 2), digits: 3 },
  },
});
