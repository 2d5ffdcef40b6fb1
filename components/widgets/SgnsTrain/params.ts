import { defineParams } from '@/components/figure/schema';

/** The subsampling thresholds the menu offers ('0' = off), as strings so the URL keeps them exact. */
export const SUBSAMPLE_OPTIONS = ['0', '1e-5', '1e-4', '1e-3'] as const;

export const sgnsTrainParams = defineParams({
  V: {
    type: 'int',
    label: 'Vocabulary V',
    min: 1000,
    max: 10_000,
    step: 1000,
    default: 5000,
    description:
      'The V most frequent words of the Brown corpus; the others are removed before windows are drawn.',
  },
  dim: {
    type: 'int',
    label: 'Dimension d',
    min: 10,
    max: 200,
    step: 10,
    default: 50,
    description: 'Length of the word and context vectors (and the rank of the SVD beside them).',
  },
  window: {
    type: 'int',
    label: 'Window',
    min: 1,
    max: 10,
    default: 5,
    description:
      'Largest distance between a word and its context; each centre draws its own size in 1…window.',
  },
  k: {
    type: 'int',
    label: 'Negatives k',
    min: 1,
    max: 20,
    default: 5,
    description: 'Negative samples per pair, drawn from unigram^0.75; the PMI shift log k.',
  },
  lr: {
    type: 'number',
    label: 'Learning rate',
    min: 0.001,
    max: 0.1,
    default: 0.05,
    digits: 4,
    scale: 'log',
    step: 0.05,
    description:
      'Initial SGD step, decayed linearly to 10⁻⁴ of itself over all epochs (word2vec’s schedule).',
  },
  epochs: {
    type: 'int',
    label: 'Epochs',
    min: 1,
    max: 5,
    default: 3,
    description: 'Passes over the running text.',
  },
  subsample: {
    type: 'enum',
    label: 'Subsampling t',
    options: SUBSAMPLE_OPTIONS,
    optionLabels: { '0': 'Off', '1e-5': '10⁻⁵', '1e-4': '10⁻⁴', '1e-3': '10⁻³' },
    default: '0',
    description:
      'Frequent words are dropped with probability 1 − √(t/f) − t/f before windows are drawn; off keeps the statistics Levy & Goldberg’s result is about.',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the initial vectors, the window sizes, the negatives and the Levy–Goldberg sample.',
  },
  word: {
    type: 'string',
    label: 'Neighbours of',
    default: 'money',
    maxLength: 40,
    description: 'The word whose nearest neighbours (cosine) both models list.',
  },
});
