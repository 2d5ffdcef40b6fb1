import type { ComponentType, ReactNode } from 'react';
import type { LiveDefinition } from '@/components/prose/live';
import { measuringSparsityLive } from './measuring-sparsity.live';
import MeasuringSparsityProvider from './measuring-sparsity.provider';
import { sparseAttentionLive } from './sparse-attention.live';
import SparseAttentionProvider from './sparse-attention.provider';

export interface LiveArticle {
  /** The variables and derived quantities, for server rendering of `<Var>` and friends. */
  def: LiveDefinition;
  /** A client component (`<slug>.provider.tsx`) that holds the same definition in the browser. */
  Provider: ComponentType<{ children: ReactNode }>;
}

/**
 * Each article's shared live variables, by slug (articles without any are absent). Server-only: pages render
 * their own article's Provider, so an article's live code reaches only its own page.
 */
export const liveArticles: Readonly<Record<string, LiveArticle>> = {
  'sparse-attention': { def: sparseAttentionLive, Provider: SparseAttentionProvider },
  'measuring-sparsity': { def: measuringSparsityLive, Provider: MeasuringSparsityProvider },
};
