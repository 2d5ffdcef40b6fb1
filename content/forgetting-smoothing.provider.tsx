'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { forgettingSmoothingWidgets } from './forgetting-smoothing.widgets';

/** The forgetting-smoothing article's widget table: a client module of its own, so no other page loads it. */
export default function ForgettingSmoothingProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider widgets={forgettingSmoothingWidgets}>{children}</ArticleProvider>;
}
