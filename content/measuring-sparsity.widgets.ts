import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const measuringSparsityWidgets: WidgetLoaders = {
  'sparsity-temperature': () => import('@/components/widgets/SparsityTemperature/SparsityTemperature'),
  'sparsity-geometry': () => import('@/components/widgets/SparsityGeometry/SparsityGeometry'),
  'sparsity-vector': () => import('@/components/widgets/SparsityVector/SparsityVector'),
  'sparsity-criteria': () => import('@/components/widgets/SparsityCriteria/SparsityCriteria'),
};
