import { defineParams } from '@/components/figure/schema';
import { POST_TRANSITIONS, transitionRows } from '@/lib/sequence/tags';
import { TAG_PRESET_IDS } from './presets';

/** Decimals kept for edited probabilities and table entries (what the inputs show and the URL stores). */
export const TAG_DIGITS = 3;

export const tagDecoderParams = defineParams({
  source: {
    type: 'enum',
    label: 'Probabilities from',
    options: ['preset', 'model'],
    optionLabels: { preset: 'Hand-made examples', model: 'The trained tagger' },
    default: 'preset',
    description:
      'Where the per-word tag probabilities come from: preset, hand-made illustrative sentences; model, the training figure’s default bidirectional tagger reading a test sentence.',
  },
  sentence: {
    type: 'int',
    label: 'Test sentence',
    min: 1,
    max: 2000,
    default: 11,
    description: 'Which of the 2,000 test sentences the trained tagger reads (source model).',
  },
  preset: {
    type: 'enum',
    label: 'Sentence',
    options: TAG_PRESET_IDS,
    optionLabels: {
      bxe: 'Los Angeles County (greedy b x e)',
      xm: 'The United Nations (greedy x m)',
      legal: 'Mary flew to Paris (greedy is legal)',
      two: 'Red Sox and Yankees (two entities)',
    },
    default: 'bxe',
    description:
      'bxe: greedy breaks an entity in the middle; xm: greedy starts one in its middle; legal: greedy needs no repair; two: two entities, one best span.',
  },
  probs: {
    type: 'matrix',
    label: 'Edited probabilities',
    description:
      'One row per word of P(x), P(s), P(b), P(m), P(e); empty: the sentence’s own. Another shape is ignored with a notice.',
    default: [],
    maxRows: 24,
    maxCols: 5,
    min: 0,
    max: 1,
    digits: TAG_DIGITS,
  },
  table: {
    type: 'matrix',
    label: 'Transition table',
    description:
      'T(row tag → column tag) over x, s, b, m, e; 0 forbids the step. Default: the post’s table. Not 5×5: the post’s table, with a notice.',
    default: transitionRows(POST_TRANSITIONS),
    maxRows: 5,
    maxCols: 5,
    min: 0,
    max: 1,
    digits: TAG_DIGITS,
  },
});
