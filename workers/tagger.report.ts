// The BiLSTM article's measurements (`npm run report:tagger`): the taggers its prose compares, each trained with
// the figures' own task on the real Brown entity tags and scored on the 2,000 test sentences with greedy decoding
// and Viterbi under three tables, for two seeds. Writes content/bilstm-entities.results.json, which the
// article's prose test checks the text against.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { cutVocabulary, decodeBrown, decodeBrownEntities, decodeBrownText } from '@/lib/corpus';
import { estimateTransitions, evaluateTagger, LEGAL_TRANSITIONS, POST_TRANSITIONS } from '@/lib/sequence';
import { ensureBrownAsset } from '@/scripts/brown-corpus.mjs';
import { DEFAULT_SELF_TRAINING, selfTrainingTask } from './selfTraining';
import { DEFAULT_TAGGER, getTagger, type TaggerSettings, taggerKey, taggerTrain } from './tagger';

const OUT = 'content/bilstm-entities.results.json';
const SEEDS = [1, 2];
const VARIANTS: Record<string, Partial<TaggerSettings>> = {
  default: {},
  uni: { direction: 'uni' },
  frozen: { embeddings: 'frozen' },
  tuned: { embeddings: 'tuned' },
  case: { caseFeature: true },
};

it('trains and scores the article’s taggers', async () => {
  ensureBrownAsset();
  // The worker fetches its assets from the site; here they come from public/ (the pretrained vectors' task).
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(`public${url}`)));
  const corpus = decodeBrown(JSON.parse(readFileSync('public/data/brown.json', 'utf8')));
  const text = decodeBrownText(JSON.parse(readFileSync('public/data/brown-text.json', 'utf8')), corpus);
  const entities = decodeBrownEntities(
    JSON.parse(readFileSync('public/data/brown-entities.json', 'utf8')),
    text,
  );
  const only = process.env.VARIANTS?.split(',');
  const results: Record<string, unknown> = JSON.parse(
    (() => {
      try {
        return readFileSync(OUT, 'utf8');
      } catch {
        return '{}';
      }
    })(),
  );
  for (const [name, change] of Object.entries(VARIANTS)) {
    if (only && !only.includes(name)) continue;
    const runs = [];
    for (const seed of SEEDS) {
      const s: TaggerSettings = { ...DEFAULT_TAGGER, ...change, seed };
      const view = cutVocabulary(entities, s.V);
      const data = {
        V: s.V,
        words: corpus.vocabulary.slice(0, s.V),
        train: view.train,
        dev: view.dev,
        test: view.test,
      };
      const estimated = estimateTransitions(view.train.slice(0, s.trainSize)).table;
      const t0 = performance.now();
      const r = (
        await taggerTrain({ ...s, restart: true }, { progress: () => {}, cancelled: () => false }, data)
      ).value;
      const seconds = (performance.now() - t0) / 1000;
      const model = getTagger(taggerKey(s))?.model;
      expect(model).toBeDefined();
      if (!model) return;
      const score = (table: typeof POST_TRANSITIONS) => evaluateTagger(model, view.test, table);
      const post = score(POST_TRANSITIONS);
      const legal = score(LEGAL_TRANSITIONS);
      const est = score(estimated);
      const f = (x: { precision: number; recall: number; f1: number }) => ({
        precision: x.precision,
        recall: x.recall,
        f1: x.f1,
      });
      runs.push({
        seed,
        seconds,
        wordsPerSecond: r.wordsPerSecond,
        devF1: r.dev.at(-1),
        test: {
          greedy: f(post.greedy),
          post: f(post.viterbi),
          legal: f(legal.viterbi),
          estimated: f(est.viterbi),
          illegalGreedy: post.illegalGreedy,
          tagAccuracy: post.tagAccuracy,
        },
      });
      console.log(name, seed, seconds.toFixed(0), 's', JSON.stringify(runs.at(-1)?.test));
    }
    results[name] = { settings: { ...DEFAULT_TAGGER, ...change }, runs };
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  }
  // Self-training with the figure's defaults and task, with the post's weights and, as the control, the same
  // rounds with the pool ignored (pseudo weight 0): what the pseudo-labels add beyond the extra training.
  if (only && !only.includes('selftrain')) return;
  const view = cutVocabulary(entities, DEFAULT_SELF_TRAINING.V);
  const data = {
    V: DEFAULT_SELF_TRAINING.V,
    words: corpus.vocabulary.slice(0, DEFAULT_SELF_TRAINING.V),
    train: view.train,
    dev: view.dev,
    test: view.test,
  };
  const selfRuns = [];
  for (const seed of SEEDS)
    for (const [control, weights] of [
      ['post', DEFAULT_SELF_TRAINING.weights],
      ['none', DEFAULT_SELF_TRAINING.weights.map(() => [1, 0] as [number, number])],
    ] as const) {
      const r = (
        await selfTrainingTask(
          { ...DEFAULT_SELF_TRAINING, weights: [...weights], seed },
          { progress: () => {}, cancelled: () => false },
          data,
        )
      ).value;
      selfRuns.push({
        seed,
        weights: control,
        rounds: r.finished.map((round) => ({
          round: round.round,
          greedyF1: round.test.greedy.f1,
          viterbiF1: round.test.viterbi.f1,
          kept: round.pseudo?.kept ?? null,
          right: round.pseudo?.right ?? null,
          pseudoPrecision: round.pseudo?.spans.precision ?? null,
          pseudoRecall: round.pseudo?.spans.recall ?? null,
        })),
      });
      console.log(
        'selftrain',
        seed,
        control,
        JSON.stringify(selfRuns.at(-1)?.rounds.map((x) => x.viterbiF1)),
      );
    }
  results.selftrain = { settings: DEFAULT_SELF_TRAINING, runs: selfRuns };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
});
