import type { ComponentType } from 'react';
import type { WidgetMeta } from './catalog';

/** A widget: its catalog entry plus the loader of its code (a separate chunk, fetched when needed). */
export interface WidgetEntry extends WidgetMeta {
  load: () => Promise<{ default: ComponentType }>;
}

/**
 * Each widget's code, by id: the only widget table in client bundles. The metadata (titles, parameter schemas)
 * stays in catalog.ts on the server, which hands each figure or embed page just its own entry as a prop, so a
 * page's first load does not grow with the number of widgets on the site.
 */
export const loaders: Readonly<Record<string, WidgetEntry['load']>> = {
  'attention-mask': () => import('@/components/widgets/AttentionMask/AttentionMask'),
  'masked-attention': () => import('@/components/widgets/MaskedAttention/MaskedAttention'),
  'receptive-field': () => import('@/components/widgets/ReceptiveField/ReceptiveField'),
  'mask-lab': () => import('@/components/widgets/MaskLab/MaskLab'),
  'cost-race': () => import('@/components/widgets/CostRace/CostRace'),
  'sparsity-temperature': () => import('@/components/widgets/SparsityTemperature/SparsityTemperature'),
  'sparsity-geometry': () => import('@/components/widgets/SparsityGeometry/SparsityGeometry'),
  'sparsity-vector': () => import('@/components/widgets/SparsityVector/SparsityVector'),
  'sparsity-criteria': () => import('@/components/widgets/SparsityCriteria/SparsityCriteria'),
  'new-words': () => import('@/components/widgets/NewWords/NewWords'),
  'autoencoder-train': () => import('@/components/widgets/AutoencoderTrain/AutoencoderTrain'),
  'ocr-two-chars': () => import('@/components/widgets/OcrTwoChars/OcrTwoChars'),
  'viterbi-stepper': () => import('@/components/widgets/ViterbiStepper/ViterbiStepper'),
  'smoothing-lab': () => import('@/components/widgets/SmoothingLab/SmoothingLab'),
  'svd-rank': () => import('@/components/widgets/SvdRank/SvdRank'),
  'image-compress': () => import('@/components/widgets/ImageCompress/ImageCompress'),
  'ocr-correct': () => import('@/components/widgets/OcrCorrect/OcrCorrect'),
};

/** The entry for a catalog item received from the server, or undefined if no code is registered for it. */
export function widgetEntry(meta: WidgetMeta | undefined): WidgetEntry | undefined {
  const load = meta && loaders[meta.id];
  return meta && load ? { ...meta, load } : undefined;
}
