import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const word2vecSvdWidgets: WidgetLoaders = {
  'one-hot-layer': () => import('@/components/widgets/OneHotLayer/OneHotLayer'),
  'cooccurrence-svd': () => import('@/components/widgets/CooccurrenceSvd/CooccurrenceSvd'),
  'sgns-train': () => import('@/components/widgets/SgnsTrain/SgnsTrain'),
  'word-probe': () => import('@/components/widgets/WordProbe/WordProbe'),
};
