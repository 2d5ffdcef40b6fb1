'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { bilstmEntitiesWidgets } from './bilstm-entities.widgets';

/** The BiLSTM tagging article's widget table: a client module of its own, so no other page loads it. */
export default function BilstmEntitiesProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider widgets={bilstmEntitiesWidgets}>{children}</ArticleProvider>;
}
