import type { ComponentType } from 'react';
import { attentionMaskParams } from './AttentionMask/params';
import type { ParamsSchema } from './schema';

/** Everything the site knows about one widget. One entry drives its figures, its embed page and its URL state. */
export interface WidgetEntry<S extends ParamsSchema = ParamsSchema> {
  /** Stable id: the embed URL `/embed/<id>/` and the root's `data-widget` attribute. */
  id: string;
  title: string;
  /** One or two sentences for the embed gallery and oEmbed. */
  description: string;
  /** Slug of the article the widget belongs to, and the figure id there (for attribution links). */
  article: string;
  figure: string;
  params: S;
  /** Width / height of the reserved box at body width; the box grows if the widget needs more. */
  aspectRatio: number;
  /** Height of the embed iframe snippet, in CSS pixels. */
  embedHeight: number;
  /** Loads the widget's code (a separate chunk, fetched when the figure nears the viewport). */
  load: () => Promise<{ default: ComponentType }>;
}

function entry<S extends ParamsSchema>(e: WidgetEntry<S>): WidgetEntry {
  return e as unknown as WidgetEntry;
}

export const widgets: readonly WidgetEntry[] = [
  entry({
    id: 'attention-mask',
    title: 'Attention mask explorer',
    description:
      'Which keys each query may attend to under full, local, atrous (dilated) and sparse attention, with the number of allowed pairs.',
    article: 'sparse-attention',
    figure: 'mask',
    params: attentionMaskParams,
    aspectRatio: 1.45,
    embedHeight: 620,
    load: () => import('./AttentionMask/AttentionMask'),
  }),
];

export function getWidget(id: string): WidgetEntry | undefined {
  return widgets.find((w) => w.id === id);
}
