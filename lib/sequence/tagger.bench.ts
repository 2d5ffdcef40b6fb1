// The BiLSTM article's tagger on the real Brown entity tags (public/data/brown-entities.json over brown-text.json,
// written by `node scripts/brown-corpus.mjs`, which `npm run build` runs), at the figure's default size
// (DEFAULT_TAGGER of workers/tagger.ts: V 5,000, E 50, H 32, one bidirectional layer, batches of 16). Each bench
// names its word count: words/s = words × hz. Training: one chunk of 400 sentences (Adam steps included);
// inference: the forward pass and both decodings (evaluateTagger) over the first 400 dev sentences.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { cutVocabulary, decodeBrown, decodeBrownEntities, decodeBrownText } from '../corpus';
import { formatInteger } from '../format';
import { createTagger, createTrainer, evaluateTagger, type TaggerConfig } from './tagger';

const corpus = decodeBrown(JSON.parse(readFileSync('public/data/brown.json', 'utf8')));
const text = decodeBrownText(JSON.parse(readFileSync('public/data/brown-text.json', 'utf8')), corpus);
const V = 5000;
const data = cutVocabulary(
  decodeBrownEntities(JSON.parse(readFileSync('public/data/brown-entities.json', 'utf8')), text),
  V,
);
const CHUNK = 400;
const train = data.train.slice(0, 4000);
const dev = data.dev.slice(0, CHUNK);
const wordsOf = (list: readonly { words: ArrayLike<number> }[]) =>
  list.reduce((n, s) => n + s.words.length, 0);
// The trainer walks the shuffled training list from its start: the chunks benched are its first ones.
const trainWords = formatInteger(Math.round(wordsOf(train) / (train.length / CHUNK)));
const devWords = formatInteger(wordsOf(dev));

const base: TaggerConfig = {
  vocabSize: V,
  embedDim: 50,
  hiddenSize: 32,
  layers: 1,
  bidirectional: true,
  caseFeature: false,
  tags: 5,
};
const options = { learningRate: 0.01, batchSize: 16, freezeEmbeddings: false, seed: 1 };
const trainer = (config: TaggerConfig) => createTrainer(createTagger(config, 1), train, options);
const trained = trainer(base);
trained.step(CHUNK);
const runs = { iterations: 4, warmupIterations: 1 };

describe(`the entity tagger on Brown (V = 5,000, E = 50, H = 32; ~${trainWords} words per ${CHUNK} training sentences)`, () => {
  const bi = trainer(base);
  bench(`train ${CHUNK} sentences: 1 bidirectional layer (the default)`, () => void bi.step(CHUNK), runs);
  const uni = trainer({ ...base, bidirectional: false });
  bench(`train ${CHUNK} sentences: 1 left-to-right layer`, () => void uni.step(CHUNK), runs);
  const two = trainer({ ...base, layers: 2 });
  bench(`train ${CHUNK} sentences: 2 bidirectional layers`, () => void two.step(CHUNK), runs);
  bench(
    `infer ${CHUNK} dev sentences (${devWords} words): forward, greedy and Viterbi, default size`,
    () => void evaluateTagger(trained.model, dev),
    runs,
  );
});
