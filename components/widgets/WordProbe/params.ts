import { defineParams } from '@/components/figure/schema';

/** What the figure asks the models. */
export const WORD_PROBES = ['neighbours', 'similarity', 'analogy'] as const;
/** Which models it shows: both side by side, or one. */
export const WORD_PROBE_MODELS = ['both', 'svd', 'sgns'] as const;
/** Neighbours listed per model, and analogy candidates. */
export const WORD_PROBE_NEIGHBOURS = 10;
export const WORD_PROBE_CANDIDATES = 5;
/** Longest word a text box takes (the longest of Brown's top 10,000 words has 17 letters). */
export const WORD_PROBE_MAX_LENGTH = 40;

/**
 * The SVD side's settings (all but V, the vocabulary size, which is the figure's parameter): counts in a
 * window of 5 weighted (w − d + 1)/w by distance d as word2vec's random window does on average, shifted PPMI
 * with k = 5 (the skip-gram side's negatives, so both sides aim at PMI − log 5), context counts to the 0.75, a
 * rank-50 truncated SVD (the skip-gram side's dimension) and word vectors U·Σ^½ (Levy et al., 2015).
 */
export const WORD_PROBE_SVD = {
  window: 5,
  weighting: 'linear',
  transform: 'shifted-ppmi',
  shift: 5,
  contextPower: 0.75,
  dim: 50,
  eigenPower: 0.5,
  seed: 1,
} as const;

const word = (label: string, fallback: string, description: string) =>
  ({ type: 'string', label, default: fallback, maxLength: WORD_PROBE_MAX_LENGTH, description }) as const;

export const wordProbeParams = defineParams({
  probe: {
    type: 'enum',
    label: 'Probe',
    options: WORD_PROBES,
    optionLabels: {
      neighbours: 'Nearest neighbours',
      similarity: 'Similarity of two words',
      analogy: 'Analogy a : b :: c : ?',
    },
    default: 'neighbours',
    description:
      'What to ask the models: the nearest words by cosine, the cosine of two words, or an analogy.',
  },
  model: {
    type: 'enum',
    label: 'Models',
    options: WORD_PROBE_MODELS,
    optionLabels: { both: 'Both, side by side', svd: 'SVD of shifted PPMI', sgns: 'Skip-gram (SGNS)' },
    default: 'both',
    description: 'Which word vectors answer: the SVD of the shifted PPMI matrix, skip-gram, or both.',
  },
  V: {
    type: 'int',
    label: 'Vocabulary (top V words)',
    min: 1000,
    max: 10000,
    step: 1000,
    default: 5000,
    description:
      'Both models are built on the Brown corpus cut to its V most frequent words (the rest are removed before windows are drawn).',
  },
  epochs: {
    type: 'int',
    label: 'Skip-gram epochs',
    min: 1,
    max: 5,
    default: 3,
    description:
      'Passes of skip-gram over the corpus (each about 10 s in the worker at V = 5,000); one pass leaves the vectors close to one shared direction.',
  },
  word: word('Word', 'king', 'The word whose nearest neighbours are listed.'),
  x: word('First word', 'coffee', 'The first word of the pair whose cosine similarity is shown.'),
  y: word('Second word', 'tea', 'The second word of the pair.'),
  a: word('a', 'man', 'a in a : b :: c : ?'),
  b: word('b', 'woman', 'b in a : b :: c : ?'),
  c: word('c', 'king', 'c in a : b :: c : ? (the answer is the word nearest to b − a + c).'),
});
