'use client';

import type { ReactNode } from 'react';
import { ArticleProvider } from '@/components/figure/ArticleState';
import { svdAutoencoderLive } from './svd-autoencoder.live';

/** The svd-autoencoder article's store: a client module of its own, so no other page loads its variables. */
export default function SvdAutoencoderProvider({ children }: { children: ReactNode }) {
  return <ArticleProvider def={svdAutoencoderLive}>{children}</ArticleProvider>;
}
