import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticTagging } from '@/lib/sequence';
import {
  checkTaggerSettings,
  DEFAULT_TAGGER,
  forgetTaggerTrainer,
  getTagger,
  type TaggerData,
  type TaggerEnsured,
  type TaggerReport,
  type TaggerSettings,
  taggerEnsure,
  taggerEvaluate,
  taggerInfluence,
  taggerKey,
  taggerQuery,
  taggerTrain,
} from './tagger';

const words = Array.from(
  { length: 100 },
  (_, i) => (i < 3 ? ['smith', 'jones', 'brown'][i] : i === 8 ? 'mr.' : `w${i}`) as string,
);
const data: TaggerData = {
  V: 100,
  words,
  train: syntheticTagging(300, 'train').map((s) => ({ ...s, caps: Array.from(s.words, () => 0) })),
  dev: syntheticTagging(60, 'dev').map((s) => ({ ...s, caps: Array.from(s.words, () => 0) })),
  test: syntheticTagging(60, 'test').map((s) => ({ ...s, caps: Array.from(s.words, () => 0) })),
};
const settings: TaggerSettings = {
  ...DEFAULT_TAGGER,
  V: 100,
  embedDim: 6,
  hiddenSize: 8,
  trainSize: 300,
  epochs: 12,
  learningRate: 0.02,
  batchSize: 10,
};
const ctx = <R = TaggerReport>(reports: R[] = [], cancelAfter = Number.POSITIVE_INFINITY) => ({
  progress: (_: number, partial?: R) => {
    if (partial) reports.push(partial);
  },
  cancelled: () => reports.length >= cancelAfter,
});

beforeEach(() => forgetTaggerTrainer());

describe('tagger-train', () => {
  it('streams loss and dev F1, stores the model, and learns the synthetic task', async () => {
    const reports: TaggerReport[] = [];
    const r = (await taggerTrain({ ...settings, chunk: 100 }, ctx(reports), data)).value;
    expect(r.done).toBe(true);
    expect(r.sentences).toBe(3600);
    expect(reports.length).toBe(36);
    expect(r.points.length).toBe(36);
    expect(r.dev[0]?.sentences).toBe(0);
    expect(r.dev.at(-1)?.sentences).toBe(3600);
    expect(r.dev.length).toBe(1 + 24);
    expect(r.dev.at(-1)?.viterbiF1).toBe(1);
    expect(r.dev.at(-1)).toEqual(expect.objectContaining({ viterbiPrecision: 1, viterbiRecall: 1 }));
    expect(r.dev[0]?.viterbiF1 ?? 1).toBeLessThan(0.5);
    expect((r.points.at(-1)?.loss ?? 1) * 10).toBeLessThan(r.points[0]?.loss ?? 0);
    expect(getTagger(taggerKey(settings))?.model.config.hiddenSize).toBe(8);
    const test = (await taggerEvaluate({ key: taggerKey(settings) }, undefined, data)).value;
    expect(test.viterbi.f1).toBe(1);
  });

  it('resumes after a pause and starts over on restart', async () => {
    const first = (await taggerTrain({ ...settings, chunk: 50, chunks: 2 }, ctx(), data)).value;
    expect(first.sentences).toBe(100);
    expect(first.done).toBe(false);
    const reports: TaggerReport[] = [];
    const paused = (await taggerTrain({ ...settings, chunk: 50 }, ctx(reports, 3), data)).value;
    expect(paused.sentences).toBe(250);
    expect(paused.points.length).toBe(5);
    const again = (await taggerTrain({ ...settings, chunk: 50, chunks: 1, restart: true }, ctx(), data))
      .value;
    expect(again.sentences).toBe(50);
  });

  it('rejects bad settings with the field named', () => {
    expect(() => checkTaggerSettings({ ...settings, hiddenSize: 0 })).toThrow(/hiddenSize/);
    expect(() => checkTaggerSettings({ ...settings, layers: 3 as 1 })).toThrow(/layers/);
    expect(() => checkTaggerSettings({ ...settings, learningRate: Number.NaN })).toThrow(/learningRate/);
    expect(() => checkTaggerSettings({ ...settings, embeddings: 'glove' as 'random' })).toThrow(/embeddings/);
  });
});

