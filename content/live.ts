import type { LiveDefinition } from '@/components/figure/live';
import { measuringSparsityLive } from './measuring-sparsity.live';
import { monarchLive } from './monarch.live';
import { sparseAttentionLive } from './sparse-attention.live';
import { svdAutoencoderLive } from './svd-autoencoder.live';

/**
 * Each article's live variables, by slug (articles without any are absent), for server rendering of `<Var>`
 * and friends. Server-only: in the browser each article's route loads its own `<slug>.provider.tsx`.
 */
export const liveDefinitions: Readonly<Record<string, LiveDefinition>> = {
  'sparse-attention': sparseAttentionLive,
  'measuring-sparsity': measuringSparsityLive,
  'svd-autoencoder': svdAutoencoderLive,
  monarch: monarchLive,
};
