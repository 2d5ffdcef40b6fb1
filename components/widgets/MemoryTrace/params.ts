import { defineParams } from '@/components/figure/schema';

export const memoryTraceParams = defineParams({
  source: {
    type: 'enum',
    label: 'Occurrences',
    options: ['periodic', 'random', 'bursty', 'word'],
    optionLabels: {
      periodic: 'periodic, every N/F',
      random: 'random, rate F/N',
      bursty: 'bursty, rate F/N',
      word: 'a Brown corpus word',
    },
    default: 'periodic',
    description:
      'Where the item occurs: regularly (the post’s model), independently at random, in bursts with the same mean rate, or where a real word occurs in the Brown corpus.',
  },
  word: {
    type: 'string',
    label: 'Word',
    default: 'american',
    maxLength: 40,
    description:
      'With the Brown corpus: one of the traced words (from “the” to words seen twice in the opening 100,000 tokens).',
  },
  period: {
    type: 'int',
    label: 'Period N/F',
    min: 2,
    max: 5000,
    default: 50,
    scale: 'log',
    step: 0.02,
    unit: 'tokens',
    description: 'Tokens per occurrence: the period of the periodic stream, the mean gap of the random ones.',
  },
  forget: {
    type: 'number',
    label: 'Forgetting per token, 1 − α',
    min: 1e-4,
    max: 0.5,
    default: 0.005,
    scale: 'log',
    step: 0.02,
    digits: 6,
    description:
      'The memory keeps α of itself at every token (A ← α·A, plus 1 at an occurrence); 1 − α is what it loses.',
  },
  tokens: {
    type: 'int',
    label: 'Tokens N',
    min: 100,
    max: 100_000,
    default: 5000,
    scale: 'log',
    step: 0.02,
    description:
      'The length of the stream (the corpus length N of the post); picking a Brown corpus word sets it to the whole traced stream.',
  },
  factor: {
    type: 'int',
    label: 'Burst factor',
    min: 1,
    max: 50,
    default: 8,
    description:
      'Bursty stream: how many times the mean rate the item occurs at inside a burst (1: no bursts).',
  },
  burstLength: {
    type: 'int',
    label: 'Mean burst length',
    min: 2,
    max: 5000,
    default: 100,
    scale: 'log',
    step: 0.02,
    unit: 'tokens',
    description: 'Bursty stream: the mean length of a burst (geometric).',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the random and bursty streams.',
  },
});