describe('tagger-query', () => {
  it('tags typed text with the stored model, with influence per position', async () => {
    await taggerTrain({ ...settings, chunk: 300 }, ctx(), data);
    const key = taggerKey(settings);
    const a = (
      await taggerQuery({ key, sentence: { text: 'w5 Smith Jones w7, brown w9 zebra' }, influence: true })
    ).value;
    expect(a.words).toEqual(['w5', 'Smith', 'Jones', 'w7', 'brown', 'w9', 'zebra']);
    expect(a.known).toEqual([true, true, true, true, true, true, false]);
    expect(a.caps).toEqual([0, 1, 1, 0, 0, 0, 0]);
    // The unknown word's row was never trained on: its tag is anyone's guess.
    expect(a.viterbi.slice(0, 6)).toEqual(['x', 'b', 'e', 'x', 's', 'x']);
    expect(a.spans.slice(0, 2)).toEqual([
      { start: 1, end: 3 },
      { start: 4, end: 5 },
    ]);
    expect(a.best?.span).toEqual(expect.objectContaining({ start: expect.any(Number) }));
    expect(a.influence?.length).toBe(7);
    expect(a.influence?.[0]?.length).toBe(7);
    expect(a.gold).toBeNull();
    // "Mr." is typed without its full stop kept as a word; the vocabulary lists it with one.
    expect((await taggerQuery({ key, sentence: { text: 'Mr. Smith' } })).value.known).toEqual([true, true]);
    await expect(taggerQuery({ key, sentence: { text: ' ,. ' } })).rejects.toThrow(/at least one word/);
    await expect(taggerQuery({ key: 'nope', sentence: { text: 'a' } })).rejects.toThrow(/train it first/);
  });
});

describe('tagger-ensure', () => {
  const small = { ...settings, epochs: 2, seed: 7 };
  it('trains a missing tagger to the end with progress, then returns the stored one at once', async () => {
    const reports: TaggerEnsured[] = [];
    // Only looking trains nothing and finds nothing.
    const looked = (await taggerEnsure({ ...small, train: false }, ctx(reports), data)).value;
    expect(looked).toEqual(expect.objectContaining({ complete: false, stored: false, sentences: 0 }));
    expect(looked.settings).toEqual(small);
    expect(getTagger(looked.key)).toBeUndefined();
    const first = (await taggerEnsure(small, ctx(reports), data)).value;
    expect(first).toEqual({
      key: taggerKey(small),
      settings: small,
      complete: true,
      stored: false,
      sentences: 600,
      totalSentences: 600,
    });
    expect(reports.length).toBe(3);
    expect(reports.map((r) => r.sentences)).toEqual([200, 400, 600]);
    expect(getTagger(first.key)?.complete).toBe(true);
    const again: TaggerEnsured[] = [];
    const second = (await taggerEnsure({ ...small, train: false }, ctx(again), data)).value;
    expect(second.stored).toBe(true);
    expect(second.complete).toBe(true);
    expect(again).toEqual([]);
    expect(getTagger(first.key)?.model).toBe(getTagger(taggerKey(small))?.model);
  });

  it('finishes a part-trained tagger from where it stood, and stops incomplete when cancelled', async () => {
    const s = { ...small, seed: 8 };
    await taggerTrain({ ...s, chunk: 100, chunks: 2 }, ctx(), data);
    expect(getTagger(taggerKey(s))?.complete).toBe(false);
    const reports: TaggerEnsured[] = [];
    const paused = (await taggerEnsure(s, ctx(reports, 1), data)).value;
    expect(paused.complete).toBe(false);
    expect(paused.sentences).toBe(400);
    const done = (await taggerEnsure(s, ctx(), data)).value;
    expect(done).toEqual(expect.objectContaining({ complete: true, stored: false, sentences: 600 }));
    await expect(taggerEnsure({ ...s, epochs: 0 }, ctx(), data)).rejects.toThrow(/epochs/);
    // Fields left out are the defaults'.
    const { seed: _, ...noSeed } = s;
    expect(getTagger((await taggerEnsure(noSeed, ctx(), data)).value.key)?.settings.seed).toBe(1);
  });
});

describe('tagger-influence', () => {
  it('reads a left-to-right tagger as putting no influence after the position, a bidirectional one some', async () => {
    const uni = { ...settings, direction: 'uni' as const, epochs: 2 };
    const bi = { ...settings, epochs: 2 };
    for (const s of [uni, bi]) await taggerEnsure(s, ctx(), data);
    const u = (await taggerInfluence({ key: taggerKey(uni), sentences: 20 }, ctx(), data)).value;
    const b = (await taggerInfluence({ key: taggerKey(bi), sentences: 20 }, ctx(), data)).value;
    expect(u.sentences).toBe(20);
    expect(u.positions).toBe(u.words);
    expect(u.after).toBe(0);
    expect(b.after).toBeGreaterThan(0.05);
    expect(u.distances).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    await expect(taggerInfluence({ key: 'nope' }, ctx(), data)).rejects.toThrow(/train it first/);
  });
});
