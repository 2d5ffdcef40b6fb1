import { defineLive } from '@/components/figure/live';
// The module itself, not the index, so the article's first load carries no Good–Turing or evaluation code.
import { forgettingCountLimit } from '@/lib/smoothing/forgetting';

/** The pseudo-count of the prose's worked example and the smoothed counts it gives (large-N limit). */
export const forgettingSmoothingLive = defineLive({
  vars: {
    gamma: { label: 'pseudo-count γ', default: 1, min: 0.05, max: 10, step: 0.05 },
  },
  derived: {
    f0: {
      label: 'F̂ of a word never seen (F = 0)',
      compute: ({ gamma }) => forgettingCountLimit(0, gamma),
      digits: 4,
    },
    f1: { label: 'F̂ of a word seen once', compute: ({ gamma }) => forgettingCountLimit(1, gamma), digits: 6 },
    f10: {
      label: 'F̂ of a word seen ten times',
      compute: ({ gamma }) => forgettingCountLimit(10, gamma),
      digits: 7,
    },
    half: {
      label: 'γ/2, the first-order pseudo-count of a seen word',
      compute: ({ gamma }) => gamma / 2,
      digits: 4,
    },
  },
});
