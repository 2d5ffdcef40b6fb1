'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { measuringSparsityLive } from './measuring-sparsity.live';

/** The measuring-sparsity article's store: a client module of its own, so no other page loads its variables. */
export default function MeasuringSparsityProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider def={measuringSparsityLive}>{children}</ArticleProvider>;
}
