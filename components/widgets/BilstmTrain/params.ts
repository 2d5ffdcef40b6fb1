import { defineParams, type ParamValues } from '@/components/figure/schema';
import type { TaskInput } from '@/components/figure/worker';

// The defaults are DEFAULT_TAGGER of workers/tagger.ts (params.test.ts holds them equal): a schema is plain data
// the server hands to the page, so it cannot import the worker core.

export const bilstmTrainParams = defineParams({
  embedDim: {
    type: 'int',
    label: 'Embedding dim',
    min: 10,
    max: 100,
    step: 10,
    default: 50,
    description: 'Length of each word vector (and the SVD rank of the pretrained vectors).',
  },
  hidden: {
    type: 'int',
    label: 'Hidden size',
    min: 4,
    max: 128,
    step: 4,
    default: 32,
    description: 'Units of each LSTM (each direction of a bidirectional layer has its own).',
  },
  layers: {
    type: 'enum',
    label: 'Layers',
    options: ['1', '2'],
    optionLabels: { '1': '1 layer', '2': '2 layers' },
    default: '1',
    description: 'Stacked LSTM layers; the second reads the first one’s outputs.',
  },
  direction: {
    type: 'enum',
    label: 'Direction',
    options: ['uni', 'bi'],
    optionLabels: { uni: 'Left to right', bi: 'Both ways' },
    default: 'bi',
    description: 'One LSTM reading left to right, or two (one each way) whose outputs are joined.',
  },
  embeddings: {
    type: 'enum',
    label: 'Embeddings',
    options: ['random', 'frozen', 'tuned'],
    optionLabels: { random: 'Random', frozen: 'Pretrained, frozen', tuned: 'Pretrained, fine-tuned' },
    default: 'random',
    description:
      'Random word vectors trained with the tagger, or the word2vec article’s SVD vectors kept fixed or trained on.',
  },
  caseFeature: {
    type: 'boolean',
    label: 'Case feature',
    default: false,
    description: 'Feed each word’s capitalisation flag beside its (lower-cased) word vector.',
  },
  lr: {
    type: 'number',
    label: 'Learning rate',
    min: 0.0005,
    max: 0.1,
    default: 0.01,
    digits: 4,
    scale: 'log',
    step: 0.05,
    description: 'Adam’s step size.',
  },
  epochs: {
    type: 'int',
    label: 'Epochs',
    min: 1,
    max: 10,
    default: 3,
    description: 'Passes over the labelled sentences.',
  },
  trainSize: {
    type: 'int',
    label: 'Labelled sentences',
    min: 20,
    max: 30_000,
    default: 4000,
    scale: 'log',
    step: 0.02,
    description: 'The first n sentences of the fixed shuffled Brown training list.',
  },
  V: {
    type: 'int',
    label: 'Vocabulary V',
    min: 1000,
    max: 10_000,
    step: 1000,
    default: 5000,
    description: 'The V most frequent Brown words; every other word reads as one unknown word.',
  },
  seed: {
    type: 'int',
    label: 'Seed',
    min: 0,
    max: 999_999,
    default: 1,
    description: 'Draws the initial weights and the order of the mini-batches.',
  },
});

/** Sentences per Adam step (not a control: the figure varies what the article talks about). */
const BATCH_SIZE = 16;

/** The worker's settings (TaggerSettings of workers/tagger.ts) of these parameters. */
export function taggerSettings(p: ParamValues<typeof bilstmTrainParams>) {
  return {
    V: p.V,
    embedDim: p.embedDim,
    hiddenSize: p.hidden,
    layers: p.layers === '2' ? 2 : 1,
    direction: p.direction,
    caseFeature: p.caseFeature,
    embeddings: p.embeddings,
    learningRate: p.lr,
    epochs: p.epochs,
    trainSize: p.trainSize,
    batchSize: BATCH_SIZE,
    seed: p.seed,
  } satisfies TaskInput<'tagger-train'>;
}
