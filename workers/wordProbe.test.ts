import { describe, expect, it } from 'vitest';
import { createSgns, SIMILARITY_PAIRS, WORD_PROBE_SGNS } from '@/lib/embeddings';
import { corpusView, getModel } from './embeddings';
import { fixtureData } from './embeddings.fixture';
import { tasks } from './tasks';
import { wordProbeSgnsKey } from './wordProbe';

const { corpus, text } = fixtureData;
const data = fixtureData;

describe("tasks['word-probe-sgns']", () => {
  it('stops when cancelled, then resumes to the vectors of one uninterrupted training, and stores them', async () => {
    const V = 20;
    const epochs = 2;
    let cancelled = true;
    const fractions: number[] = [];
    const ctx = { progress: (f: number) => fractions.push(f), cancelled: () => cancelled };
    await expect(tasks['word-probe-sgns']({ V, epochs }, ctx, data)).rejects.toThrow('cancelled');
    expect(getModel(wordProbeSgnsKey({ V, epochs }))).toBeUndefined();
    cancelled = false;
    const { value } = await tasks['word-probe-sgns']({ V, epochs }, ctx, data);
    expect(value.key).toBe(wordProbeSgnsKey({ V, epochs }));
    expect(value.settings).toEqual({ ...WORD_PROBE_SGNS, epochs });
    expect(fractions.at(-1)).toBe(1);
    expect(Number.isFinite(value.loss) && value.loss > 0).toBe(true);
    const view = corpusView(corpus, text, V);
    expect(value.tokens).toBe(view.stream.length);
    const direct = createSgns(view.stream, view.counts, { ...WORD_PROBE_SGNS, epochs });
    direct.step(view.stream.length * epochs);
    const stored = getModel(value.key);
    expect(stored?.kind).toBe('sgns');
    expect(stored?.words).toEqual(view.words);
    expect(Array.from(stored?.vectors.data ?? [])).toEqual(Array.from(direct.vectors().data));
    // Trained once per worker: a second request answers at once, without training again.
    const again: number[] = [];
    await tasks['word-probe-sgns'](
      { V, epochs },
      { progress: (f) => again.push(f), cancelled: () => false },
      data,
    );
    expect(again).toEqual([]);
    const near = tasks['embeddings-query']({
      key: value.key,
      query: { op: 'neighbours', word: 'cat', k: 3 },
    });
    expect('neighbours' in near.value && near.value.neighbours.map((n) => n.word)).not.toContain('cat');
  });
});

describe("tasks['word-probe-scores']", () => {
  it('scores a stored model on the probe list, counting only the questions its vocabulary covers', async () => {
    const ctx = { progress: () => {}, cancelled: () => false };
    const { value } = await tasks['word-probe-sgns']({ V: 25, epochs: 1 }, ctx, data);
    const s = tasks['word-probe-scores']({ key: value.key }).value;
    expect(s.key).toBe(value.key);
    expect(s.k).toBe(5);
    const all = s.analogies.at(-1);
    expect(all?.category).toBe('all');
    expect(all?.total).toBe(s.analogies.slice(0, -1).reduce((n, a) => n + a.total, 0));
    // The fixture has 'cat' and 'dog' but no whole analogy question, and one graded pair: (cat, dog).
    expect(all?.covered).toBe(0);
    expect(all?.at1).toBeNaN();
    expect(s.similarity.total).toBe(SIMILARITY_PAIRS.length);
    expect(s.similarity.covered).toBe(1);
    expect(s.similarity.spearman).toBeNaN();
    expect(() => tasks['word-probe-scores']({ key: 'none' })).toThrow('compute it first');
  });
});
