import { describe, expect, it } from 'vitest';
import { expectClose } from '@/lib/testing';
import { corpusView, getModel, type SvdModelInput, svdKey } from './embeddings';
import { fixtureData, fixtureJson } from './embeddings.fixture';
import fixtures from './embeddings.fixtures.json';
import { tasks } from './tasks';

const json = fixtureJson;
const { corpus, text } = fixtureData;
const data = fixtureData;
const ctx = { progress: () => {}, cancelled: () => false };
const base: SvdModelInput = {
  V: 1000,
  window: 2,
  weighting: 'uniform',
  transform: 'shifted-ppmi',
  shift: 1,
  contextPower: 0.75,
  dim: 3,
  eigenPower: 0.5,
  seed: 1,
};

describe('corpusView', () => {
  it('keeps the top V words, removes the others before windows, and drops emptied sentences', () => {
    expect(json.vocabulary).toEqual(fixtures.words);
    const view = corpusView(corpus, text, 2); // 'the' and 'a'
    expect(view.words).toEqual(['the', 'a']);
    // Sentence 1 keeps "the … the", sentence 6 ("bonds fell as stocks rose") disappears with its boundary.
    expect(Array.from(view.stream.subarray(0, 6))).toEqual([0, 0, -1, 0, 0, -1]);
    expect(view.stream[0]).not.toBe(-1);
    expect(view.stream[view.stream.length - 1]).not.toBe(-1);
    for (let t = 1; t < view.stream.length; t++)
      expect(view.stream[t - 1] === -1 && view.stream[t] === -1).toBe(false);
  });
});

describe("tasks['embeddings-svd'] and tasks['embeddings-query']", () => {
  it('matches NumPy: singular values and the Gram matrix of U·√S for PPMI and shifted PPMI', async () => {
    for (const c of fixtures.cases) {
      const input = { ...base, weighting: c.weighting as 'uniform' | 'linear', shift: c.shift };
      const { value } = await tasks['embeddings-svd'](input, ctx, data);
      expect(value.key).toBe(svdKey({ ...input, V: fixtures.words.length }));
      for (let j = 0; j < 3; j++)
        expectClose(value.S[j] as number, c.singularValues[j] as number, { rtol: 1e-9 });
      const E = getModel(value.key)?.vectors;
      if (!E) throw new Error('model not stored');
      const n = fixtures.words.length;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let g = 0;
          for (let d = 0; d < 3; d++) g += (E.data[i * 3 + d] as number) * (E.data[j * 3 + d] as number);
          // The randomized SVD (3 power iterations) leaves the 3-dimensional subspace ~1e-5 off the exact one.
          expectClose(g, (c.gram[i] as number[])[j] as number, { atol: 1e-4 });
        }
      }
    }
  });

  it('answers neighbours, similarity and analogies by word, and suggests words for an unknown one', async () => {
    const { value } = await tasks['embeddings-svd'](base, ctx, data);
    const near = tasks['embeddings-query']({
      key: value.key,
      query: { op: 'neighbours', word: 'Stocks', k: 3 },
    }).value;
    if (!('neighbours' in near)) throw new Error('expected neighbours');
    expect(near.neighbours).toHaveLength(3);
    expect(near.neighbours.map((x) => x.word)).not.toContain('stocks');
    for (let i = 1; i < 3; i++)
      expect(near.neighbours[i - 1]?.similarity).toBeGreaterThanOrEqual(
        near.neighbours[i]?.similarity as number,
      );
    const sim = tasks['embeddings-query']({
      key: value.key,
      query: { op: 'similarity', a: 'cat', b: 'cat' },
    }).value;
    expect('similarity' in sim && sim.similarity).toBeCloseTo(1, 6);
    const miss = tasks['embeddings-query']({
      key: value.key,
      query: { op: 'neighbours', word: 'markt', k: 3 },
    }).value;
    expect(miss).toEqual({ ok: false, unknown: 'markt', suggestions: ['market', 'mat'] });
    const ana = tasks['embeddings-query']({
      key: value.key,
      query: { op: 'analogy', a: 'cat', b: 'dog', c: 'stocks', k: 2 },
    }).value;
    if (!('neighbours' in ana)) throw new Error('expected an analogy');
    expect(ana.neighbours.map((x) => x.word)).not.toContain('stocks');
    expect(() =>
      tasks['embeddings-query']({ key: 'svd:none', query: { op: 'neighbours', word: 'cat', k: 1 } }),
    ).toThrow('compute it first');
  });
});
