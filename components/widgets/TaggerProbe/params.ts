import { defineParams } from '@/components/figure/schema';

/** The test split's size (lib/corpus/entities: 2,000 sentences from the 100 test files). */
export const PROBE_TEST_SENTENCES = 2000;
/** The longest sentence the tagger reads (splitWords's limit); also the position slider's top. */
export const PROBE_MAX_WORDS = 60;
/** Longest typed text the URL keeps. */
export const PROBE_MAX_TEXT = 1000;

/** Test sentences worth a look (counted from 1), found by reading the default models' answers. */
export const PROBE_PICKS = [
  { index: 3, note: 'Rhode Island: a name begins the sentence' },
  { index: 14, note: 'Martin … Americans: a name with nothing before it' },
  { index: 21, note: 'a list of names, most outside the vocabulary' },
  { index: 96, note: 'Illinois, the last word' },
  { index: 191, note: 'West Berlin and East Berlin' },
  { index: 194, note: 'the President of the United States: one long span' },
] as const;

export const taggerProbeParams = defineParams({
  source: {
    type: 'enum',
    label: 'Sentence',
    options: ['test', 'typed'],
    optionLabels: { test: 'From the test split', typed: 'Typed' },
    default: 'test',
    description: 'Read a sentence of the Brown test split (with its gold tags), or one you type.',
  },
  index: {
    type: 'int',
    label: 'Test sentence',
    min: 1,
    max: PROBE_TEST_SENTENCES,
    default: 14,
    description: 'Which of the 2,000 test sentences (counted from 1).',
  },
  text: {
    type: 'string',
    label: 'Your sentence',
    default: 'Mr. Johnson flew from New York to Paris with Mary Smith of the United Nations on Tuesday.',
    maxLength: PROBE_MAX_TEXT,
    description: 'An English sentence; words are runs of letters and digits, at most 60 of them.',
  },
  position: {
    type: 'int',
    label: 'Position',
    min: 1,
    max: PROBE_MAX_WORDS,
    default: 1,
    description:
      'The word whose tag the influence bars explain (counted from 1; past the end reads the last).',
  },
  reading: {
    type: 'enum',
    label: 'Tags shown',
    options: ['bi', 'uni'],
    optionLabels: { bi: 'Bidirectional LSTM', uni: 'Left-to-right LSTM' },
    default: 'bi',
    description: 'Which model’s probabilities, readings and spans the table shows.',
  },
  size: {
    type: 'enum',
    label: 'Models',
    options: ['default', 'tiny'],
    optionLabels: { default: 'Default (3 epochs × 4,000 sentences)', tiny: 'Tiny (1 epoch × 300 sentences)' },
    default: 'default',
    description:
      'The trained models: the article’s default settings (about 40 s each to train), or a tiny pair that trains in a second or two and tags badly.',
  },
});
