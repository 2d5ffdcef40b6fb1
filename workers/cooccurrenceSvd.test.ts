import { describe, expect, it } from 'vitest';
import { decodeBrown, decodeBrownText } from '@/lib/corpus/asset';
import { buildBrownAsset, buildBrownText } from '@/lib/corpus/brown.mjs';
import { cooccurrence, pmiMatrix } from '@/lib/embeddings';
import { csrToDense } from '@/lib/linalg/csr';
import { expectClose } from '@/lib/testing';
import { embeddingsMap, embeddingsSlice, type SliceInput } from './cooccurrenceSvd';
import { corpusView, getModel, svdModel } from './embeddings';

// A hand-made corpus of two topics (days and family), one sentence per line, as one tagged corpus file.
const SENTENCES = [
  'on monday the mother came home',
  'on tuesday the father came home',
  'on friday the mother and the father left',
  'the sister came on monday and left on friday',
  'the brother came on tuesday',
  'my mother and my sister came home on sunday',
  'my father and my brother left on sunday',
];
const FILES = [
  {
    id: 'ca01',
    text: SENTENCES.map((s) =>
      s
        .split(' ')
        .map((w) => `${w}/nn`)
        .join(' '),
    ).join('\n'),
  },
];
const json = buildBrownAsset(FILES, { seed: 's', traceTokens: 5, traceTargets: [1] });
const corpus = decodeBrown({ ...json, source: { stamp: 'cs' } });
const text = decodeBrownText(buildBrownText(FILES, json.vocabulary, 'cs'), corpus);
const data = { corpus, text };
const ctx = { progress: () => {}, cancelled: () => false };
const settings: Omit<SliceInput, 'words'> = {
  V: 100,
  window: 2,
  weighting: 'harmonic',
  transform: 'pmi',
  shift: 1,
  contextPower: 0.75,
};

describe("tasks['embeddings-slice']", () => {
  it('gives the PMI matrix of the corpus on the chosen words, with unseen pairs marked and misses suggested', async () => {
    const words = ['Monday', 'mother', 'monday', 'mothr', 'father', 'friday'];
    const { value } = await embeddingsSlice({ ...settings, words }, ctx, data);
    expect(value.words).toEqual(['monday', 'mother', 'father', 'friday']);
    expect(value.missing).toEqual([{ word: 'mothr', suggestions: ['mother'] }]);
    // Independent of the worker's caches: count and transform the whole view here.
    const view = corpusView(corpus, text, 100);
    const M = pmiMatrix(cooccurrence(view.stream, view.V, { window: 2, weighting: 'harmonic' }), {
      contextPower: 0.75,
    });
    const D = csrToDense(M);
    const idx = value.words.map((w) => view.words.indexOf(w));
    expect(value.counts).toEqual(idx.map((i) => view.counts[i]));
    idx.forEach((i, a) => {
      idx.forEach((j, b) => {
        expect(value.values[a * 4 + b]).toBe(D.data[i * view.V + j]);
      });
    });
    // "monday the mother": 2 apart, stored; monday and friday (4 apart) and mother and father (3 apart,
    // "the mother and the father") never share a window of 2, so their PMI is −∞ and not stored.
    expect(value.stored[0 * 4 + 1]).toBe(1);
    expect(value.stored[0 * 4 + 3]).toBe(0);
    expect(value.stored[1 * 4 + 2]).toBe(0);
    let sq = 0;
    for (const v of M.values) sq += v * v;
    expectClose(value.normSquared, sq, { rtol: 1e-12 });
    expect(value.nnz).toBe(M.values.length);
    expect(value.input.words).toEqual(words);
  });

  it('answers an empty word list with an empty slice', async () => {
    const { value } = await embeddingsSlice({ ...settings, transform: 'ppmi', words: [] }, ctx, data);
    expect(value.words).toEqual([]);
    expect(value.values.length).toBe(0);
  });
});

describe("tasks['embeddings-map']", () => {
  it('projects chosen words onto their own principal components and the model’s leading coordinates', async () => {
    const { value: svd } = await svdModel(
      { ...settings, transform: 'ppmi', dim: 4, eigenPower: 0.5, seed: 1 },
      ctx,
      data,
    );
    const words = ['monday', 'tuesday', 'friday', 'mother', 'father', 'xyz'];
    const { value } = embeddingsMap({ key: svd.key, words });
    expect(value.words).toEqual(words.slice(0, 5));
    expect(value.missing.map((m) => m.word)).toEqual(['xyz']);
    const E = getModel(svd.key)?.vectors;
    if (!E) throw new Error('model not stored');
    const view = corpusView(corpus, text, 100);
    const rows = value.words.map((w) => view.words.indexOf(w));
    rows.forEach((i, a) => {
      expect(value.leading[a * 2]).toBe(E.data[i * E.dim]);
      expect(value.leading[a * 2 + 1]).toBe(E.data[i * E.dim + 1]);
    });
    // Distances on the map never exceed the vectors' distances (a projection), and the two shares sum to ≤ 1.
    for (let a = 0; a < rows.length; a++) {
      for (let b = 0; b < rows.length; b++) {
        let full = 0;
        for (let d = 0; d < E.dim; d++)
          full +=
            ((E.data[(rows[a] as number) * E.dim + d] as number) -
              (E.data[(rows[b] as number) * E.dim + d] as number)) **
            2;
        const flat =
          ((value.pca[a * 2] as number) - (value.pca[b * 2] as number)) ** 2 +
          ((value.pca[a * 2 + 1] as number) - (value.pca[b * 2 + 1] as number)) ** 2;
        expect(flat).toBeLessThanOrEqual(full + 1e-9);
      }
    }
    expect(value.explained[0]).toBeGreaterThanOrEqual(value.explained[1]);
    expect(value.explained[0] + value.explained[1]).toBeLessThanOrEqual(1 + 1e-12);
    expect(() => embeddingsMap({ key: 'svd:none', words })).toThrow('compute it first');
  });
});
