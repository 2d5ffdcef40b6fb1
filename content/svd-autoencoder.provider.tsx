'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { svdAutoencoderLive } from './svd-autoencoder.live';
import { svdAutoencoderWidgets } from './svd-autoencoder.widgets';

/** The svd-autoencoder article's store and widget table: a client module of its own, so no other page loads them. */
export default function SvdAutoencoderProvider({ children }: { children: ReactNode }) {
  return (
    <ArticleProvider def={svdAutoencoderLive} widgets={svdAutoencoderWidgets}>
      {children}
    </ArticleProvider>
  );
}
