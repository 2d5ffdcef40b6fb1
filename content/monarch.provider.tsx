'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { monarchWidgets } from './monarch.widgets';

/** The monarch article's widget table: a client module of its own, so no other page loads it. */
export default function MonarchProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider widgets={monarchWidgets}>{children}</ArticleProvider>;
}
