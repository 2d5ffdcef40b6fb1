import type { ComponentType } from 'react';
import { catalog, type WidgetMeta } from './catalog';

/** A widget: its catalog entry plus the loader of its code (a separate chunk, fetched when needed). */
export interface WidgetEntry extends WidgetMeta {
  load: () => Promise<{ default: ComponentType }>;
}

/** Each widget's code, by id. Only client components import this file (server pages use catalog.ts). */
const loaders: Record<string, WidgetEntry['load']> = {
  'attention-mask': () => import('./AttentionMask/AttentionMask'),
  'masked-attention': () => import('./MaskedAttention/MaskedAttention'),
  'receptive-field': () => import('./ReceptiveField/ReceptiveField'),
  'mask-lab': () => import('./MaskLab/MaskLab'),
  'cost-race': () => import('./CostRace/CostRace'),
};

/** Every widget: id, title, description, article, params schema, aspect ratio, embed height and lazy loader. */
export const widgets: readonly WidgetEntry[] = catalog.map((m) => {
  const load = loaders[m.id];
  if (!load) throw new Error(`registry: widget "${m.id}" has no loader`);
  return { ...m, load };
});

export function getWidget(id: string): WidgetEntry | undefined {
  return widgets.find((w) => w.id === id);
}
