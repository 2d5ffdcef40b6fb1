'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { measuringSparsityLive } from './measuring-sparsity.live';
import { measuringSparsityWidgets } from './measuring-sparsity.widgets';

/** The measuring-sparsity article's store and widget table: a client module of its own, so no other page loads them. */
export default function MeasuringSparsityProvider({ children }: { children: ReactNode }) {
  return (
    <ArticleProvider def={measuringSparsityLive} widgets={measuringSparsityWidgets}>
      {children}
    </ArticleProvider>
  );
}
