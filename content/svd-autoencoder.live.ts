import { defineLive } from '@/components/figure/live';
// The module itself, not the index, so the article's first load carries no SVD code.
import { lowRankStorage } from '@/lib/linalg/lowRankError';

/** The shape and rank of the storage example in the prose. */
export const svdAutoencoderLive = defineLive({
  vars: {
    m: { label: 'rows m', default: 1000, min: 1, max: 100000, step: 1 },
    n: { label: 'columns n', default: 1000, min: 1, max: 100000, step: 1 },
    k: { label: 'rank k', default: 20, min: 1, max: 1000, step: 1 },
  },
  // A rank is at most min(m, n): k follows when m or n shrinks below it.
  limits: { k: ({ m, n }) => Math.min(m, n) },
  derived: {
    factors: {
      label: 'numbers in the factors, (m + n)k',
      compute: ({ m, n, k }) => lowRankStorage(m, n, k).factors,
    },
    dense: { label: 'numbers in the matrix, mn', compute: ({ m, n, k }) => lowRankStorage(m, n, k).dense },
    share: {
      label: 'the factors as a share of the matrix (%)',
      compute: ({ m, n, k }) => {
        const s = lowRankStorage(m, n, k);
        return (100 * s.factors) / s.dense;
      },
      digits: 3,
    },
  },
});
