import type { ComponentType } from 'react';
import type { WidgetMeta } from './catalog';

/** A widget: its catalog entry plus the loader of its code (a separate chunk, fetched when needed). */
export interface WidgetEntry extends WidgetMeta {
  load: () => Promise<{ default: ComponentType }>;
}

/**
 * Widget code by id. Each article declares the table of its own widgets (`content/<slug>.widgets.ts`) and its
 * Provider hands it to its figures; `content/widgets.ts` is the union, for embed pages. The metadata (titles,
 * parameter schemas) stays in catalog.ts on the server, which hands each figure or embed page just its own
 * entry as a prop.
 */
export type WidgetLoaders = Readonly<Record<string, WidgetEntry['load']>>;

/** The entry for a catalog item received from the server, or undefined if `loaders` has no code for it. */
export function widgetEntry(meta: WidgetMeta | undefined, loaders: WidgetLoaders): WidgetEntry | undefined {
  const load = meta && loaders[meta.id];
  return meta && load ? { ...meta, load } : undefined;
}
