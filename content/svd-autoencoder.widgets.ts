import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const svdAutoencoderWidgets: WidgetLoaders = {
  'new-words': () => import('@/components/widgets/NewWords/NewWords'),
  'autoencoder-train': () => import('@/components/widgets/AutoencoderTrain/AutoencoderTrain'),
  'svd-rank': () => import('@/components/widgets/SvdRank/SvdRank'),
  'image-compress': () => import('@/components/widgets/ImageCompress/ImageCompress'),
};
