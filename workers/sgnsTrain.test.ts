import { describe, expect, it } from 'vitest';
import { decodeBrown, decodeBrownText } from '@/lib/corpus/asset';
import { buildBrownAsset, buildBrownText } from '@/lib/corpus/brown.mjs';
import { createRng } from '@/lib/random';
import { getModel } from './embeddings';
import fixtures from './embeddings.fixtures.json';
import { forgetSgnsTrainer, type SgnsReport, type SgnsTrainInput, sgnsKey } from './sgnsTrain';
import { tasks } from './tasks';

// The fixture's sentences, 150 times each in a seeded order, as one tagged corpus file.
const rng = createRng('sgns-corpus');
const sentences = rng.shuffle(Array.from({ length: 150 }, () => fixtures.sentences).flat());
const FILES = [
  {
    id: 'ca01',
    text: sentences
      .map((s) =>
        s
          .split(' ')
          .map((w) => `${w}/nn`)
          .join(' '),
      )
      .join('\n'),
  },
];
const json = buildBrownAsset(FILES, { seed: 's', traceTokens: 5, traceTargets: [1] });
const corpus = decodeBrown({ ...json, source: { stamp: 'fx' } });
const text = decodeBrownText(buildBrownText(FILES, json.vocabulary, 'fx'), corpus);
const data = { corpus, text };
const V = fixtures.words.length;

const base: SgnsTrainInput = {
  V: 1000,
  dim: 8,
  window: 2,
  negatives: 3,
  learningRate: 0.025,
  epochs: 2,
  subsample: 0,
  seed: 1,
  chunk: 2000,
  pairs: 200,
  restart: true,
};

/** Runs the task, collecting its reports; `stopAfter` reports later it reads as cancelled. */
async function train(input: SgnsTrainInput, stopAfter = Number.POSITIVE_INFINITY) {
  const reports: SgnsReport[] = [];
  const { value } = await tasks['sgns-train'](
    input,
    {
      progress: (_f, r) => {
        if (r) reports.push(r);
      },
      cancelled: () => reports.length >= stopAfter,
    },
    data,
  );
  const model = getModel(value.key);
  if (!model) throw new Error('no model stored');
  return { value, reports, vectors: Array.from(model.vectors.data) };
}

describe("tasks['sgns-train']", () => {
  it('stores the model under sgnsKey with the top-V words, and reports every chunk to the end', async () => {
    const { value, reports } = await train(base);
    expect(value.key).toBe(sgnsKey({ ...base, V }));
    expect(value.V).toBe(V);
    const model = getModel(value.key);
    expect(model?.kind).toBe('sgns');
    expect(model?.words).toEqual(fixtures.words);
    expect(model?.vectors.dim).toBe(8);
    expect(value.done).toBe(true);
    expect(value.tokens).toBe(value.totalTokens);
    expect(reports.length).toBe(Math.ceil(value.totalTokens / 2000));
    const points = value.points;
    expect(points).toHaveLength(reports.length);
    expect(reports[1]?.points.slice(0, 1)).toEqual(reports[0]?.points);
    for (let i = 1; i < points.length; i++)
      expect(points[i]?.tokens).toBeGreaterThan(points[i - 1]?.tokens as number);
    for (const p of points) expect(Number.isFinite(p.loss)).toBe(true);
    // Training lowers the loss: the last chunk's mean loss is well under the first's.
    expect(points.at(-1)?.loss).toBeLessThan((points[0]?.loss as number) * 0.8);
    const near = tasks['embeddings-query']({
      key: value.key,
      query: { op: 'neighbours', word: 'cat', k: 3 },
    });
    expect('neighbours' in near.value && near.value.neighbours).toHaveLength(3);
  });

  it('is deterministic per seed, and training in chunks gives the vectors of one go', async () => {
    const a = await train(base);
    const b = await train({ ...base, chunk: 777 });
    const c = await train({ ...base, chunk: 10_000_000 });
    expect(b.vectors).toEqual(a.vectors);
    expect(c.vectors).toEqual(a.vectors);
    expect(c.reports).toHaveLength(1);
    const other = await train({ ...base, seed: 2 });
    expect(other.vectors).not.toEqual(a.vectors);
  });

  it('a cancel stops at the next chunk; a run without restart resumes there; chunks: 1 is one step', async () => {
    const whole = await train(base);
    const paused = await train(base, 2);
    expect(paused.reports).toHaveLength(2);
    expect(paused.value.tokens).toBe(4000);
    expect(paused.value.done).toBe(false);
    const stepped = await train({ ...base, restart: false, chunks: 1 });
    expect(stepped.value.tokens).toBe(6000);
    const rest = await train({ ...base, restart: false });
    expect(rest.value.done).toBe(true);
    expect(rest.value.points).toEqual(whole.value.points);
    expect(rest.vectors).toEqual(whole.vectors);
    // A run whose trainer a restart replaced stops at its next chunk and leaves the new model in the store.
    let inner: Promise<unknown> | null = null;
    const outer = await tasks['sgns-train'](
      base,
      {
        progress: () => {
          inner ??= train({ ...base, chunks: 1 });
        },
        cancelled: () => false,
      },
      data,
    );
    expect(outer.value.tokens).toBe(2000);
    await inner;
    expect(Array.from(getModel(outer.value.key)?.vectors.data ?? [])).toEqual(
      (await train({ ...base, chunks: 1 })).vectors,
    );
    // Settings that differ start a trainer of their own; restart starts over.
    const fresh = await train({ ...base, restart: false, dim: 4 }, 1);
    expect(fresh.value.tokens).toBe(2000);
    forgetSgnsTrainer();
  });

  it('Levy–Goldberg: w·c approaches PMI − log k on the sampled observed pairs as training goes on', async () => {
    // The corpus has 122 observed pairs at window 2: sample 100 of them.
    const input = { ...base, dim: V, epochs: 15, learningRate: 0.05, chunk: 20_000, pairs: 100 };
    const { reports } = await train(input);
    const first = reports[0] as SgnsReport;
    const last = reports.at(-1) as SgnsReport;
    expect(last.pmi.length).toBe(100);
    expect(Array.from(last.pmi)).toEqual(Array.from(first.pmi));
    expect(last.fit.n).toBe(100);
    expect(last.fit.correlation).toBeGreaterThan(0.9);
    expect(last.fit.correlation).toBeGreaterThan(first.fit.correlation);
    expect(last.fit.slope).toBeGreaterThan(0.6);
    expect(last.fit.slope).toBeLessThan(1.4);
  });

  it('rejects a bad chunk size or chunk count', async () => {
    await expect(train({ ...base, chunk: 0 })).rejects.toThrow(RangeError);
    await expect(train({ ...base, chunks: 0 })).rejects.toThrow(RangeError);
  });
});
