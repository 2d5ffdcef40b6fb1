'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { sparseAttentionLive } from './sparse-attention.live';

/** The sparse-attention article's store: a client module of its own, so no other page loads its variables. */
export default function SparseAttentionProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider def={sparseAttentionLive}>{children}</ArticleProvider>;
}
