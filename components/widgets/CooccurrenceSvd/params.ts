import { defineParams } from '@/components/figure/schema';
import { WINDOW_WEIGHTINGS } from '@/lib/embeddings/cooccurrence';

/** Seed of the randomized SVD (the same vectors on every visit). */
export const COOCCURRENCE_SVD_SEED = 1;
/** Neighbours listed for the searched word. */
export const NEIGHBOURS = 10;
/** Most words in the heatmap's slice and on the map. */
export const SLICE_MAX = 40;
export const MAP_MAX = 60;

/** A mix of frequent function words and content words of several kinds, all among the top 1,000. */
export const SLICE_PRESET =
  'the, of, and, to, in, he, she, it, was, is, said, man, woman, time, day, year, city, house, money, war, good, new, two, three';
/** Words whose kinds should cluster: days, numbers, family, countries, colours (all among the top 3,500). */
export const MAP_PRESET =
  'monday, tuesday, wednesday, thursday, friday, saturday, sunday, two, three, four, five, six, seven, eight, father, mother, son, daughter, brother, sister, wife, husband, france, germany, england, russia, china, italy, red, blue, green, white, black, yellow';

export const cooccurrenceSvdParams = defineParams({
  V: {
    type: 'int',
    label: 'Vocabulary V',
    min: 1000,
    max: 10000,
    step: 500,
    default: 5000,
    description: 'The V most frequent words of the Brown corpus; the others are removed before any window.',
  },
  window: {
    type: 'int',
    label: 'Window',
    min: 1,
    max: 10,
    default: 5,
    description: 'Two words co-occur when they are at most this many positions apart in a sentence.',
  },
  weighting: {
    type: 'enum',
    label: 'Window weighting',
    options: WINDOW_WEIGHTINGS,
    optionLabels: {
      uniform: 'uniform: 1',
      linear: 'linear: (w − d + 1)/w (word2vec)',
      harmonic: 'harmonic: 1/d (GloVe)',
    },
    default: 'uniform',
    description: 'How a pair d positions apart counts inside a window of w.',
  },
  transform: {
    type: 'enum',
    label: 'Matrix',
    options: ['counts', 'log-counts', 'pmi', 'ppmi', 'shifted-ppmi'],
    optionLabels: {
      counts: 'raw counts',
      'log-counts': 'log(1 + count)',
      pmi: 'PMI (seen pairs)',
      ppmi: 'PPMI: max(PMI, 0)',
      'shifted-ppmi': 'shifted PPMI: max(PMI − log k, 0)',
    },
    default: 'ppmi',
    description: 'What the truncated SVD factorises: the counts, their logarithm, or the PMI family.',
  },
  shift: {
    type: 'int',
    label: 'Shift k',
    min: 1,
    max: 20,
    default: 5,
    description: 'log k is subtracted from PMI (skip-gram with k negative samples); shifted PPMI only.',
  },
  smoothing: {
    type: 'enum',
    label: 'Context counts',
    options: ['0.75', '1'],
    optionLabels: { '0.75': 'smoothed: count^0.75', '1': 'plain: count' },
    default: '0.75',
    description: 'Context counts raised to 0.75 in PMI, as word2vec draws its negatives; or left plain.',
  },
  dim: {
    type: 'int',
    label: 'Rank d',
    min: 2,
    max: 200,
    default: 50,
    description: 'Singular triplets kept: the word vectors have d dimensions.',
  },
  eigenPower: {
    type: 'enum',
    label: 'Word vectors',
    options: ['0', '0.5', '1'],
    optionLabels: { '0': 'U', '0.5': 'U·Σ^½ (symmetric)', '1': 'U·Σ' },
    default: '0.5',
    description: 'How much of the spectrum the word vectors carry: U·Σ^p with p = 0, ½ or 1.',
  },
  word: {
    type: 'string',
    label: 'Neighbours of',
    default: 'money',
    maxLength: 40,
    description: 'The word whose nearest neighbours (by cosine) are listed.',
  },
  slice: {
    type: 'string',
    label: 'Words in the heatmap',
    default: SLICE_PRESET,
    maxLength: 600,
    description: `Up to ${SLICE_MAX} words, separated by commas: the rows and columns of the matrix shown.`,
  },
  mapWords: {
    type: 'string',
    label: 'Words on the map',
    default: MAP_PRESET,
    maxLength: 800,
    description: `Up to ${MAP_MAX} words, separated by commas, drawn in two dimensions.`,
  },
  projection: {
    type: 'enum',
    label: 'Map axes',
    options: ['pca', 'leading'],
    optionLabels: {
      pca: 'PCA of these words',
      leading: 'first two SVD directions',
    },
    default: 'pca',
    description:
      'PCA over the chosen words only, or the vocabulary-wide first two SVD coordinates (mostly frequency).',
  },
});
