import { defineParams } from '@/components/figure/schema';
import { WORD_WEIGHTINGS } from '@/lib/words';

/** The largest rank the widget decomposes to (once, in the worker). */
export const NEW_WORDS_MAX_RANK = 64;
/** Seed of the widget's randomized SVD (the same pairs on every visit). */
export const NEW_WORDS_SEED = 1;
/** How many unseen pairs the table lists. */
export const NEW_WORDS_LIMIT = 50;

export const newWordsParams = defineParams({
  k: {
    type: 'int',
    label: 'Rank k',
    min: 1,
    max: NEW_WORDS_MAX_RANK,
    default: 16,
    description: 'Singular triplets kept in the reconstruction M_k = U_k Σ_k V_kᵀ.',
  },
  weighting: {
    type: 'enum',
    label: 'Entries',
    options: WORD_WEIGHTINGS,
    optionLabels: { binary: '1 per word (0/1)', log: 'log(1 + count)', count: 'raw count (as the post)' },
    default: 'binary',
    description:
      'binary: 1 for every word with count ≥ 100 (like the 0/1 table of the post’s 神/魔 example); log: log(1 + count); count: the raw dictionary frequency, which the post’s own matrix used.',
  },
  search: {
    type: 'string',
    label: 'Filter by character',
    default: '',
    maxLength: 2,
    description: 'One Chinese character: list only unseen pairs that start or end with it.',
  },
  first: { type: 'string', label: 'First character', default: '神', maxLength: 2 },
  second: { type: 'string', label: 'Second character', default: '术', maxLength: 2 },
});
