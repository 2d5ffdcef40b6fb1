import { defineLive } from '@/components/figure/live';
// The module itself, not the index, so the article's first load carries no criteria or experiment code.
import { sStarBounds } from '@/lib/sparsity/bounds';

/** Length n and order p, shared by the prose and the figures that show S*₁,ₚ. */
export const measuringSparsityLive = defineLive({
  vars: {
    n: { label: 'vector length n', default: 64, min: 2, max: 4096, step: 1 },
    p: { label: 'order p', default: 2, min: 1.1, max: 8, step: 0.1 },
  },
  derived: {
    lowStar: {
      label: 'smallest possible S*₁,ₚ (a one-hot vector)',
      compute: ({ n, p }) => sStarBounds(n, 1, p).sparse,
      digits: 4,
    },
    lowStar2: {
      label: 'smallest possible S*₁,₂ = 1/√n',
      compute: ({ n }) => sStarBounds(n, 1, 2).sparse,
      digits: 4,
    },
  },
});
