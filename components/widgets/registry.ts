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
  'attention-mask': () => import('./AttentionMask/AttentionMask'),
  'masked-attention': () => import('./MaskedAttention/MaskedAttention'),
  'receptive-field': () => import('./ReceptiveField/ReceptiveField'),
  'mask-lab': () => import('./MaskLab/MaskLab'),
  'cost-race': () => import('./CostRace/CostRace'),
  'sparsity-temperature': () => import('./SparsityTemperature/SparsityTemperature'),
  'sparsity-geometry': () => import('./SparsityGeometry/SparsityGeometry'),
  'sparsity-vector': () => import('./SparsityVector/SparsityVector'),
  'sparsity-criteria': () => import('./SparsityCriteria/SparsityCriteria'),
  'new-words': () => import('./NewWords/NewWords'),
  'autoencoder-train': () => import('./AutoencoderTrain/AutoencoderTrain'),
  'ocr-two-chars': () => import('./OcrTwoChars/OcrTwoChars'),
  'viterbi-stepper': () => import('./ViterbiStepper/ViterbiStepper'),
  'smoothing-lab': () => import('./SmoothingLab/SmoothingLab'),
  'svd-rank': () => import('./SvdRank/SvdRank'),
  'image-compress': () => import('./ImageCompress/ImageCompress'),
  'ocr-correct': () => import('./OcrCorrect/OcrCorrect'),
};

/** The entry for a catalog item received from the server, or undefined if no code is registered for it. */
export function widgetEntry(meta: WidgetMeta | undefined): WidgetEntry | undefined {
  const load = meta && loaders[meta.id];
  return meta && load ? { ...meta, load } : undefined;
}
