import { defineLive } from '@/components/figure/live';
// The module itself, not the index, so the article's first load carries no projection or butterfly code.
import { monarchParameterCount } from '@/lib/monarch/monarch';

/** The block size of the parameter-count example in the prose; n = m². */
export const monarchLive = defineLive({
  vars: {
    m: { label: 'block size m', default: 32, min: 2, max: 1024, step: 1 },
  },
  derived: {
    n: { label: 'matrix size n = m²', compute: ({ m }) => m * m },
    params: { label: 'Monarch parameters, 2m³', compute: ({ m }) => monarchParameterCount(m) },
    dense: { label: 'dense entries, n²', compute: ({ m }) => m ** 4 },
    share: {
      label: 'Monarch parameters as a share of the dense entries (%)',
      compute: ({ m }) => (100 * monarchParameterCount(m)) / m ** 4,
      digits: 3,
    },
    speedup: {
      label: 'multiply-adds of a dense product over a Monarch one, n² / 2n^1.5',
      compute: ({ m }) => m ** 4 / monarchParameterCount(m),
      digits: 3,
    },
  },
});
