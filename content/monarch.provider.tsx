'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { monarchLive } from './monarch.live';
import { monarchWidgets } from './monarch.widgets';

/** The monarch article's store and widget table: a client module of its own, so no other page loads them. */
export default function MonarchProvider({ children }: { children: ReactNode }) {
  return (
    <ArticleProvider def={monarchLive} widgets={monarchWidgets}>
      {children}
    </ArticleProvider>
  );
}
