'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { word2vecSvdWidgets } from './word2vec-svd.widgets';

/** The word2vec article's widget table: a client module of its own, so no other page loads it. */
export default function Word2vecSvdProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider widgets={word2vecSvdWidgets}>{children}</ArticleProvider>;
}
