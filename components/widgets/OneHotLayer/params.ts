import { defineParams } from '@/components/figure/schema';

/** The example vocabularies (lib/embeddings EXAMPLE_VOCABULARY_IDS; written out so the catalog stays small). */
export const VOCABULARY_OPTIONS = ['post', 'brown'] as const;
/** What x is: one word's one-hot vector, or a sentence's count vector. */
export const INPUT_OPTIONS = ['word', 'sentence'] as const;
/** Decimals kept for an edited W (what the editor shows and the URL stores). */
export const W_DIGITS = 2;

export const oneHotLayerParams = defineParams({
  vocabulary: {
    type: 'enum',
    label: 'Vocabulary',
    options: VOCABULARY_OPTIONS,
    optionLabels: { post: 'The post’s 6 words', brown: 'Brown’s top 12 words' },
    default: 'post',
    description:
      'The post’s 我/爱/科学/空间/不/错 (text cut by greedy longest match), or the 12 most frequent words of the Brown corpus (text cut at spaces and punctuation).',
  },
  input: {
    type: 'enum',
    label: 'Input x',
    options: INPUT_OPTIONS,
    optionLabels: { word: 'One word', sentence: 'A sentence' },
    default: 'sentence',
    description: 'One word’s one-hot vector, or the count (bag-of-words) vector of a sentence.',
  },
  word: {
    type: 'int',
    label: 'Word',
    min: 0,
    max: 11,
    default: 0,
    description: 'The picked word’s row (0 is the first word); beyond the vocabulary, its last word.',
  },
  sentence: {
    type: 'string',
    label: 'Sentence',
    default: '我爱空间科学',
    maxLength: 120,
    description: 'Cut into vocabulary words; pieces the vocabulary lacks are named, with suggestions.',
  },
  mean: {
    type: 'boolean',
    label: 'Average (CBOW)',
    default: false,
    description: 'Divide the sum of the rows by the number of words, as CBOW averages its context vectors.',
  },
  n: { type: 'int', label: 'Embedding size n', min: 2, max: 8, default: 4 },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws W (entries uniform in [−1, 1), two decimals).',
  },
  W: {
    type: 'matrix',
    label: 'Edited W',
    description:
      'The embedding matrix (words × n); empty: drawn from the seed; another shape is ignored with a notice.',
    default: [],
    maxRows: 12,
    maxCols: 8,
    min: -10,
    max: 10,
    digits: W_DIGITS,
  },
});
