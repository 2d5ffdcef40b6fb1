'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { sparseAttentionLive } from './sparse-attention.live';
import { sparseAttentionWidgets } from './sparse-attention.widgets';

/** The sparse-attention article's store and widget table: a client module of its own, so no other page loads them. */
export default function SparseAttentionProvider({ children }: { children: ReactNode }) {
  return (
    <ArticleProvider def={sparseAttentionLive} widgets={sparseAttentionWidgets}>
      {children}
    </ArticleProvider>
  );
}
