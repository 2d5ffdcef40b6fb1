import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const monarchWidgets: WidgetLoaders = {
  'monarch-project': () => import('@/components/widgets/MonarchProject/MonarchProject'),
  'monarch-blocks': () => import('@/components/widgets/MonarchBlocks/MonarchBlocks'),
  'monarch-matvec': () => import('@/components/widgets/MonarchMatvec/MonarchMatvec'),
  'monarch-factors': () => import('@/components/widgets/MonarchFactors/MonarchFactors'),
};
