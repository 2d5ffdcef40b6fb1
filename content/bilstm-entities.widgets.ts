import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const bilstmEntitiesWidgets: WidgetLoaders = {
  'tagger-probe': () => import('@/components/widgets/TaggerProbe/TaggerProbe'),
};
