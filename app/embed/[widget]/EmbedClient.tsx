'use client';

import type { ComponentProps } from 'react';
import { EmbedHost } from '@/components/figure/EmbedHost';
import { allWidgets } from '@/content/widgets';

/** The embed host with every widget's code at hand: an embed page can show any widget of the catalog. */
export function EmbedClient(props: Omit<ComponentProps<typeof EmbedHost>, 'loaders'>) {
  return <EmbedHost {...props} loaders={allWidgets} />;
}
