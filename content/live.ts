import type { LiveDefinition } from '@/components/prose/live';
import { sparseAttentionLive } from './sparse-attention.live';

/** Each article's shared live variables, by slug (articles without any are absent). */
export const liveDefinitions: Readonly<Record<string, LiveDefinition>> = {
  'sparse-attention': sparseAttentionLive,
};
