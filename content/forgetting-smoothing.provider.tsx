'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { forgettingSmoothingLive } from './forgetting-smoothing.live';
import { forgettingSmoothingWidgets } from './forgetting-smoothing.widgets';

/** The forgetting-smoothing article's store and widget table: a client module of its own, so no other page loads them. */
export default function ForgettingSmoothingProvider({ children }: { children: ReactNode }) {
  return (
    <ArticleProvider def={forgettingSmoothingLive} widgets={forgettingSmoothingWidgets}>
      {children}
    </ArticleProvider>
  );
}
