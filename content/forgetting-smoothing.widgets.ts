import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const forgettingSmoothingWidgets: WidgetLoaders = {
  'memory-trace': () => import('@/components/widgets/MemoryTrace/MemoryTrace'),
  'smoothed-count': () => import('@/components/widgets/SmoothedCount/SmoothedCount'),
  'smoothing-bakeoff': () => import('@/components/widgets/SmoothingBakeoff/SmoothingBakeoff'),
};
