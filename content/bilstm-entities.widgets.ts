import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const bilstmEntitiesWidgets: WidgetLoaders = {
  'tag-decoder': () => import('@/components/widgets/TagDecoder/TagDecoder'),
  'bilstm-train': () => import('@/components/widgets/BilstmTrain/BilstmTrain'),
  'self-training-lab': () => import('@/components/widgets/SelfTrainingLab/SelfTrainingLab'),
  'tagger-probe': () => import('@/components/widgets/TaggerProbe/TaggerProbe'),
};
