import type { WidgetLoaders } from '@/components/figure/registry';

/** The code of the widgets this article's figures show, each a chunk of its own fetched when needed. */
export const sparseAttentionWidgets: WidgetLoaders = {
  'attention-mask': () => import('@/components/widgets/AttentionMask/AttentionMask'),
  'masked-attention': () => import('@/components/widgets/MaskedAttention/MaskedAttention'),
  'receptive-field': () => import('@/components/widgets/ReceptiveField/ReceptiveField'),
  'mask-lab': () => import('@/components/widgets/MaskLab/MaskLab'),
  'cost-race': () => import('@/components/widgets/CostRace/CostRace'),
};
